import { describe, expect, it } from 'vitest';
import { isReleaseId, previousRelease, releaseId, releasesToPrune } from '../../src/lib/releases';

describe('release folders of npm run publish', () => {
  it('are named by UTC time, then the commit, and sort by time', () => {
    expect(releaseId(new Date('2026-11-29T09:18:05.123Z'), '1a2b3c4d5e6f')).toBe('20261129-091805Z-1a2b3c4');
    expect(releaseId(new Date('2026-11-29T09:18:05Z'))).toBe('20261129-091805Z');
    expect(releaseId(new Date('2026-11-29T09:18:05Z'), 'not a commit')).toBe('20261129-091805Z');
    expect(isReleaseId('20261129-091805Z-1a2b3c4')).toBe(true);
    expect(isReleaseId('20261129-091805Z-2')).toBe(true);
    for (const name of ['.dang-chep-20261129-091805Z', 'current', 'dist', '2026-11-29']) expect(isReleaseId(name), name).toBe(false);
  });

  const all = ['20261101-000000Z', '20261102-000000Z', '20261103-000000Z', '20261104-000000Z', '.dang-chep-20261105-000000Z'];

  it('rollback returns to the one before the live one, and says none before the first', () => {
    expect(previousRelease(all, '20261104-000000Z')).toBe('20261103-000000Z');
    expect(previousRelease(all, '20261103-000000Z')).toBe('20261102-000000Z'); // a second rollback goes further back
    expect(previousRelease(all, '20261101-000000Z')).toBeNull();
    expect(previousRelease([], null)).toBeNull();
  });

  it('keeps the newest ones and always the live one', () => {
    expect(releasesToPrune(all, 2, '20261104-000000Z')).toEqual(['20261101-000000Z', '20261102-000000Z']);
    expect(releasesToPrune(all, 2, '20261101-000000Z')).toEqual(['20261102-000000Z']); // rolled back: the live one stays
    expect(releasesToPrune(all, 0, '20261104-000000Z')).toEqual(['20261101-000000Z', '20261102-000000Z', '20261103-000000Z']);
  });
});
