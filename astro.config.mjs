// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { site, siteUrlIsReal } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import precompress from './src/integrations/precompress.ts';
import decapCms from './src/integrations/decap-cms.ts';
import staffGuard from './src/integrations/staff-guard.ts';
import contactWarning from './src/integrations/contact-warning.ts';
import { STAFF_REMARK_PLUGINS } from './src/content-check/remark-staff-content.ts';
import guardCoverage from './src/integrations/guard-coverage.ts';


export default defineConfig({
  site: site.url,
  output: 'static',
  // ASTRO_OUT_DIR lets a build write beside the live dist/ (atomic builds, build comparisons).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Content-layer cache inside the project: the default (node_modules/.astro) is shared
  // when node_modules is, and a stale data store there skips new schema defaults.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7 renders whitespace by JSX rules by default ('jsx'), which runs words together across inline
  // elements ("chính Ủy ban" became "chínhỦy ban"): keep the HTML-aware compression of Astro 5.
  compressHTML: true,
  // The remark pipeline of every Markdown and MDX body (MDX inherits it): GFM, then the staff-content
  // guard (the body allow-list of src/content-check/body-policy.ts, applied before MDX is compiled or any
  // image it names is resolved; body published as NFC). The guard-coverage integration below refuses a
  // build in which the guard is missing from this list or did not see every staff body.
  markdown: { processor: unified({ remarkPlugins: STAFF_REMARK_PLUGINS }) },
  integrations: [
    // First: refuses symlinks, bad files in public/ and unreadable or aliased YAML before anything is read.
    staffGuard(),
    mdx(),
    // The build stops if the staff-content guard is not in the Markdown pipeline, or did not run on every body.
    guardCoverage(),
    // The staff editor (/admin/) is not for readers or search engines.
    sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/admin/') }),
    // The search index is built from the finished pages.
    pagefind(),
    // precompress follows the integrations whose files it compresses.
    precompress(),
    // After precompress: copies the editor's bundle with its cached .gz/.br (src/integrations/decap-cms.ts).
    decapCms(),
    // One loud warning while the committee's contact (address, phone …) is empty.
    contactWarning(site.contact),
    // One loud warning while the site has no real address (printed calendars then carry no QR code).
    {
      name: 'site-url-warning',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!siteUrlIsReal) logger.warn(`\n!!! CHÚ Ý: trang web chưa có địa chỉ thật (đang dùng ${site.url}).\n!!! Bản in lịch không có mã QR; liên kết .ics và canonical dùng địa chỉ tạm.\n!!! Đặt SITE_URL=https://… khi dựng, hoặc sửa url trong src/site.config.ts.`);
        },
      },
    },
  ],
  // Never inline scripts into pages: the Content-Security-Policy allows only script files.
  // The editor's script (loaded only at /admin/) bundles zod and the checker's rules (≈ 530 kB, 160 kB gzip):
  // expected, so Vite's 500 kB warning would only be noise in every build log.
  vite: {
    build: {
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        // Astro 7's MDX modules start with its own "use astro:head-inject" directive, which Rolldown warns
        // about once per body (about 50 blocks a build). Only that notice is dropped; every other warning stays.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
