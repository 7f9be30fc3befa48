/**
 * Adjusts the web editor (Decap CMS, loaded just before as a classic script):
 * - before saving, runs the checker's own rules (src/cms/validate.ts: the zod
 *   schemas and the body rules of `npm run check:content`) and refuses to save,
 *   with the checker's Vietnamese messages, what the site would refuse;
 * - drops empty optional fields and the dates of other event kinds on save;
 * - previews that look like the site: its CSS, weekday and lunar dates, the
 *   computed anniversary, the event kind's label, and what is still wrong;
 * - in the event form, shows only the date fields of the chosen kind;
 * - names the review steps Nháp → Chờ duyệt → Sẵn sàng đăng.
 */
import siteCss from '../styles/global.css?raw';
import { formatDateWithWeekdayVi, parseIsoDate, todayInVietnam } from '../lib/dates';
import { EVENT_HELP, EVENT_KIND_LABELS, type FieldHelp } from '../lib/field-help';
import { keepField } from '../cms/save';
import { formatEditorProblem, validateEntry } from '../cms/validate';
import { eventPreview } from '../cms/preview';

interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  filter(fn: (value: unknown, key: string) => boolean): ImmutableMap;
  toJS(): Record<string, unknown>;
}
interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
}
interface DecapGlobal {
  init(): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableMap }) => unknown }): void;
  getLocale?(locale: string): Phrases | undefined;
  registerLocale?(locale: string, phrases: Phrases): void;
}
interface Phrases {
  [key: string]: string | Phrases;
}

/** The review steps as a Vietnamese public body names them (Decap's own words are "Bản nháp, Đang xét duyệt, Sẵn sàng"). */
const WORKFLOW_WORDS: Phrases = {
  editor: { editorToolbar: { draft: 'Nháp', inReview: 'Chờ duyệt', ready: 'Sẵn sàng đăng', status: 'Trạng thái: %{status}' } },
  workflow: { workflowList: { draftHeader: 'Nháp', inReviewHeader: 'Chờ duyệt', readyHeader: 'Sẵn sàng đăng' } },
};

function merged(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const old = out[key];
    out[key] = typeof value === 'object' && typeof old === 'object' ? merged(old, value) : value;
  }
  return out;
}
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

const w = window as unknown as { CMS?: DecapGlobal; h?: H; CMS_MANUAL_INIT?: boolean };

/** Decap shows `String(error)` in its "could not save" notice: only our message, without "Error:". */
class RefusedSave extends Error {
  override toString(): string {
    return this.message;
  }
}

const dataOf = (entry: ImmutableMap) => ((entry.get('data') as ImmutableMap | undefined)?.toJS() ?? {}) as Record<string, unknown>;

/** The per-kind date fields, by the label the editor gives them (src/cms/config.ts). */
const KIND_FIELDS = Object.values(EVENT_HELP as Record<string, FieldHelp>).filter((f) => typeof f.required === 'string');

/** Marks each per-kind date field of the event form with its kind, so CSS shows only those of the chosen kind. */
function markKindFields(root: ParentNode): void {
  for (const label of root.querySelectorAll('label')) {
    const help = KIND_FIELDS.find((f) => label.textContent?.startsWith(`${f.label} (`));
    // The whole control (label, input, hint); Decap's class names carry its component names.
    const control = label.closest('[class*="ControlContainer"]') ?? label.parentElement;
    if (help && control && !control.hasAttribute('data-kind-field')) control.setAttribute('data-kind-field', String(help.required));
  }
}

function kindFieldStyle(): string {
  const kinds = Object.keys(EVENT_KIND_LABELS);
  return [
    // Decap adds "(không bắt buộc)" to every field it does not require; these are required for their kind.
    '[data-kind-field] label > span { display: none; }',
    ...kinds.map((kind) => `html[data-event-kind="${kind}"] [data-kind-field]:not([data-kind-field="${kind}"]) { display: none; }`),
  ].join('\n');
}

// This module runs before Decap's deferred bundle (src/pages/admin/index.astro): Decap must not start
// before our locale words, checks and previews are registered, or its first screen misses them.
w.CMS_MANUAL_INIT = true;
document.addEventListener('DOMContentLoaded', () => {
  if (!w.CMS || !w.h) return;
  setUp(w.CMS, w.h);
  w.CMS.init();
});

