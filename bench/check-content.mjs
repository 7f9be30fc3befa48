// How long `npm run check:content` takes on the committed content (goal: a few seconds).
import { spawnSync } from 'node:child_process';

const runs = 3;
const times = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/check-content.ts'], { encoding: 'utf8' });
  times.push((performance.now() - start) / 1000);
  if (result.status !== 0) throw new Error(result.stderr);
}
console.log(`check:content wall time over ${runs} runs: ${times.map((t) => t.toFixed(2)).join(' s, ')} s (median ${times.sort()[1].toFixed(2)} s)`);
