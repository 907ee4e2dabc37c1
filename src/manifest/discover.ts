// Finds manifest files under a folder by glob, the way the action and the CLI both search.

import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compileGlobs, matches } from './glob.js';

/** Folders never searched: dependencies and VCS data hold no manifests of the user's own. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** GitHub workflows live here; a workflow named gpu-fit.yml is not a manifest. */
const WORKFLOWS = '.github/workflows';

export async function findManifests(root: string, patterns: readonly string[]): Promise<string[]> {
  const set = compileGlobs(patterns);
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = join(dir, entry.name);
      // Symbolic links are not followed: a link could leave the workspace or loop.
      if (entry.isDirectory()) {
        const rel = relative(root, full).split(sep).join('/');
        if (!SKIPPED_FOLDERS.has(entry.name) && !rel.endsWith(WORKFLOWS)) await walk(full);
      } else if (entry.isFile()) {
        const rel = relative(root, full).split(sep).join('/');
        if (matches(set, rel)) found.push(rel);
      }
    }
  };
  await walk(root);
  return found.sort();
}
