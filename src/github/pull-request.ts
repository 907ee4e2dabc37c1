// What a pull request changes in the manifests: the list of changed files, and each changed
// manifest's text at the base commit (read through the API, so a shallow checkout is enough).

import { MAX_FILE_BYTES } from '../constants.js';
import { paginateCapped, type Octokit } from './client.js';

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

const isSha = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value);

/** The pull request of a pull_request or pull_request_target event, or null (also when the payload is not shaped like one). */
export function pullRequestOf(eventName: string, payload: Record<string, unknown>, repo: { owner: string; repo: string }): PullRequest | null {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return null;
  const pr = payload.pull_request as
    | { number?: unknown; base?: { sha?: unknown; repo?: { full_name?: unknown } }; head?: { sha?: unknown; repo?: { full_name?: unknown; fork?: unknown } } }
    | undefined;
  if (typeof pr !== 'object' || pr === null) return null;
  const number = pr.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return null;
  const baseSha = pr.base?.sha;
  const headSha = pr.head?.sha;
  if (!isSha(baseSha) || !isSha(headSha)) return null;
  const headName = pr.head?.repo?.full_name;
  const fromFork = pr.head?.repo?.fork === true || (headName !== undefined && headName !== pr.base?.repo?.full_name);
  return { ...repo, number, baseSha, headSha, fromFork };
}

export async function changedFiles(octokit: Octokit, pr: PullRequest): Promise<ChangedFile[]> {
  const { items, truncated } = await paginateCapped<{ filename: string; status: ChangedFile['status']; previous_filename?: string }>(
    octokit,
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    { owner: pr.owner, repo: pr.repo, pull_number: pr.number },
  );
  // A partial list would compare some changed manifests with their head text: no diff rather than a wrong one.
  if (truncated) throw new Error(`the pull request lists more changed files than gpu-fit reads (${items.length})`);
  return items.map((f) => ({ filename: f.filename, status: f.status, previousFilename: f.previous_filename }));
}

/** A file's text at a commit, or null when it does not exist there. */
export async function fileAt(octokit: Octokit, pr: PullRequest, path: string, ref: string): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return null;
    if ('content' in data && typeof data.content === 'string' && data.encoding === 'base64') {
      // base64 is 4 characters per 3 bytes: refuse before decoding.
      if (data.content.length > (MAX_FILE_BYTES / 3) * 4 + 4096) throw new Error(`${path} at ${ref} is larger than ${MAX_FILE_BYTES} bytes`);
      return Buffer.from(data.content, 'base64').toString('utf8');
    }
    return null;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
