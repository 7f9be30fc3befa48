// The web editor's fields are the schemas' fields: same names, same required
// markers, relation fields pointing at the collection the schema references.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { announcementSchema, contactSchema, eventSchema, type Reference } from '../../src/schemas';
import { COLLECTION_FILES } from '../../src/schemas/collections';
import { canEdit, cmsConfig, CONTACT_EDITOR_FIELDS, EDITOR_COLLECTIONS, hostedBackendFromEnv, localEditingFromEnv, LOCAL_PROXY_PATH, LOOKUP_COLLECTIONS, type EditorField } from '../../src/cms/config';
import { EDITOR_READ_ONLY_FOLDERS } from '../../src/lib/editor-guard';
import { isBlank } from '../../src/cms/save';

/** A stand-in for Astro's reference(): remembers which collection it points at. */
const ref: Reference = (collection) => z.string().describe(`ref:${collection}`) as unknown as ReturnType<Reference>;

interface SchemaField {
  required: boolean;
  /** The collection a reference list points at. */
  refersTo?: string;
}

function describeShape(shape: Record<string, z.ZodType>): Record<string, SchemaField> {
  return Object.fromEntries(
    Object.entries(shape).map(([name, type]) => {
      let inner: z.ZodType = type;
      while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
      const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
      const refersTo = element.description?.startsWith('ref:') ? element.description.slice(4) : undefined;
      return [name, { required: !type.isOptional(), ...(refersTo ? { refersTo } : {}) }];
    }),
  );
}

function describeEditor(fields: EditorField[]): Record<string, SchemaField> {
  return Object.fromEntries(
    fields
      .filter((f) => f.name !== 'body') // the MDX body, not a frontmatter field
      .map((f) => [f.name, { required: f.required !== false, ...(f.widget === 'relation' ? { refersTo: String(f.collection) } : {}) }]),
  );
}

describe('editor fields follow the schemas', () => {
  it('announcements: every field, required marker and reference', () => {
    const schema = describeShape(announcementSchema(ref).shape);
    expect(describeEditor(EDITOR_COLLECTIONS.announcements.fields)).toEqual(schema);
    expect(schema.campaigns).toEqual({ required: false, refersTo: 'campaigns' }); // the helper reads references
  });

  it('events: the union of every kind, required only where every kind requires it', () => {
    const union = eventSchema(ref);
    const kinds = union.options.map((o) => describeShape(o.shape));
    const names = [...new Set(kinds.flatMap((k) => Object.keys(k)))];
    const merged = Object.fromEntries(names.map((n) => [n, { ...kinds.find((k) => k[n])![n]!, required: kinds.every((k) => k[n]?.required) }]));
    expect(describeEditor(EDITOR_COLLECTIONS.events.fields)).toEqual(merged);
    const kindField = EDITOR_COLLECTIONS.events.fields.find((f) => f.name === 'kind')!;
    expect((kindField.options as { value: string }[]).map((o) => o.value).sort()).toEqual(union.options.map((o) => o.shape.kind.value).sort());
  });

  it('contact ("Thông tin liên hệ"): every field of the schema, none required, written to the one file the site reads', () => {
    expect(describeEditor(CONTACT_EDITOR_FIELDS)).toEqual(describeShape(contactSchema().shape));
    expect(Object.values(describeEditor(CONTACT_EDITOR_FIELDS)).every((f) => f.required === false)).toBe(true);
    const contact = cmsConfig({ siteUrl: 'https://example.org', backend: null }).collections.find((c) => c.name === 'contact') as { files: { file: string }[]; format: string };
    expect(contact.files.map((f) => f.file)).toEqual([`content/${COLLECTION_FILES.contact.folder}/${COLLECTION_FILES.contact.pattern}`]);
    expect(contact.format).toBe('yaml');
  });

  it('every field has a Vietnamese label and a help text', () => {
    for (const field of [...EDITOR_COLLECTIONS.announcements.fields, ...EDITOR_COLLECTIONS.events.fields, ...CONTACT_EDITOR_FIELDS]) {
      expect(field.label, field.name).toMatch(/[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/iu);
      expect(field.hint, field.name).toBeTruthy();
    }
  });

  it('dates are stored as YYYY-MM-DD strings', () => {
    const dates = [...EDITOR_COLLECTIONS.announcements.fields, ...EDITOR_COLLECTIONS.events.fields].filter((f) => f.widget === 'datetime');
    expect(dates.map((f) => f.name)).toEqual(['date', 'date', 'start', 'end', 'origin']);
    for (const f of dates) expect(f).toMatchObject({ format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
  });
});

describe('cmsConfig', () => {
  const config = cmsConfig({ siteUrl: 'https://example.org', backend: null });
  const byName = Object.fromEntries(config.collections.map((c) => [c.name, c]));

  it('writes where the site reads, with the file names of npm run new:announcement / new:event', () => {
    expect(byName.announcements).toMatchObject({ folder: 'content/announcements', extension: 'mdx', format: 'yaml-frontmatter', slug: '{{fields.date}}-{{slug}}' });
    expect(byName.events).toMatchObject({ folder: 'content/events', extension: 'yaml', format: 'yaml', slug: '{{slug}}' });
    expect(COLLECTION_FILES.announcements.pattern).toBe('*.mdx');
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config.locale).toBe('vi');
  });

  it('shows only announcements, events and the contact entry; the look-up lists for relations are hidden and read-only; items are left out', () => {
    const visible = config.collections.filter((c) => !('hide' in c && c.hide)).map((c) => c.name);
    expect(visible).toEqual(['announcements', 'events', 'contact']);
    for (const name of ['campaigns', 'documents', 'programs']) expect(byName[name]).toMatchObject({ hide: true, create: false, delete: false });
    expect(byName.items).toBeUndefined();
    const related = [...EDITOR_COLLECTIONS.announcements.fields, ...EDITOR_COLLECTIONS.events.fields].filter((f) => f.widget === 'relation').map((f) => f.collection);
    for (const name of related) expect(byName[String(name)], String(name)).toBeDefined();
  });

  it('without a hosted repository, edits only through the local proxy of npm run editor, saving straight away', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: LOCAL_PROXY_PATH });
    expect(config.publish_mode).toBe('simple');
  });

  it('with a hosted repository, commits there with drafts, review and approval', () => {
    const backend = hostedBackendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'uy-ban/trang-thong-tin', CMS_BASE_URL: 'https://oauth.example.org' });
    expect(backend).toEqual({ name: 'github', repo: 'uy-ban/trang-thong-tin', branch: 'main', base_url: 'https://oauth.example.org' });
    const hosted = cmsConfig({ siteUrl: 'https://example.org', backend });
    expect(hosted.backend).toBe(backend);
    expect(hosted.publish_mode).toBe('editorial_workflow');
  });

  it('npm run editor in a Git repository: drafts and review as local branches, published into the current branch', () => {
    const local = localEditingFromEnv({ EDITOR: '1', EDITOR_MODE: 'git', EDITOR_BRANCH: 'chinh' });
    expect(local).toEqual({ mode: 'git', branch: 'chinh' });
    const hosted = hostedBackendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'nhom/du-an' });
    for (const backend of [null, hosted]) {
      const c = cmsConfig({ siteUrl: 'https://example.org', backend, local });
      expect(c.backend).toEqual({ name: 'proxy', proxy_url: LOCAL_PROXY_PATH, branch: 'chinh' });
      expect(c.publish_mode).toBe('editorial_workflow');
    }
    expect(cmsConfig({ siteUrl: 'https://example.org', backend: null, local: { mode: 'fs', branch: 'main' } }).publish_mode).toBe('simple');
  });

  it('no staff instruction asks for a terminal command to check or build', () => {
    for (const c of [config, cmsConfig({ siteUrl: 'https://example.org', backend: null, local: { mode: 'git', branch: 'main' } })]) {
      expect(JSON.stringify(c)).not.toMatch(/check:content|npm run build/);
    }
  });
});

