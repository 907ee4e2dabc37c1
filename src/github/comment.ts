// The sticky pull-request comment: found by its hidden marker over every page of comments,
// edited in place (skipped when unchanged), or created.

import type { getOctokit } from '@actions/github';
import type { CommentMode } from '../constants.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url?: string;
}

async function findMarked(octokit: Octokit, target: CommentTarget, marker: string) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments.find((c) => c.body?.includes(marker));
}

export async function postComment(
  octokit: Octokit,
  target: CommentTarget,
  body: string,
  marker: string,
  mode: Exclude<CommentMode, 'off'>,
): Promise<CommentResult> {
  if (mode === 'update') {
    const existing = await findMarked(octokit, target, marker);
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}
