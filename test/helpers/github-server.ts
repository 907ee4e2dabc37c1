// A small GitHub REST API on 127.0.0.1 for end-to-end tests: issue comments (list with
// pagination, create, update), with every request recorded and failures injectable.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface GitHubServer {
  url: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  /** Answer the next requests matching method+path prefix with this status instead. */
  failures: Array<{ method: string; pathIncludes: string; status: number; times: number; headers?: Record<string, string> }>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data ? JSON.parse(data) : undefined));
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startGitHubServer(options: { owner: string; repo: string; comments?: StoredComment[]; pageSize?: number }): Promise<GitHubServer> {
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = options.comments ?? [];
  const failures: GitHubServer['failures'] = [];
  let nextId = 1000 + comments.length;
  const base = `/repos/${options.owner}/${options.repo}`;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization });
    const failure = failures.find((f) => f.method === req.method && url.pathname.includes(f.pathIncludes) && f.times > 0);
    if (failure) {
      failure.times -= 1;
      send(res, failure.status, { message: `injected ${failure.status}` }, failure.headers);
      return;
    }
    const list = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname);
    const one = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (list && req.method === 'GET') {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), options.pageSize ?? 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(comments.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const address = server.address() as AddressInfo;
        headers.link = `<http://127.0.0.1:${address.port}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <http://127.0.0.1:${address.port}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`;
      }
      send(res, 200, slice.map((c) => ({ ...c, html_url: `https://github.example/c/${c.id}` })), headers);
      return;
    }
    if (list && req.method === 'POST') {
      const comment = { id: (nextId += 1), body: (body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
      comments.push(comment);
      send(res, 201, { ...comment, html_url: `https://github.example/c/${comment.id}` });
      return;
    }
    if (one && req.method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      send(res, 200, { ...comment, html_url: `https://github.example/c/${comment.id}` });
      return;
    }
    send(res, 404, { message: `no route for ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    failures,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
