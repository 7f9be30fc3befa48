/**
 * Content collections: one folder of `content/` each, one file per entry.
 * The schemas live in `src/schemas/` so `npm run check:content` can use them
 * without a full build. Cross-references use `reference()`, so a wrong slug
 * fails the build and names the file.
 */
import { defineCollection, reference, z } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  announcementSchema,
  campaignSchema,
  documentSchema,
  eventSchema,
  itemSchema,
  programSchema,
  sectionSchema,
  type Reference,
} from './schemas';
import { vietnameseErrorMap } from './schemas/error-map';
import { COLLECTION_FILES, CONTENT_DIR } from './schemas/collections';

z.setErrorMap(vietnameseErrorMap);

const ref: Reference = (name) => reference(name) as unknown as ReturnType<Reference>;
const files = (name: keyof typeof COLLECTION_FILES) =>
  glob({ base: `./${CONTENT_DIR}/${COLLECTION_FILES[name].folder}`, pattern: COLLECTION_FILES[name].pattern });

export const collections = {
  programs: defineCollection({ loader: files('programs'), schema: programSchema(ref) }),
  sections: defineCollection({ loader: files('sections'), schema: sectionSchema(ref) }),
  items: defineCollection({ loader: files('items'), schema: itemSchema(ref) }),
  events: defineCollection({ loader: files('events'), schema: eventSchema(ref) }),
  campaigns: defineCollection({ loader: files('campaigns'), schema: campaignSchema(ref) }),
  documents: defineCollection({ loader: files('documents'), schema: documentSchema(ref) }),
  announcements: defineCollection({ loader: files('announcements'), schema: announcementSchema(ref) }),
};
