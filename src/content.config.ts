/**
 * Content collections: one folder of `content/` each, one file per entry.
 * The schemas live in `src/schemas/` so `npm run check:content` can use them
 * without a full build. Cross-references use `reference()`, so a wrong slug
 * fails the build and names the file.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  announcementSchema,
  campaignSchema,
  contactSchema,
  documentSchema,
  eventSchema,
  itemSchema,
  programSchema,
  sectionSchema,
  type Reference,
} from './schemas';
import { useVietnameseErrors, withVietnameseIssues as vi } from './schemas/error-map';
import { COLLECTION_FILES, CONTENT_DIR, contentIds, existingReference } from './schemas/collections';

useVietnameseErrors();

const base = `./${CONTENT_DIR}`;
// Astro does not check that a reference names an existing entry, so each
// reference is first checked against the files on disk, then handed to Astro.
const ref: Reference = existingReference(contentIds(base), (name) => reference(name));
const loader = (name: keyof typeof COLLECTION_FILES) => glob({ base: `${base}/${COLLECTION_FILES[name].folder}`, pattern: COLLECTION_FILES[name].pattern });

export const collections = {
  programs: defineCollection({ loader: loader('programs'), schema: vi(programSchema(ref)) }),
  sections: defineCollection({ loader: loader('sections'), schema: vi(sectionSchema(ref)) }),
  items: defineCollection({ loader: loader('items'), schema: vi(itemSchema(ref)) }),
  events: defineCollection({ loader: loader('events'), schema: vi(eventSchema(ref)) }),
  campaigns: defineCollection({ loader: loader('campaigns'), schema: vi(campaignSchema(ref)) }),
  documents: defineCollection({ loader: loader('documents'), schema: vi(documentSchema(ref)) }),
  announcements: defineCollection({ loader: loader('announcements'), schema: vi(announcementSchema(ref)) }),
  contact: defineCollection({ loader: loader('contact'), schema: vi(contactSchema(ref)) }),
};
