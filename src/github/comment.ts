// The pull-request comment, in the modes the action offers: one sticky comment edited in place
// (found by its hidden marker over every page), a new one each run, the old ones deleted or
// hidden (minimized through GraphQL) before a new one, or none.
//
// Only comments the token's own identity wrote, not already minimized, are ever edited, deleted
// or hidden: anyone can paste the marker into a comment of their own (as
// marocchino/sticky-pull-request-comment matches author and isMinimized, src/comment.ts).

import type { CommentMode } from '../constants.js';
import { paginateCapped, type Octokit } from './client.js';

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
  /** Things worth a warning that did not stop the comment. */
  notes: string[];
}

interface MarkedComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  user?: { login?: string } | null;
}

/** The login the workflow's GITHUB_TOKEN writes as; the GraphQL viewer of other tokens (apps, PATs) says their own. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login comments by this token carry. GraphQL's `viewer` answers for every kind of token
 * (REST's GET /user refuses installation tokens); without an answer, GITHUB_TOKEN's bot is assumed,
 * which at worst makes a second comment rather than touching someone else's.
 */
export async function tokenLogin(octokit: Octokit): Promise<{ login: string; note?: string }> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
    const login = data.viewer?.login;
    if (typeof login === 'string' && login !== '') return { login };
    return { login: ACTIONS_BOT_LOGIN, note: `the API did not say who the token acts as; comments by ${ACTIONS_BOT_LOGIN} are taken for gpu-fit's own` };
  } catch (error) {
    return { login: ACTIONS_BOT_LOGIN, note: `the API did not say who the token acts as (${(error as Error).message}); comments by ${ACTIONS_BOT_LOGIN} are taken for gpu-fit's own` };
  }
}

/** Node ids of the comments already minimized (REST does not say; GraphQL does). */
async function minimized(octokit: Octokit, comments: readonly MarkedComment[]): Promise<Set<string>> {
  const hidden = new Set<string>();
  // GraphQL's nodes() takes at most 100 ids.
  for (let i = 0; i < comments.length; i += 100) {
    const ids = comments.slice(i, i + 100).map((c) => c.node_id);
    const data = await octokit.graphql<{ nodes: Array<{ id?: string; isMinimized?: boolean } | null> }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
      { ids },
    );
    for (const node of data.nodes ?? []) if (node?.id && node.isMinimized) hidden.add(node.id);
  }
  return hidden;
}

async function findOwn(octokit: Octokit, target: CommentTarget, marker: string, notes: string[]): Promise<MarkedComment[]> {
  const { items, truncated } = await paginateCapped<MarkedComment>(octokit, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
  });
  if (truncated) notes.push(`the pull request has more comments than gpu-fit reads (${items.length}); an earlier gpu-fit comment past them is not found`);
  const marked = items.filter((c) => c.body?.includes(marker));
  if (marked.length === 0) return [];
  const identity = await tokenLogin(octokit);
  if (identity.note) notes.push(identity.note);
  const own = marked.filter((c) => c.user?.login === identity.login);
  if (own.length === 0) return [];
  const hidden = await minimized(octokit, own);
  return own.filter((c) => !hidden.has(c.node_id));
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
  const notes: string[] = [];
  if (mode === 'new') {
    const data = await create(octokit, target, body);
    return { action: 'created', id: data.id, url: data.html_url, removed: 0, notes };
  }
  const existing = await findOwn(octokit, target, marker, notes);
  if (mode === 'update') {
    const [first] = existing;
    if (first) {
      if (first.body === body) return { action: 'unchanged', id: first.id, url: first.html_url, removed: 0, notes };
      const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: first.id, body });
      return { action: 'updated', id: data.id, url: data.html_url, removed: 0, notes };
    }
    if (!createIfMissing) return { action: 'skipped', removed: 0, notes };
    const data = await create(octokit, target, body);
    return { action: 'created', id: data.id, url: data.html_url, removed: 0, notes };
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
  return { action: 'created', id: data.id, url: data.html_url, removed: existing.length, notes };
}