function setUp(CMS: DecapGlobal, h: H): void {

  const vi = CMS.getLocale?.('vi');
  if (vi && CMS.registerLocale) CMS.registerLocale('vi', merged(vi, WORKFLOW_WORDS));

  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = String(entry.get('collection') ?? '');
      const data = dataOf(entry);
      const problems = validateEntry(collection, data);
      if (problems.length > 0) {
        throw new RefusedSave(`chưa lưu, vì trang sẽ không nhận bài này. Sửa rồi lưu lại:\n${problems.map((p) => `• ${formatEditorProblem(p)}`).join('\n')}`);
      }
      return (entry.get('data') as ImmutableMap).filter((value, key) => keepField(collection, data.kind, key, value));
    },
  });

  const style = document.createElement('style');
  style.textContent = kindFieldStyle();
  document.head.append(style);
  // Decap renders (and re-renders) the form at any time; label text may change in place, hence characterData.
  new MutationObserver(() => markKindFields(document)).observe(document.body, { childList: true, subtree: true, characterData: true });
  markKindFields(document);

  CMS.registerPreviewStyle(
    `${siteCss}
     .preview-note{border:2px solid var(--brand);background:var(--tint);padding:.75rem 1rem;margin:0 0 1.5rem}
     .preview-note h2{margin:0 0 .5rem;font-size:1.1rem;color:var(--brand-dark)}
     .preview-note ul{margin:0;padding-left:1.25rem}
     .preview-ok{color:var(--muted);font-size:.95rem;margin:0 0 1rem}`,
    { raw: true },
  );

  /** What the site would still refuse, above the preview; saving is blocked until it is empty. */
  const problemsNote = (collection: string, data: Record<string, unknown>) => {
    const problems = validateEntry(collection, data);
    if (problems.length === 0) return h('p', { className: 'preview-ok' }, '✓ Đã kiểm tra: trang nhận bài này.');
    return h(
      'section',
      { className: 'preview-note', 'data-problems': '' },
      h('h2', null, 'Chưa lưu được, cần sửa:'),
      h('ul', null, ...problems.map((p, i) => h('li', { key: i }, formatEditorProblem(p)))),
    );
  };
  const page = (...children: unknown[]) => h('main', null, h('div', { className: 'wrap' }, ...children));

  CMS.registerPreviewTemplate('announcements', ({ entry, widgetFor }) => {
    const data = dataOf(entry);
    const title = String(data.title ?? '');
    const date = String(data.date ?? '');
    const summary = String(data.summary ?? '');
    return page(
      problemsNote('announcements', data),
      h(
        'article',
        null,
        h('p', { className: 'meta' }, 'Thông báo · ', parseIsoDate(date) ? h('time', { dateTime: date }, formatDateWithWeekdayVi(date)) : 'chưa có ngày đăng'),
        h('h1', null, title || '(chưa có tiêu đề)'),
        summary ? h('p', { className: 'lead' }, summary) : null,
        h('div', { className: 'prose' }, widgetFor('body')),
      ),
    );
  });

  CMS.registerPreviewTemplate('events', ({ entry }) => {
    const data = dataOf(entry);
    // The form shows the date fields of this kind only (see kindFieldStyle).
    document.documentElement.dataset.eventKind = String(data.kind ?? '');
    const view = eventPreview(data, Number(todayInVietnam().slice(0, 4)));
    return page(
      problemsNote('events', data),
      h(
        'article',
        null,
        h('p', { className: 'meta' }, 'Sự kiện · ', h('span', { 'data-kind-label': '' }, view.kindLabel)),
        h('h1', null, view.heading),
        typeof data.summary === 'string' && data.summary.trim() ? h('p', { className: 'lead' }, data.summary) : null,
        h(
          'dl',
          { className: 'facts' },
          ...view.facts.flatMap((f, i) => [
            h('dt', { key: `t${i}` }, f.term),
            h(
              'dd',
              { key: `d${i}` },
              f.date ? h('time', { dateTime: f.date }, f.text) : f.text,
              f.anniversary ? [' · ', h('strong', { key: 'a' }, f.anniversary)] : null,
              f.lunar ? [h('br', { key: 'b' }), h('span', { className: 'meta', key: 'l' }, f.lunar)] : null,
            ),
          ]),
        ),
      ),
    );
  });
}
