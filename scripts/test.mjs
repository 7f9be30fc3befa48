// `npm test`: the dependency check, unit tests, then a build, then tests of the built site, then the
// browser tests. Without Chromium the browser tests are skipped loudly; in CI
// (CI=true) a missing browser fails the run.
import './node-version.mjs';
import { spawnSync } from 'node:child_process';
import { chromiumExecutable } from './chromium-path.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (label, cmd, args, extraEnv = {}) => {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
};

run('Declared dependencies (knip)', 'npm', ['run', '--silent', 'check:deps']);
run('Unit tests', 'npx', ['vitest', 'run', 'tests/unit']);
run('Build', 'npm', ['run', 'build']);
run('Tests of the built site', 'npx', ['vitest', 'run', 'tests/build']);

const browser = chromiumExecutable();
if (browser === null) {
  const message = [
    '',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '!!  BROWSER TESTS SKIPPED: no Chromium found.                          !!',
    '!!  Install it with:  sudo apt-get install -y chromium                 !!',
    '!!  or set CHROMIUM_PATH=/path/to/chromium, then run npm test again.   !!',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  ].join('\n');
  console.error(message);
  if (process.env.CI) {
    console.error('CI=true: a missing browser is a failure.');
    process.exit(1);
  }
  process.exit(0);
}
run('Browser tests', 'npx', ['playwright', 'test']);
console.log('\n✓ All tests passed.');
