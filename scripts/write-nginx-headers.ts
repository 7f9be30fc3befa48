// Writes the deploy/ files from their one source: deploy/security-headers*.conf
// from src/lib/security.ts (the Content-Security-Policy), and deploy/nginx.conf
// from src/site.config.ts (deployName: paths and snippet names).
//   npx tsx scripts/write-nginx-headers.ts
// A unit test (tests/unit/deploy.test.ts) fails until the committed files match.
import { writeFileSync } from 'node:fs';
import { nginxSecuritySnippet } from '../src/lib/security';
import { nginxSiteConfig } from '../src/lib/nginx';
import { site } from '../src/site.config';

const files: Record<string, string> = {
  'deploy/security-headers.conf': nginxSecuritySnippet(),
  'deploy/security-headers-search.conf': nginxSecuritySnippet({ wasm: true }),
  'deploy/security-headers-admin.conf': nginxSecuritySnippet({ admin: true }),
  'deploy/nginx.conf': nginxSiteConfig(site.deployName),
};
for (const [path, text] of Object.entries(files)) {
  writeFileSync(path, text);
  console.log(path);
}
