// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { site, siteUrlIsReal } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import precompress from './src/integrations/precompress.ts';
import decapCms from './src/integrations/decap-cms.ts';
import staffGuard from './src/integrations/staff-guard.ts';
import contactWarning from './src/integrations/contact-warning.ts';
import { remarkStaffContent } from './src/content-check/remark-staff-content.ts';


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
  markdown: { remarkPlugins: [remarkGfm] },
  integrations: [
    // First: refuses symlinks, bad files in public/ and unreadable or aliased YAML before anything is read.
    staffGuard(),
    // remarkStaffContent: the body allow-list (src/content-check/body-policy.ts), applied before MDX is compiled
    // or any image it names is resolved; body published as NFC.
    mdx({ remarkPlugins: [remarkStaffContent] }),
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
  vite: { build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 700 } },
  devToolbar: { enabled: false },
  prefetch: false,
});
