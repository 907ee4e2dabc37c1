// What a pull request changes in the manifests: the list of changed files, and each changed
// manifest's text at the base commit (read through the API, so a shallow checkout is enough).

import type { Octokit } from './client.js';

export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  /** The head is a fork: the workflow token cannot write to the pull request. */
  fromFork: boolean;
}

export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousFilename?: string;
}

/** The pull request of a pull_request or pull_request_target event, or null. */
export function pullRequestOf(eventName: string, payload: Record<string, unknown>, repo: { owner: string; repo: string }): PullRequest | null {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return null;
  const pr = payload.pull_request as
    | { number?: number; base?: { sha?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } } }
    | undefined;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) return null;
  const fromFork = pr.head.repo?.fork === true || (pr.head.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base.repo?.full_name);
  return { ...repo, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, fromFork };
}

export async function changedFiles(octokit: Octokit, pr: PullRequest): Promise<ChangedFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  return files.map((f) => ({ filename: f.filename, status: f.status, previousFilename: f.previous_filename }));
}

/** A file's text at a commit, or null when it does not exist there. */
export async function fileAt(octokit: Octokit, pr: PullRequest, path: string, ref: string): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return null;
    if ('content' in data && typeof data.content === 'string' && data.encoding === 'base64') {
      return Buffer.from(data.content, 'base64').toString('utf8');
    }
    return null;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
