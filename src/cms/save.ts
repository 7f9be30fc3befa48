/**
 * What the web editor does to an entry before saving it. Browser-safe (no
 * Node imports): src/scripts/admin.ts runs it inside the editor.
 */

/** True for a value staff left blank: the saved file should not carry the field (the schemas read '' as "left empty"). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
