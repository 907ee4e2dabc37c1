// The Hub client against a Hub on 127.0.0.1: exact checkpoint bytes from safetensors headers
// read by Range, never the weights.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHub } from '../../src/hub/hub.js';
import { QWEN25_05B_CONFIG, qwen2Tensors, repoFiles, tensorBytes } from '../helpers/checkpoints.js';
import { closedPort, startHubServer, type HubServer } from '../helpers/hub-server.js';

let hub: HubServer;

beforeEach(async () => {
  hub = await startHubServer();
});

afterEach(async () => {
  await hub.close();
});

const ID = 'acme/qwen2.5-0.5b-support';
const tensors = qwen2Tensors(QWEN25_05B_CONFIG);

describe('reading a model from the Hub', () => {
  it('reads config.json and every shard header by Range, and sums the exact bytes', async () => {
    hub.repos.set(ID, { revisions: { main: repoFiles(QWEN25_05B_CONFIG, tensors, 3) } });
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main');
    if (!('model' in answer)) throw new Error(answer.error);
    const cp = answer.model.checkpoint!;
    expect(cp.files).toBe(3);
    expect(cp.tensors).toHaveLength(tensors.length);
    expect(cp.tensors.reduce((a, t) => a + t.bytes, 0)).toBe(988_065_536); // 494,032,768 parameters × 2 bytes
    expect(cp.tensors.reduce((a, t) => a + t.bytes, 0)).toBe(tensorBytes(tensors));
    expect(cp.tensors.find((t) => t.name === 'model.embed_tokens.weight')).toEqual({ name: 'model.embed_tokens.weight', dtype: 'BF16', elements: 151936 * 896, bytes: 151936 * 896 * 2 });

    const paths = hub.requests.map((r) => `${r.path.replace(`/${ID}/resolve/main/`, '')} ${r.range ?? ''}`.trim());
    expect(paths.slice(0, 2)).toEqual(['config.json', 'model.safetensors.index.json']);
    const shardReads = hub.requests.filter((r) => r.path.endsWith('.safetensors'));
    expect(shardReads).toHaveLength(6);
    expect(shardReads.filter((r) => r.range === 'bytes=0-7')).toHaveLength(3);
    expect(shardReads.every((r) => r.status === 206)).toBe(true);
    // only headers crossed the wire: a few kB of nearly 1 GB
    const sent = [...hub.bytesSent.entries()].filter(([p]) => p.endsWith('.safetensors')).reduce((a, [, b]) => a + b, 0);
    expect(sent).toBeLessThan(100_000);
  });

  it('falls back to model.safetensors when there is no index', async () => {
    hub.repos.set(ID, { revisions: { main: repoFiles(QWEN25_05B_CONFIG, tensors, 1) } });
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main');
    if (!('model' in answer)) throw new Error(answer.error);
    expect(answer.model.checkpoint!.source).toBe(`${hub.url}/${ID}/resolve/main/model.safetensors`);
    expect(answer.model.checkpoint!.tensors.reduce((a, t) => a + t.bytes, 0)).toBe(988_065_536);
  });

  it('reads only the header from a server that ignores Range, closing the stream early', async () => {
    hub.repos.set(ID, { revisions: { main: repoFiles(QWEN25_05B_CONFIG, tensors, 1) } });
    hub.ranges = false;
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main');
    if (!('model' in answer)) throw new Error(answer.error);
    expect(answer.model.checkpoint!.tensors.reduce((a, t) => a + t.bytes, 0)).toBe(988_065_536);
    const reads = hub.requests.filter((r) => r.path.endsWith('model.safetensors'));
    expect(reads.map((r) => r.status)).toEqual([200, 200]);
    // the file is ~988 MB; the client stopped reading after the header (socket buffers aside)
    expect(hub.bytesSent.get(`/${ID}/resolve/main/model.safetensors`)!).toBeLessThan(20_000_000);
  });

  it('fetches a model once, however often it is asked for', async () => {
    hub.repos.set(ID, { revisions: { main: repoFiles(QWEN25_05B_CONFIG, tensors, 2) } });
    const client = createHub({ endpoint: hub.url });
    await Promise.all([client.model(ID, 'main'), client.model(ID, 'main'), client.model(ID, 'main')]);
    expect(hub.requests.filter((r) => r.path.endsWith('config.json'))).toHaveLength(1);
  });

  it('pins a revision and sends the token', async () => {
    hub.repos.set(ID, { gatedToken: 'hf_secret', revisions: { '0a1b2c3': repoFiles(QWEN25_05B_CONFIG, tensors, 1) } });
    const answer = await createHub({ endpoint: hub.url, token: 'hf_secret' }).model(ID, '0a1b2c3');
    expect('model' in answer).toBe(true);
    expect(hub.requests.every((r) => r.path.startsWith(`/${ID}/resolve/0a1b2c3/`) && r.authorization === 'Bearer hf_secret')).toBe(true);
  });

  it('says gated, missing or unreachable with the URL and status', async () => {
    hub.repos.set(ID, { gatedToken: 'hf_secret', revisions: { main: repoFiles(QWEN25_05B_CONFIG, tensors, 1) } });
    const client = createHub({ endpoint: hub.url, baseDelayMs: 1 });
    expect(await client.model(ID, 'main')).toMatchObject({ status: 401, code: 'GatedRepo', url: `${hub.url}/${ID}/resolve/main/config.json` });
    expect(await client.model('acme/nope', 'main')).toMatchObject({ status: 404, code: 'RepoNotFound' });
    const closed = await closedPort();
    const down = await createHub({ endpoint: `http://127.0.0.1:${closed}`, baseDelayMs: 1 }).model(ID, 'main');
    expect(down).toMatchObject({ status: 0, url: `http://127.0.0.1:${closed}/${ID}/resolve/main/config.json` });
    expect('error' in down && down.error).toMatch(/ECONNREFUSED after 4 tries/);
  });

  it('retries a 503 and a 429', async () => {
    hub.repos.set(ID, { revisions: { main: repoFiles(QWEN25_05B_CONFIG, tensors, 1) } });
    hub.failures.push({ pathIncludes: 'config.json', status: 503, times: 1 }, { pathIncludes: 'model.safetensors', status: 429, times: 1 });
    const answer = await createHub({ endpoint: hub.url, baseDelayMs: 1 }).model(ID, 'main');
    expect('model' in answer).toBe(true);
    expect(hub.requests.filter((r) => r.path.endsWith('config.json')).map((r) => r.status)).toEqual([503, 200]);
  });
});
