/**
 * Who publishes this site. Another committee reuses the code by editing this
 * file and `content/` (README, “Set-up for another committee”): every page,
 * calendar and the nginx config take the committee's names from here.
 * Leave a contact field null when it is not known: the site shows only what is
 * filled in. Staff fill the same fields in content/lien-he/thong-tin.yaml (the
 * "Thông tin liên hệ" entry of the web editor), which wins field by field. Checked when the build starts (src/schemas/site.ts).
 */
import { addressFromEnv, defineSite } from './schemas/site';

/** Stand-in address until the committee gives the real one: never printed as a QR code. */
export const PLACEHOLDER_URL = 'https://mttq.longkhanh.example';

export const site = defineSite({
  /** Full name, as the committee writes it. */
  organisation: 'Ủy ban MTTQ Việt Nam thành phố Long Khánh',
  /** Short name for the header and page titles. */
  shortName: 'MTTQ Long Khánh',
  locality: 'Thành phố Long Khánh, tỉnh Đồng Nai',
  /** The public address of the site (a trailing slash is dropped). Set SITE_URL when building for another host (empty = unset). */
  url: addressFromEnv(process.env.SITE_URL) ?? PLACEHOLDER_URL,
  description: 'Trang thông tin của Ủy ban MTTQ Việt Nam thành phố Long Khánh: chương trình phối hợp, thống nhất hành động, các ngày kỷ niệm, cuộc vận động và thông báo.',
  contact: {
    address: null,
    phone: null,
    email: null,
    officeHours: null,
    reception: null,
  },
  /** Host part used in calendar UIDs; must never change once calendars are published. */
  calendarUidHost: 'mttq-longkhanh',
  /** PRODID of the calendar files (ASCII): who made them. */
  calendarProductId: '-//MTTQ Long Khanh//Lich su kien//VI',
  /** Machine name of the deployment: nginx site file, /var/www/<deployName>/dist, header snippet names. */
  deployName: 'mttq-longkhanh',
});

export type { SiteConfig } from './schemas/site';

/** False while the site has no real public address (the placeholder above and no SITE_URL). */
export const siteUrlIsReal: boolean = site.url !== PLACEHOLDER_URL;
