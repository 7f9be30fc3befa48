/**
 * One loud Vietnamese warning at the end of a build while the committee's
 * contact is empty (like the site-address warning in astro.config.mjs). Reads
 * the "Thông tin liên hệ" entry with the checker's YAML rules and schema (the
 * build has already refused a broken one) and merges it as the pages do.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../content-check/files';
import { contactSchema } from '../schemas';
import { COLLECTION_FILES, CONTENT_DIR } from '../schemas/collections';
import { EMPTY_CONTACT_WARNING, isContactEmpty, mergeContact, type Contact } from '../lib/contact';

/** The entry's fields as the site reads them, or null when there is no (valid) entry. */
export function readContactEntry(root: string): Partial<Contact> | null {
  const { folder, pattern } = COLLECTION_FILES.contact;
  const file = join(root, CONTENT_DIR, folder, pattern);
  if (!existsSync(file)) return null;
  const yaml = parseYaml(readFileSync(file, 'utf8'));
  const parsed = contactSchema().safeParse(yaml.data ?? {});
  return parsed.success ? parsed.data : null;
}

export default function contactWarning(config: Partial<Contact>): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'mttq:contact-warning',
    hooks: {
      'astro:config:done': ({ config: astroConfig }) => {
        root = fileURLToPath(astroConfig.root);
      },
      'astro:build:done': ({ logger }) => {
        if (isContactEmpty(mergeContact(config, readContactEntry(root)))) logger.warn(EMPTY_CONTACT_WARNING);
      },
    },
  };
}
