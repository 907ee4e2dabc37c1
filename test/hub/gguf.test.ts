// GGUF headers from a Hub on 127.0.0.1: the model's shape and every tensor's type and bytes, read
// by gpu-fit's own reader through Range requests, never the weights; then the whole way to an
// estimate. A hostile or broken file is that deployment's error, at once.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { estimate } from '../../src/core/estimate.js';
import { ggufShardFiles } from '../../src/hub/gguf.js';
import { createHub } from '../../src/hub/hub.js';
import { modelRefs, parseManifest, resolveManifest } from '../../src/manifest/load.js';
import { createModelSource } from '../../src/models/source.js';
import { ggufFile, startHubServer, type GgufTensorSpec, type HubServer, type SafetensorsFile } from '../helpers/hub-server.js';

let hub: HubServer;

beforeEach(async () => {
  hub = await startHubServer();
});

afterEach(async () => {
  await hub.close();
});

const ID = 'acme/tiny-qwen2-GGUF';
const FILE = 'tiny-qwen2-q4_k_m.gguf';
// ggml types: F32 0, Q4_K 12 (144 B a 256-block), Q6_K 14 (210 B a 256-block)
const F32 = 0;
const Q4_K = 12;
const Q6_K = 14;
const VOCAB = 150_000;

function layer(i: number): GgufTensorSpec[] {
  const t = (name: string, type: number, ne0: number, rows: number, bytes: number): GgufTensorSpec => ({ name: `blk.${i}.${name}`, type, shape: rows === 1 ? [ne0] : [ne0, rows], bytes });
  return [
    t('attn_norm.weight', F32, 256, 1, 1024),
    t('attn_q.weight', Q4_K, 256, 256, 256 * 144),
    t('attn_q.bias', F32, 256, 1, 1024),
    t('attn_k.weight', Q4_K, 256, 128, 128 * 144),
    t('attn_k.bias', F32, 128, 1, 512),
    t('attn_v.weight', Q6_K, 256, 128, 128 * 210),
    t('attn_v.bias', F32, 128, 1, 512),
    t('attn_output.weight', Q4_K, 256, 256, 256 * 144),
    t('ffn_norm.weight', F32, 256, 1, 1024),
    t('ffn_gate.weight', Q4_K, 256, 512, 512 * 144),
    t('ffn_up.weight', Q4_K, 256, 512, 512 * 144),
    t('ffn_down.weight', Q6_K, 512, 256, 256 * 2 * 210),
  ];
}

const TENSORS: GgufTensorSpec[] = [
  { name: 'token_embd.weight', type: Q4_K, shape: [256, VOCAB], bytes: VOCAB * 144 },
  ...layer(0),
  ...layer(1),
  { name: 'output_norm.weight', type: F32, shape: [256], bytes: 1024 },
  { name: 'output.weight', type: Q6_K, shape: [256, VOCAB], bytes: VOCAB * 210 },
];

const METADATA = {
  'general.architecture': 'qwen2',
  'general.file_type': 15, // LLAMA_FTYPE_MOSTLY_Q4_K_M
  'qwen2.block_count': 2,
  'qwen2.context_length': 32768,
  'qwen2.embedding_length': 256,
  'qwen2.feed_forward_length': 512,
  'qwen2.attention.head_count': 4,
  'qwen2.attention.head_count_kv': 2,
  'qwen2.rope.freq_base': 1000000.5,
};

function serve(): void {
  hub.repos.set(ID, { revisions: { main: { [FILE]: ggufFile(METADATA, TENSORS), 'README.md': '# tiny' } } });
}

