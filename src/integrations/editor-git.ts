/**
 * Saving a draft in the editor's local Git mode, without decap-server's "add
 * everything": decap-server 3.11.3 writes the entry into the working tree and
 * runs `git add .`, so an untracked `.env.local` or any stray file went into the
 * draft, and "Công bố" merged it into main. Here the draft commit is built with
 * Git's plumbing in a private index (read-tree of the publishing branch, then
 * only the entry's file and its media, write-tree, commit-tree, update-ref):
 * the working tree is never read or changed, so nothing else can enter it. The
 * draft branch is `cms/<collection>/<slug>` (what Decap reads back), one commit
 * on top of the publishing branch; publishing (decap-server's merge) then brings
 * exactly those files into main. The request was checked by
 * editorWorkflowProblem (src/lib/editor-guard.ts) first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface DraftRequest {
  cmsLabelPrefix?: string;
  entry?: DataFile;
  dataFiles?: DataFile[];
  assets: { path: string; content: string; encoding: 'base64' }[];
  options: { collectionName: string; commitMessage: string; status: string };
}
interface DataFile {
  slug: string;
  path: string;
  raw: string;
}

/** Commits a draft holding only its entry's file and media; returns the branch. Throws a message for staff on a clash. */
export function persistDraft(repo: string, publishingBranch: string, params: DraftRequest): string {
  const dataFiles = params.dataFiles ?? [params.entry!];
  const branch = `cms/${params.options.collectionName}/${dataFiles[0]!.slug}`;
  const git = (args: string[], input?: Buffer | string) => execFileSync('git', args, { cwd: repo, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
  const base = git(['rev-parse', '--verify', `refs/heads/${publishingBranch}^{commit}`]);
  const draftExists = git(['branch', '--list', branch]) !== '';
  const writes: DraftWrite[] = dataFiles.map((d) => ({ path: d.path, content: d.raw }));
  for (const a of params.assets ?? []) {
    const path = a.path.replace(/^\//, '');
    const content = Buffer.from(a.content, a.encoding);
    // Media of another entry (already on the publishing branch) are never overwritten by a draft.
    const existing = git(['ls-tree', base, '--', path]);
    if (existing && git(['hash-object', '--stdin'], content) !== existing.split(/\s+/)[2]) {
      throw new Error(`tệp ${path} đã có trên trang (của bài khác); đặt tên khác cho ảnh hoặc tệp đính kèm này`);
    }
    writes.push({ path, content });
  }
  commitDraft(repo, { base, branch, writes, message: params.options.commitMessage });
  // The review status Decap shows (decap-cms/draft …), set for a new draft as decap-server does.
  if (!draftExists) git(['config', `branch.${branch}.description`, `${params.cmsLabelPrefix || 'decap-cms/'}${params.options.status}`]);
  return branch;
}

export interface DraftWrite {
  path: string;
  content: Buffer | string;
}

/**
 * One commit on top of `base` that changes exactly `writes` and `deletes`, set as `branch`: a private index
 * (read-tree of base, the blobs in one hash-object, one update-index, write-tree, commit-tree, update-ref);
 * the working tree is never read or changed. The editor's drafts and the program import's drafts both use it.
 */
export function commitDraft(repo: string, { base, branch, writes, deletes = [], message }: { base: string; branch: string; writes: DraftWrite[]; deletes?: string[]; message: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-editor-index-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index'), ...authorFallback(repo) };
  const git = (args: string[], input?: Buffer | string) => execFileSync('git', args, { cwd: repo, env, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
  try {
    git(['read-tree', base]);
    const blobFiles = writes.map((w, i) => {
      const file = join(dir, `tep-${i}`);
      writeFileSync(file, w.content);
      return file;
    });
    const blobs = blobFiles.length ? git(['hash-object', '-w', '--stdin-paths'], blobFiles.join('\n')).split('\n') : [];
    const entries = [...writes.map((w, i) => `100644 ${blobs[i]}\t${w.path}`), ...deletes.map((path) => `0 ${'0'.repeat(40)}\t${path}`)];
    if (entries.length) git(['update-index', '--index-info'], `${entries.join('\n')}\n`);
    const commit = git(['commit-tree', git(['write-tree']), '-p', base, '-m', message]);
    git(['update-ref', `refs/heads/${branch}`, commit]);
    return commit;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A committer when the repository names none (commit-tree needs one; decap-server's commit would fail). Also the import drafts'. */
export function authorFallback(repo: string): Record<string, string> {
  try {
    execFileSync('git', ['config', 'user.email'], { cwd: repo, stdio: 'pipe' });
    return {};
  } catch {
    const who = { name: 'Trình biên tập', email: 'trinh-bien-tap@localhost' };
    return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
  }
}
