/**
 * What the web editor does to an entry before saving it. Browser-safe (no
 * Node imports): src/scripts/admin.ts runs it inside the editor.
 */
import { EVENT_HELP, type FieldHelp } from '../lib/field-help';

/** True for a value staff left blank: the saved file should not carry the field (the schemas read '' as "left empty"). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Whether a field goes into the saved file: not when left blank, and not a date
 * of another event kind (staff who switch the kind leave the old date behind;
 * the site would never read it).
 */
export function keepField(collection: string, kind: unknown, name: string, value: unknown): boolean {
  if (isBlank(value)) return false;
  if (collection !== 'events') return true;
  const forKind = (EVENT_HELP as Record<string, FieldHelp>)[name]?.required;
  return typeof forKind !== 'string' || forKind === kind;
}

/** The data as it will be saved. */
export function savedData(collection: string, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([name, value]) => keepField(collection, data.kind, name, value)));
}
