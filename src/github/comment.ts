// The pull-request comment, in the modes the action offers: one sticky comment edited in place
// (found by its hidden marker over every page), a new one each run, the old ones deleted or
// hidden (minimized through GraphQL) before a new one, or none.

import type { CommentMode } from '../constants.js';
import type { Octokit } from './client.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id?: number;
  url?: string;
  /** Earlier comments deleted or hidden. */
  removed: number;
}

interface MarkedComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
}

async function findMarked(octokit: Octokit, target: CommentTarget, marker: string): Promise<MarkedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments.filter((c) => c.body?.includes(marker));
}

async function create(octokit: Octokit, target: CommentTarget, body: string) {
  const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return data;
}

export async function postComment(
  octokit: Octokit,
  target: CommentTarget,
  body: string,
  marker: string,
  mode: Exclude<CommentMode, 'off'>,
  /** With `update`: create a comment when none exists yet (false: only keep an existing one current). */
  createIfMissing = true,
): Promise<CommentResult> {
  if (mode === 'new') {
    const data = await create(octokit, target, body);
    return { action: 'created', id: data.id, url: data.html_url, removed: 0 };
  }
  const existing = await findMarked(octokit, target, marker);
  if (mode === 'update') {
    const [first] = existing;
    if (first) {
      if (first.body === body) return { action: 'unchanged', id: first.id, url: first.html_url, removed: 0 };
      const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: first.id, body });
      return { action: 'updated', id: data.id, url: data.html_url, removed: 0 };
    }
    if (!createIfMissing) return { action: 'skipped', removed: 0 };
    const data = await create(octokit, target, body);
    return { action: 'created', id: data.id, url: data.html_url, removed: 0 };
  }
  for (const comment of existing) {
    if (mode === 'delete-and-new') {
      await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
    } else {
      await octokit.graphql(
        'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }',
        { id: comment.node_id },
      );
    }
  }
  const data = await create(octokit, target, body);
  return { action: 'created', id: data.id, url: data.html_url, removed: existing.length };
}
