// A small GitHub API on 127.0.0.1 for end-to-end tests: issue comments (list with pagination,
// create, update, delete), GraphQL viewer, nodes (isMinimized) and minimizeComment, pull-request files and file contents at a
// commit. Every request is recorded and failures can be injected.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface StoredComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: string };
  minimized?: boolean;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  previous_filename?: string;
}

export interface Failure {
  method: string;
  pathIncludes: string;
  status: number;
  times: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface GitHubServer {
  url: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  /** Files of the pull request (GET /pulls/:n/files). */
  pullFiles: PullFile[];
  /** File texts by commit SHA and path (GET /contents/:path?ref=). */
  files: Map<string, Map<string, string>>;
  failures: Failure[];
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
  res.end(body === undefined ? '' : JSON.stringify(body));
}

export async function startGitHubServer(options: {
  owner: string;
  repo: string;
  comments?: StoredComment[];
  pageSize?: number;
  /** The GraphQL viewer's login (who the token acts as); null: the viewer query fails. */
  viewer?: string | null;
}): Promise<GitHubServer> {
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = options.comments ?? [];
  const failures: Failure[] = [];
  const pullFiles: PullFile[] = [];
  const files = new Map<string, Map<string, string>>();
  let nextId = 1000 + comments.length;
  const base = `/repos/${options.owner}/${options.repo}`;
  let port = 0;

  const paginate = (res: ServerResponse, url: URL, items: unknown[]) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), options.pageSize ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      headers.link = `<http://127.0.0.1:${port}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <http://127.0.0.1:${port}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`;
    }
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization, at: Date.now() });
    const failure = failures.find((f) => f.method === req.method && url.pathname.includes(f.pathIncludes) && f.times > 0);
    if (failure) {
      failure.times -= 1;
      send(res, failure.status, { message: failure.message ?? `injected ${failure.status}` }, failure.headers);
      return;
    }
    const list = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname);
    const one = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname);
    const pullFilesRoute = new RegExp(`^${base}/pulls/(\\d+)/files$`).exec(url.pathname);
    const contents = new RegExp(`^${base}/contents/(.+)$`).exec(url.pathname);
    const withUrl = (c: StoredComment) => ({ ...c, html_url: `https://github.example/c/${c.id}` });
    if (list && req.method === 'GET') return paginate(res, url, comments.map(withUrl));
    if (list && req.method === 'POST') {
      nextId += 1;
      const comment: StoredComment = { id: nextId, node_id: `IC_${nextId}`, body: (body as { body: string }).body, user: { login: options.viewer ?? 'github-actions[bot]', type: options.viewer ? 'User' : 'Bot' } };
      comments.push(comment);
      return send(res, 201, withUrl(comment));
    }
    if (one && req.method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return send(res, 200, withUrl(comment));
    }
    if (one && req.method === 'DELETE') {
      const index = comments.findIndex((c) => c.id === Number(one[1]));
      if (index < 0) return send(res, 404, { message: 'Not Found' });
      comments.splice(index, 1);
      res.writeHead(204);
      return res.end();
    }
    if (url.pathname === '/graphql' && req.method === 'POST') {
      const { query, variables } = body as { query: string; variables: { id: string; ids: string[] } };
      if (/viewer/.test(query)) {
        const viewer = options.viewer === undefined ? 'github-actions[bot]' : options.viewer;
        if (viewer === null) return send(res, 200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
        return send(res, 200, { data: { viewer: { login: viewer } } });
      }
      if (/nodes\(ids/.test(query)) {
        const nodes = variables.ids.map((id) => comments.find((c) => c.node_id === id)).map((c) => (c ? { id: c.node_id, isMinimized: c.minimized === true } : null));
        return send(res, 200, { data: { nodes } });
      }
      if (!/minimizeComment/.test(query)) return send(res, 200, { errors: [{ message: 'unsupported query' }] });
      const comment = comments.find((c) => c.node_id === variables.id);
      if (!comment) return send(res, 200, { errors: [{ message: 'Could not resolve to a node' }] });
      comment.minimized = true;
      return send(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    }
    if (pullFilesRoute && req.method === 'GET') return paginate(res, url, pullFiles);
    if (contents && req.method === 'GET') {
      const path = decodeURIComponent(contents[1]);
      const text = files.get(url.searchParams.get('ref') ?? '')?.get(path);
      if (text === undefined) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { type: 'file', path, encoding: 'base64', content: Buffer.from(text).toString('base64') });
    }
    send(res, 404, { message: `no route for ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    pullFiles,
    files,
    failures,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
