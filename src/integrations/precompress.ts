/**
 * Writes .gz and .br beside every text file of the finished build, so nginx
 * (gzip_static, brotli_static) sends compressed bytes without compressing per
 * request. Runs last in astro:build:done, after the search index is written.
 * Pagefind's own files (WebAssembly, index, metadata, fragments, filters) are
 * gzip streams already, which its script inflates in JavaScript unless the
 * browser did: beside each go its bytes as `.gz` and the inflated content as
 * `.br`, so nginx sends them with a Content-Encoding and the browser inflates
 * them natively (≈ 15 % fewer bytes, and no JavaScript inflate on a slow phone).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFiles } from '../node/files';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|ics|webmanifest|wasm)$/;
const MIN_BYTES = 512;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const gunzipAsync = promisify(gunzip);
/** Pagefind's gzip-wrapped files; inflated, each starts with this signature (Pagefind then skips its own inflate). */
const PAGEFIND_WRAPPED = /(^|[\\/])pagefind[\\/](.+[\\/])?[^\\/]+\.(pagefind|pf_index|pf_meta|pf_fragment|pf_filter)$/;
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

function listFiles(dir: string): string[] {
  return walkFiles(dir).files.filter((f) => COMPRESSIBLE.test(f) || PAGEFIND_WRAPPED.test(f)).map((f) => join(dir, f));
}

/**
 * Brotli's top quality costs ~40× the time of quality 5 for ~10% fewer bytes:
 * worth it for the shared, long-cached assets (_astro/), not for the many pages
 * rebuilt every time (2,000 announcements would spend a minute on it).
 */
function brotliQuality(file: string): number {
  return file.includes(`${sep}_astro${sep}`) ? 11 : 5;
}

/** A Pagefind file: its own gzip bytes as .gz, its inflated content as .br (fragments at quality 5, being many). */
async function compressPagefindFile(file: string): Promise<boolean> {
  const wrapped = await readFile(file);
  const data = await gunzipAsync(wrapped).catch(() => null);
  if (!data || data.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) return false;
  const br = await brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: file.endsWith('.pf_fragment') ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  await Promise.all([writeFile(`${file}.gz`, wrapped), writeFile(`${file}.br`, br)]);
  return true;
}

async function compressFile(file: string): Promise<boolean> {
  if (PAGEFIND_WRAPPED.test(file)) return compressPagefindFile(file);
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
