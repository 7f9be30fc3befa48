/**
 * Release folders of `npm run publish` (scripts/publish.ts): each publication
 * is a new folder under `<target>/releases/`, and `<target>/current` is a
 * symbolic link to the live one, switched in one atomic rename. Names sort by
 * time, so "previous" and "oldest" are plain string order.
 */
export const RELEASES_DIR = 'releases';
export const CURRENT_LINK = 'current';
/** How many releases are kept (the live one always is). */
export const DEFAULT_KEEP = 5;

const ID = /^\d{8}-\d{6}Z(?:-[0-9a-f]{4,40})?(?:-\d+)?$/;

/** A release name: UTC time of publication, then the commit when known, e.g. 20261129-091800Z-1a2b3c4. */
export function releaseId(now: Date, commit?: string): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '').replace('T', '-');
  const short = commit && /^[0-9a-f]{4,40}$/.test(commit) ? `-${commit.slice(0, 7)}` : '';
  return `${stamp}${short}`;
}

/** True for a folder name `releaseId` makes (the half-copied `.dang-chep-…` folders are not releases). */
export function isReleaseId(name: string): boolean {
  return ID.test(name);
}

/** The releases to delete so that `keep` remain: the oldest first, never the live one. */
export function releasesToPrune(names: string[], keep: number, current: string | null): string[] {
  const releases = names.filter(isReleaseId).sort();
  const kept = new Set(releases.slice(-Math.max(1, keep)));
  if (current) kept.add(current);
  return releases.filter((r) => !kept.has(r));
}

/** The release before the live one (what `npm run rollback` returns to), or null. */
export function previousRelease(names: string[], current: string | null): string | null {
  const releases = names.filter(isReleaseId).sort();
  const older = current ? releases.filter((r) => r < current) : releases;
  return older.at(-1) ?? null;
}

/** `<target>/rollback-hold.json`: the releases rolled back from, so the daily run does not put them back. */
export const HOLD_FILE = 'rollback-hold.json';
/** `<target>/.publish.lock`: one publish or rollback at a time (holds the pid of the one running). */
export const LOCK_FILE = '.publish.lock';

export interface RollbackHold {
  /** Newest last: each rollback adds the release it left and the one it went back to. */
  rolledBack: { release: string; commit: string | null; to: string; at: string }[];
}

/** The short commit a release was built from (from its name), or null. */
export function commitOfRelease(id: string): string | null {
  return /^\d{8}-\d{6}Z-([0-9a-f]{7})(?:-\d+)?$/.exec(id)?.[1] ?? null;
}

/** The hold after a rollback from `from` to `to`. */
export function holdAfterRollback(hold: RollbackHold | null, from: string, to: string, at: Date): RollbackHold {
  return { rolledBack: [...(hold?.rolledBack ?? []), { release: from, commit: commitOfRelease(from), to, at: at.toISOString() }] };
}

/** The rollback that holds `commit` back (a commit rolled back is not published again without --force), or null. */
export function heldBack(hold: RollbackHold | null, commit: string | undefined): RollbackHold['rolledBack'][number] | null {
  if (!commit || !hold) return null;
  return [...hold.rolledBack].reverse().find((r) => r.commit !== null && commit.startsWith(r.commit)) ?? null;
}

/** Reads a hold file's text; anything unreadable is no hold (the next rollback writes a good one). */
export function parseHold(text: string | null): RollbackHold | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as RollbackHold;
    return Array.isArray(value?.rolledBack) ? value : null;
  } catch {
    return null;
  }
}

/** What to do about an existing lock file: wait for a live holder, or take over a stale one. */
export function lockVerdict(text: string | null, isRunning: (pid: number) => boolean): { state: 'free' } | { state: 'held'; pid: number } | { state: 'stale'; pid: number | null } {
  if (text === null) return { state: 'free' };
  const pid = Number(/^\s*(\d+)/.exec(text)?.[1] ?? NaN);
  if (!Number.isInteger(pid) || pid <= 0) return { state: 'stale', pid: null };
  return isRunning(pid) ? { state: 'held', pid } : { state: 'stale', pid };
}
