/**
 * How residents reach the committee: what staff fill in (the "Thông tin liên
 * hệ" entry, content/lien-he/thong-tin.yaml) over what src/site.config.ts
 * holds. Nothing is ever made up: a field nobody filled stays null and the
 * pages show nothing for it.
 */

export const CONTACT_FIELDS = ['address', 'phone', 'email', 'officeHours', 'reception'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
/** Every field, null when unknown. `reception` (lịch tiếp công dân) may hold several lines. */
export type Contact = Record<ContactField, string | null>;

/**
 * The contact the site shows: each field from the content entry where staff
 * filled it, else from the site config, else null.
 * @example mergeContact({ phone: '0251 1' }, { phone: null, email: 'a@b.vn' }) // { phone: '0251 1', email: 'a@b.vn', … null }
 */
export function mergeContact(config: Partial<Contact> | null | undefined, entry: Partial<Contact> | null | undefined): Contact {
  return Object.fromEntries(CONTACT_FIELDS.map((f) => [f, entry?.[f] ?? config?.[f] ?? null])) as Contact;
}

/** True when no field is known: the build warns, and pages show no contact block. */
export function isContactEmpty(contact: Contact): boolean {
  return CONTACT_FIELDS.every((f) => contact[f] === null);
}

/** The build's one warning while the contact block is empty. */
export const EMPTY_CONTACT_WARNING =
  '\n!!! CHÚ Ý: trang web chưa có thông tin liên hệ (địa chỉ, số điện thoại, thư điện tử, giờ làm việc, lịch tiếp công dân).\n' +
  '!!! Chân trang, trang /lien-he/ và bản in không ghi cách liên hệ với Ủy ban.\n' +
  '!!! Điền tệp content/lien-he/thong-tin.yaml (hoặc mục “Thông tin liên hệ” trong trình biên tập).';

/**
 * A `tel:` link for a phone number as staff write it ("0251 3 123 456", "(0251) 3.123.456"):
 * digits only, a leading + kept. Null when it holds too few digits to dial.
 * @example telHref('(0251) 3.123.456') === 'tel:02513123456'
 */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : null;
}

/** The reception schedule's lines, for a list. */
export function lines(text: string | null): string[] {
  return (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
}

/**
 * schema.org data for the committee (https://schema.org/GovernmentOrganization),
 * with only the fields that are known.
 */
export function organisationJsonLd(org: { name: string; url: string; areaServed: string }, contact: Contact): Record<string, unknown> {
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: org.name, url: org.url, areaServed: org.areaServed };
  if (contact.address) data.address = contact.address;
  if (contact.phone) data.telephone = contact.phone;
  if (contact.email) data.email = contact.email;
  return data;
}
