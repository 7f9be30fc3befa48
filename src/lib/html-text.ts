/**
 * Plain text written as HTML that shows exactly that text. For places whose
 * readers interpret HTML, such as an RSS <description> (feed readers render it
 * as HTML after the XML escaping is undone): a summary with `<img src=…>` must
 * be read as those characters, never as an image from another host.
 * @example plainTextAsHtml('a <b> & "c"') === 'a &lt;b&gt; &amp; &quot;c&quot;'
 */
export function plainTextAsHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
