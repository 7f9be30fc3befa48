import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${absoluteUrl(site.url, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
