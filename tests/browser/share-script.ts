/** The one script a reading page may load: the "Chia sẻ" button's (src/components/ShareButton.astro), on pages people share. */
export const isShareScript = (url: string): boolean => /\/_astro\/ShareButton\.[^/]*\.js$/.test(new URL(url, 'http://x').pathname);
