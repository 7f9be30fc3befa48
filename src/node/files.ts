/**
 * The project's one directory walker (Node only; src/lib/ stays pure). It never
 * follows a symbolic link: a link in content/ or public/ could point anywhere on
 * the build machine (/etc/passwd), so links are reported, not read, and callers
 * refuse them.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface WalkResult {
  /** Regular files, relative to the walked folder, with forward slashes, sorted. */
  files: string[];
  /** Symbolic links (to files or folders), relative, never followed. */
  symlinks: string[];
  /** Anything else that is neither file nor folder (sockets, devices, FIFOs). */
  others: string[];
}

/** Every regular file under `dir` (recursively), without following links; a missing folder is empty. */
export function walkFiles(dir: string, options: { skipDir?: (relative: string) => boolean } = {}): WalkResult {
  const result: WalkResult = { files: [], symlinks: [], others: [] };
  const visit = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      // Dirent types come from lstat: a link is reported as a link, whatever it points to.
      if (entry.isSymbolicLink()) result.symlinks.push(rel);
      else if (entry.isDirectory()) {
        if (!options.skipDir?.(rel)) visit(rel);
      } else if (entry.isFile()) result.files.push(rel);
      else result.others.push(rel);
    }
  };
  visit('');
  for (const list of Object.values(result)) list.sort();
  return result;
}

/** True when `path` exists and is a regular file (a symbolic link is not). */
export function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
