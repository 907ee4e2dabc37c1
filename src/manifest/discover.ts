// Finds manifest files under a folder by glob, the way the action and the CLI both search. What
// it cannot read (a folder without permission) or will not follow (a symbolic link) is a warning
// naming it: one such path never stops the search of the others.

import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compileGlobs, matches, mayMatchUnder } from './glob.js';

/** Folders never searched: dependencies and VCS data hold no manifests of the user's own. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** GitHub workflows live here; a workflow named gpu-fit.yml is not a manifest. */
const WORKFLOWS = '.github/workflows';

export async function findManifests(root: string, patterns: readonly string[], warnings: string[] = []): Promise<string[]> {
  const set = compileGlobs(patterns);
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      const rel = relative(root, dir).split(sep).join('/') || '.';
      warnings.push(`gpu-fit could not read the folder ${rel} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): manifests under it were not checked.`);
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !rel.endsWith(WORKFLOWS)) await walk(full);
      } else if (entry.isFile()) {
        if (matches(set, rel)) found.push(rel);
      } else if (entry.isSymbolicLink() && (matches(set, rel) || (mayMatchUnder(set, rel) && !SKIPPED_FOLDERS.has(entry.name)))) {
        // Symbolic links are not followed: a link could leave the workspace or loop. One the
        // patterns could match (a manifest, or a folder that may hold some) is said.
        warnings.push(`${rel} is a symbolic link: gpu-fit does not follow links (one could leave the workspace or loop), so nothing through it was checked. Point the patterns at what it links to.`);
      }
    }
  };
  await walk(root);
  return found.sort();
}
