// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { site } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';


export default defineConfig({
  site: site.url,
  output: 'static',
  // ASTRO_OUT_DIR lets a build write beside the live dist/ (atomic builds, build comparisons).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { remarkPlugins: [remarkGfm] },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefind()],
  devToolbar: { enabled: false },
  prefetch: false,
});
