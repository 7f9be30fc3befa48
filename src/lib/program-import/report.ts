/**
 * The import report, in Vietnamese: a summary for the terminal and the same
 * as a review page (one HTML file, no script, every text escaped) that staff
 * open before sending the program for approval.
 */
import { formatDateVi } from '../dates';
import { plainTextAsHtml as esc } from '../html-text';
import type { ImportReport } from './plan';
import { ISSUER_FIELD } from './title-edits';

export interface FileChange {
  path: string;
  change: 'mới' | 'thay' | 'giữ nguyên' | 'sửa tay, giữ lại' | 'xóa' | 'thêm năm';
}

const dateOrUnknown = (d: string | null) => (d ? formatDateVi(d) : 'Chưa rõ');
/** The issuer as the report shows it, with where it came from when the document's header does not give it. */
const issuerNote = (p: ImportReport['program']) => (p.issuerEdited ? ' (cán bộ ghi khi nhập)' : p.issuerGuessed ? ' (lấy từ tiêu đề, cần kiểm tra)' : '');
/** "45 tiêu đề ngắn cần kiểm tra" (and how many staff already corrected). */
function titlesToCheck(r: ImportReport): string {
  const edited = r.items.filter((i) => i.titleEdited).length;
  return `${r.items.length - edited} tiêu đề ngắn cần kiểm tra${edited ? `, ${edited} đã sửa` : ''}`;
}

function counts(r: ImportReport) {
  const sub = r.items.filter((i) => i.marker === '+').length;
  return {
    headings: r.headings.length,
    tasks: r.items.length - sub,
    sub,
    lines: [
      ['sự kiện', r.linked.events.length, r.created.events.length],
      ['cuộc vận động, phong trào', r.linked.campaigns.length, r.created.campaigns.length],
      ['văn bản được nêu', r.linked.documents.length, r.created.documents.length],
    ] as const,
  };
}

function changeSummary(changes: FileChange[]): string {
  const by = new Map<string, number>();
  for (const c of changes) by.set(c.change, (by.get(c.change) ?? 0) + 1);
  return [...by].map(([k, n]) => `${n} ${k}`).join(', ');
}