describe('canEdit (the built /admin/ is the editor or a page that explains)', () => {
  it.each([
    [{}, false],
    [{ EDITOR: '1' }, true],
    [{ CMS_BACKEND: 'github', CMS_REPO: 'a/b' }, true],
  ])('%j → %s', (env, editable) => expect(canEdit(env)).toBe(editable));
});

describe('hostedBackendFromEnv', () => {
  it('is null when nothing is set', () => expect(hostedBackendFromEnv({})).toBeNull());
  it('reads GitLab with PKCE login', () => {
    expect(hostedBackendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'nhom/du-an', CMS_BRANCH: 'chinh', CMS_APP_ID: 'abc' })).toEqual({
      name: 'gitlab', repo: 'nhom/du-an', branch: 'chinh', app_id: 'abc', auth_type: 'pkce',
    });
  });
  it.each([
    [{ CMS_BACKEND: 'netlify', CMS_REPO: 'a/b' }, /chỉ dùng github hoặc gitlab/],
    [{ CMS_BACKEND: 'github' }, /thiếu CMS_REPO/],
    [{ CMS_BACKEND: 'github', CMS_REPO: 'khong co gach cheo' }, /thiếu CMS_REPO/],
  ])('refuses incomplete settings %j', (env, message) => {
    expect(() => hostedBackendFromEnv(env)).toThrow(message);
  });
});

describe('isBlank (fields dropped on save)', () => {
  it.each([['', true], ['  ', true], [null, true], [undefined, true], ['a', false], [[], false], [0, false]])('%j → %s', (value, blank) => {
    expect(isBlank(value)).toBe(blank);
  });
});

describe('the related-entry pickers (issue 18)', () => {
  it('the editor guard lets them read exactly the collections they list, with their file types', () => {
    expect(Object.keys(EDITOR_READ_ONLY_FOLDERS).sort()).toEqual(LOOKUP_COLLECTIONS.map((name) => `content/${COLLECTION_FILES[name].folder}`).sort());
    for (const name of LOOKUP_COLLECTIONS) {
      const ext = COLLECTION_FILES[name].pattern.split('.').pop();
      expect(EDITOR_READ_ONLY_FOLDERS[`content/${COLLECTION_FILES[name].folder}`]).toEqual([ext]);
    }
  });
});
