/**
 * The editor's page "Nhập chương trình năm mới" (/admin/nhap-chuong-trinh/),
 * served by the editor's dev server only (EDITOR=1, src/integrations/decap-cms.ts),
 * never built into the site. Its script (import-page.client.js) talks to
 * IMPORT_ENDPOINT; every text it shows is set as text, except the review, which
 * the server builds with every text escaped (report.ts).
 */
import { readFileSync } from 'node:fs';
import { plainTextAsHtml as esc } from '../lib/html-text';

export const IMPORT_PAGE_PATH = '/admin/nhap-chuong-trinh/';
export const IMPORT_SCRIPT_PATH = '/admin/nhap-chuong-trinh/trang.js';

/** Its own policy: scripts and requests to this server only, nothing framed, no inline script. */
export const IMPORT_PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

export function importPageScript(): string {
  return readFileSync(new URL('./import-page.client.js', import.meta.url), 'utf8');
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;font-size:1.0625rem;line-height:1.55;color:#1b1b1b;background:#fff}
.wrap{max-width:60rem;margin:0 auto;padding:1rem 1rem 3rem}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;justify-content:space-between;border-bottom:3px solid #8e1b14;padding-bottom:.5rem}
h1{font-size:clamp(1.4rem,1.1rem + 1.4vw,2rem);line-height:1.25;margin:.4em 0;color:#8e1b14}
h2{font-size:1.25rem;margin:2rem 0 .5rem;line-height:1.3}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
a{color:#0b4f9c}
.steps{padding-left:1.25rem}.steps li{margin:.25rem 0}
form{border:1px solid #c9c2b8;border-radius:6px;padding:1rem;background:#faf8f5}
label{display:block;font-weight:600;margin:.25rem 0}
.hint{font-weight:400;color:#3f4652;font-size:.95rem}
input[type=file]{display:block;width:100%;margin:.25rem 0 .75rem;font-size:1rem;padding:.5rem;border:1px dashed #8b8378;background:#fff}
.row{display:flex;flex-wrap:wrap;gap:.5rem}
button{font:inherit;font-weight:600;padding:.55rem 1rem;border-radius:6px;border:2px solid #8e1b14;background:#fff;color:#8e1b14;cursor:pointer;min-height:2.75rem}
button.primary{background:#8e1b14;color:#fff}
button:disabled{opacity:.45;cursor:not-allowed}
button:focus-visible,input:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
.check-line{font-weight:400;display:flex;gap:.5rem;align-items:flex-start;margin:.5rem 0 .75rem}
.check-line input{margin-top:.35rem;width:1.1rem;height:1.1rem}
[data-message]{white-space:pre-wrap;margin:1rem 0;padding:.75rem 1rem;border-radius:6px}
[data-message]:empty{display:none}
.msg-ok{background:#e6f4e6;border-left:5px solid #1d6b1d}
.msg-bad{background:#fde8e8;border-left:5px solid #a00}
.msg-wait{background:#eef3fa;border-left:5px solid #0b4f9c}
.problems li{background:#fde8e8;border-left:4px solid #a00;padding:.25rem .5rem;margin:.3rem 0;overflow-wrap:anywhere}
.review{border-top:1px solid #999;margin-top:1rem}
.review h1{font-size:1.3rem;color:#1b1b1b}
.review h2{border-bottom:1px solid #999}
.review .check{background:#fff4d6;border-left:4px solid #b07800;padding:.25rem .5rem}
.review .bad{background:#fde8e8;border-left:4px solid #a00;padding:.25rem .5rem}
.review .new{font-weight:bold;color:#0a5a0a}
.review li{margin:.3rem 0}.review .item-sub{margin-left:2rem}
.review ul{padding-left:1.25rem}
.review table{border-collapse:collapse}.review td,.review th{border:1px solid #999;padding:.2rem .5rem;text-align:left}
.review small{color:#444;overflow-wrap:anywhere}
.review dt{font-weight:600}.review dd{margin:0 0 .5rem 1rem}
.review .title-edit{margin:.25rem 0}
.review .title-edit label{display:block;margin:0}
.review .title-edit .hint{display:block}
.review .title-edit textarea{display:block;width:100%;min-height:2.75rem;margin:.3rem 0 .2rem;padding:.4rem .6rem;font:inherit;line-height:1.4;color:#1b1b1b;background:#fff;border:1px solid #6b6358;border-radius:4px;resize:vertical;field-sizing:content}
.review .title-edit textarea[aria-invalid=true]{border:2px solid #a00;background:#fff8f8}
.review .field-problem{display:block;color:#8b0000;margin:.2rem 0}
.review .field-problem[hidden]{display:none}
.review .edited{border-left:4px solid #1d6b1d;background:#eef7ee;padding:.25rem .5rem}
.drafts{list-style:none;padding:0}
.drafts li{border:1px solid #c9c2b8;border-radius:6px;padding:.75rem 1rem;margin:.5rem 0}
.status{display:inline-block;padding:0 .5rem;border-radius:1rem;border:1px solid #555;font-size:.95rem}
.status-pending_review{background:#fff4d6}.status-pending_publish{background:#e6f4e6}
.roles{background:#f4f1ec;padding:.5rem 1rem;border-radius:6px}
@media (max-width:30rem){.wrap{padding:.75rem}button{width:100%}.review .item-sub{margin-left:1rem}}
`;

export function importPageHtml(options: { gitMode: boolean; publishingBranch: string }): string {
  const branch = esc(options.publishingBranch);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${IMPORT_PAGE_CSP}">
<title>Nhập chương trình năm mới – trình biên tập</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${STYLE}</style>
<script defer src="${IMPORT_SCRIPT_PATH}"></script>
</head>
<body>
<div class="wrap" data-git="${options.gitMode ? '1' : '0'}">
<div class="top"><h1>Nhập chương trình năm mới</h1><a href="/admin/">← Về trình biên tập</a></div>
<p>Đưa chương trình phối hợp, thống nhất hành động của năm mới lên trang từ chính văn bản nhận được. Câu chữ giữ nguyên như văn bản.</p>
<ol class="steps">
<li>Chọn tệp văn bản (.docx của Word; hoặc .txt, .md), bấm <strong>Xem trước</strong>.</li>
<li>Đọc trang xem lại: đề mục, nhiệm vụ, những gì mới, dòng không nhập được (màu đỏ). Mỗi nhiệm vụ có một <strong>tiêu đề ngắn</strong> đề xuất (ô vàng): sửa ngay trong ô nếu cần; câu chữ của nhiệm vụ không đổi.</li>
<li>Bấm <strong>Lưu bản nháp để duyệt</strong>: cả chương trình, với các tiêu đề đã sửa, thành <em>một</em> bản nháp, chưa lên trang.</li>
<li>Gửi duyệt; người duyệt xem lại, chuyển sang <strong>Sẵn sàng đăng</strong> rồi bấm <strong>Công bố</strong> (gộp vào nhánh ${branch}).</li>
</ol>
<form data-import-form novalidate>
<label for="tep">Văn bản chương trình <span class="hint">(.docx, .txt hoặc .md, tối đa 20 MB)</span></label>
<input id="tep" name="tep" type="file" accept=".docx,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown">
<label class="check-line"><input type="checkbox" name="replace"> <span>Thay chương trình đã có của năm này <span class="hint">(chỉ khi năm đó đã có trên trang; tệp đã sửa tay được giữ nguyên)</span></span></label>
<div class="row">
<button type="submit" class="primary" data-preview>Xem trước</button>
<button type="button" data-save disabled>Lưu bản nháp để duyệt</button>
</div>
</form>
<div data-message role="status" aria-live="polite"></div>
<ul class="problems" data-problems hidden></ul>
<div class="review" data-review hidden></div>
<h2 id="ban-nhap">Bản nháp chương trình chờ duyệt</h2>
<p class="roles">Người soạn: nhập, xem lại, lưu nháp, <strong>Gửi duyệt</strong>. Người duyệt: <strong>Xem lại</strong> bản nháp, chuyển sang <strong>Sẵn sàng đăng</strong>, rồi <strong>Công bố</strong>. Trước khi công bố, nội dung được kiểm tra lại.</p>
${options.gitMode ? '' : '<p class="msg-bad" style="padding:.5rem 1rem">Trình biên tập đang chạy ngoài kho Git: xem trước được, nhưng không lưu bản nháp để duyệt được. Chạy <code>npm run editor</code> trong kho Git của trang.</p>'}
<ul class="drafts" data-drafts aria-labelledby="ban-nhap"></ul>
<div data-draft-message role="status" aria-live="polite"></div>
<ul class="problems" data-draft-problems hidden></ul>
<div class="review" data-draft-review hidden></div>
</div>
</body>
</html>
`;
}
