/**
 * The staff web editor (Decap CMS) at /admin/, self-hosted: its prebuilt
 * bundle is copied from node_modules into the build (never committed, never
 * from a CDN) and served from node_modules in `astro dev`. With EDITOR=1
 * (`npm run editor`) the dev server also answers the editor's file API at
 * /api/v1 (decap-server's local file-system middleware, same origin, loopback
 * only), so saving writes straight into content/.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_PROXY_PATH, hostedBackendFromEnv, localEditingFromEnv } from '../cms/config';
import { precompressDirectory } from './precompress';

const require = createRequire(import.meta.url);
const ADMIN = 'admin';

/** The files of the bundle to ship: scripts (and the chunks they load), WebAssembly, licence; no source maps. */
export function bundleDir(): string {
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}
export function bundleFiles(dir = bundleDir()): string[] {
  // decap-cms.js loads its numbered chunks from its own folder; cms.js is the same bundle under an old name.
  return readdirSync(dir).filter((name) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name) && statSync(join(dir, name)).isFile());
}

/**
 * The bundle with its .gz/.br beside it, compressed once per Decap version
 * (about 30 s of brotli for 6 MB) and kept in node_modules/.cache, which
 * temporary copies of the project share through their node_modules link.
 */
async function compressedBundle(): Promise<string> {
  const from = bundleDir();
  const version = (JSON.parse(readFileSync(join(from, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const cache = join(from, '..', '..', '.cache', 'mttq-decap-cms', version);
  if (existsSync(cache)) return cache;
  mkdirSync(dirname(cache), { recursive: true });
  const staging = mkdtempSync(`${cache}-`);
  for (const name of bundleFiles(from)) copyFileSync(join(from, name), join(staging, name));
  await precompressDirectory(staging);
  try {
    renameSync(staging, cache); // atomic: a parallel build either sees all of it or none
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another build finished first
  }
  return cache;
}

export default function decapCms(): AstroIntegration {
  return {
    name: 'mttq-decap-cms',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The editor's local Git mode checks out branches while saving, which changes files under
        // content/; with live reload the open editor would reload mid-save and lose its place.
        if (process.env.EDITOR === '1') updateConfig({ vite: { server: { hmr: false } } });
      },
      'astro:server:setup': async ({ server, logger }) => {
        const dir = bundleDir();
        const files = new Set(bundleFiles(dir));
        server.middlewares.use(`/${ADMIN}/`, (req, res, next) => {
          const name = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
          if (!files.has(name)) return next();
          res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8');
          createReadStream(join(dir, name)).pipe(res);
        });
        if (process.env.EDITOR !== '1') return;
        // decap-server writes under GIT_REPO_DIRECTORY (default: the working directory, the project root).
        type Handler = (req: unknown, res: unknown, next: () => void) => void;
        const express = require('express') as () => Handler;
        type Register = (app: unknown, options?: { logLevel?: string }) => Promise<void>;
        const { registerLocalFs, registerLocalGit } = require('decap-server/dist/middlewares') as { registerLocalFs: Register; registerLocalGit: Register };
        const api = express();
        // Git: drafts and review as branches of this repository (editorial workflow); fs: straight into content/.
        const gitMode = localEditingFromEnv(process.env)?.mode === 'git';
        const ready = (gitMode ? registerLocalGit : registerLocalFs)(api, { logLevel: 'warn' });
        // Added synchronously, so it runs before Astro's own routing (which would answer 404).
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(LOCAL_PROXY_PATH)) return next();
          ready.then(() => api(req, res, next), next);
        });
        const where = process.env.GIT_REPO_DIRECTORY ?? process.cwd();
        logger.info(gitMode ? `Trình biên tập: bản nháp là nhánh Git của ${where}; công bố là gộp vào nhánh ${process.env.EDITOR_BRANCH}` : `Trình biên tập: lưu thẳng vào thư mục content/ của ${where}`);
      },
      // Runs after precompress (listed after it in astro.config.mjs): the bundle arrives already compressed.
      'astro:build:done': async ({ dir, logger }) => {
        // Without a hosted repository, the built /admin/ only explains how staff edit: no bundle to ship.
        if (!hostedBackendFromEnv(process.env)) {
          logger.info('Trình biên tập: chưa đặt CMS_BACKEND, /admin/ chỉ hướng dẫn cách soạn bài (không chép Decap CMS)');
          return;
        }
        const to = join(fileURLToPath(dir), ADMIN);
        mkdirSync(to, { recursive: true });
        cpSync(await compressedBundle(), to, { recursive: true });
        if (!existsSync(join(to, 'decap-cms.js'))) throw new Error('decap-cms.js was not copied into /admin/');
        logger.info(`Trình biên tập: chép ${bundleFiles().length} tệp của Decap CMS (kèm bản nén .gz, .br) vào /${ADMIN}/`);
      },
    },
  };
}
