/**
 * Where each collection's files live and which files count. The one
 * definition: `src/content.config.ts` builds its loaders from it and
 * `npm run check:content` uses it to refuse files the site would ignore.
 */
import type { CollectionName } from './index';

export const CONTENT_DIR = 'content';

export interface CollectionFiles {
  /** Folder under content/. */
  folder: string;
  /** Glob relative to the folder: `*.ext` (folder only) or `**\/*.ext` (any depth). */
  pattern: string;
  /** How staff should name a file here, for messages. */
  example: string;
}

export const COLLECTION_FILES: Record<CollectionName, CollectionFiles> = {
  programs: { folder: 'programs', pattern: '*.mdx', example: 'content/programs/2021.mdx' },
  sections: { folder: 'sections', pattern: '**/*.yaml', example: 'content/sections/2021/2-1.yaml' },
  items: { folder: 'items', pattern: '**/*.mdx', example: 'content/items/2021/ten-nhiem-vu.mdx' },
  events: { folder: 'events', pattern: '*.yaml', example: 'content/events/ten-su-kien.yaml' },
  campaigns: { folder: 'campaigns', pattern: '*.mdx', example: 'content/campaigns/ten-cuoc-van-dong.mdx' },
  documents: { folder: 'documents', pattern: '*.yaml', example: 'content/documents/ten-van-ban.yaml' },
  announcements: { folder: 'announcements', pattern: '*.mdx', example: 'content/announcements/2026-11-27-ten-thong-bao.mdx' },
};

/** The glob as a regular expression over a path relative to the folder (only `*` and `**\/` are used). */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split('**/')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('(?:[^/]+/)*');
  return new RegExp(`^${source}$`);
}

/** The collection a path under content/ belongs to, or null when the site would ignore it. */
export function collectionOf(relativeToContent: string): CollectionName | null {
  for (const [name, { folder, pattern }] of Object.entries(COLLECTION_FILES) as [CollectionName, CollectionFiles][]) {
    const prefix = `${folder}/`;
    if (!relativeToContent.startsWith(prefix)) continue;
    const rest = relativeToContent.slice(prefix.length);
    // Like the glob loader (tinyglobby), hidden files and folders are not read.
    if (rest.split('/').some((part) => part.startsWith('.'))) return null;
    if (patternRegExp(pattern).test(rest)) return name;
  }
  return null;
}
