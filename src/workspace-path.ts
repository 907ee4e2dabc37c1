// Paths a manifest names (config.json, deployment files) resolve relative to the manifest and
// must stay inside the workspace, symbolic links included: a pull request cannot make the
// action read files outside the checkout.

import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

export type WorkspacePath = { path: string; absolute: string } | { error: string; missing?: boolean };

/**
 * `written` relative to the folder of `fromFile` (both workspace-relative), checked to stay in
 * `root`. With `directoryFile`, a folder means that file inside it (config.json).
 */
export async function workspacePath(root: string, fromFile: string, written: string, field: string, directoryFile?: string): Promise<WorkspacePath> {
  if (isAbsolute(written)) return { error: `\`${field}\` must be relative to the manifest; "${written}" is absolute.` };
  let target = resolve(root, dirname(fromFile), written);
  if (!inside(root, target)) return { error: `\`${field}\` "${written}" leads out of the workspace: refused.` };
  const shown = () => relative(root, target).split(sep).join('/');
  try {
    if (directoryFile && (await stat(target)).isDirectory()) target = join(target, directoryFile);
    const real = await realpath(target);
    if (!inside(await realpath(root), real)) return { error: `\`${field}\` "${written}" follows a symbolic link out of the workspace: refused.` };
    return { path: shown(), absolute: real };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error.code === 'ENOENT') return { error: `\`${field}\` "${written}": no such file (${shown()}).`, missing: true };
    return { error: `\`${field}\` "${written}": ${error.message}.` };
  }
}

/** Workspace-relative path of `written` relative to `fromFile`'s folder, without touching the disk. */
export function joinWorkspace(fromFile: string, written: string): string {
  return join(dirname(fromFile), written).split(sep).join('/');
}
