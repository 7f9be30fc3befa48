/**
 * The importer's files, written in the shapes the 2020 files hold. Strings are
 * JSON strings (a valid YAML double-quoted scalar: nothing in the text can
 * become YAML syntax). The first line marks the file as generated, with a hash
 * of the rest, so `--replace` can tell a file staff edited by hand.
 */

export type YamlValue = string | number | null | string[] | undefined;
/** [key, value, comment above the key] */
export type YamlField = [string, YamlValue, string?];

export const IMPORT_MARK = '# import:program ';

/** FNV-1a, 32 bits: enough to notice an edit, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const scalar = (v: string | number | null) => (v === null ? 'null' : typeof v === 'number' ? String(v) : JSON.stringify(v));

export function yamlFields(fields: YamlField[]): string {
  const out: string[] = [];
  for (const [key, value, comment] of fields) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (comment) out.push(`# ${comment}`);
    if (Array.isArray(value)) out.push(`${key}:`, ...value.map((v) => `  - ${scalar(v)}`));
    else out.push(`${key}: ${scalar(value)}`);
  }
  return `${out.join('\n')}\n`;
}

/** A generated file: a YAML file, or an MDX file with that YAML as frontmatter and no body. */
export function generatedFile(fields: YamlField[], mdx: boolean): string {
  const yaml = yamlFields(fields);
  const body = mdx ? `---\n${yaml}---\n` : yaml;
  return withMark(body, mdx);
}

function withMark(body: string, mdx: boolean): string {
  const mark = `${IMPORT_MARK}${hash(body)}\n`;
  return mdx ? body.replace(/^---\n/, `---\n${mark}`) : mark + body;
}

/** Whether a file is as the importer wrote it (true), edited since (false), or not written by it (null). */
export function untouchedSinceImport(text: string): boolean | null {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(IMPORT_MARK));
  if (at < 0 || at > 1) return null;
  const mark = lines[at]!.slice(IMPORT_MARK.length).trim();
  const rest = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
  return hash(rest) === mark;
}
