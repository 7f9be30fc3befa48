import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, nginxSecuritySnippet } from '../../src/lib/security';

describe('Content-Security-Policy', () => {
  it('allows no inline script and nothing from other hosts', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
  it("adds 'wasm-unsafe-eval' only where search needs it", () => {
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy()).not.toContain('wasm');
  });
  it('is the policy deploy/ sends (run npx tsx scripts/write-nginx-headers.ts after changing it)', () => {
    expect(readFileSync('deploy/security-headers.conf', 'utf8')).toBe(nginxSecuritySnippet());
    expect(readFileSync('deploy/security-headers-search.conf', 'utf8')).toBe(nginxSecuritySnippet({ wasm: true }));
  });
});
