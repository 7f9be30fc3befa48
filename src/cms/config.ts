/**
 * The web editor's configuration (Decap CMS, served at /admin/): which
 * collections staff edit, and their fields with Vietnamese labels and help
 * texts. Field names, required-ness and referenced collections follow the zod
 * schemas in src/schemas/ (tests/unit/cms-config.test.ts holds them equal);
 * folders come from COLLECTION_FILES. Served as /admin/config.yml.
 */
import { COLLECTION_FILES, CONTENT_DIR } from '../schemas/collections';
import { EVENT_KIND_LABELS, type CollectionName } from '../schemas';

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
  widget: 'string' | 'text' | 'datetime' | 'select' | 'relation' | 'list' | 'file' | 'markdown';
  required?: boolean;
  hint?: string;
  [key: string]: unknown;
}

/** A calendar date stored as the string YYYY-MM-DD, picked and shown as a date. */
const dateField = (name: string, label: string, hint: string, required: boolean): EditorField => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD/MM/YYYY',
  time_format: false,
  picker_utc: true,
  required,
  hint,
});

/** A list of references to another collection, stored as file names without extension. */
const relationList = (name: string, label: string, collection: CollectionName, hint: string): EditorField => ({
  name,
  label,
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: ['title'],
  display_fields: ['title'],
  multiple: true,
  required: false,
  hint,
});

export const ANNOUNCEMENT_FIELDS: EditorField[] = [
  { name: 'title', label: 'Tiêu đề', widget: 'string', required: true, hint: 'Hiện ở đầu trang, danh sách thông báo, trang chủ và RSS. Tên tệp được đặt theo ngày đăng và tiêu đề.' },
  dateField('date', 'Ngày đăng', 'Thông báo mới nhất đứng đầu danh sách.', true),
  { name: 'summary', label: 'Tóm tắt', widget: 'text', required: true, hint: 'Một, hai câu; hiện ở danh sách thông báo, trang chủ và RSS.' },
  relationList('campaigns', 'Cuộc vận động liên quan', 'campaigns', 'Chọn trong danh sách; gõ vài chữ của tên để tìm.'),
  relationList('events', 'Sự kiện liên quan', 'events', 'Chọn trong danh sách; gõ vài chữ của tên để tìm.'),
  relationList('documents', 'Văn bản liên quan', 'documents', 'Chọn trong danh sách; gõ vài chữ của tên để tìm.'),
  relationList('programs', 'Chương trình liên quan', 'programs', 'Chương trình năm nào mà thông báo này nói tới.'),
  {
    name: 'attachments',
    label: 'Tệp đính kèm',
    label_singular: 'tệp đính kèm',
    widget: 'list',
    required: false,
    hint: 'PDF, DOC, DOCX, XLS, XLSX, ODT, ODS. Trang tự ghi loại tệp và dung lượng.',
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
    label: 'Nội dung',
    widget: 'markdown',
    required: false,
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
    editor_components: ['image'],
    hint: 'Đoạn văn cách nhau một dòng trống. Ảnh phải có lời mô tả. Không dùng dấu ngoặc nhọn { } và không chèn mã.',
  },
];

export const EVENT_FIELDS: EditorField[] = [
  { name: 'title', label: 'Tên sự kiện', widget: 'string', required: true, hint: 'Tên tệp được đặt theo tên sự kiện.' },
  {
    name: 'kind',
    label: 'Loại sự kiện',
    widget: 'select',
    required: true,
    default: 'single',
    options: Object.entries(EVENT_KIND_LABELS).map(([value, label]) => ({ value, label })),
    hint: 'Chọn một loại rồi điền ĐÚNG trường ngày của loại đó bên dưới; để trống các trường ngày khác.',
  },
  dateField('date', 'Ngày diễn ra (loại “Một ngày”)', 'Chỉ ghi khi biết chắc ngày.', false),
  dateField('start', 'Ngày bắt đầu (loại “Nhiều ngày liền”)', 'Ngày đầu tiên.', false),
  dateField('end', 'Ngày kết thúc (loại “Nhiều ngày liền”)', 'Ngày cuối cùng, tính cả ngày đó.', false),
  {
    name: 'monthDay',
    label: 'Ngày trong năm (loại “Hằng năm”)',
    widget: 'string',
    required: false,
    pattern: ['^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', 'viết THÁNG-NGÀY, ví dụ 11-18 cho ngày 18/11'],
    hint: 'Viết THÁNG-NGÀY, ví dụ 11-18 cho ngày 18/11.',
  },
  dateField('origin', 'Ngày diễn ra lần đầu (loại “Kỷ niệm”)', 'Số năm kỷ niệm được tính từ ngày này.', false),
  { name: 'summary', label: 'Tóm tắt', widget: 'text', required: false, hint: 'Một câu giới thiệu sự kiện.' },
  relationList('programs', 'Hiện trên lịch của chương trình năm', 'programs', 'Sự kiện hiện trên lịch của chương trình năm được chọn.'),
];

/** Collections staff edit in the browser, and the file name each new entry gets. */
export const EDITOR_COLLECTIONS = {
  announcements: { fields: ANNOUNCEMENT_FIELDS, slug: '{{fields.date}}-{{slug}}' },
  events: { fields: EVENT_FIELDS, slug: '{{slug}}' },
} as const;

/** Read-only look-up lists for the relation fields: hidden from the editor's menu, never written. */
const LOOKUP_COLLECTIONS: CollectionName[] = ['campaigns', 'documents', 'programs'];

const folderOf = (name: CollectionName) => `${CONTENT_DIR}/${COLLECTION_FILES[name].folder}`;
const extensionOf = (name: CollectionName) => COLLECTION_FILES[name].pattern.replace(/^.*\./, '');
const formatOf = (name: CollectionName) => (extensionOf(name) === 'mdx' ? 'yaml-frontmatter' : 'yaml');

/** The whole Decap configuration, as /admin/config.yml serves it. */
export function cmsConfig({ siteUrl, backend }: { siteUrl: string; backend: HostedBackend | null }) {
  return {
    locale: 'vi',
    // Hosted: commits to the repository; on localhost the editor first tries `npm run editor`'s proxy.
    backend: backend ?? { name: 'proxy', proxy_url: LOCAL_PROXY_PATH },
    ...(backend ? { local_backend: { url: LOCAL_PROXY_PATH } } : {}),
    publish_mode: 'simple',
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
        description: 'Thông báo của Ủy ban: mới nhất đứng đầu. Lưu xong, chạy npm run check:content rồi npm run build để đăng.',
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
