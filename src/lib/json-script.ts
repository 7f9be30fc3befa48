/**
 * JSON to place inside a `<script>` element (JSON-LD, inline data). The HTML
 * parser ends a script at the first `</script` whatever JSON thinks, and `<!--`
 * changes how it looks for the end; so `<`, `>` and `&` are written as \u
 * escapes (still the same JSON), and U+2028/U+2029 too (line breaks in older
 * JavaScript). Every value placed in a <script> goes through this one function.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
