// Every built page is valid HTML: zero errors from the Nu Html Checker (vnu.jar on Java).
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './helpers';

const java = spawnSync('java', ['-version']);
const hasJava = java.status === 0;
if (!hasJava) {
  const message = 'Java is not installed (apt-get install -y default-jre-headless): HTML validation cannot run';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!! SKIPPED: ${message}\n`);
}

describe.skipIf(!hasJava)('HTML validity', () => {
  it('has no errors on any page', { timeout: 180_000 }, () => {
    const run = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url: string; message: string; lastLine?: number }[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});
