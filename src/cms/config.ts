/**
 * The web editor's configuration (Decap CMS, served at /admin/): which
 * collections staff edit, and their fields with Vietnamese labels and help
 * texts. Field names, required-ness and referenced collections follow the zod
 * schemas in src/schemas/ (tests/unit/cms-config.test.ts holds them equal);
 * folders come from COLLECTION_FILES. Served as /admin/config.yml.
 */
import { COLLECTION_FILES, CONTENT_DIR } from '../schemas/collections';
import { EVENT_KIND_LABELS, type CollectionName } from '../schemas';
import { ANNOUNCEMENT_HELP, CONTACT_HELP, EVENT_HELP, requiredText, type FieldHelp } from '../lib/field-help';

/** Where the editor talks to during local editing: decap-server's middleware in `npm run editor`, same origin (trailing slash: Astro's dev server redirects paths without one). */
export const LOCAL_PROXY_PATH = '/api/v1/';

/** A hosted repository the editor commits to (GitHub or GitLab), set at build time by environment variables. */
export interface HostedBackend {
  name: 'github' | 'gitlab';
  repo: string;
  branch: string;
  /** GitHub: the OAuth server the site owner runs (Decap needs one); GitLab: optional self-hosted base. */
  base_url?: string;
  auth_endpoint?: string;
  /** GitLab PKCE login: the application id of the OAuth app. */
  app_id?: string;
  auth_type?: 'pkce';
}

/**
 * The hosted backend from CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL,
 * CMS_AUTH_ENDPOINT, CMS_APP_ID; null when unset (local editing only).
 * Throws with a Vietnamese message when the settings are incomplete.
 */
export function hostedBackendFromEnv(env: Record<string, string | undefined>): HostedBackend | null {
  const name = env.CMS_BACKEND?.trim();
  if (!name) return null;
  if (name !== 'github' && name !== 'gitlab') throw new Error(`CMS_BACKEND="${name}" không hợp lệ: chỉ dùng github hoặc gitlab`);
  const repo = env.CMS_REPO?.trim();
  if (!repo || !/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) throw new Error('thiếu CMS_REPO (kho mã trên máy chủ Git, dạng chu-so-huu/ten-kho)');
  const backend: HostedBackend = { name, repo, branch: env.CMS_BRANCH?.trim() || 'main' };
  if (env.CMS_BASE_URL?.trim()) backend.base_url = env.CMS_BASE_URL.trim();
  if (env.CMS_AUTH_ENDPOINT?.trim()) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT.trim();
  if (name === 'gitlab' && env.CMS_APP_ID?.trim()) {
    backend.app_id = env.CMS_APP_ID.trim();
    backend.auth_type = 'pkce';
  }
  return backend;
}

/** A Decap field (only the keys we use). */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'datetime' | 'select' | 'relation' | 'list' | 'file' | 'markdown' | 'boolean';
  required?: boolean;
  hint?: string;
  [key: string]: unknown;
}

/** Label and hint from the one help table (src/lib/field-help.ts); a field of one event kind says which. */
function described(help: FieldHelp): Pick<EditorField, 'label' | 'hint' | 'required'> {
  const forKind = typeof help.required === 'string';
  return {
    label: forKind ? `${help.label} (${requiredText(help.required)})` : help.label,
    hint: help.help,
    // Per-kind dates are checked by the schema on save (src/scripts/admin.ts); Decap itself knows only "always".
    required: help.required === true,
  };
}

/** A calendar date stored as the string YYYY-MM-DD, picked and shown as a date. */
const dateField = (name: string, help: FieldHelp): EditorField => ({
  name,
  ...described(help),
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD/MM/YYYY',
  time_format: false,
  picker_utc: true,
});

/** A list of references to another collection, stored as file names without extension. */
const relationList = (name: string, collection: CollectionName, help: FieldHelp): EditorField => ({
  name,
  ...described(help),
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: ['title'],
  display_fields: ['title'],
  multiple: true,
});