export function reportText(r: ImportReport, changes: FileChange[], run: { dryRun: boolean; seconds: number; reviewPage?: string }): string {
  const c = counts(r);
  const out: string[] = [];
  out.push(`Nhập chương trình năm ${r.year} từ tệp ${r.source}${run.dryRun ? ' (chạy thử --dry-run: không ghi tệp nào)' : ''}`);
  out.push(`  Tiêu đề: ${r.program.title}`);
  out.push(`  Số: ${r.program.number ?? 'Chưa rõ'} · Ngày ban hành: ${dateOrUnknown(r.program.issued)} · Cơ quan: ${r.program.issuer}${issuerNote(r.program)}`);
  out.push(`  ${c.headings} đề mục, ${c.tasks} nhiệm vụ, ${c.sub} ý nhỏ (+)`);
  for (const [label, linked, created] of c.lines) out.push(`  ${label}: ${linked} đã có trên trang, ${created} mới`);
  for (const [kind, list] of [['sự kiện', r.created.events], ['cuộc vận động', r.created.campaigns], ['văn bản', r.created.documents]] as const) {
    for (const e of list) out.push(`    + ${kind} mới: ${e.title} (${e.id})`);
  }
  const edited = r.items.filter((i) => i.titleEdited).length;
  out.push(`  Tiêu đề ngắn cần kiểm tra: ${r.items.length - edited}${edited ? `, đã sửa: ${edited}` : ''} (đề xuất từ câu đầu của mỗi nhiệm vụ; sửa trên trang nhập của trình biên tập trước khi lưu nháp, hoặc trường title trong từng tệp)`);
  const remarks = r.items.flatMap((i) => i.remarks.map((m) => `${r.unit} ${i.line}: ${m}`));
  if (r.notes.length + remarks.length > 0) {
    out.push('  Cần xem lại:');
    for (const n of r.notes) out.push(`    • ${r.unit} ${n.line}: ${n.reason}`);
    for (const m of remarks) out.push(`    • ${m}`);
  }
  if (r.notImported.length > 0) {
    out.push(`  Không nhập được (${r.notImported.length}):`);
    for (const n of r.notImported) out.push(`    • ${r.unit} ${n.line}: "${n.text}" — ${n.reason}`);
  } else out.push('  Không nhập được: không có (mọi dòng có chữ đều đã vào đề mục, nhiệm vụ, căn cứ hoặc lời mở đầu)');
  if (r.ending) out.push(`  Phần cuối (${r.unit} ${r.ending.from}–${r.ending.to}: Nơi nhận, chữ ký) không phải nội dung chương trình: không nhập.`);
  out.push(`  Tệp: ${changeSummary(changes)}`);
  for (const ch of changes.filter((x) => x.change !== 'mới' && x.change !== 'giữ nguyên')) out.push(`    ${ch.change}: ${ch.path}`);
  out.push(`  Thời gian: ${run.seconds.toFixed(1)} giây`);
  if (run.reviewPage) out.push(`  Trang xem lại (mở bằng trình duyệt): ${run.reviewPage}`);
  return out.join('\n');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #999}
.check{background:#fff4d6;border-left:4px solid #b07800;padding:.25rem .5rem}
.bad{background:#fde8e8;border-left:4px solid #a00;padding:.25rem .5rem}
.edited{border-left:4px solid #1d6b1d;padding:.25rem .5rem}.new{font-weight:bold;color:#0a5a0a}li{margin:.3rem 0}.item-sub{margin-left:2rem}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .5rem;text-align:left}small{color:#444}`;

/** The review page. */
export function reportHtml(r: ImportReport, changes: FileChange[]): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Xem lại: chương trình năm ${r.year}</title><style>${STYLE}</style></head>
<body><main>
${reportBody(r, changes)}
</main></body></html>
`;
}

/** An item's short title in the review: a field staff correct (editable), or the title, flagged while it is only a proposal. */
function itemTitle(i: ImportReport['items'][number], editable: boolean): string {
  // A text area (one line of text, wrapped) so a long title reads whole on a phone; a line break is refused on saving.
  if (editable) {
    const field = `tieu-de-${i.id}`;
    return `<div class="title-edit check"><label for="${esc(field)}">Tiêu đề ngắn (cần kiểm tra) <span class="hint">đề xuất từ câu chữ của nhiệm vụ; sửa nếu cần, để trống là giữ đề xuất</span></label>
<textarea id="${esc(field)}" data-title-for="${esc(i.id)}" data-proposal="${esc(i.proposedTitle)}" rows="2" autocomplete="off" aria-describedby="${esc(field)}-loi ${esc(field)}-tep">${esc(i.title)}</textarea>
<small id="${esc(field)}-tep">${esc(i.path)}</small> <strong class="field-problem" id="${esc(field)}-loi" data-problem-for="${esc(i.id)}" hidden></strong></div>`;
  }
  if (i.titleEdited) return `<p class="edited">Tiêu đề ngắn (đã sửa): <strong>${esc(i.title)}</strong> <small>đề xuất: ${esc(i.proposedTitle)} · ${esc(i.path)}</small></p>`;
  return `<p class="check">Tiêu đề ngắn (cần kiểm tra): <strong>${esc(i.title)}</strong> <small>${esc(i.path)}</small></p>`;
}

function issuerField(p: ImportReport['program'], editable: boolean): string {
  if (editable && p.issuerGuessed) {
    return `<dd class="title-edit check"><label for="${ISSUER_FIELD}">Cơ quan ban hành (lấy từ tiêu đề, cần kiểm tra) <span class="hint">văn bản không có phần đầu ghi cơ quan; sửa nếu cần</span></label>
<textarea id="${ISSUER_FIELD}" data-issuer data-proposal="${esc(p.issuer)}" rows="2" autocomplete="off" aria-describedby="${ISSUER_FIELD}-loi">${esc(p.issuer)}</textarea> <strong class="field-problem" id="${ISSUER_FIELD}-loi" data-problem-for="${ISSUER_FIELD}" hidden></strong></dd>`;
  }
  return `<dd${p.issuerGuessed && !p.issuerEdited ? ' class="check"' : ''}>${esc(p.issuer)}${issuerNote(p)}</dd>`;
}

/**
 * The review itself (every text escaped, no script): what the review page and the editor's import page show.
 * `editable`: the editor's review before saving, where each short title (and a guessed issuer) is a field.
 */
export function reportBody(r: ImportReport, changes: FileChange[], options: { editable?: boolean } = {}): string {
  const editable = options.editable === true;
  const c = counts(r);
  const created = new Set([...r.created.events, ...r.created.campaigns, ...r.created.documents].map((e) => e.id));
  const ref = (id: string) => (created.has(id) ? `<span class="new">${esc(id)} (mới)</span>` : esc(id));
  const refs = (label: string, ids: string[]) => (ids.length ? `<br><small>${label}: ${ids.map(ref).join(', ')}</small>` : '');
  const bySection = r.headings.map((h) => {
    const items = r.items.filter((i) => i.section === h.number).map((i) => `<li class="${i.marker === '+' ? 'item-sub' : ''}">
${itemTitle(i, editable)}
<p>${esc(i.label ?? i.marker)} ${esc(i.text)} <small>(${esc(r.unit)} ${i.line})</small>${refs('Sự kiện', i.events)}${refs('Cuộc vận động', i.campaigns)}${refs('Văn bản', i.documents)}</p>
${i.remarks.map((m) => `<p class="check">${esc(m)}</p>`).join('')}</li>`);
    // The document's own numbering, as the site shows it.
    return `<h3>${esc(h.label)} ${esc(h.title)} <small>(${esc(r.unit)} ${h.line})</small></h3>${items.length ? `<ul>${items.join('')}</ul>` : ''}`;
  });
  const rows = c.lines.map(([label, linked, made]) => `<tr><td>${label}</td><td>${linked}</td><td>${made}</td></tr>`).join('');
  const notImported = r.notImported.length
    ? `<ul>${r.notImported.map((n) => `<li class="bad">${esc(r.unit)} ${n.line}: “${esc(n.text)}” — ${esc(n.reason)}</li>`).join('')}</ul>`
    : '<p>Không có: mọi dòng có chữ đều đã vào đề mục, nhiệm vụ, căn cứ hoặc lời mở đầu.</p>';
  const toCheck = [...r.notes.map((n) => ({ line: n.line, text: n.reason })), ...r.items.flatMap((i) => i.remarks.map((m) => ({ line: i.line, text: m })))];
  const notes = toCheck.length ? `<ul>${toCheck.map((n) => `<li class="check">${esc(r.unit)} ${n.line}: ${esc(n.text)}</li>`).join('')}</ul>` : '<p>Không có.</p>';
  const newOnes = ([['Sự kiện', r.created.events], ['Cuộc vận động, phong trào', r.created.campaigns], ['Văn bản', r.created.documents]] as const)
    .flatMap(([label, list]) => list.map((e) => `<li><span class="new">${esc(label)} mới:</span> ${esc(e.title)} <small>(${esc(e.id)})</small></li>`));
  return `<h1>Xem lại trước khi gửi duyệt: chương trình năm ${r.year}</h1>
<p>Nhập từ tệp <strong>${esc(r.source)}</strong>. Câu chữ giữ nguyên như văn bản; hãy đọc lại các ô màu vàng (cần kiểm tra) và màu đỏ (không nhập được).</p>
<h2>Chương trình</h2>
<dl><dt>Tiêu đề</dt><dd>${esc(r.program.title)}</dd><dt>Số</dt><dd>${esc(r.program.number ?? 'Chưa rõ')}</dd>
<dt>Ngày ban hành</dt><dd>${esc(dateOrUnknown(r.program.issued))}</dd>
<dt>Cơ quan</dt>${issuerField(r.program, editable)}
<dt>Căn cứ</dt><dd>${esc(r.program.basis ?? 'Không có')}${refs('Văn bản', r.program.basedOn)}</dd>
<dt>Lời mở đầu</dt><dd>${esc(r.program.preamble ?? 'Không có')}${refs('Văn bản', r.program.mentions)}</dd></dl>
<h2>Tóm tắt</h2>
<p>${c.headings} đề mục, ${c.tasks} nhiệm vụ, ${c.sub} ý nhỏ (+); ${titlesToCheck(r)}.</p>
<table><thead><tr><th>Loại</th><th>Đã có trên trang</th><th>Mới</th></tr></thead><tbody>${rows}</tbody></table>
${newOnes.length ? `<h3>Mới trên trang</h3><ul class="created">${newOnes.join('')}</ul>` : '<p>Không có sự kiện, cuộc vận động hay văn bản mới: mọi chỗ nhắc đến đều đã có trên trang.</p>'}
<h2>Không nhập được (${r.notImported.length})</h2>${notImported}
<h2>Cần xem lại</h2>${notes}
${r.ending ? `<p>Phần cuối (${esc(r.unit)} ${r.ending.from}–${r.ending.to}: Nơi nhận, chữ ký) không phải nội dung chương trình: không nhập.</p>` : ''}
<h2>Nội dung như sẽ đăng</h2>${bySection.join('\n')}
<h2>Các tệp</h2><ul>${changes.map((ch) => `<li>${esc(ch.change)}: ${esc(ch.path)}</li>`).join('')}</ul>`;
}
