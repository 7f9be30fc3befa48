// Writes the field tables of docs/huong-dan-bien-tap.md from the one help table
// (src/lib/field-help.ts), between the markers <!-- bang-truong:announcements -->
// and <!-- /bang-truong -->. tests/unit/field-help.test.ts fails until they match.
// Usage: npx tsx scripts/write-field-tables.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../src/lib/field-help';

const GUIDE = 'docs/huong-dan-bien-tap.md';
writeFileSync(GUIDE, withFieldTables(readFileSync(GUIDE, 'utf8')));
console.log(`Đã ghi bảng các trường vào ${GUIDE}`);
