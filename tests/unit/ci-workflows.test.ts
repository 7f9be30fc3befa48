// The hosted automation: on every push to the publishing branch, GitHub Actions
// and GitLab CI run `npm run publish`. The GitHub workflow is validated with
// action-validator (SchemaStore's workflow schema, WebAssembly, offline); npm has
// no offline linter for .gitlab-ci.yml (gitlab-ci-lint asks GitLab's API), so its
// YAML is parsed and its keys checked against GitLab's keyword list here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateWorkflow } from '@action-validator/core';
import { hostedBackendFromEnv } from '../../src/cms/config';

const PUBLISHING_BRANCH = hostedBackendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })!.branch;
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('.github/workflows/publish.yml', () => {
  const source = readFileSync('.github/workflows/publish.yml', 'utf8');

  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('the validator does catch a broken workflow (control)', () => {
    expect(validateWorkflow(source.replace(/runs-on: .*\n/, '')).errors.length).toBeGreaterThan(0);
    expect(validateWorkflow(source.replace('on:\n', 'onn:\n')).errors.length).toBeGreaterThan(0);
  });

  it('runs npm run publish on every push to the publishing branch, one at a time', () => {
    const workflow = parse(source);
    expect(workflow.on.push.branches).toEqual([PUBLISHING_BRANCH]);
    expect(workflow.concurrency).toMatchObject({ group: 'publish', 'cancel-in-progress': false });
    const steps = workflow.jobs.publish.steps as { run?: string }[];
    expect(steps.map((s) => s.run).filter(Boolean).slice(1)).toEqual(['npm ci --no-audit --no-fund', 'npm run check:content', 'npm run publish -- "$PUBLISH_DIR"']);
    expect(scripts.publish).toBe('tsx scripts/publish.ts');
  });

  it('also runs once a day, so scheduled announcements appear on their day (issue 21)', () => {
    const cron = (parse(source).on.schedule as { cron: string }[]).map((s) => s.cron);
    expect(cron).toHaveLength(1);
    const [minute, hour, dom, month, dow] = cron[0]!.split(' ');
    expect([dom, month, dow]).toEqual(['*', '*', '*']);
    // Shortly after midnight in Vietnam (UTC+7), the first hour of the new day.
    expect((Number(hour) + 7) % 24).toBe(0);
    expect(Number(minute)).toBeLessThan(60);
  });
});

/** Runs one shell line of a workflow with the given CI variables; its exit status. */
const runGuard = (line: string, env: Record<string, string>) => spawnSync('bash', ['-c', line], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' }).status;

describe('issue 18, class 5: CI publishes only main, after the checker, from a clean checkout', () => {
  const github = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
  const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8'));

  it('GitHub: every job on the serving machine runs only for refs/heads/main; other refs are refused elsewhere', () => {
    for (const [name, job] of Object.entries(github.jobs as Record<string, { 'runs-on': unknown; if?: string }>)) {
      const onServer = JSON.stringify(job['runs-on']).includes('self-hosted');
      expect(job.if, name).toBe(onServer ? "github.ref == 'refs/heads/main'" : "github.ref != 'refs/heads/main'");
    }
    expect(Object.keys(github.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
  });

  it('GitHub: the first step of the publish job refuses any other ref, run as the runner would', () => {
    const guard = github.jobs.publish.steps[0].run as string;
    expect(runGuard(guard, { GITHUB_REF: 'refs/heads/main' })).toBe(0);
    for (const ref of ['refs/heads/cms/announcements/x', 'refs/heads/main-2', 'refs/tags/main', '']) expect(runGuard(guard, { GITHUB_REF: ref }), ref).not.toBe(0);
    expect(github.jobs.publish.steps[1]).toMatchObject({ uses: 'actions/checkout@v4', with: { clean: true, 'persist-credentials': false } });
  });

  it('GitLab: no pipeline for another ref (a manual run of a branch included), a fresh clone, the guard refuses other refs', () => {
    expect(gitlab.workflow.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_COMMIT_TAG == null' }, { when: 'never' }]);
    expect(gitlab.publish.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(gitlab.variables.GIT_STRATEGY).toBe('clone');
    const guard = gitlab.publish.script[0] as string;
    expect(runGuard(guard, { CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' })).toBe(0);
    for (const branch of ['cms/announcements/x', '', 'Main']) expect(runGuard(guard, { CI_COMMIT_BRANCH: branch, CI_DEFAULT_BRANCH: 'main' }), branch).not.toBe(0);
    expect(runGuard(guard, { CI_COMMIT_BRANCH: '', CI_DEFAULT_BRANCH: '' })).not.toBe(0);
    expect(gitlab.publish.script.slice(-2)).toEqual(['npm run check:content', 'npm run publish -- "$PUBLISH_DIR"']);
  });
});

describe('.gitlab-ci.yml', () => {
  const config = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<string, Record<string, unknown>>;
  // https://docs.gitlab.com/ci/yaml/: global keywords and job keywords used here.
  const GLOBAL = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script']);
  const JOB = new Set(['stage', 'tags', 'resource_group', 'rules', 'script', 'before_script', 'after_script', 'variables', 'image', 'cache', 'artifacts', 'timeout', 'interruptible', 'environment', 'needs']);

  it('has only GitLab keywords and jobs with a stage that exists and a script', () => {
    const jobs = Object.keys(config).filter((k) => !GLOBAL.has(k));
    expect(jobs).toEqual(['publish']);
    for (const name of jobs) {
      const job = config[name]!;
      for (const key of Object.keys(job)) expect(JOB.has(key), `${name}.${key}`).toBe(true);
      expect(config.stages as unknown as string[]).toContain(job.stage);
      expect(Array.isArray(job.script) && job.script.every((l) => typeof l === 'string')).toBe(true);
    }
  });

  it('runs npm run publish on every push to the default (publishing) branch, one at a time', () => {
    const job = config.publish!;
    expect(job.script).toContain('npm run publish -- "$PUBLISH_DIR"');
    expect(job.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(job.resource_group).toBe('publish');
    expect(PUBLISHING_BRANCH).toBe('main'); // GitLab's default branch of a new project
  });

  it('publishes from a pipeline schedule too (issue 21; the schedule itself lives in the project settings)', () => {
    // Every rule names the branch, none the pipeline source: a schedule on main publishes, on another ref nothing runs.
    const rules = [...(config.workflow!.rules as { if?: string }[]), ...(config.publish!.rules as { if?: string }[])];
    expect(rules.some((r) => r.if?.includes('CI_PIPELINE_SOURCE'))).toBe(false);
    expect(config.publish!.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(readFileSync(join(process.cwd(), '.gitlab-ci.yml'), 'utf8')).toMatch(/pipeline schedule/);
  });
});
