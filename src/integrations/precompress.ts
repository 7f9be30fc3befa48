/**
 * Writes .gz and .br beside every text file of the finished build, so nginx
 * (gzip_static, brotli_static) sends compressed bytes without compressing per
 * request. Runs last in astro:build:done, after the search index is written.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|ics|webmanifest|wasm)$/;
const MIN_BYTES = 512;

/** Compresses the files under `dir`; returns how many were compressed. */
export function precompressDirectory(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      count += precompressDirectory(full);
      continue;
    }
    if (!COMPRESSIBLE.test(name)) continue;
    const data = readFileSync(full);
    if (data.length < MIN_BYTES) continue;
    // Node's gzip writes no timestamp or file name, so the output is reproducible.
    writeFileSync(`${full}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(`${full}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    count++;
  }
  return count;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'mttq:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = precompressDirectory(fileURLToPath(dir));
        logger.info(`${count} files precompressed (.gz, .br)`);
      },
    },
  };
}
