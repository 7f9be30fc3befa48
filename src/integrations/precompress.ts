/**
 * Writes .gz and .br beside every text file of the finished build, so nginx
 * (gzip_static, brotli_static) sends compressed bytes without compressing per
 * request. Runs last in astro:build:done, after the search index is written.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFiles } from '../node/files';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|ics|webmanifest|wasm)$/;
const MIN_BYTES = 512;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function listFiles(dir: string): string[] {
  return walkFiles(dir).files.filter((f) => COMPRESSIBLE.test(f)).map((f) => join(dir, f));
}

/**
 * Brotli's top quality costs ~40× the time of quality 5 for ~10% fewer bytes:
 * worth it for the shared, long-cached assets (_astro/), not for the many pages
 * rebuilt every time (2,000 announcements would spend a minute on it).
 */
function brotliQuality(file: string): number {
  return file.includes(`${sep}_astro${sep}`) ? 11 : 5;
}

async function compressFile(file: string): Promise<boolean> {
  const data = await readFile(file);
  if (data.length < MIN_BYTES) return false;
  // Node's gzip writes no timestamp or file name, so the output is reproducible.
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: 9 }),
    brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
  return true;
}

/** Compresses the files under `dir` on zlib's thread pool; returns how many were compressed. */
export async function precompressDirectory(dir: string, concurrency = 8): Promise<number> {
  const queue = listFiles(dir);
  let count = 0;
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) if (await compressFile(file)) count++;
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return count;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const count = await precompressDirectory(fileURLToPath(dir));
        logger.info(`${count} files precompressed (.gz, .br) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
