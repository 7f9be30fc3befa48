// /admin/config.yml: the web editor's configuration, generated from src/cms/config.ts.
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { site } from '../../site.config';
import { cmsConfig, hostedBackendFromEnv, localEditingFromEnv } from '../../cms/config';

export const GET: APIRoute = () =>
  new Response(
    `# Generated from src/cms/config.ts at build time; do not edit.\n${stringify(cmsConfig({ siteUrl: site.url, backend: hostedBackendFromEnv(process.env), local: localEditingFromEnv(process.env) }))}`,
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
