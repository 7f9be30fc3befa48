/** Temporary copies of the project (or only its content) for tests that add bad or fixture files. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const PROJECT = process.cwd();

/** A temp root with a copy of content/ and public/ (enough for check:content). */
export function tempContent(): { root: string; write: (path: string, text: string | Buffer) => void; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'mttq-content-'));
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(PROJECT, 'public'), join(root, 'public'), { recursive: true });
  return {
    root,
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A temp copy of everything a build needs, sharing node_modules. */
export function tempProject(): ReturnType<typeof tempContent> {
  const project = tempContent();
  for (const name of ['src', 'scripts']) cpSync(join(PROJECT, name), join(project.root, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT, name), join(project.root, name));
  symlinkSync(join(PROJECT, 'node_modules'), join(project.root, 'node_modules'));
  return project;
}

/** A temp copy of the project that is a Git repository on branch `main` with one commit (for the editor's local Git mode). */
export function tempGitProject(): ReturnType<typeof tempContent> & { git: (...args: string[]) => string } {
  const project = tempProject();
  // node_modules is a link here, which the project's `node_modules/` (a folder) does not match.
  writeFileSync(join(project.root, '.gitignore'), `${readFileSync(join(PROJECT, '.gitignore'), 'utf8')}node_modules\n`);
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: project.root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  firstCommit(git);
  return { ...project, git };
}

/** Makes the folder `git` runs in a repository on `main` whose one commit holds every file not ignored. */
export function firstCommit(git: (...args: string[]) => unknown): void {
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Thử nghiệm');
  git('config', 'user.email', 'thu-nghiem@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '-q', '-m', 'Bản đầu');
}

/** Runs `node scripts/build.mjs` in a project copy; resolves with its exit status and output. */
export function buildIn(root: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/build.mjs'], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}
