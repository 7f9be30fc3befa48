// Each field's help text is written once (src/lib/field-help.ts) and is what
// the editor hints, the checker's messages, the new:* templates and the staff
// guide's field tables say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ANNOUNCEMENT_HELP, EVENT_HELP, EVENT_KIND_LABELS, FIELD_HELP, explainProblem, withFieldTables, type FieldHelp } from '../../src/lib/field-help';
import { EVENT_KIND_LABELS as SCHEMA_KIND_LABELS, eventSchema, type Reference } from '../../src/schemas';
import { EDITOR_COLLECTIONS } from '../../src/cms/config';
import { newAnnouncement, newEvent } from '../../src/lib/new-entry';

const ref: Reference = () => z.string() as unknown as ReturnType<Reference>;
const entries = <T extends Record<string, FieldHelp>>(t: T) => Object.entries(t) as [string, FieldHelp][];

describe('one help table', () => {
  it('the editor shows its labels and hints', () => {
    for (const collection of ['announcements', 'events'] as const) {
      const fields = EDITOR_COLLECTIONS[collection].fields;
      expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(FIELD_HELP[collection]).sort());
      for (const [name, help] of entries(FIELD_HELP[collection])) {
        const field = fields.find((f) => f.name === name)!;
        expect(field.hint, name).toBe(help.help);
        expect(field.label.startsWith(help.label), name).toBe(true);
        expect(field.required !== false, name).toBe(help.required === true);
      }
    }
  });

  it('a date that one event kind needs says so in its label', () => {
    const date = EDITOR_COLLECTIONS.events.fields.find((f) => f.name === 'date')!;
    expect(date.label).toBe('Ngày diễn ra (bắt buộc với loại “Một ngày”)');
  });

  it('the new:* templates carry every field’s help', () => {
    const announcement = newAnnouncement('Thử', '2026-01-05').text;
    for (const [, help] of entries(ANNOUNCEMENT_HELP)) expect(announcement).toContain(help.help);
    const event = newEvent('Thử').text;
    for (const [, help] of entries(EVENT_HELP)) expect(event).toContain(help.help);
    for (const label of Object.values(EVENT_KIND_LABELS)) expect(event).toContain(label);
  });

  it('the staff guide’s field tables are the generated ones (npx tsx scripts/write-field-tables.ts)', () => {
    const guide = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');
    expect(guide).toContain('<!-- bang-truong:announcements -->');
    expect(guide).toContain('<!-- bang-truong:events -->');
    expect(withFieldTables(guide)).toBe(guide);
    for (const [name, help] of entries(EVENT_HELP)) expect(guide, name).toContain(help.help);
  });

  it('the checker adds the help where a field is missing or empty, and only there', () => {
    expect(explainProblem('announcements', 'summary', 'không được để trống')).toBe(`không được để trống. Tóm tắt: ${ANNOUNCEMENT_HELP.summary.help}`);
    expect(explainProblem('events', 'origin', 'thiếu trường này (bắt buộc)')).toBe(
      `thiếu trường này (bắt buộc). Ngày diễn ra lần đầu: ${EVENT_HELP.origin.help} Viết theo dạng ${EVENT_HELP.origin.format}.`,
    );
    expect(explainProblem('announcements', 'attachments[0].file', 'thiếu trường này (bắt buộc)')).toContain(ANNOUNCEMENT_HELP.attachments.help);
    expect(explainProblem('events', 'date', 'ngày "2026-02-30" không có trên lịch')).toBe('ngày "2026-02-30" không có trên lịch');
    expect(explainProblem('items', 'title', 'không được để trống')).toBe('không được để trống');
  });
});

describe('event kind labels live in one place', () => {
  it('the schemas, the editor and the help table share one object', () => {
    expect(SCHEMA_KIND_LABELS).toBe(EVENT_KIND_LABELS);
    const kind = EDITOR_COLLECTIONS.events.fields.find((f) => f.name === 'kind')!;
    expect(kind.options).toEqual(Object.entries(EVENT_KIND_LABELS).map(([value, label]) => ({ value, label })));
    const kinds = eventSchema(ref).options.map((o) => o.shape.kind.value).sort();
    expect(Object.keys(EVENT_KIND_LABELS).sort()).toEqual(kinds);
  });

  it('each kind needs the date fields the help table gives it', () => {
    for (const kind of Object.keys(EVENT_KIND_LABELS)) {
      const needs = entries(EVENT_HELP).filter(([, f]) => f.required === kind).map(([n]) => n);
      const option = eventSchema(ref).options.find((o) => o.shape.kind.value === kind)!;
      const required = Object.entries(option.shape as Record<string, z.ZodType>).filter(([n, t]) => !t.isOptional() && !['kind', 'title', 'programs'].includes(n)).map(([n]) => n);
      expect(required.sort(), kind).toEqual(needs.sort());
    }
  });
});