const A = ANNOUNCEMENT_HELP;
export const ANNOUNCEMENT_FIELDS: EditorField[] = [
  { name: 'title', ...described(A.title), widget: 'string' },
  dateField('date', A.date),
  { name: 'summary', ...described(A.summary), widget: 'text' },
  relationList('campaigns', 'campaigns', A.campaigns),
  relationList('events', 'events', A.events),
  relationList('documents', 'documents', A.documents),
  relationList('programs', 'programs', A.programs),
  {
    name: 'attachments',
    ...described(A.attachments),
    label_singular: 'tệp đính kèm',
    widget: 'list',
    fields: [
      { name: 'title', label: 'Tên tệp hiện trên trang', widget: 'string', required: true, hint: 'Ví dụ: Kế hoạch tổ chức (bản PDF)' },
      {
        name: 'file',
        label: 'Tệp',
        widget: 'file',
        required: true,
        media_folder: '/public/tep-dinh-kem',
        public_folder: '/tep-dinh-kem',
        hint: 'Tên tệp viết chữ thường không dấu, không khoảng trắng, ví dụ ke-hoach-to-chuc.pdf.',
      },
    ],
  },
  {
    name: 'body',
    ...described(A.body),
    widget: 'markdown',
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
    editor_components: ['image'],
  },
];

/** A day of the year written THÁNG-NGÀY ('11-18'), as a text field with its pattern. */
const monthDayField = (
  name: string,
  help: FieldHelp,
  message = 'viết THÁNG-NGÀY, ví dụ 11-18 cho ngày 18/11',
  pattern = '^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
): EditorField => ({ name, ...described(help), widget: 'string', pattern: [pattern, message] });

const E = EVENT_HELP;
export const EVENT_FIELDS: EditorField[] = [
  { name: 'title', ...described(E.title), widget: 'string' },
  {
    name: 'kind',
    ...described(E.kind),
    widget: 'select',
    default: 'single',
    options: Object.entries(EVENT_KIND_LABELS).map(([value, label]) => ({ value, label })),
  },
  dateField('date', E.date),
  dateField('start', E.start),
  dateField('end', E.end),
  monthDayField('monthDay', E.monthDay),
  dateField('origin', E.origin),
  monthDayField('startMonthDay', E.startMonthDay),
  monthDayField('endMonthDay', E.endMonthDay),
  monthDayField('lunarMonthDay', E.lunarMonthDay, 'viết THÁNG-NGÀY âm lịch, ví dụ 03-10 cho ngày 10 tháng 3 âm lịch', '^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|30)$'),
  { name: 'holiday', ...described(E.holiday), widget: 'boolean', required: false },
  { name: 'summary', ...described(E.summary), widget: 'text' },
  relationList('programs', 'programs', E.programs),
];

const C = CONTACT_HELP;
/** "Thông tin liên hệ": one file, every field may stay empty (blank fields are not saved, and read as null). */
export const CONTACT_EDITOR_FIELDS: EditorField[] = [
  { name: 'address', ...described(C.address), widget: 'string' },
  { name: 'phone', ...described(C.phone), widget: 'string' },
  { name: 'email', ...described(C.email), widget: 'string' },
  { name: 'officeHours', ...described(C.officeHours), widget: 'string' },
  { name: 'reception', ...described(C.reception), widget: 'text' },
];

/** Collections staff edit in the browser, and the file name each new entry gets. */
export const EDITOR_COLLECTIONS = {
  announcements: { fields: ANNOUNCEMENT_FIELDS, slug: '{{fields.date}}-{{slug}}' },
  events: { fields: EVENT_FIELDS, slug: '{{slug}}' },
} as const;

/** Read-only look-up lists for the relation fields: hidden from the editor's menu, never written. */
export const LOOKUP_COLLECTIONS: CollectionName[] = ['campaigns', 'documents', 'programs'];

const folderOf = (name: CollectionName) => `${CONTENT_DIR}/${COLLECTION_FILES[name].folder}`;
const extensionOf = (name: CollectionName) => COLLECTION_FILES[name].pattern.replace(/^.*\./, '');
const formatOf = (name: CollectionName) => (extensionOf(name) === 'mdx' ? 'yaml-frontmatter' : 'yaml');

/**
 * How `npm run editor` saves (scripts/editor.mjs sets EDITOR_MODE and EDITOR_BRANCH):
 * `git`: decap-server's local Git mode, drafts are branches of the project's own
 * repository and publishing merges into `branch` (the editorial workflow);
 * `fs`: straight into content/ (a folder that is not a Git repository).
 */
export interface LocalEditing {
  mode: 'git' | 'fs';
  branch: string;
}

export function localEditingFromEnv(env: Record<string, string | undefined>): LocalEditing | null {
  if (env.EDITOR !== '1') return null;
  return { mode: env.EDITOR_MODE === 'fs' ? 'fs' : 'git', branch: env.EDITOR_BRANCH?.trim() || 'main' };
}

