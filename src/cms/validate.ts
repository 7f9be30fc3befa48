/**
 * The checker's rules, run in the web editor before it saves (src/scripts/admin.ts):
 * the same zod schemas as `npm run check:content` and the build, the same body
 * rules (src/content-check/body.ts), the same Vietnamese messages. Browser-safe:
 * no Node imports, so whatever the schemas or body rules refuse, the editor
 * refuses too. What needs the files on disk (links to pages, images and
 * attachments that exist, duplicate names) stays with the checker.
 */
import { z } from 'astro/zod';
import { announcementSchema, contactSchema, eventSchema, type Reference } from '../schemas';
import { vietnameseError, vietnameseIssues } from '../schemas/error-map';
import { checkBodyText } from '../content-check/body';
import { explainProblem, fieldName, helpOf } from '../lib/field-help';
import { savedData } from './save';

export interface EditorProblem {
  /** The field as in the file (`date`, `attachments[0].file`), or `body`. */
  field?: string;
  /** The field as the editor labels it. */
  label?: string;
  message: string;
}

/** The editor's relation widgets offer existing entries only; the checker still checks that they exist. */
const anyReference: Reference = (collection) =>
  z.string().transform((id) => ({ id, collection })) as unknown as ReturnType<Reference>;

const SCHEMAS = { announcements: announcementSchema, events: eventSchema, contact: contactSchema } as const;

/** Everything the site would refuse in an entry of the editor, as it will be saved; empty when it may be saved. */
export function validateEntry(collection: string, data: Record<string, unknown>): EditorProblem[] {
  if (!(collection in SCHEMAS)) return [];
  const saved = savedData(collection, data);
  const { body, ...fields } = saved;
  const problems: EditorProblem[] = [];
  const result = SCHEMAS[collection as keyof typeof SCHEMAS](anyReference).safeParse(fields, { error: vietnameseError });
  if (!result.success) {
    for (const issue of vietnameseIssues(result.error)) {
      const field = issue.path.length ? fieldName(issue.path) : undefined;
      problems.push({ field, label: helpOf(collection, field)?.label, message: explainProblem(collection, field, issue.message, { withLabel: false }) });
    }
  }
  if (typeof body === 'string' && body.trim() !== '') {
    const label = helpOf(collection, 'body')?.label;
    const at = (line?: number) => (line === undefined ? '' : `dòng ${line}: `);
    for (const p of checkBodyText(body).problems) problems.push({ field: 'body', label, message: `${at(p.line)}${p.message}` });
  }
  return problems;
}

/** One problem as the editor shows it: "Ngày diễn ra: thiếu trường này (bắt buộc). …". */
export function formatEditorProblem(p: EditorProblem): string {
  const where = p.label ?? p.field;
  return where ? `${where}: ${p.message}` : p.message;
}
