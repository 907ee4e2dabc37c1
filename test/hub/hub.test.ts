// The Hub client against a Hub on 127.0.0.1: exact checkpoint bytes from safetensors headers
// read by Range, never the weights.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHub, MAX_SAFETENSORS_HEADER_BYTES, MAX_SHARDS } from '../../src/hub/hub.js';
import { QWEN25_05B_CONFIG, qwen2Tensors, repoFiles, tensorBytes } from '../helpers/checkpoints.js';
import { closedPort, startHubServer, type HubServer, type SafetensorsFile } from '../helpers/hub-server.js';

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

describe('a hostile Hub or model id', () => {
  /** A file whose first 8 bytes declare a header of `length` bytes (the rest is spaces). */
  const declaring = (length: number): SafetensorsFile => {
    const head = Buffer.alloc(8);
    head.writeBigUInt64LE(BigInt(length));
    return { head: Buffer.concat([head, Buffer.from(' '.repeat(4096))]), size: 8 + length, dataBytes: 0 };
  };

  it('eight shards declaring 99 MB headers: refused after their first 8 bytes, nothing more downloaded', async () => {
    const files: Record<string, string | SafetensorsFile> = { 'config.json': JSON.stringify(QWEN25_05B_CONFIG) };
    const weightMap: Record<string, string> = {};
    for (let i = 1; i <= 8; i += 1) {
      files[`model-${i}.safetensors`] = declaring(99_000_000);
      weightMap[`t${i}`] = `model-${i}.safetensors`;
    }
    files['model.safetensors.index.json'] = JSON.stringify({ weight_map: weightMap });
    hub.repos.set(ID, { revisions: { main: files } });
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main');
    expect('error' in answer && answer.error).toBe(`the safetensors header is 99000000 bytes, more than the ${MAX_SAFETENSORS_HEADER_BYTES} gpu-fit reads`);
    const sent = [...hub.bytesSent.entries()].filter(([p]) => p.endsWith('.safetensors')).reduce((a, [, b]) => a + b, 0);
    expect(sent).toBeLessThanOrEqual(8 * 8);
  });

  it('an index naming 20,000 shards is one error after two requests, not 40,002', async () => {
    const weightMap = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`t${i}`, `model-${i}.safetensors`]));
    hub.repos.set(ID, { revisions: { main: { 'config.json': JSON.stringify(QWEN25_05B_CONFIG), 'model.safetensors.index.json': JSON.stringify({ weight_map: weightMap }) } } });
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main');
    expect('error' in answer && answer.error).toBe(`the index names 20000 shards, more than the ${MAX_SHARDS} gpu-fit reads`);
    expect(hub.requests).toHaveLength(2);
  });

  it('a shard name that leaves the repository is refused before any request for it', async () => {
    hub.repos.set(ID, { revisions: { main: { 'config.json': JSON.stringify(QWEN25_05B_CONFIG), 'model.safetensors.index.json': JSON.stringify({ weight_map: { a: '../../../api/whoami-v2' } }) } } });
    const answer = await createHub({ endpoint: hub.url, token: 'hf_secret' }).model(ID, 'main');
    expect('error' in answer && answer.error).toBe('the index names a shard "../../../api/whoami-v2" that is not a file name');
    expect(hub.requests.map((r) => r.path)).toEqual([`/${ID}/resolve/main/config.json`, `/${ID}/resolve/main/model.safetensors.index.json`]);
  });

  it.each([['../../api/whoami-v2?'], ['acme/model#frag'], ['acme/model?x=1'], ['a/b/c'], ['acme/-bad'], ['acme/bad..name'], ['x'.repeat(20_000_000)]])('model id %#: no request at all', async (id) => {
    const answer = await createHub({ endpoint: hub.url, token: 'hf_secret' }).model(id, 'main');
    expect('error' in answer && answer.error).toMatch(/a Hub model id .*; nothing was requested$/);
    expect(hub.requests).toHaveLength(0);
  });

  it('a config.json past the cap is that model\'s error', async () => {
    hub.repos.set(ID, { revisions: { main: { 'config.json': `{"pad":"${' '.repeat(5 * 1024 * 1024)}"}` } } });
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main');
    expect('error' in answer && answer.error).toMatch(/^the answer is \d+ bytes, more than the 4194304 bytes gpu-fit reads$/);
  });

  it('credentials written into the endpoint go in a header, never into a URL or message', async () => {
    hub.repos.set(ID, { revisions: { main: repoFiles(QWEN25_05B_CONFIG, tensors, 1) } });
    const endpoint = hub.url.replace('http://', 'http://mirror-user:s3cret@');
    const answer = await createHub({ endpoint }).model(ID, 'main');
    if (!('model' in answer)) throw new Error(answer.error);
    expect(answer.model.configUrl).toBe(`${hub.url}/${ID}/resolve/main/config.json`);
    expect(hub.requests.every((r) => r.authorization === `Basic ${Buffer.from('mirror-user:s3cret').toString('base64')}`)).toBe(true);
    const missing = await createHub({ endpoint }).model('acme/missing', 'main');
    expect(JSON.stringify(missing)).not.toContain('s3cret');
  });
});

