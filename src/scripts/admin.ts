/**
 * Adjusts the web editor (Decap CMS, loaded just before as a classic script):
 * the announcement preview reads like the site (Vietnamese date with weekday),
 * and empty optional fields are dropped on save, because the schemas read an
 * empty `summary: ''` as "left empty", not "left out".
 */
import { formatDateWithWeekdayVi, parseIsoDate } from '../lib/dates';
import { isBlank } from '../cms/save';

interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  filter(fn: (value: unknown) => boolean): ImmutableMap;
  set(key: string, value: unknown): ImmutableMap;
}
interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
}
interface DecapGlobal {
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableMap }) => unknown }): void;
}
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

const w = window as unknown as { CMS?: DecapGlobal; h?: H };

if (w.CMS && w.h) {
  const { CMS, h } = w;

  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => (entry.get('data') as ImmutableMap).filter((value) => !isBlank(value)),
  });

  CMS.registerPreviewStyle(
    `body{font-family:system-ui,sans-serif;line-height:1.6;color:#1a1a1a;max-width:42rem;margin:1.5rem auto;padding:0 1rem}
     h1{font-size:1.75rem;line-height:1.3;margin:0 0 .5rem}.meta{color:#4a4a4a;margin:0 0 1rem}.summary{font-size:1.1rem}`,
    { raw: true },
  );

  CMS.registerPreviewTemplate('announcements', ({ entry, widgetFor }) => {
    const title = String(entry.getIn(['data', 'title']) ?? '');
    const date = String(entry.getIn(['data', 'date']) ?? '');
    const summary = String(entry.getIn(['data', 'summary']) ?? '');
    return h(
      'article',
      null,
      h('h1', null, title || '(chưa có tiêu đề)'),
      h('p', { className: 'meta' }, parseIsoDate(date) ? h('time', { dateTime: date }, formatDateWithWeekdayVi(date)) : 'Chưa có ngày đăng'),
      summary ? h('p', { className: 'summary' }, summary) : null,
      widgetFor('body'),
    );
  });
}