describe('a GGUF header from the Hub', () => {
  it('gives the model shape and each tensor with its own type and bytes, read by Range', async () => {
    serve();
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main', FILE);
    if (!('model' in answer)) throw new Error(answer.error);
    const header = answer.model.gguf!;
    expect(answer.model.config).toMatchObject({
      model_type: 'qwen2',
      num_hidden_layers: 2,
      hidden_size: 256,
      intermediate_size: 512,
      num_attention_heads: 4,
      num_key_value_heads: 2,
      max_position_embeddings: 32768,
      vocab_size: VOCAB,
      tie_word_embeddings: false,
    });
    expect(header.fileType).toBe('Q4_K_M');
    expect(header.tensors).toHaveLength(TENSORS.length);
    // per layer: q 36,864 + k 18,432 + v 26,880 + o 36,864 + gate 73,728 + up 73,728 + down 107,520
    // + norms 2,048 + biases 2,048 = 378,112; token_embd 21,600,000, output 31,500,000, output_norm 1,024
    expect(header.tensors.reduce((a, t) => a + t.bytes, 0)).toBe(2 * 378_112 + 21_600_000 + 31_500_000 + 1024);
    expect(header.tensors.find((t) => t.name === 'blk.1.attn_v')).toMatchObject({ layer: 1, type: 'Q6_K', ne0: 256, rows: 128, bytes: 26_880 });
    expect(header.tensors.find((t) => t.name === 'token_embd')).toMatchObject({ layer: -1, type: 'Q4_K' });
    expect(header.tensors.find((t) => t.name === 'output')).toMatchObject({ layer: 2, type: 'Q6_K' });
    const reads = hub.requests.filter((r) => r.path.endsWith(FILE));
    expect(reads.every((r) => r.range?.startsWith('bytes=0-'))).toBe(true);
    // the 53 MB of weights stay where they are: one 2 MB range
    expect(hub.bytesSent.get(`/${ID}/resolve/main/${FILE}`)!).toBeLessThan(2_100_000);
  });

  it('reads only the header from a mirror that ignores Range', async () => {
    serve();
    hub.ranges = false;
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main', FILE);
    if (!('model' in answer)) throw new Error(answer.error);
    expect(answer.model.gguf!.tensors).toHaveLength(TENSORS.length);
    expect(hub.bytesSent.get(`/${ID}/resolve/main/${FILE}`)!).toBeLessThan(20_000_000);
  });

  it('reads every shard of a split file: each lists only its own tensors', async () => {
    const first = TENSORS.slice(0, 10);
    const rest = TENSORS.slice(10);
    hub.repos.set(ID, {
      revisions: {
        main: {
          'Q4_K_M/tiny-00001-of-00002.gguf': ggufFile({ ...METADATA, 'split.no': 0, 'split.count': 2 }, first),
          'Q4_K_M/tiny-00002-of-00002.gguf': ggufFile({ 'split.no': 1, 'split.count': 2 }, rest),
        },
      },
    });
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main', 'Q4_K_M/tiny-00001-of-00002.gguf');
    if (!('model' in answer)) throw new Error(answer.error);
    expect(answer.model.gguf!.files).toBe(2);
    expect(answer.model.gguf!.tensors).toHaveLength(TENSORS.length);
    expect(answer.model.config).toMatchObject({ num_hidden_layers: 2, vocab_size: VOCAB, tie_word_embeddings: false });
    expect(hub.requests.some((r) => r.path.endsWith('/Q4_K_M/tiny-00002-of-00002.gguf'))).toBe(true);
  });

  it('says which file is missing, and that a file that is not GGUF cannot be read', async () => {
    serve();
    const source = createModelSource({ root: '/nonexistent', hub: createHub({ endpoint: hub.url, retries: 0 }), tokenHint: 'HF_TOKEN', hasToken: false, offlineHint: 'drop --offline' });
    const missing = await source.answer([{ kind: 'hub', id: ID, revision: 'main', ggufFile: 'other.gguf' }]);
    expect([...missing.values()][0]).toEqual({ error: expect.stringContaining(`"${ID}" has no file "other.gguf" on the Hub`) });
    hub.repos.set('acme/not-gguf', { revisions: { main: { 'x.gguf': 'this is not a GGUF file at all, just text padding it out'.repeat(10) } } });
    const bad = await source.answer([{ kind: 'hub', id: 'acme/not-gguf', revision: 'main', ggufFile: 'x.gguf' }]);
    expect([...bad.values()][0]).toEqual({ error: expect.stringMatching(/x\.gguf: not a GGUF file gpu-fit can read/) });
  });
});

