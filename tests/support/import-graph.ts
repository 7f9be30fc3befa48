/**
 * The project's own import graph, read from the source text (no bundler): which
 * file imports which, and which imports run against the layers the README draws.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/** Every quoted module specifier: static and dynamic imports, re-exports, side-effect imports. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bexport\s+[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The layer of a project file: its folder under src/ ("lib", "pages" …), or "site.config" / a top folder. */
export function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'src') return parts[0]!;
  if (parts.length === 2) return parts[1]!.replace(/\.(ts|mjs)$/, '');
  return parts[1]!;
}

/**
 * Which layers each layer may import (besides itself and npm packages). Data
 * flows one way: lib (pure, lowest) ← schemas ← data ← pages.
 */
export const ALLOWED: Record<string, string[]> = {
  lib: [],
  // src/node: Node-only helpers (the one directory walker); never bundled for the browser.
  node: ['lib'],
  schemas: ['lib', 'node'],
  'site.config': ['schemas'],
  'content-check': ['lib', 'schemas', 'node'],
  // The editor runs the checker's schemas and body rules before saving.
  cms: ['lib', 'schemas', 'site.config', 'content-check'],
  data: ['lib', 'schemas', 'site.config'],
  integrations: ['lib', 'schemas', 'cms', 'content-check', 'site.config', 'node'],
  'content.config': ['lib', 'schemas'],
  // src/scripts: the browser scripts (search, the editor's page).
  // (styles: the editor's previews take the site's CSS as text.)
  scripts: ['lib', 'cms', 'styles'],
  styles: [],
  components: ['lib', 'schemas', 'data', 'site.config', 'styles', 'components', 'scripts'],
  layouts: ['lib', 'data', 'site.config', 'styles', 'components', 'scripts'],
  // pages → node: a build-time endpoint that draws files (the Open Graph PNGs, src/node/og-image.ts).
  pages: ['lib', 'schemas', 'data', 'cms', 'site.config', 'styles', 'components', 'layouts', 'scripts', 'node'],
};

export interface Edge {
  from: string;
  to: string;
}

/** Imports that break the layers, or leave the project folder. Paths are relative to the project root, with "/". */
export function badImports(edges: Edge[]): string[] {
  const bad: string[] = [];
  for (const { from, to } of edges) {
    if (to.startsWith('../') || to === '..') {
      bad.push(`${from} → ${to}: outside the project folder`);
      continue;
    }
    const a = layerOf(from);
    const b = layerOf(to);
    if (!from.startsWith('src/') || a === b) continue;
    if (!to.startsWith('src/')) {
      bad.push(`${from} → ${to}: src/ imports from outside src/`);
      continue;
    }
    const allowed = ALLOWED[a];
    if (!allowed) bad.push(`${from}: layer "${a}" has no rule in tests/support/import-graph.ts`);
    else if (!allowed.includes(b)) bad.push(`${from} → ${to}: "${a}" may not import "${b}"`);
  }
  return bad;
}

const SOURCE = /\.(ts|mjs|astro)$/;

/** The relative imports of every source file in the given folders (project-relative targets). */
export function projectEdges(root: string, folders: string[]): Edge[] {
  // The tracked files (git ls-files): no directory walker of our own.
  const files = execFileSync('git', ['ls-files', '--', ...folders], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => SOURCE.test(f));
  const edges: Edge[] = [];
  for (const from of files) {
    for (const spec of importSpecifiers(readFileSync(join(root, from), 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const to = relative(root, normalize(join(root, dirname(from), spec))).split(sep).join('/');
      edges.push({ from, to });
    }
  }
  return edges;
}
