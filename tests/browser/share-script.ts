/** A script a reading page may load: the "Chia sẻ" button's (src/components/ShareButton.astro), on pages people share. */
export const isShareScript = (url: string): boolean => /\/_astro\/ShareButton\.[^/]*\.js$/.test(new URL(url, 'http://x').pathname);
/** The other one: the header search box's warm-up (src/components/SearchWarm.astro), which fetches nothing until the box is used. */
export const isWarmScript = (url: string): boolean => /\/_astro\/SearchWarm\.[^/]*\.js$/.test(new URL(url, 'http://x').pathname);
/** The scripts a reading page may load. */
export const isReadingScript = (url: string): boolean => isShareScript(url) || isWarmScript(url);
