/**
 * The header's search box warms the search page: on its first focus or press
 * the browser prefetches, at idle priority, the files the search page preloads
 * (its script, Pagefind's script, WebAssembly and index, the dictionary; the
 * build lists them in the file the form's `data-warm` names), so the results
 * page finds them in its cache. Imports nothing: a few hundred bytes on every
 * reading page, and nothing is fetched until the box is used.
 */
const input = document.querySelector<HTMLInputElement>('#site-search-q');
const list = input?.form?.dataset.warm;
if (input && list) {
  const warm = () => {
    input.removeEventListener('focus', warm);
    input.removeEventListener('pointerdown', warm);
    fetch(list)
      .then((r) => (r.ok ? r.json() : []))
      .then((hrefs: unknown) => {
        if (!Array.isArray(hrefs)) return;
        // Only this site's own paths.
        for (const href of hrefs) {
          if (typeof href !== 'string' || !/^\/(?![/\\])/.test(href)) continue;
          const link = document.createElement('link');
          link.rel = 'prefetch';
          link.href = href;
          document.head.append(link);
        }
      })
      .catch(() => {});
  };
  input.addEventListener('focus', warm);
  input.addEventListener('pointerdown', warm);
}
