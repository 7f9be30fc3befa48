/**
 * Who may talk to the local editor's file API (`npm run editor`), and which
 * files it may touch. The API writes files on the staff member's computer, so:
 * - only requests addressed to the loopback address and port it listens on
 *   (a page on another site that rebinds its DNS name to 127.0.0.1 still sends
 *   its own name as Host, and is refused);
 * - when the browser says where the request comes from (Origin), only from the
 *   editor's own origin: no other local port, no other site;
 * - only the folders staff edit, only file types those folders take.
 */

import { ATTACHMENT_DIR, ATTACHMENT_TYPES, IMAGE_DIR, IMAGE_TYPES } from './attachments';

/** Folders (relative to the project root) the editor reads and writes, with the file types each takes. */
export const EDITOR_FOLDERS: Record<string, readonly string[]> = {
  'content/announcements': ['mdx'],
  'content/events': ['yaml'],
  /** The one "Thông tin liên hệ" file (content/lien-he/thong-tin.yaml). */
  'content/lien-he': ['yaml'],
  [`public${IMAGE_DIR.slice(0, -1)}`]: IMAGE_TYPES,
  [`public${ATTACHMENT_DIR.slice(0, -1)}`]: Object.keys(ATTACHMENT_TYPES),
};

/**
 * Folders the editor may only READ: the collections its related-entry pickers list ("Thuộc chương trình năm",
 * "Cuộc vận động / Văn bản liên quan"; src/cms/config.ts LOOKUP_COLLECTIONS). Never written.
 */
export const EDITOR_READ_ONLY_FOLDERS: Record<string, readonly string[]> = {
  'content/programs': ['mdx'],
  'content/campaigns': ['mdx'],
  'content/documents': ['yaml'],
};
/** Where an entry's media go (on its draft branch, with the entry). */
const MEDIA_FOLDERS = new Set([`public${IMAGE_DIR.slice(0, -1)}`, `public${ATTACHMENT_DIR.slice(0, -1)}`]);
/** Actions that only read. */
const READ_ACTIONS = new Set(['entriesByFolder', 'entriesByFiles', 'getEntry']);

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Why a request is refused (Host, Origin), or null. `port` is the port the server answered on. */
export function editorRequestProblem(headers: { host?: string; origin?: string; secFetchSite?: string }, port: number): string | null {
  const host = (headers.host ?? '').toLowerCase();
  const allowed = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (!allowed.includes(host)) return `Host "${headers.host ?? ''}" is not this editor (${allowed[0]})`;
  if (headers.origin !== undefined && headers.origin.toLowerCase() !== `http://${host}`) return `Origin "${headers.origin}" is not this editor (http://${host})`;
  if (headers.secFetchSite !== undefined && !['same-origin', 'none'].includes(headers.secFetchSite)) return `Sec-Fetch-Site "${headers.secFetchSite}" is not same-origin`;
  return null;
}

/**
 * Why the editor may not touch `path` (relative to the project root, as
 * decap-server receives it), or null. `folderOnly`: the path names a folder to
 * list (entriesByFolder, getMedia) rather than a file.
 */
