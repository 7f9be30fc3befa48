// Issue 10, class 2: every value placed inside a <script> goes through jsonForScript.
// Hostile strings stay inside the script element (an HTML parser sees one script,
// whose text is JSON that reads back to the same value).
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/json-script';

const HOSTILE = [
  '</script><meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '</SCRIPT ><script>alert(1)</script>',
  '<!--<script>',
  '<!-- --> <script>',
  ']]> & &amp; &lt;',
  'dòng\u2028mới\u2029đoạn',
  '"\'\\`${x}',
  'Quốc khánh Nước CHXHCN Việt Nam',
];

describe('jsonForScript', () => {
  it.each(HOSTILE)('keeps %j inside one script element and reads back the same', (value) => {
    const data = { '@context': 'https://schema.org', name: value, nested: [value, { description: value }] };
    const out = jsonForScript(data);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    const page = parse(`<html><head><script type="application/ld+json">${out}</script></head><body><p>sau</p></body></html>`);
    expect(page.querySelectorAll('script')).toHaveLength(1);
    expect(page.querySelectorAll('meta')).toHaveLength(0);
    expect(JSON.parse(page.querySelector('script')!.rawText)).toEqual(data);
  });

  it('is plain JSON for ordinary Vietnamese text', () => {
    expect(jsonForScript({ name: 'Ngày hội Đại đoàn kết' })).toBe('{"name":"Ngày hội Đại đoàn kết"}');
  });

  it('refuses a value without a JSON form', () => {
    expect(() => jsonForScript(undefined)).toThrow();
  });
});
