// The code keeps the shape the README draws: imports run one way (src/lib is
// pure and lowest), each label, path and fact has one place, nothing reads
// outside the project folder.
import { readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { badImports, importSpecifiers, projectEdges } from '../support/import-graph';
import { EVENT_KIND_LABELS, eventSchema } from '../../src/schemas';
import { EVENT_FIELDS } from '../../src/cms/config';
import { sectionAnchor, sectionPath } from '../../src/lib/urls';

const FOLDERS = ['src', 'scripts', 'bench', 'tests'];
/** `git grep` over tracked files; '' when nothing matches. */
function gitGrep(...args: string[]): string {
  const run = spawnSync('git', ['grep', ...args], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  return run.stdout.trim();
}
const edges = projectEdges(process.cwd(), FOLDERS);

describe('the import graph', () => {
  it('finds imports of every form', () => {
    const source = `import a from './a';\nimport type { B } from "../b";\nimport './c.css';\nexport { d } from './d';\nconst e = await import('./e');\nimport {\n  f,\n} from './f';`;
    expect(importSpecifiers(source).sort()).toEqual(['../b', './a', './c.css', './d', './e', './f']);
  });

  it('refuses an upward import, an import outside src/, and one outside the project (control cases)', () => {
    expect(
      badImports([
        { from: 'src/lib/a.ts', to: 'src/schemas/index' },
        { from: 'src/lib/a.ts', to: 'src/site.config' },
        { from: 'src/schemas/x.ts', to: 'src/data/site-data' },
        { from: 'src/lib/a.ts', to: 'tests/support/temp-project' },
        { from: 'tests/build/helpers.ts', to: '../elsewhere/seed/x.txt' },
        { from: 'src/lib/a.ts', to: 'src/lib/b' },
        { from: 'src/pages/index.astro', to: 'src/lib/urls' },
      ]),
    ).toEqual([
      'src/lib/a.ts → src/schemas/index: "lib" may not import "schemas"',
      'src/lib/a.ts → src/site.config: "lib" may not import "site.config"',
      'src/schemas/x.ts → src/data/site-data: "schemas" may not import "data"',
      'src/lib/a.ts → tests/support/temp-project: src/ imports from outside src/',
      'tests/build/helpers.ts → ../elsewhere/seed/x.txt: outside the project folder',
    ]);
  });

  it('the project has no import against the layers', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(badImports(edges)).toEqual([]);
  });

  it('src/lib uses no npm package and no file outside src/lib (pure functions)', () => {
    const libImports = edges.filter((e) => e.from.startsWith('src/lib/'));
    expect(libImports.filter((e) => !e.to.startsWith('src/lib/'))).toEqual([]);
    const packages = gitGrep('-h', '-E', "from '[^.]", '--', 'src/lib').split('\n').filter(Boolean);
    expect(packages).toEqual([]);
  });
});

describe('one place for each fact', () => {
  it('no two source files export the same name (Astro route exports aside)', () => {
    const exported = gitGrep('-n', '-E', '^export (async )?(function|const|class|let) [A-Za-z0-9_]+', '--', 'src');
    const where = new Map<string, string[]>();
    for (const line of exported.split('\n').filter(Boolean)) {
      const [file] = line.split(':');
      const name = /export (?:async )?(?:function|const|class|let) ([A-Za-z0-9_]+)/.exec(line)![1]!;
      if (['GET', 'getStaticPaths'].includes(name)) continue;
      where.set(name, [...(where.get(name) ?? []), file!]);
    }
    expect([...where].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('the lunar date of a day comes from the lunar module, not from the calendar-file one', () => {
    const fromCalendarFiles = gitGrep('-n', '-E', 'lunarOf[^;]*calendar-files', '--', 'src');
    expect(fromCalendarFiles).toBe('');
  });

  it('the section anchor "muc-…" is made only in src/lib/urls.ts', () => {
    const built = gitGrep('-l', '-F', 'muc-$', '--', 'src').split('\n');
    expect(built).toEqual(['src/lib/urls.ts']);
    expect(sectionAnchor('2.1')).toBe('muc-2-1');
    expect(sectionPath(2020, '2.1')).toBe('/chuong-trinh/2020/#muc-2-1');
  });

  it('the search module, loaded in the browser, does not pull in the program outline', () => {
    const searchImports = edges.filter((e) => e.from === 'src/lib/search-query.ts').map((e) => e.to);
    expect(searchImports).not.toContain('src/lib/program-outline');
  });

  it('event kinds have one set of labels: the checker names them as the editor offers them', () => {
    const problem = eventSchema((() => ({})) as never).safeParse({ title: 'T', kind: 'weekly' });
    expect(problem.success).toBe(false);
    const message = problem.error!.issues[0]!.message;
    const editorOptions = EVENT_FIELDS.find((f) => f.name === 'kind')!.options as { value: string; label: string }[];
    expect(editorOptions).toEqual(Object.entries(EVENT_KIND_LABELS).map(([value, label]) => ({ value, label })));
    for (const { value, label } of editorOptions) expect(message).toContain(`${value} (${label})`);
  });
});

describe('the repository stands alone', () => {
  it('no file reads outside the project folder (a sibling folder, such as where the seed came from)', () => {
    const outside = gitGrep('-n', '-E', "\\.\\./shared|'shared'", '--', 'src', 'scripts', 'bench', 'tests', 'README.md', 'astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts', 'package.json', ':!tests/unit/layers.test.ts', ':!tests/support/import-graph.ts');
    expect(outside).toBe('');
  });

  it('`npm run test:unit` runs the unit tests only, as the README says', () => {
    const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['test:unit']!;
    const args = script.replace(/^vitest run\s*/, '').split(/\s+/).filter(Boolean);
    const listed = execFileSync('npx', ['vitest', 'list', '--filesOnly', ...args], { encoding: 'utf8' }).split('\n').filter((l) => l.trim().endsWith('.ts'));
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((f) => !f.includes('tests/unit/'))).toEqual([]);
  });
});
