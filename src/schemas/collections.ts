/**
 * Where each collection lives under `content/`, and which files it takes: the
 * one list that both Astro's loaders and the content checks read.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import type { CollectionName, Reference } from './index';

export const COLLECTION_FILES: Record<CollectionName, { folder: string; pattern: '*.mdx' | '*.yaml' | '**/*.mdx' | '**/*.yaml' }> = {
  programs: { folder: 'programs', pattern: '*.mdx' },
  sections: { folder: 'sections', pattern: '**/*.yaml' },
  items: { folder: 'items', pattern: '**/*.mdx' },
  events: { folder: 'events', pattern: '*.yaml' },
  campaigns: { folder: 'campaigns', pattern: '*.mdx' },
  documents: { folder: 'documents', pattern: '*.yaml' },
  announcements: { folder: 'announcements', pattern: '*.mdx' },
};

/** Vietnamese names of the collections, for messages to staff. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  programs: 'chương trình',
  sections: 'mục',
  items: 'nhiệm vụ',
  events: 'sự kiện',
  campaigns: 'cuộc vận động',
  documents: 'văn bản',
  announcements: 'thông báo',
};

/** The files a collection's pattern takes, relative to its folder ("2020/abc.mdx"). */
export function collectionFiles(contentRoot: string, name: CollectionName): string[] {
  const { folder, pattern } = COLLECTION_FILES[name];
  const base = join(contentRoot, folder);
  const ext = pattern.slice(pattern.lastIndexOf('.'));
  const deep = pattern.startsWith('**/');
  const walk = (dir: string): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.flatMap((n) => {
      const full = join(dir, n);
      if (statSync(full).isDirectory()) return deep ? walk(full) : [];
      return n.endsWith(ext) ? [relative(base, full).split(sep).join('/')] : [];
    });
  };
  return walk(base).sort();
}

/** The entry ids of every collection: the file path without its extension. */
export function contentIds(contentRoot: string): Record<CollectionName, Set<string>> {
  const names = Object.keys(COLLECTION_FILES) as CollectionName[];
  return Object.fromEntries(names.map((n) => [n, new Set(collectionFiles(contentRoot, n).map((f) => f.replace(/\.[a-z]+$/, '')))])) as Record<
    CollectionName,
    Set<string>
  >;
}

/**
 * A reference field that must name an existing entry. `then` turns the checked
 * id into what the caller stores (Astro's `reference()`, or `{ collection, id }`).
 */
export function existingReference(ids: Record<CollectionName, Set<string>>, then?: (name: CollectionName) => z.ZodTypeAny): Reference {
  return (name) => {
    const checked = z
      .string({ invalid_type_error: `phải là tên (slug) của một ${COLLECTION_LABELS[name]}` })
      .superRefine((id, ctx) => {
        if (!ids[name].has(id)) {
          const folder = COLLECTION_FILES[name].folder;
          ctx.addIssue({ code: 'custom', message: `không có ${COLLECTION_LABELS[name]} "${id}" (không thấy tệp content/${folder}/${id}.*); kiểm tra lại chính tả` });
        }
      });
    return (then ? checked.pipe(then(name)) : checked.transform((id) => ({ collection: name, id }))) as ReturnType<Reference>;
  };
}
