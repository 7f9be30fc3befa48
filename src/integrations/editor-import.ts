/**
 * The editor dev server's "Nhập chương trình năm mới" (issue 19): GET of its page
 * and script, POST of its JSON actions to IMPORT_ENDPOINT. It is mounted after
 * the editor's Host/Origin guard (decap-cms.ts), so only this computer's editor
 * page reaches it; here the request must also be a same-origin JSON POST of
 * bounded size whose action is on the allow-list (importActionProblem), and
 * every file a draft writes is checked again by importPathProblem.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import { IMPORT_ENDPOINT, importActionProblem, type ImportStatus } from '../lib/editor-guard';
import { deleteImportDraft, importDraftReview, listImportDrafts, previewImport, publishImportDraft, saveImportDraft, setImportDraftStatus, uploadName, type ImportContext } from './import-draft';
import { IMPORT_PAGE_CSP, IMPORT_PAGE_PATH, IMPORT_SCRIPT_PATH, importPageHtml, importPageScript } from '../node/import-page';

/** 20 MB of document as base64 (4/3), with room for the JSON around it. */
const MAX_BODY = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 64 * 1024;

function send(res: ServerResponse, status: number, type: string, body: string, csp?: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (csp) res.setHeader('Content-Security-Policy', csp);
  res.end(body);
}
const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function editorImportHandler(ctx: ImportContext, logger: AstroIntegrationLogger) {
  const refuse = (res: ServerResponse, status: number, problem: string) => {
    logger.warn(`Từ chối yêu cầu nhập chương trình: ${problem}`);
    json(res, status, { ok: false, message: 'Trình biên tập từ chối yêu cầu này: trang nhập chương trình chỉ nhận các thao tác của chính nó.' });
  };
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'GET' && (path === IMPORT_PAGE_PATH || path === IMPORT_PAGE_PATH.slice(0, -1))) {
      if (path !== IMPORT_PAGE_PATH) {
        res.statusCode = 301;
        res.setHeader('Location', IMPORT_PAGE_PATH);
        return res.end();
      }
      return send(res, 200, 'text/html; charset=utf-8', importPageHtml(ctx), IMPORT_PAGE_CSP);
    }
    if (req.method === 'GET' && path === IMPORT_SCRIPT_PATH) return send(res, 200, 'text/javascript; charset=utf-8', importPageScript());
    if (!path.startsWith(IMPORT_ENDPOINT)) return next();
    if (path !== IMPORT_ENDPOINT || req.method !== 'POST') return refuse(res, 405, `${req.method} ${path}`);
    // A JSON body: a form on another page cannot send one without the browser asking first (CORS), and the guard refuses other origins.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return refuse(res, 415, `content type "${req.headers['content-type'] ?? ''}"`);
    const text = await readBody(req);
    if (text === null) return json(res, 413, { ok: false, message: 'Tệp lớn hơn 20 MB: không phải một văn bản chương trình.\nNội dung trang (content/) không thay đổi.' });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(res, 400, 'body is not JSON');
    }
    const problem = importActionProblem(body);
    if (problem) return refuse(res, 403, problem);
    const { action, params = {} } = body as { action: string; params?: Record<string, unknown> };
    const year = params.year as number;
    const upload = () => ({
      name: params.name as string,
      bytes: Buffer.from(params.content as string, 'base64'),
      replace: params.replace === true,
      year: params.year as number | undefined,
      // Shape checked by importActionProblem; wording judged by the importer (title-edits.ts).
      edits: { titles: params.titles as Record<string, string> | undefined, issuer: params.issuer as string | undefined },
    });
    try {
      switch (action) {
        case 'preview':
          return json(res, 200, await previewImport(ctx, upload()));
        case 'saveDraft': {
          const answer = await saveImportDraft(ctx, upload());
          if (answer.ok) logger.info(`Bản nháp chương trình năm ${answer.year} từ tệp ${uploadName(params.name as string)}: nhánh ${answer.branch}`);
          return json(res, 200, answer);
        }
        case 'drafts':
          return json(res, 200, { ok: true, gitMode: ctx.gitMode, drafts: listImportDrafts(ctx) });
        case 'review':
          return json(res, 200, importDraftReview(ctx, year));
        case 'setStatus':
          return json(res, 200, setImportDraftStatus(ctx, year, params.status as ImportStatus));
        case 'publish': {
          const answer = publishImportDraft(ctx, year);
          if (answer.ok) logger.info(answer.message);
          return json(res, 200, answer);
        }
        case 'deleteDraft':
          return json(res, 200, deleteImportDraft(ctx, year));
      }
    } catch (error) {
      logger.error(`Nhập chương trình (${action}): ${(error as Error).stack ?? String(error)}`);
      return json(res, 500, { ok: false, message: `Trình biên tập gặp lỗi khi ${action === 'publish' ? 'công bố' : 'nhập'}: ${(error as Error).message}. Nội dung trang không thay đổi; chạy lại, hoặc dùng lệnh npm run import:program.` });
    }
    return refuse(res, 403, `action ${action}`);
  };
}
