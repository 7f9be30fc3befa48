import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy, nginxSecuritySnippet } from '../../src/lib/security';

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
    expect(readFileSync('deploy/security-headers-admin.conf', 'utf8')).toBe(nginxSecuritySnippet({ admin: true }));
  });
  it('gives the editor (/admin/ only) eval and inline styles, but scripts still only from the site', () => {
    const csp = adminContentSecurityPolicy();
    expect(csp).toContain("script-src 'self' 'unsafe-eval';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline';");
    expect(csp).toContain("connect-src 'self' https://api.github.com https://gitlab.com;");
    expect(csp).not.toMatch(/\*|script-src[^;]*(https?:|unsafe-inline)/);
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toMatch(/location \/admin\/ \{\n\s+include \/etc\/nginx\/snippets\/[a-z0-9-]+-security-headers-admin\.conf;/);
  });
});
