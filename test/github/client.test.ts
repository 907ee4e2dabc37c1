// The GitHub client against small API servers on 127.0.0.1: what is retried (idempotent requests
// only), the deadlines, and endless pagination.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { API_MAX_PAGES, createClient, idempotent, paginateCapped } from '../../src/github/client.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

let github: GitHubServer | undefined;
let raw: Server | undefined;

afterEach(async () => {
  await github?.close();
  github = undefined;
  if (raw) await new Promise((resolve) => raw!.close(resolve));
  raw = undefined;
});

/** A server whose every answer `handle` writes; returns its URL. */
async function serve(handle: Parameters<typeof createServer>[1]): Promise<string> {
  raw = createServer(handle);
  await new Promise<void>((resolve) => raw!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
}

const target = { owner: 'acme', repo: 'models', issue_number: 7 };

describe('idempotent', () => {
  it('is true for reads, edits and GraphQL queries, false for POSTs and mutations', () => {
    expect(idempotent({ method: 'GET', url: '/repos/a/b/issues/1/comments' })).toBe(true);
    expect(idempotent({ method: 'PATCH', url: '/repos/a/b/issues/comments/1' })).toBe(true);
    expect(idempotent({ method: 'DELETE', url: '/repos/a/b/issues/comments/1' })).toBe(true);
    expect(idempotent({ method: 'POST', url: '/graphql', query: 'query { viewer { login } }' })).toBe(true);
    expect(idempotent({ method: 'POST', url: '/repos/a/b/issues/1/comments' })).toBe(false);
    expect(idempotent({ method: 'POST', url: '/graphql', query: 'mutation($id: ID!) { minimizeComment }' })).toBe(false);
  });
});

describe('createClient', () => {
  it('retries a GET that answered 502, and never a POST (it may have been done)', async () => {
    github = await startGitHubServer({ owner: 'acme', repo: 'models' });
    github.failures.push({ method: 'GET', pathIncludes: '/comments', status: 502, times: 1 });
    github.failures.push({ method: 'POST', pathIncludes: '/comments', status: 502, times: 1 });
    const log: string[] = [];
    const octokit = createClient('t', { baseUrl: github.url, retryBaseMs: 10, log: (m) => log.push(m) });

    const list = await octokit.rest.issues.listComments(target);
    expect(list.status).toBe(200);
    await expect(octokit.rest.issues.createComment({ ...target, body: 'x' })).rejects.toMatchObject({ status: 502 });

    expect(github.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(github.comments).toHaveLength(0);
    expect(log).toEqual([expect.stringMatching(/^GitHub API GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments answered 502; retrying in 0 s$/)]);
  });

  it('retries a POST the secondary rate limit refused (it was not done), after retry-after', async () => {
    github = await startGitHubServer({ owner: 'acme', repo: 'models' });
    github.failures.push({ method: 'POST', pathIncludes: '/comments', status: 403, times: 1, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit' });
    const log: string[] = [];
    const octokit = createClient('t', { baseUrl: github.url, log: (m) => log.push(m) });

    await octokit.rest.issues.createComment({ ...target, body: 'once' });
    const posts = github.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(900);
    expect(github.comments.map((c) => c.body)).toEqual(['once']);
    expect(log).toEqual([expect.stringContaining('hit the secondary rate limit; retrying in 1 s')]);
  });

  it('the API phase deadline ends a request that never answers, without retrying it', async () => {
    let arrived = 0;
    const url = await serve(() => {
      arrived += 1; // never answers
    });
    const octokit = createClient('t', { baseUrl: url, deadline: AbortSignal.timeout(300), retryBaseMs: 10 });
    const started = Date.now();
    await expect(octokit.rest.issues.listComments(target)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(arrived).toBe(1);
  });

  it('pages an endless `next` link only up to API_MAX_PAGES', async () => {
    let served = 0;
    const url = await serve((req, res) => {
      served += 1;
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
      res.writeHead(200, { 'content-type': 'application/json', link: `<${url}/repos/acme/models/issues/7/comments?per_page=100&page=${page + 1}>; rel="next"` });
      res.end(JSON.stringify([{ id: page, body: 'x' }]));
    });
    const octokit = createClient('t', { baseUrl: url });
    const { items, truncated } = await paginateCapped(octokit, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', target);
    expect(truncated).toBe(true);
    expect(items).toHaveLength(API_MAX_PAGES);
    expect(served).toBe(API_MAX_PAGES);
  }, 30_000);
});
