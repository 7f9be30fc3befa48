// Issue 10, class 11: CI, scripts and tests never stop a process they did not
// start (the system nginx is the public site on the server the README describes):
// no pkill, killall, systemctl stop/restart/kill, `kill $(pgrep …)`; children are
// stopped by their pid (child.kill()).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/node/files';

const ROOT = process.cwd();
const FORBIDDEN = /\b(pkill|killall)\b|\bsystemctl\s+(stop|restart|kill|disable|mask)\b|\bservice\s+\S+\s+stop\b|\bkill\b[^\n]*\$\(\s*pgrep|\bfuser\s+-k\b/;

/** Everything that runs: CI, npm scripts, scripts/, tests/, bench/ (this file names the words, so it is left out). */
function runnableFiles(): string[] {
  const files = ['.ci/run', 'package.json'];
  for (const dir of ['scripts', 'tests', 'bench', '.ci']) {
    for (const f of walkFiles(join(ROOT, dir), { skipDir: (rel) => rel.endsWith('node_modules') }).files) files.push(`${dir}/${f}`);
  }
  return [...new Set(files)].filter((f) => f !== 'tests/unit/process-hygiene.test.ts' && /(\.([cm]?[jt]s|sh|json)|\/run)$/.test(f));
}

describe('no script stops processes by name', () => {
  it('finds the runnable files', () => {
    expect(runnableFiles()).toContain('.ci/run');
    expect(runnableFiles()).toContain('tests/build/nginx.test.ts');
  });

  it.each(runnableFiles())('%s', (file) => {
    const offending = readFileSync(join(ROOT, file), 'utf8').split('\n').map((line, i) => ({ line: i + 1, text: line })).filter((l) => FORBIDDEN.test(l.text));
    expect(offending).toEqual([]);
  });
});
