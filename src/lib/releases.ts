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
