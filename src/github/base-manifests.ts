// The manifests as they are at a pull request's base commit: unchanged files are the head's own
// text; changed, renamed and deleted ones (from the list of changed files) are read at the base
// SHA through the API.

import type { ManifestText } from '../check.js';
import { compileGlobs, matches } from '../manifest/glob.js';
import type { Octokit } from './client.js';
import { fileAt, type ChangedFile, type PullRequest } from './pull-request.js';

export interface BaseManifests {
  texts: ManifestText[];
  /** head file → base file, for manifests the pull request renamed. */
  renamed: Map<string, string>;
}

/**
 * Paths in the pull request are repository-relative; manifests are relative to working-directory
 * (normalized by the inputs: `.` or `deploy/eu`, never `./deploy/`).
 */
function toWorkspace(path: string, workingDirectory: string): string | null {
  const prefix = workingDirectory === '.' ? '' : `${workingDirectory}/`;
  if (!path.startsWith(prefix)) return null;
  return path.slice(prefix.length);
}

export async function baseManifests(
  octokit: Octokit,
  pr: PullRequest,
  changes: readonly ChangedFile[],
  head: readonly ManifestText[],
  patterns: readonly string[],
  workingDirectory: string,
): Promise<BaseManifests> {
  const globs = compileGlobs(patterns);
  const isManifest = (path: string | null): path is string => path !== null && matches(globs, path);
  const repoPath = (file: string) => (workingDirectory === '.' ? file : `${workingDirectory}/${file}`);
  const byHeadPath = new Map(changes.map((c) => [toWorkspace(c.filename, workingDirectory), c]));
  const texts: ManifestText[] = [];
  const renamed = new Map<string, string>();
  for (const manifest of head) {
    const change = byHeadPath.get(manifest.file);
    if (!change) {
      texts.push(manifest); // untouched by the pull request
      continue;
    }
    if (change.status === 'added' || change.status === 'copied') continue;
    const previous = change.status === 'renamed' && change.previousFilename ? toWorkspace(change.previousFilename, workingDirectory) : manifest.file;
    if (!previous) continue;
    if (previous !== manifest.file) renamed.set(manifest.file, previous);
    const text = await fileAt(octokit, pr, repoPath(previous), pr.baseSha);
    if (text !== null) texts.push({ file: previous, text });
  }
  // Manifests the pull request deleted.
  for (const change of changes) {
    const path = toWorkspace(change.filename, workingDirectory);
    if (change.status !== 'removed' || !isManifest(path)) continue;
    const text = await fileAt(octokit, pr, change.filename, pr.baseSha);
    if (text !== null) texts.push({ file: path, text });
  }
  return { texts, renamed };
}
