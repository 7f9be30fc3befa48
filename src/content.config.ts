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

z.setErrorMap(vietnameseErrorMap);

const ref: Reference = (name) => reference(name) as unknown as ReturnType<Reference>;
const base = './content';

export const collections = {
  programs: defineCollection({ loader: glob({ base: `${base}/programs`, pattern: '*.mdx' }), schema: programSchema(ref) }),
  sections: defineCollection({ loader: glob({ base: `${base}/sections`, pattern: '**/*.yaml' }), schema: sectionSchema(ref) }),
  items: defineCollection({ loader: glob({ base: `${base}/items`, pattern: '**/*.mdx' }), schema: itemSchema(ref) }),
  events: defineCollection({ loader: glob({ base: `${base}/events`, pattern: '*.yaml' }), schema: eventSchema(ref) }),
  campaigns: defineCollection({ loader: glob({ base: `${base}/campaigns`, pattern: '*.mdx' }), schema: campaignSchema(ref) }),
  documents: defineCollection({ loader: glob({ base: `${base}/documents`, pattern: '*.yaml' }), schema: documentSchema(ref) }),
  announcements: defineCollection({ loader: glob({ base: `${base}/announcements`, pattern: '*.mdx' }), schema: announcementSchema(ref) }),
};
