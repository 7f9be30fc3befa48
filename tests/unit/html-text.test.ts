// Issue 10, class 7: RSS descriptions are plain text (readers render them as HTML).
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { plainTextAsHtml } from '../../src/lib/html-text';

describe('plainTextAsHtml', () => {
  it.each([
    '<img src="https://evil.example/x.png">',
    'Họp <b>tổng kết</b> & "bầu cử" \'x\'',
    '<script>alert(1)</script>',
    '&lt;img&gt; đã mã hóa sẵn',
  ])('%j shows as exactly that text, with no element', (text) => {
    const html = plainTextAsHtml(text);
    const root = parse(`<div>${html}</div>`);
    expect(root.querySelectorAll('div *')).toHaveLength(0);
    expect(root.querySelector('div')!.text).toBe(text);
  });
});
