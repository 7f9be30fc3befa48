/**
 * What the editor's previews show, as the site words it (src/scripts/admin.ts
 * draws it): weekday dates, lunar dates, the computed anniversary, the kind's
 * label. Pure, so it is unit-tested; the functions are the site's own (src/lib).
 */
import { formatDateWithWeekdayVi, parseIsoDate, type IsoDate } from '../lib/dates';
import { formatLunarLong, solarToLunar } from '../lib/lunar';
import { occurrencesInYear, occurrenceTitle, type EventRule } from '../lib/occurrences';
import { EVENT_KIND_LABELS, type EventKind } from '../lib/field-help';

export interface PreviewFact {
  term: string;
  /** The date(s) in words, e.g. "Thứ Hai, 03/02/2020". */
  text: string;
  /** The lunar date of the first day, e.g. "Âm lịch: Ngày 10 tháng 1 năm Canh Tý". */
  lunar?: string;
  /** ISO date for <time datetime>. */
  date?: IsoDate;
  anniversary?: string;
}

export interface EventPreview {
  heading: string;
  kindLabel: string;
  facts: PreviewFact[];
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const isDate = (v: string) => parseIsoDate(v) !== null;
const lunar = (iso: IsoDate) => `Âm lịch: ${formatLunarLong(solarToLunar(parseIsoDate(iso)!))}`;
const day = (iso: IsoDate): PreviewFact['text'] => formatDateWithWeekdayVi(iso);

/** The event preview for the entry being edited, seen in `year` (the current year in Vietnam). */
export function eventPreview(data: Record<string, unknown>, year: number): EventPreview {
  const title = str(data.title) || '(chưa có tên sự kiện)';
  const kind = str(data.kind) as EventKind;
  const kindLabel = EVENT_KIND_LABELS[kind] ?? 'chưa chọn loại';
  const facts: PreviewFact[] = [];
  let heading = title;
  const missing = (term: string) => facts.push({ term, text: 'Chưa có ngày' });
  if (kind === 'single') {
    const date = str(data.date);
    if (isDate(date)) facts.push({ term: 'Ngày', text: day(date), lunar: lunar(date), date });
    else missing('Ngày');
  } else if (kind === 'range') {
    const [start, end] = [str(data.start), str(data.end)];
    if (isDate(start) && isDate(end)) facts.push({ term: 'Thời gian', text: `Từ ${day(start)} đến ${day(end)}`, lunar: lunar(start), date: start });
    else missing('Thời gian');
  } else if (kind === 'yearly' || kind === 'anniversary' || kind === 'yearly-range' || kind === 'lunar') {
    const fields = {
      yearly: { monthDay: str(data.monthDay) },
      anniversary: { origin: str(data.origin) },
      'yearly-range': { startMonthDay: str(data.startMonthDay), endMonthDay: str(data.endMonthDay) },
      lunar: { lunarMonthDay: str(data.lunarMonthDay) },
    }[kind];
    const rule = { kind, slug: 'xem-truoc', title, ...fields } as EventRule;
    let occurrence;
    try {
      occurrence = occurrencesInYear([rule], year)[0];
    } catch {
      occurrence = undefined; // an impossible date: the check below the preview says so
    }
    if (kind === 'anniversary' && isDate(str(data.origin))) {
      const origin = str(data.origin);
      facts.push({ term: 'Ngày gốc', text: day(origin), lunar: lunar(origin), date: origin });
    }
    if (occurrence) {
      heading = occurrenceTitle(occurrence);
      facts.push({
        term: `Năm ${year}`,
        text: occurrence.end === occurrence.start ? day(occurrence.start) : `Từ ${day(occurrence.start)} đến ${day(occurrence.end)}`,
        lunar: lunar(occurrence.start),
        date: occurrence.start,
        anniversary: occurrence.anniversary !== null ? `Kỷ niệm ${occurrence.anniversary} năm${occurrence.round ? ' (năm chẵn)' : ''}` : undefined,
      });
    } else if (!facts.length) missing('Ngày');
  }
  return { heading, kindLabel, facts };
}
