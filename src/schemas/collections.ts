/**
 * Where each collection's files live and which files count. The one
 * definition: `src/content.config.ts` builds its loaders from it and
 * `npm run check:content` uses it to refuse files the site would ignore.
 */
import { join } from 'node:path';
import picomatch from 'picomatch';
import { z } from 'astro/zod';
import { walkFiles } from '../node/files';
import { editDistance } from '../lib/text';
import type { CollectionName, Reference } from './index';

export const CONTENT_DIR = 'content';

/** content/nguon/: the source documents as received (the 2020 program), kept verbatim as the record the
 * site is built from and tested against; not a collection, never published. */
export const SOURCE_FOLDER = 'nguon';

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
  /** One entry, the committee's contact ("Thông tin liên hệ"). */
  contact: { folder: 'lien-he', pattern: 'thong-tin.yaml', example: 'content/lien-he/thong-tin.yaml' },
};

/**
 * Whether a path relative to the folder matches the glob, by picomatch: the
 * matcher Astro's glob loader (tinyglobby) uses, with its defaults (no dot files).
 */
const matchers = new Map<string, (path: string) => boolean>();
export function matchesPattern(pattern: string, path: string): boolean {
  let match = matchers.get(pattern);
  if (!match) matchers.set(pattern, (match = picomatch(pattern, { dot: false })));
  return match(path);
}

/** The collection a path under content/ belongs to, or null when the site would ignore it. */
export function collectionOf(relativeToContent: string): CollectionName | null {
  for (const [name, { folder, pattern }] of Object.entries(COLLECTION_FILES) as [CollectionName, CollectionFiles][]) {
    const prefix = `${folder}/`;
    if (!relativeToContent.startsWith(prefix)) continue;
    const rest = relativeToContent.slice(prefix.length);
    // Like the glob loader (tinyglobby), hidden files and folders are not read.
    if (rest.split('/').some((part) => part.startsWith('.'))) return null;
    if (matchesPattern(pattern, rest)) return name;
  }
  return null;
}

/** Vietnamese names of the collections, for messages to staff. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  programs: 'chương trình',
  sections: 'mục',
  items: 'nhiệm vụ',
  events: 'sự kiện',
  campaigns: 'cuộc vận động',
  documents: 'văn bản',
  announcements: 'thông báo',
  contact: 'thông tin liên hệ',
};

/** The files a collection takes, relative to its folder ("2020/abc.mdx"); symbolic links are never taken. */
export function collectionFiles(contentRoot: string, name: CollectionName): string[] {
  const { folder } = COLLECTION_FILES[name];
  return walkFiles(join(contentRoot, folder)).files.filter((f) => collectionOf(`${folder}/${f}`) === name);
}

/**
 * The entry ids of every collection, as Astro's glob loader makes them: the
 * path without extension (a `slug:` field is refused by the schemas).
 */
export function contentIds(contentRoot: string): Record<CollectionName, Set<string>> {
  const names = Object.keys(COLLECTION_FILES) as CollectionName[];
  return Object.fromEntries(names.map((n) => [n, new Set(collectionFiles(contentRoot, n).map((f) => f.replace(/\.[a-z]+$/, '')))])) as Record<CollectionName, Set<string>>;
}

/**
 * A reference field that must name an existing entry, with a suggestion for a
 * near miss. `then` turns the checked id into what the caller stores (Astro's
 * `reference()`); without it the field holds `{ collection, id }`.
 */
export function existingReference(ids: Record<CollectionName, Set<string>>, then?: (name: CollectionName) => z.ZodType): Reference {
  return (collection) => {
    const example = [...ids[collection]][0] ?? 'ten-tep';
    const checked = z
      .union([z.string(), z.object({ id: z.string(), collection: z.string() })], {
        error: `phải là tên (slug) của một ${COLLECTION_LABELS[collection]}, ví dụ "${example}"`,
      })
      .transform((value, ctx) => {
        const id = typeof value === 'string' ? value : value.id;
        if (!ids[collection].has(id)) {
          const near = [...ids[collection]].map((x) => ({ x, d: editDistance(x, id) })).sort((a, b) => a.d - b.d)[0];
          const hint = near && near.d <= Math.max(3, id.length / 4) ? `; có phải là "${near.x}"?` : `; xem tên các tệp trong content/${COLLECTION_FILES[collection].folder}/`;
          ctx.addIssue({ code: 'custom', message: `không có ${COLLECTION_LABELS[collection]} nào tên "${id}"${hint}` });
          return z.NEVER;
        }
        return id;
      });
    return (then ? checked.pipe(then(collection) as z.ZodType<unknown, string>) : checked.transform((id) => ({ id, collection }))) as unknown as ReturnType<Reference>;
  };
}
