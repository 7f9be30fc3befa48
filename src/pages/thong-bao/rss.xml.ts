// RSS 2.0 feed of every announcement, newest first, full titles and summaries.
// Descriptions are plain text: readers render <description> as HTML, so the summary is escaped for HTML
// (then @astrojs/rss escapes it for XML).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteData } from '../../data/site-data';
import { absoluteUrl, paths } from '../../lib/urls';
import { publicationInstant } from '../../lib/announcements';
import { plainTextAsHtml } from '../../lib/html-text';
import { site } from '../../site.config';

export async function GET(context: APIContext) {
  const { announcements } = await siteData();
  const siteUrl = context.site?.href ?? site.url;
  return rss({
    title: `Thông báo – ${site.organisation}`,
    description: `Thông báo mới nhất của ${site.organisation}.`,
    site: absoluteUrl(siteUrl, paths.announcements()),
    customData: '<language>vi</language>',
    trailingSlash: true,
    items: announcements.map((a) => ({
      title: a.data.title,
      description: plainTextAsHtml(a.data.summary),
      link: absoluteUrl(siteUrl, paths.announcement(a.id)),
      pubDate: publicationInstant(a.data.date),
    })),
  });
}