export function editorPathProblem(path: unknown, folderOnly = false, readOnly = false): string | null {
  if (typeof path !== 'string' || path === '') return 'path missing';
  // One spelling only: relative (Decap writes a folder set as "/public/x" with one leading slash), forward
  // slashes, no dot segments, no control characters.
  const clean = path.replace(/^\//, '').replace(/\/+$/, '');
  if (clean.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(path) || clean.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    return `path "${path}" is not a plain relative path`;
  }
  const folders = readOnly ? { ...EDITOR_FOLDERS, ...EDITOR_READ_ONLY_FOLDERS } : EDITOR_FOLDERS;
  if (folderOnly) return clean in folders ? null : `folder "${path}" is not an editor folder`;
  const slash = clean.lastIndexOf('/');
  const folder = clean.slice(0, slash);
  const types = folders[folder];
  if (!types) return `path "${path}" is not in an editor folder (${Object.keys(EDITOR_FOLDERS).join(', ')})`;
  const name = clean.slice(slash + 1);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (name.startsWith('.') || !types.includes(ext)) return `file "${path}" is not of a type ${folder}/ takes (${types.join(', ')})`;
  return null;
}

/** The actions the editor uses, its editorial workflow (drafts as branches, local Git mode) included. */
const ACTIONS = new Set(['info', 'entriesByFolder', 'entriesByFiles', 'getEntry', 'persistEntry', 'getMedia', 'getMediaFile', 'persistMedia', 'deleteFile', 'deleteFiles', 'getDeployPreview']);
/** Workflow actions that name a draft by collection and slug: only the collections staff edit. */
const DRAFT_ACTIONS = new Set(['unpublishedEntry', 'deleteUnpublishedEntry', 'updateUnpublishedEntryStatus', 'publishUnpublishedEntry']);
/** Workflow actions that read one file of a draft. */
const DRAFT_FILE_ACTIONS = new Set(['unpublishedEntryDataFile', 'unpublishedEntryMediaFile']);
/** The editor's collections (src/cms/config.ts names them after their folders). */
/** The editor's collections (src/cms/config.ts) and the folder each one's entries live in. */
const EDITOR_COLLECTIONS: Record<string, string> = { announcements: 'content/announcements', events: 'content/events', contact: 'content/lien-he' };

/** Every path an API request names, checked; the first problem, or null. */
export function editorActionProblem(body: unknown): string | null {
  const targets = editorActionTargets(body);
  if (typeof targets === 'string') return targets;
  const readOnly = READ_ACTIONS.has((body as { action?: string }).action ?? '');
  for (const f of targets.folders) {
    const problem = editorPathProblem(f, true, readOnly);
    if (problem) return problem;
  }
  for (const f of targets.files) {
    const problem = editorPathProblem(f, false, readOnly);
    if (problem) return problem;
  }
  return null;
}

/** The one file of an entry of an editor collection ("contact" is the one file content/lien-he/thong-tin.yaml). */
export function entryFile(collection: string, slug: unknown): string | null {
  const folder = Object.hasOwn(EDITOR_COLLECTIONS, collection) ? EDITOR_COLLECTIONS[collection]! : undefined;
  const types = folder ? EDITOR_FOLDERS[folder] : undefined;
  if (!folder || !types || typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) return null;
  return `${folder}/${slug}.${types[0]}`;
}

/**
 * The editor's local Git mode: drafts → review → publish only. Why a request is refused, or null:
 * another branch than the publishing one, the workflow turned off (a save straight onto the branch),
 * media written or deleted outside a draft, or a draft touching files that are not its entry's (its one
 * file, and media in the media folders).
 */
export function editorWorkflowProblem(body: unknown, publishingBranch: string): string | null {
  if (body === null || typeof body !== 'object') return 'body is not a JSON object';
  const { action, params } = body as { action?: unknown; params?: Record<string, unknown> };
  const p = (params ?? {}) as Record<string, unknown>;
  if (action === 'info') return null;
  if (p.branch !== publishingBranch) return `branch "${String(p.branch)}" is not the publishing branch (${publishingBranch})`;
  if (action === 'persistMedia' || action === 'deleteFile' || action === 'deleteFiles') {
    return `${action} would change ${publishingBranch} without a draft; media go with an entry's draft (draft → review → publish)`;
  }
  if (action !== 'persistEntry') return null;
  const options = (p.options ?? {}) as { useWorkflow?: unknown; collectionName?: unknown };
  if (options.useWorkflow !== true) return `persistEntry without the editorial workflow would commit straight to ${publishingBranch}`;
  const dataFiles = (Array.isArray(p.dataFiles) ? p.dataFiles : [p.entry]) as { slug?: unknown; path?: unknown; newPath?: unknown }[];
  const file = entryFile(String(options.collectionName), dataFiles[0]?.slug);
  if (!file) return `entry "${String(options.collectionName)}/${String(dataFiles[0]?.slug)}" is not an entry the editor edits`;
  for (const d of dataFiles) {
    if (d?.path !== file || (d.newPath !== undefined && d.newPath !== file)) return `draft of ${file} names another entry's file (${String(d?.path)})`;
  }
  for (const a of Array.isArray(p.assets) ? (p.assets as { path?: unknown }[]) : []) {
    const path = typeof a?.path === 'string' ? a.path.replace(/^\//, '') : '';
    if (!MEDIA_FOLDERS.has(path.slice(0, path.lastIndexOf('/')))) return `draft of ${file} names a file outside the media folders (${String(a?.path)})`;
  }
  return null;
}

/** The files and folders a request names (unchecked), or why the request is refused outright. */
export function editorActionTargets(body: unknown): { files: unknown[]; folders: unknown[] } | string {
  if (body === null || typeof body !== 'object') return 'body is not a JSON object';
  const { action, params } = body as { action?: unknown; params?: Record<string, unknown> };
  const p = (params ?? {}) as Record<string, unknown>;
  if (action === 'unpublishedEntries') return { files: [], folders: [] };
  if (typeof action === 'string' && DRAFT_ACTIONS.has(action)) {
    // unpublishedEntry may name the draft by its branch id instead (cms/<collection>/<slug>).
    const collection = p.collection ?? (typeof p.id === 'string' ? p.id.split('/')[0] : undefined);
    if (typeof collection !== 'string' || !Object.hasOwn(EDITOR_COLLECTIONS, collection)) return `collection "${String(collection)}" is not one the editor edits`;
    return { files: [], folders: [] };
  }
  if (typeof action === 'string' && DRAFT_FILE_ACTIONS.has(action)) return { files: [p.path], folders: [] };
  if (typeof action !== 'string' || !ACTIONS.has(action)) return `action "${String(action)}" is not allowed`;
  if (action === 'info' || action === 'getDeployPreview') return { files: [], folders: [] };
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const files: unknown[] = [];
  const folders: unknown[] = [];
  switch (action) {
    case 'entriesByFolder':
      folders.push(p.folder);
      break;
    case 'getMedia':
      folders.push(p.mediaFolder);
      break;
    case 'entriesByFiles':
      files.push(...list(p.files).map((f) => (f as { path?: unknown } | null)?.path));
      if (list(p.files).length === 0) return 'files missing';
      break;
    case 'getEntry':
    case 'getMediaFile':
    case 'deleteFile':
      files.push(p.path);
      break;
    case 'deleteFiles':
      files.push(...list(p.paths));
      if (list(p.paths).length === 0) return 'paths missing';
      break;
    case 'persistMedia':
      files.push((p.asset as { path?: unknown } | undefined)?.path);
      break;
    case 'persistEntry': {
      const dataFiles = [p.entry, ...list(p.dataFiles)].filter((d) => d !== undefined) as { path?: unknown; newPath?: unknown }[];
      if (dataFiles.length === 0) return 'entry missing';
      for (const d of dataFiles) {
        files.push(d?.path);
        if (d?.newPath !== undefined) files.push(d.newPath);
      }
      files.push(...list(p.assets).map((a) => (a as { path?: unknown } | null)?.path));
      break;
    }
  }
  return { files, folders };
}

/**
 * The editor's "Nhập chương trình năm mới" (issue 19, src/integrations/import-draft.ts): one endpoint, behind the
 * same Host/Origin guard as /api/v1, with its own short list of actions. An import's draft may write only
 * the files an import writes: the year's program, sections and items, and new or extended events,
 * campaigns and documents; nothing else, and never announcements, contact, media or code.
 */
/** With the slash: the dev server answers a path without one (trailingSlash: always) before the editor's handlers. */
export const IMPORT_ENDPOINT = '/api/nhap-chuong-trinh/';
export const IMPORT_ACTIONS = ['preview', 'saveDraft', 'drafts', 'review', 'setStatus', 'publish', 'deleteDraft'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];
/** Folders an import writes, the file type each takes, and whether its files sit in a year's subfolder. */
export const IMPORT_FOLDERS: Record<string, { type: string; byYear: boolean }> = {
  'content/programs': { type: 'mdx', byYear: false },
  'content/sections': { type: 'yaml', byYear: true },
  'content/items': { type: 'mdx', byYear: true },
  'content/events': { type: 'yaml', byYear: false },
  'content/campaigns': { type: 'mdx', byYear: false },
  'content/documents': { type: 'yaml', byYear: false },
};
/** The review states, as the editor's workflow names them (Decap: draft, pending_review, pending_publish). */
export const IMPORT_STATUSES = ['draft', 'pending_review', 'pending_publish'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** An import's draft branch: one per year, outside Decap's cms/ branches (Decap lists those as its entries). */
export const importDraftBranch = (year: number) => `nhap-chuong-trinh/${year}`;

/** The parameters each import action takes; any other is refused. */
const IMPORT_PARAMS: Record<ImportAction, readonly string[]> = {
  preview: ['name', 'content', 'replace', 'year'],
  saveDraft: ['name', 'content', 'replace', 'year', 'titles', 'issuer'],
  drafts: [],
  review: ['year'],
  setStatus: ['year', 'status'],
  publish: ['year'],
  deleteDraft: ['year'],
};
/**
 * Bounds of the title edits a save may carry (their wording is judged, in Vietnamese, by
 * lib/program-import/title-edits.ts): item ids are slugs, values are strings of bounded length.
 */
const MAX_TITLE_EDITS = 1000;
const MAX_EDIT_LENGTH = 2000;
const ITEM_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Why an import request is refused (its action, its parameters, its year, its status), or null. */
export function importActionProblem(body: unknown): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'body is not a JSON object';
  const { action, params } = body as { action?: unknown; params?: unknown };
  if (typeof action !== 'string' || !(IMPORT_ACTIONS as readonly string[]).includes(action)) return `action "${String(action)}" is not allowed`;
  const p = (params ?? {}) as Record<string, unknown>;
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) return 'params is not an object';
  const allowed = IMPORT_PARAMS[action as ImportAction];
  const extra = Object.keys(p).find((k) => !allowed.includes(k));
  if (extra !== undefined) return `parameter "${extra}" is not one ${action} takes`;
  if (action === 'saveDraft') {
    if (p.titles !== undefined) {
      const t = p.titles;
      if (t === null || typeof t !== 'object' || Array.isArray(t)) return 'titles is not an object';
      const entries = Object.entries(t as Record<string, unknown>);
      if (entries.length > MAX_TITLE_EDITS) return `more than ${MAX_TITLE_EDITS} titles`;
      for (const [id, value] of entries) {
        if (!ITEM_ID.test(id)) return `title key "${id.slice(0, 80)}" is not an item id`;
        if (typeof value !== 'string' || value.length > MAX_EDIT_LENGTH) return `title of "${id}" is not a string of at most ${MAX_EDIT_LENGTH} characters`;
      }
    }
    if (p.issuer !== undefined && (typeof p.issuer !== 'string' || p.issuer.length > MAX_EDIT_LENGTH)) return `issuer is not a string of at most ${MAX_EDIT_LENGTH} characters`;
  }
  if (action === 'preview' || action === 'saveDraft') {
    if (typeof p.name !== 'string' || p.name === '' || p.name.length > 200) return 'name missing';
    if (typeof p.content !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(p.content)) return 'content is not base64';
    if (p.replace !== undefined && typeof p.replace !== 'boolean') return 'replace is not true/false';
    if (p.year !== undefined && !isYear(p.year)) return `year "${String(p.year)}" is not a year`;
  }
  if (['review', 'setStatus', 'publish', 'deleteDraft'].includes(action) && !isYear(p.year)) return `year "${String(p.year)}" is not a year`;
  if (action === 'setStatus' && !(IMPORT_STATUSES as readonly string[]).includes(String(p.status))) return `status "${String(p.status)}" is not a review state`;
  return null;
}

const isYear = (y: unknown) => typeof y === 'number' && Number.isInteger(y) && y >= 1930 && y <= 2100;

/**
 * Why an import's draft may not write `path` (relative to the project root), or null: plain relative
 * paths only, in the import's folders, of their type; sections and items of `year` only, one level down.
 */
export function importPathProblem(path: unknown, year: number): string | null {
  if (typeof path !== 'string' || path === '') return 'path missing';
  if (path.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(path) || path.split('/').some((s) => s === '' || s === '.' || s === '..')) return `path "${path}" is not a plain relative path`;
  const parts = path.split('/');
  const folder = parts.slice(0, 2).join('/');
  const rule = Object.hasOwn(IMPORT_FOLDERS, folder) ? IMPORT_FOLDERS[folder]! : undefined;
  if (!rule) return `path "${path}" is not in a folder an import writes (${Object.keys(IMPORT_FOLDERS).join(', ')})`;
  const rest = parts.slice(2);
  if (rule.byYear ? rest.length !== 2 || rest[0] !== String(year) : rest.length !== 1) return `path "${path}" is not where an import of ${year} writes in ${folder}/`;
  const name = rest[rest.length - 1]!;
  if (!new RegExp(`^[a-z0-9][a-z0-9-]*\\.${rule.type}$`).test(name)) return `file "${path}" is not a ${rule.type} file with a slug name`;
  if (folder === 'content/programs' && name !== `${year}.mdx`) return `program file "${path}" is not the program of ${year}`;
  return null;
}