/** Where /admin/ can save: a hosted repository, `npm run editor` on this computer, or nowhere (a static host). */
export function canEdit(env: Record<string, string | undefined>): boolean {
  return localEditingFromEnv(env) !== null || hostedBackendFromEnv(env) !== null;
}

/**
 * Drafts, review and approval (Decap's editorial workflow: Nháp → Chờ duyệt →
 * Sẵn sàng đăng): on GitHub/GitLab as branches and pull/merge requests, locally
 * as branches; a folder without Git can only save straight away.
 */
export function publishMode(backend: HostedBackend | null, local: LocalEditing | null): 'editorial_workflow' | 'simple' {
  if (local) return local.mode === 'git' ? 'editorial_workflow' : 'simple';
  return backend ? 'editorial_workflow' : 'simple';
}

/** The whole Decap configuration, as /admin/config.yml serves it. */
export function cmsConfig({ siteUrl, backend, local = null }: { siteUrl: string; backend: HostedBackend | null; local?: LocalEditing | null }) {
  const workflow = publishMode(backend, local);
  return {
    locale: 'vi',
    // `npm run editor`: its own file API (the local one wins over a hosted backend); else the hosted repository.
    backend: local
      ? { name: 'proxy', proxy_url: LOCAL_PROXY_PATH, branch: local.branch }
      : backend ?? { name: 'proxy', proxy_url: LOCAL_PROXY_PATH },
    publish_mode: workflow,
    site_url: siteUrl,
    display_url: siteUrl,
    // The site's own mark on the login screen, from this host.
    logo: { src: '/favicon.svg' },
    media_folder: 'public/anh',
    public_folder: '/anh',
    // File names like scripts/new-entry.ts: no diacritics, lower case, hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'announcements',
        label: 'Thông báo',
        label_singular: 'thông báo',
        description: workflow === 'editorial_workflow'
          ? 'Thông báo của Ủy ban, mới nhất đứng đầu. Bài được kiểm tra khi lưu; lưu là bản nháp, gửi duyệt (Chờ duyệt), người duyệt chuyển sang Sẵn sàng đăng rồi bấm Công bố. Trang mới lên mạng khi được dựng lại từ nhánh chính (tự động trên GitHub/GitLab, hoặc npm run publish).'
          : 'Thông báo của Ủy ban, mới nhất đứng đầu. Bài được kiểm tra khi lưu; lưu là đưa vào content/, trang mới lên mạng khi được dựng lại (npm run publish).',
        folder: folderOf('announcements'),
        extension: extensionOf('announcements'),
        format: formatOf('announcements'),
        create: true,
        slug: EDITOR_COLLECTIONS.announcements.slug,
        identifier_field: 'title',
        summary: '{{date}} · {{title}}',
        sortable_fields: ['date', 'title'],
        fields: ANNOUNCEMENT_FIELDS,
      },
      {
        name: 'events',
        label: 'Sự kiện',
        label_singular: 'sự kiện',
        description: 'Ngày kỷ niệm, ngày lễ, sự kiện một ngày hay nhiều ngày.',
        folder: folderOf('events'),
        extension: extensionOf('events'),
        format: formatOf('events'),
        create: true,
        slug: EDITOR_COLLECTIONS.events.slug,
        identifier_field: 'title',
        sortable_fields: ['title'],
        fields: EVENT_FIELDS,
      },
      {
        name: 'contact',
        label: 'Thông tin liên hệ',
        description: 'Địa chỉ, số điện thoại, thư điện tử, giờ làm việc và lịch tiếp công dân của Ủy ban: hiện ở chân mọi trang, trang Liên hệ và bản in. Chỉ ghi điều đã biết chắc; để trống thì trang không hiện mục đó.',
        format: formatOf('contact'),
        files: [
          {
            name: 'thong-tin',
            label: 'Thông tin liên hệ',
            file: `${folderOf('contact')}/${COLLECTION_FILES.contact.pattern}`,
            fields: CONTACT_EDITOR_FIELDS,
          },
        ],
      },
      ...LOOKUP_COLLECTIONS.map((name) => ({
        name,
        label: name,
        folder: folderOf(name),
        extension: extensionOf(name),
        format: formatOf(name),
        hide: true,
        create: false,
        delete: false,
        identifier_field: 'title',
        fields: [{ name: 'title', label: 'Tên', widget: 'string' }],
      })),
    ],
  };
}
