/**
 * The staff web editor (Decap CMS) at /admin/, self-hosted: its prebuilt
 * bundle is copied from node_modules into the build (never committed, never
 * from a CDN) and served from node_modules in `astro dev`. With EDITOR=1
 * (`npm run editor`) the dev server also answers the editor's file API at
 * /api/v1 (decap-server's local file-system middleware, same origin, loopback
 * only), so saving writes straight into content/.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, cpSync, createReadStream, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_PROXY_PATH, hostedBackendFromEnv, localEditingFromEnv } from '../cms/config';
import { precompressDirectory } from './precompress';
import { editorActionProblem, editorActionTargets, editorRequestProblem, editorWorkflowProblem, EDITOR_FOLDERS } from '../lib/editor-guard';
import { persistDraft } from './editor-git';
import { editorImportHandler } from './editor-import';

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
  const cache = join(from, '..', '..', '.cache', 'decap-cms-compressed', version);
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

/**
 * A problem when a checked path leaves its folder through a symbolic link: an editor folder that is a link,
 * or a file that is one (it would read or overwrite whatever it points to).
 */
function escapesFolders(repo: string, body: unknown): string | null {
  const root = realpathSync(repo);
  for (const folder of Object.keys(EDITOR_FOLDERS)) {
    const full = join(repo, folder);
    if (existsSync(full) && realpathSync(full) !== join(root, folder)) return `${folder} is a link to ${realpathSync(full)}`;
  }
  const targets = editorActionTargets(body);
  for (const path of typeof targets === 'string' ? [] : targets.files) {
    try {
      if (lstatSync(join(repo, String(path))).isSymbolicLink()) return `${String(path)} is a symbolic link`;
    } catch {
      // does not exist yet: a new file
    }
  }
  return null;
}

export default function decapCms(): AstroIntegration {
  return {
    name: 'decap-cms-editor',
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
        // Before anything else (Vite's own middlewares included): only this computer's editor page may talk to
        // this server; a request with another Host (DNS rebinding) or Origin (another site, another local port) is refused.
        server.middlewares.stack.unshift({
          route: '',
          handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
            const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
            const problem = editorRequestProblem({ host: header('host'), origin: header('origin'), secFetchSite: header('sec-fetch-site') }, req.socket.localPort ?? 0);
            if (!problem) return next();
            logger.warn(`Từ chối yêu cầu ${req.method} ${req.url}: ${problem}`);
            res.statusCode = 403;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end('Forbidden: the editor answers only http://127.0.0.1 on its own port');
          },
        } as never);
        // decap-server writes under GIT_REPO_DIRECTORY (default: the working directory, the project root).
        const repo = resolve(process.env.GIT_REPO_DIRECTORY ?? process.cwd());
        type Handler = (req: unknown, res: unknown, next: (error?: unknown) => void) => void;
        const express = require('express') as (() => Handler & { use: (h: Handler) => void }) & { json: (o: object) => Handler };
        type Register = (app: unknown, options?: { logLevel?: string }) => Promise<void>;
        const { registerLocalFs, registerLocalGit } = require('decap-server/dist/middlewares') as { registerLocalFs: Register; registerLocalGit: Register };
        const api = express();
        // Every path a request names must be in the editor's folders, and stay there once links are resolved.
        api.use(express.json({ limit: '30mb' }));
        // Git: drafts and review as branches of this repository (editorial workflow); fs: straight into content/.
        const gitMode = localEditingFromEnv(process.env)?.mode === 'git';
        const publishingBranch = process.env.EDITOR_BRANCH ?? 'main';
        // "Nhập chương trình năm mới": its page and its endpoint, behind the same Host/Origin guard (above).
        server.middlewares.use(editorImportHandler({ repo, publishingBranch, gitMode }, logger));
        const refuse = (res: unknown, status: number, problem: string, error: string) => {
          logger.warn(`Từ chối yêu cầu của trình biên tập: ${problem}`);
          const r = res as ServerResponse;
          r.statusCode = status;
          r.setHeader('Content-Type', 'application/json; charset=utf-8');
          r.end(JSON.stringify({ error }));
        };
        api.use((req, res, next) => {
          const body = (req as { body?: unknown }).body;
          const problem = editorActionProblem(body) ?? escapesFolders(repo, body);
          if (problem) return refuse(res, 403, problem, 'Trình biên tập chỉ đọc và ghi content/announcements/, content/events/, public/anh/, public/tep-dinh-kem/');
          // Local Git mode: only the publishing branch, only through drafts, only the entry's own files.
          const workflow = gitMode ? editorWorkflowProblem(body, publishingBranch) : null;
          if (workflow) return refuse(res, 403, workflow, 'Trình biên tập chỉ lưu bài thành bản nháp của chính bài đó (ảnh đi kèm bản nháp), rồi duyệt và công bố');
          if (!gitMode || (body as { action?: string }).action !== 'persistEntry') return next();
          // A draft holds its entry's file and media only (decap-server's own save would add every file).
          try {
            persistDraft(repo, publishingBranch, (body as { params: Parameters<typeof persistDraft>[2] }).params);
          } catch (error) {
            return refuse(res, 409, (error as Error).message, (error as Error).message);
          }
          const r = res as ServerResponse;
          r.setHeader('Content-Type', 'application/json; charset=utf-8');
          r.end(JSON.stringify({ message: 'entry persisted' }));
        });
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