describe('a deployment naming a .gguf file', () => {
  async function load(deployment: Record<string, unknown>) {
    serve();
    const text = JSON.stringify({ version: 1, deployments: { chat: { model: ID, gguf_file: FILE, gpu: 'RTX 3060', max_model_len: 4096, ...deployment } } });
    const parsed = parseManifest(text, 'gpu-fit.yaml');
    const source = createModelSource({ root: '/nonexistent', hub: createHub({ endpoint: hub.url }), tokenHint: 'HF_TOKEN', hasToken: false, offlineHint: 'drop --offline' });
    return resolveManifest(parsed, await source.answer(modelRefs(parsed)));
  }

  it('sizes llama.cpp from the header: every tensor but token_embd on the GPU, as ggml-cuda pads it', async () => {
    const loaded = await load({ engine: 'llama.cpp' });
    expect(loaded.failed).toEqual([]);
    const result = estimate(loaded.resolved[0].input);
    expect(result.weights.inputs).toMatchObject({ gguf_type: 'Q4_K_M', gguf_tensors: TENSORS.length, file_bytes: 53_857_248 });
    // ggml-cuda get_alloc_size: a quantized tensor whose rows are not a multiple of 512 gets one
    // more row of (512 − ne0 % 512) elements, and every buffer rounds up to 128 bytes.
    const pad = (bytes: number) => Math.ceil(bytes / 128) * 128;
    const perLayer =
      pad(1024) * 2 + // norms (F32, not padded by rows)
      pad(1024) + pad(512) * 2 + // biases
      pad(36_864 + 144) * 2 + // attn_q, attn_output (Q4_K, ne0 256: one 256-block more)
      pad(18_432 + 144) + // attn_k
      pad(26_880 + 210) + // attn_v (Q6_K)
      pad(73_728 + 144) * 2 + // ffn_gate, ffn_up
      pad(107_520); // ffn_down (ne0 512)
    expect(result.weights.bytes).toBe(2 * perLayer + pad(1024) + pad(31_500_000 + 210));
    expect(result.notes.join(' ')).toMatch(/MiB of weights stay in system RAM \(token_embd/);
  });

  it('sizes vLLM (quantization: gguf) from the GGUF blocks it keeps', async () => {
    const loaded = await load({ engine: 'vllm', dtype: 'float16' });
    expect(loaded.failed).toEqual([]);
    expect(loaded.resolved[0].input.serving.quantization).toBe('gguf');
    const result = estimate(loaded.resolved[0].input);
    // vllm gguf.py: q, k, v merged and padded to the widest row (Q6_K 210 B): 512 rows × 210;
    // gate and up: 1024 rows × 144; o 36,864; down 107,520; norms and biases (1,024 values) in
    // float16: 2,048 → 107,520 + 147,456 + 36,864 + 107,520 + 2,048 = 401,408 a layer; embeddings padded to 64
    // rows (150,016): 150,016 × 144 + 150,016 × 210; output_norm 512.
    expect(result.notes.join(' ')).toContain(`${2 * 401_408 + 150_016 * (144 + 210) + 512} bytes before tensor parallelism`);
  });

  it('refuses gguf_file for an engine that does not load GGUF, and a path that is not a .gguf file', async () => {
    const sglang = await load({ engine: 'sglang' });
    expect(sglang.failed[0].errors.map((e) => e.message).join(' ')).toMatch(/`gguf_file` is read by llama.cpp, ollama and vllm/);
    const path = await load({ engine: 'llama.cpp', gguf_file: '../model.bin' });
    expect(path.failed[0].errors.map((e) => e.message).join(' ')).toMatch(/`gguf_file` "\.\.\/model\.bin" is not a \.gguf file inside the repository/);
  });
});

describe('offline, a .gguf file of a repository the catalog knows', () => {
  it('is sized from the catalog with the type its name says', async () => {
    const text = JSON.stringify({
      version: 1,
      deployments: { chat: { model: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', gguf_file: 'Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf', engine: 'llama.cpp', gpu: 'RTX 4090', max_model_len: 8192 } },
    });
    const parsed = parseManifest(text, 'gpu-fit.yaml');
    const source = createModelSource({ root: '/nonexistent', hub: null, tokenHint: 'HF_TOKEN', hasToken: false, offlineHint: 'drop --offline' });
    const loaded = resolveManifest(parsed, await source.answer(modelRefs(parsed)));
    expect(loaded.failed).toEqual([]);
    expect(loaded.resolved[0].input.serving.quantization).toBe('Q5_K_M');
    expect(loaded.resolved[0].notes.join(' ')).toMatch(/Offline: the header of Meta-Llama-3\.1-8B-Instruct-Q5_K_M\.gguf is not read/);
    expect(estimate(loaded.resolved[0].input).weights.inputs.gguf_type).toBe('Q5_K_M');
  });
});

type Part = string | ['u32' | 'u32be' | 'u64', number | bigint] | ['str', string];

/** A file of hand-made header bytes (little-endian; text as it is, `str` with its u64 length), then `zeros` zeros. */
function rawFile(zeros: number, ...parts: Part[]): SafetensorsFile {
  const head = Buffer.concat(
    parts.map((p) => {
      if (typeof p === 'string') return Buffer.from(p);
      if (p[0] === 'str') return Buffer.concat([rawFile(0, ['u64', Buffer.byteLength(p[1])]).head, Buffer.from(p[1])]);
      const b = Buffer.alloc(p[0] === 'u64' ? 8 : 4);
      if (p[0] === 'u64') b.writeBigUInt64LE(BigInt(p[1]));
      else if (p[0] === 'u32') b.writeUInt32LE(Number(p[1]));
      else b.writeUInt32BE(Number(p[1]));
      return b;
    }),
  );
  return { head, size: head.length + zeros, dataBytes: zeros };
}

describe('a .gguf file gpu-fit cannot read', () => {
  const truncated = (() => {
    const whole = ggufFile(METADATA, TENSORS).head;
    const head = whole.subarray(0, Math.floor(whole.length / 2));
    return { head, size: head.length, dataBytes: 0 };
  })();
  const cases: Array<[string, SafetensorsFile, RegExp]> = [
    ['a truncated header', truncated, /the file ends at byte \d+, inside the header/],
    ['bad magic', rawFile(1000, 'GGML', ['u32', 3], ['u64', 0], ['u64', 0]), /does not start with "GGUF"/],
    ['version 1', rawFile(1000, 'GGUF', ['u32', 1], ['u32', 0], ['u32', 0]), /GGUF version 1 .*llama\.cpp no longer loads it/],
    ['big-endian', rawFile(1000, 'GGUF', ['u32be', 3], ['u64', 0], ['u64', 0]), /big-endian/],
    ['a string length of 2^60', rawFile(50_000_000, 'GGUF', ['u32', 3], ['u64', 0], ['u64', 1], ['u64', 2n ** 60n]), /is 1152921504606846976: more than fit in the 67108864 bytes/],
    ['an array of 10^12 entries', rawFile(50_000_000, 'GGUF', ['u32', 3], ['u64', 0], ['u64', 1], ['str', 'a'], ['u32', 9], ['u32', 0], ['u64', 10n ** 12n]), /metadata "a" at byte 41 is 1000000000000/],
    ['10^7 tensors', rawFile(50_000_000, 'GGUF', ['u32', 3], ['u64', 10 ** 7], ['u64', 0]), /the tensor count at byte 8 is 10000000/],
    ['10^6 tensors over 50 MB of zeros', rawFile(50_000_000, 'GGUF', ['u32', 3], ['u64', 10 ** 6], ['u64', 0]), /tensor "" appears twice/],
  ];

  it.each(cases)('%s: that deployment\'s error, in bounded time, and the other deployment is sized', async (_, bad, message) => {
    serve();
    hub.repos.set('acme/bad-GGUF', { revisions: { main: { 'bad.gguf': bad } } });
    const text = JSON.stringify({
      version: 1,
      deployments: {
        bad: { model: 'acme/bad-GGUF', gguf_file: 'bad.gguf', engine: 'llama.cpp', gpu: 'RTX 3060', max_model_len: 4096 },
        good: { model: ID, gguf_file: FILE, engine: 'llama.cpp', gpu: 'RTX 3060', max_model_len: 4096 },
      },
    });
    const started = performance.now();
    const parsed = parseManifest(text, 'gpu-fit.yaml');
    const source = createModelSource({ root: '/nonexistent', hub: createHub({ endpoint: hub.url, retries: 0 }), tokenHint: 'HF_TOKEN', hasToken: false, offlineHint: 'drop --offline' });
    const loaded = resolveManifest(parsed, await source.answer(modelRefs(parsed)));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(loaded.failed.map((f) => f.name)).toEqual(['bad']);
    const error = loaded.failed[0].errors.map((e) => e.message).join(' ');
    expect(error).toMatch(/bad\.gguf: not a GGUF file gpu-fit can read/);
    expect(error).toMatch(message);
    expect(loaded.resolved.map((r) => r.name)).toEqual(['good']);
    // the first range at most: no count in a header makes gpu-fit read on
    expect(hub.bytesSent.get('/acme/bad-GGUF/resolve/main/bad.gguf') ?? 0).toBeLessThanOrEqual(2_000_000);
  });

  it('names the shards of a split file as gguf-split writes them, and takes other names as one file', () => {
    expect(ggufShardFiles('Q4_K_M/m-00002-of-00003.gguf')).toEqual(['Q4_K_M/m-00001-of-00003.gguf', 'Q4_K_M/m-00002-of-00003.gguf', 'Q4_K_M/m-00003-of-00003.gguf']);
    expect(ggufShardFiles('m-00001-of-00001.gguf')).toEqual(['m-00001-of-00001.gguf']);
    for (const one of ['m.gguf', 'm-1-of-3.gguf', 'm-00001-of-00000.gguf', 'm-00004-of-00003.gguf', 'm-00001-of-00003.bin']) expect(ggufShardFiles(one)).toEqual([one]);
  });

  it('a split file of more shards than gpu-fit reads is refused before any request', async () => {
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main', 'big-00001-of-99999.gguf');
    expect(answer).toMatchObject({ error: 'a file split in 99999 shards: gpu-fit reads up to 1000' });
    expect(hub.requests).toEqual([]);
  });
});

describe('a GGUF header longer than the first range', () => {
  const tokens = Array.from({ length: 400_000 }, (_, i) => `token-${i}`);
  const big = () => hub.repos.set(ID, { revisions: { main: { [FILE]: ggufFile({ ...METADATA, 'tokenizer.ggml.tokens': tokens }, TENSORS) } } });

  it('is read in growing ranges, each from where the last ended, and no further than the header and one range', async () => {
    big();
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main', FILE);
    if (!('model' in answer)) throw new Error(answer.error);
    expect(answer.model.gguf!.tensors).toHaveLength(TENSORS.length);
    const ranges = hub.requests.filter((r) => r.path.endsWith(FILE)).map((r) => r.range);
    expect(ranges).toEqual(['bytes=0-1999999', 'bytes=2000000-3999999', 'bytes=4000000-7999999']);
    expect(hub.bytesSent.get(`/${ID}/resolve/main/${FILE}`)!).toBe(8_000_000);
  });

  it('from a server that answers a later range with the file\'s first bytes: an error, not garbage', async () => {
    big();
    hub.rangesFromStart = true;
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main', FILE);
    expect(answer).toMatchObject({ error: 'asked for bytes from 2000000, the server sent bytes from 0' });
  });

  it('from a mirror that ignores Range: each read stops at its range\'s end', async () => {
    big();
    hub.ranges = false;
    const answer = await createHub({ endpoint: hub.url }).model(ID, 'main', FILE);
    if (!('model' in answer)) throw new Error(answer.error);
    expect(answer.model.gguf!.tensors).toHaveLength(TENSORS.length);
    // 2 + 4 + 8 MB read from the start, of a 60 MB file; the server writes ahead into the socket
    // a few MB past each before the read closes it
    expect(hub.requests.filter((r) => r.path.endsWith(FILE)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(hub.bytesSent.get(`/${ID}/resolve/main/${FILE}`)!).toBeLessThan(40_000_000);
  });
});

describe('GGUF architecture names', () => {
  // Qwen3-VL's text GGUF is Qwen3's text model renamed (ollama convert_qwen3vl.go: KV() starts from
  // the Qwen3 model's keys and overrides general.architecture with qwen3vl / qwen3vlmoe).
  it('reads qwen3vl and qwen3vlmoe as the Qwen3 text models they are', async () => {
    const { ggufConfig } = await import('../../src/hub/gguf.js');
    const shape = (arch: string) =>
      ggufConfig({
        metadata: { 'general.architecture': arch, [`${arch}.block_count`]: 36, [`${arch}.embedding_length`]: 4096, [`${arch}.attention.head_count`]: 32, [`${arch}.attention.head_count_kv`]: 8, [`${arch}.attention.key_length`]: 128 },
        tensors: [{ name: 'token_embd.weight', shape: [4096, 151936], type: 0, offset: 0 }],
      });
    expect(shape('qwen3vl')).toMatchObject({ model_type: 'qwen3', num_hidden_layers: 36, num_key_value_heads: 8, head_dim: 128, vocab_size: 151936 });
    expect(shape('qwen3vlmoe').model_type).toBe('qwen3_moe');
  });
});
