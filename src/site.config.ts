/**
 * Who publishes this site. Another committee reuses the code by editing this
 * file and `content/`. Leave a contact field null when it is not known: the
 * site shows only what is filled in.
 */
/** Stand-in address until the committee gives the real one: never printed as a QR code. */
export const PLACEHOLDER_URL = 'https://mttq.longkhanh.example';

export const site = {
  /** Full name, as the committee writes it. */
  organisation: 'Ủy ban MTTQ Việt Nam thành phố Long Khánh',
  /** Short name for the header and page titles. */
  shortName: 'MTTQ Long Khánh',
  locality: 'Thành phố Long Khánh, tỉnh Đồng Nai',
  /** The public address of the site, without a trailing slash. Set SITE_URL when building for another host. */
  url: (process.env.SITE_URL ?? PLACEHOLDER_URL).replace(/\/+$/, ''),
  description: 'Trang thông tin của Ủy ban MTTQ Việt Nam thành phố Long Khánh: chương trình phối hợp, thống nhất hành động, các ngày kỷ niệm, cuộc vận động và thông báo.',
  contact: {
    address: null as string | null,
    phone: null as string | null,
    email: null as string | null,
  },
  /** Host part used in calendar UIDs; must never change once calendars are published. */
  calendarUidHost: 'mttq-longkhanh',
} as const;

export type SiteConfig = typeof site;

/** False while the site has no real public address (the placeholder above and no SITE_URL). */
export const siteUrlIsReal: boolean = site.url !== PLACEHOLDER_URL;
