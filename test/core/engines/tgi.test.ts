import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../../src/core/engine-version.js';
import { estimate } from '../../../src/core/estimate.js';
import { defaultPrefillTokens, tgiBlockSize, warmupRequests, wiggleRoom } from '../../../src/core/engines/tgi.js';
import { judge } from '../../../src/core/verdict.js';
import { input } from '../../helpers/inputs.js';

describe('TGI release rules', () => {
  it('keeps the wiggle room of each release (flash_causal_lm.py, models/globals.py TGI_WIGGLE_ROOM)', () => {
    expect(wiggleRoom(parseVersion('1.4.5'))).toBe(0.95);
    expect(wiggleRoom(parseVersion('2.2.0'))).toBe(0.95);
    expect(wiggleRoom(parseVersion('2.4.0'))).toBe(0.9);
    expect(wiggleRoom(parseVersion('3.0.1'))).toBe(0.95);
    expect(wiggleRoom(parseVersion('3.2.3'))).toBe(0.93);
    expect(wiggleRoom(parseVersion('3.3.7'))).toBe(0.9);
    expect(wiggleRoom(undefined)).toBe(0.9);
  });

  it('sizes blocks by the attention the launcher picks (resolve_attention, BLOCK_SIZE)', () => {
    expect(tgiBlockSize(parseVersion('2.2.0'), 128, '8.6')).toBe(16);
    expect(tgiBlockSize(parseVersion('2.4.0'), 128, '8.0')).toBe(1);
    expect(tgiBlockSize(parseVersion('2.4.0'), 128, '7.5')).toBe(16);
    expect(tgiBlockSize(parseVersion('3.3.0'), 96, '9.0')).toBe(256);
  });

  it('warms up with requests of max_input_tokens, the last truncated (router client warmup)', () => {
    // 2.x defaults for max_total_tokens 4096: max_input_tokens 4095, max_batch_prefill_tokens 4145
    expect(warmupRequests(4145, 4095)).toEqual([4095, 50]);
    expect(warmupRequests(8192, 4096)).toEqual([4096, 4096]);
  });

  it('defaults max_batch_prefill_tokens to max_input_tokens + 50 in 2.x and to the compute-optimal size in 3.x', () => {
    const llama = input('meta-llama/Llama-3.1-8B-Instruct', 'A100 80GB SXM4', { engine: 'tgi' });
    expect(defaultPrefillTokens(parseVersion('2.4.0'), 10048, llama)).toBe(10098);
    // Config::flop per layer: TGI counts q, attn and o with num_heads (3 × 2·32·128·4096 = 100,663,296), k and v with
    // num_key_value_heads (2 × 2·8·128·4096 = 16,777,216) and 2·3·4096·14336 = 352,321,536 for the MLP:
    // 469,762,048 × 32 layers = 15,032,385,536 FLOPs a token; 312 TFLOP/s / that = 20,755 tokens.
    expect(defaultPrefillTokens(parseVersion('3.3.0'), 131071, llama)).toBe(20_755);
  });
});

