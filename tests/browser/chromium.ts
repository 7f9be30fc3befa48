// Re-exported for TypeScript callers; the logic lives in scripts/chromium-path.mjs.
export { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium-path.mjs';
