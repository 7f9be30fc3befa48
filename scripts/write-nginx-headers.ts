// Writes deploy/security-headers*.conf from src/lib/security.ts, the one place
// the Content-Security-Policy is written: npx tsx scripts/write-nginx-headers.ts
import { writeFileSync } from 'node:fs';
import { nginxSecuritySnippet } from '../src/lib/security';

writeFileSync('deploy/security-headers.conf', nginxSecuritySnippet());
writeFileSync('deploy/security-headers-search.conf', nginxSecuritySnippet({ wasm: true }));
writeFileSync('deploy/security-headers-admin.conf', nginxSecuritySnippet({ admin: true }));
console.log('deploy/security-headers.conf\ndeploy/security-headers-search.conf\ndeploy/security-headers-admin.conf');
