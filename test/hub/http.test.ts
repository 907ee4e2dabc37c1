// Hub HTTP against hostile servers on 127.0.0.1: a deadline on every request (a trickling body
// included), a byte cap on every body, and budgets of requests and bytes.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { get, getJson, getRange, HttpBudget, type HttpOptions } from '../../src/hub/http.js';

let server: Server | undefined;
let requests = 0;

afterEach(async () => {
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server!.close(resolve));
  server = undefined;
  requests = 0;
});

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer((req, res) => {
    requests += 1;
    handle(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
}

const options = (extra: Partial<HttpOptions> = {}): HttpOptions => ({ retries: 1, baseDelayMs: 10, maxDelayMs: 100, headers: {}, timeoutMs: 500, ...extra });

describe('deadlines', () => {
  it('a body that trickles one byte at a time is cut off at the deadline, each try', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    await expect(getJson(url, options())).rejects.toThrow(/no complete answer within 0\.5 s while reading the answer/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('headers that never come: the try ends at its deadline and is retried, then fails', async () => {
    const url = await serve(() => undefined);
    await expect(get(url, options())).rejects.toThrow(/no complete answer within 0\.5 s after 2 tries/);
    expect(requests).toBe(2);
  });

  it('a model\'s deadline also ends the waits between tries', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(503, { 'retry-after': '30' });
      res.end();
    });
    const started = Date.now();
    await expect(get(url, options({ retries: 5, maxDelayMs: 30_000, signal: AbortSignal.timeout(300) }))).rejects.toThrow(/HTTP 503/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('byte caps', () => {
  it('refuses a body whose Content-Length is past the cap without reading it', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(3 * 1024 ** 3) });
      res.write('{"a":1');
    });
    await expect(getJson(url, options(), 1024)).rejects.toThrow('the answer is 3221225472 bytes, more than the 1024 bytes gpu-fit reads');
  });

  it('stops reading a body without Content-Length once it passes the cap', async () => {
    let sent = 0;
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const push = () => {
        while (sent < 1024 ** 3 && res.write(chunk)) sent += chunk.length;
      };
      res.on('drain', push);
      push();
    });
    await expect(getJson(url, options({ timeoutMs: 5000 }), 1024 * 1024)).rejects.toThrow('more than the 1048576 bytes gpu-fit reads');
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('budgets', () => {
  it('counts requests and bytes, here and in the parent, and stops past either', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '8' });
      res.end('12345678');
    });
    const run = new HttpBudget({ requests: 3, bytes: 1000, what: 'for the run' });
    const model = new HttpBudget({ requests: 100, bytes: 20, what: 'for acme/x' }, run);
    await getRange(url, 0, 8, options({ budget: model }));
    await getRange(url, 0, 8, options({ budget: model }));
    await expect(getRange(url, 0, 8, options({ budget: model }))).rejects.toThrow('reading bytes 0-8 would pass the 20 bytes for acme/x: gpu-fit stops there');
    const other = new HttpBudget({ requests: 100, bytes: 1000, what: 'for acme/y' }, run);
    await getRange(url, 0, 8, options({ budget: other }));
    await expect(getRange(url, 0, 8, options({ budget: other }))).rejects.toThrow('more than 3 requests for the run: gpu-fit stops there');
    expect(requests).toBe(3);
  });
});