describe('TGI warm-up and KV budget', () => {
  it('adds the warm-up blocks back to the blocks the free memory holds (v2.2, A10G)', () => {
    const result = estimate(
      input('meta-llama/Llama-3.1-8B-Instruct', 'A10G', { engine: 'tgi', engineVersion: '2.2.0', dtype: 'float16', maxModelLen: 4096, maxNumBatchedTokens: 4145 }),
    );
    // CUDA total 23,653,777,408 (the A10G's nvidia-smi total less the catalog's median driver
    // reservation: no CUDA total of its own is on a public page) − context 419,430,400
    // − weights 16,060,522,496
    // − warm-up KV: 2 requests × 256 blocks of 16 tokens × 131,072 B = 1,073,741,824
    // − forward 4145 × (2·4096 + 3·14336) × 2 B = 424,448,000
    // − logits and their log_softmax copy 2 × 4145 × 128,256 × 2 B = 2,126,484,480
    // = 3,549,150,208 B free; × 0.95 / 2,097,152 B a block = 1,607 blocks, + 512 = 2,119 blocks × 16
    expect(result.kvCache.inputs.warmup_blocks).toBe(512);
    expect(result.activations.inputs.logits_bytes).toBe(2_126_484_480);
    expect(result.kvCacheCapacityTokens).toBe(33_904);
    expect(result.kvCachePoolBytes).toBe(2_119 * 2_097_152);
    expect(result.startupError).toBeUndefined();
  });

  it('writes log_softmax in place from v2.4 and gathers the vocabulary beside each shard', () => {
    const at = (version: string) =>
      estimate(input('meta-llama/Llama-3.1-70B-Instruct', 'A100 80GB SXM4', { engine: 'tgi', engineVersion: version, tensorParallelSize: 2, maxModelLen: 10049, maxNumBatchedTokens: 10049 }));
    // 10,049 × 128,256 × 2 B = 2,577,689,088 per copy: 1 + 1/2 (the shard) from v2.4 (PR #2661), + 1 before
    expect(at('2.4.0').activations.inputs.logits_bytes).toBe(3_866_533_632);
    expect(at('2.3.1').activations.inputs.logits_bytes).toBe(6_444_222_720);
  });

  it('refuses when the warm-up batch does not fit: "Not enough memory to handle N prefill tokens"', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { engine: 'tgi', maxModelLen: 131072 }));
    // 3.x default prefill on an L4: 121 TFLOP/s / 15,032,385,536 = 8,049 tokens, one request holding 131,072 tokens of KV (16 GiB)
    expect(result.startupError).toBe('Not enough memory to handle 8049 prefill tokens. You need to decrease `--max-batch-prefill-tokens`');
    expect(result.startupErrorField).toBe('max_num_batched_tokens');
  });

  it('starts whenever the warm-up fits: its blocks, added back, already hold max_total_tokens', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'A10G', { engine: 'tgi', maxModelLen: 32768, maxNumBatchedTokens: 1024 }));
    expect(result.startupError).toBeUndefined();
    expect(result.kvCacheCapacityTokens!).toBeGreaterThanOrEqual(32768);
  });

  it('reserves (1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) of the total from v3', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'A10G', { engine: 'tgi', maxModelLen: 4096, gpuMemoryUtilization: 0.9 }));
    expect(result.overhead.inputs).toMatchObject({ cuda_memory_fraction: 0.9, wiggle_room: 0.9 });
    expect(result.overhead.bytes).toBe(Math.round(419_430_400 + (1 - 0.81) * 23_653_777_408));
  });

  it('takes 2.x\'s own default max_total_tokens, min(max_position_embeddings, 4096), when none is given', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'A10G', { engine: 'tgi', engineVersion: '2.2.0', dtype: 'float16', maxModelLen: 131072, maxModelLenDefault: true }));
    // launcher main.rs: max_total_tokens 4096, max_input_tokens 4095, max_batch_prefill_tokens 4145: the tgi-t1 set-up above
    expect(result.kvCache.inputs.max_model_len).toBe(4096);
    expect(result.activations.inputs.max_batch_prefill_tokens).toBe(4145);
    expect(result.kvCacheCapacityTokens).toBe(33_904);
  });

  it('lets 3.x set max_total_tokens from its blocks when none is given: tight, with the longest request', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'A10G', { engine: 'tgi', maxModelLen: 131072, maxModelLenDefault: true }));
    // warm-up of 8,315 prefill tokens (125 TFLOP/s / 15,032,385,536), one request asking one new token
    expect(result.kvCache.inputs.warmup_blocks).toBe(8316);
    expect(result.startupError).toBeUndefined();
    const cap = result.kvCacheCapacityTokens!;
    expect(cap).toBeLessThan(131072);
    expect(result.limitation).toContain(`sets max_total_tokens to ${cap}`);
    expect(judge(result, 0).verdict).toBe('tight');
  });
});

