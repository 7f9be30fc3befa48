// The committee's contact: staff fill it in ("Thông tin liên hệ",
// content/lien-he/thong-tin.yaml), checked like every entry; the entry wins over
// src/site.config.ts field by field; nothing is shown (or made up) for a field
// nobody filled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTACT_FIELDS, isContactEmpty, lines, mergeContact, organisationJsonLd, telHref } from '../../src/lib/contact';
import { contactSchema } from '../../src/schemas';
import { checkContent, formatProblem } from '../../src/content-check/check';
import contactWarning, { readContactEntry } from '../../src/integrations/contact-warning';
import { validateEntry } from '../../src/cms/validate';
import { site } from '../../src/site.config';
import { tempContent } from '../support/temp-project';

const FILE = 'content/lien-he/thong-tin.yaml';
const empty = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, null]));

describe('mergeContact', () => {
  it('the entry wins field by field; the config fills what the entry leaves empty; unknown stays null', () => {
    expect(mergeContact({ phone: '0251 1111 111', address: 'A' }, { phone: '0251 2222 222', address: null, email: 'x@y.vn' })).toEqual({
      ...empty, phone: '0251 2222 222', address: 'A', email: 'x@y.vn',
    });
    expect(mergeContact(null, null)).toEqual(empty);
    expect(isContactEmpty(mergeContact(null, null))).toBe(true);
    expect(isContactEmpty(mergeContact(null, { reception: 'Thứ Năm' }))).toBe(false);
  });

  it('the shipped state is empty: nothing invented in the config or the entry', () => {
    const entry = readContactEntry(process.cwd());
    expect(entry).toEqual(empty);
    expect(isContactEmpty(mergeContact(site.contact, entry))).toBe(true);
  });
});

describe('telHref, lines, JSON-LD', () => {
  it('dials the digits staff wrote, whatever the separators', () => {
    expect(telHref('(0251) 3.123.456')).toBe('tel:02513123456');
    expect(telHref('+84 251 3 123 456')).toBe('tel:+842513123456');
    expect(telHref('--')).toBeNull();
  });
  it('the reception schedule in lines, blank ones dropped', () => {
    expect(lines('Thứ Năm\n\n  Thứ Sáu  ')).toEqual(['Thứ Năm', 'Thứ Sáu']);
    expect(lines(null)).toEqual([]);
  });
  it('GovernmentOrganization with only the known fields', () => {
    const org = { name: 'Ủy ban', url: 'https://a.vn', areaServed: 'Phường A' };
    expect(organisationJsonLd(org, mergeContact(null, null))).toEqual({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', ...org });
    expect(organisationJsonLd(org, mergeContact(null, { phone: '0251 3 123 456', email: 'a@b.vn' }))).toMatchObject({ telephone: '0251 3 123 456', email: 'a@b.vn' });
  });
});

describe('the schema', () => {
  it('left empty in every way YAML and the editor write it: null', () => {
    expect(contactSchema().parse({})).toEqual(empty);
    expect(contactSchema().parse({ address: '', phone: '   ', email: null })).toEqual(empty);
  });
  it('NFC text; the reception schedule keeps one line per entry', () => {
    const data = contactSchema().parse({ address: 'Số 1  đường Ví Dụ'.normalize('NFD'), reception: 'Thứ Năm:  tiếp công dân\n\n Thứ Sáu \n' });
    expect(data.address).toBe('Số 1 đường Ví Dụ');
    expect(data.reception).toBe('Thứ Năm: tiếp công dân\nThứ Sáu');
  });
  it('the editor refuses what the checker refuses, in Vietnamese', () => {
    expect(validateEntry('contact', { phone: 'gọi cho anh Ba' }).map((p) => p.label)).toEqual(['Số điện thoại']);
    expect(validateEntry('contact', { email: 'mttq at longkhanh' })[0]?.message).toMatch(/thư điện tử không đúng dạng/);
    expect(validateEntry('contact', { phone: '0251 3 123 456', email: 'a@b.vn' })).toEqual([]);
  });
});

describe('check:content', () => {
  let project: ReturnType<typeof tempContent>;
  beforeEach(() => {
    project = tempContent();
  });
  afterEach(() => project.cleanup());
  const problems = () => checkContent(project.root).problems.filter((p) => p.file === FILE).map(formatProblem);

  it('a filled entry passes (control)', () => {
    project.write(FILE, `address: Số 1 đường Ví Dụ\nphone: '0251 3 123 456'\nemail: ten@example.vn\nofficeHours: Thứ Hai – Thứ Sáu\nreception: |\n  Thứ Năm tuần thứ hai\n`);
    expect(problems()).toEqual([]);
  });
  it('a wrong phone, a wrong e-mail, an unknown field, a number for text: each named with its line', () => {
    project.write(FILE, `address: 12\nphone: 'gọi 113'\nemail: mttq@\nfax: '0251'\n`);
    const got = problems();
    expect(got).toHaveLength(4);
    expect(got[0]).toMatch(/^content\/lien-he\/thong-tin\.yaml \(dòng 1, trường "address"\): phải là một đoạn chữ/);
    expect(got[1]).toMatch(/dòng 2, trường "phone"\): số điện thoại chỉ gồm chữ số/);
    expect(got[2]).toMatch(/dòng 3, trường "email"\): thư điện tử không đúng dạng/);
    expect(got[3]).toMatch(/dòng 4, trường "fax"\): trường "fax" không có trong mẫu/);
  });
  it('a second file in content/lien-he/ is not read, and says so', () => {
    project.write('content/lien-he/khac.yaml', 'phone: null\n');
    expect(checkContent(project.root).problems.filter((p) => p.file === 'content/lien-he/khac.yaml').map((p) => p.message)).toEqual([expect.stringContaining('content/lien-he/thong-tin.yaml')]);
  });
});

describe('the build warning', () => {
  /** The warnings the integration logs at the end of a build of `root`. */
  function warnings(root: string, config: Parameters<typeof contactWarning>[0] = site.contact): string[] {
    const logged: string[] = [];
    const hooks = contactWarning(config).hooks as Record<string, (arg: unknown) => void>;
    hooks['astro:config:done']!({ config: { root: new URL(`file://${root}/`) } });
    hooks['astro:build:done']!({ logger: { warn: (m: string) => logged.push(m) } });
    return logged;
  }
  it('one Vietnamese warning while the contact is empty (the shipped state)', () => {
    expect(warnings(process.cwd())).toHaveLength(1);
    expect(warnings(process.cwd())[0]).toMatch(/CHÚ Ý: trang web chưa có thông tin liên hệ/);
  });
  it('none once one field is filled, in the entry or in the config', () => {
    const project = tempContent();
    try {
      project.write(FILE, "phone: '0251 3 000 000'\n");
      expect(warnings(project.root)).toEqual([]);
    } finally {
      project.cleanup();
    }
    expect(warnings(process.cwd(), { ...site.contact, email: 'a@b.vn' })).toEqual([]);
  });
});
