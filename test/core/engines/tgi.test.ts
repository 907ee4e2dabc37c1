import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../../src/core/engine-version.js';
import { estimate } from '../../../src/core/estimate.js';
import {
  defaultPrefillTokens,
  logitsMode,
  tgiBlockSize,
  tgiForwardPeak,
  vramMaximum,
  warmupBlocks,
  warmupRequests,
  warmupReserve,
  wiggleRoom,
} from '../../../src/core/engines/tgi.js';
import { judge } from '../../../src/core/verdict.js';
import { catalogArch, input } from '../../helpers/inputs.js';

const LLAMA_8B = 'meta-llama/Llama-3.1-8B-Instruct';
const LLAMA_70B = 'meta-llama/Llama-3.1-70B-Instruct';

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

  it('gives each warm-up request ceil((input + max_new_tokens − 1) / block_size) blocks (from_tokenized)', () => {
    // max_total_tokens 10000 with flashinfer's 1-token blocks: 9999 + 1 − 1 and 50 + 9950 − 1 = 9999 each
    expect(warmupBlocks([9999, 50], 10000, 1)).toBe(19_998);
    // 16-token blocks: 4095 + 1 − 1 = 4095 → 256, 50 + 4046 − 1 = 4095 → 256
    expect(warmupBlocks([4095, 50], 4096, 16)).toBe(512);
    // no max_total_tokens (2.4.1+): one new token a request, so the prompt alone
    expect(warmupBlocks([8315], undefined, 1)).toBe(8315);
  });

  it('computes logits for every prompt token up to 2.4 and only the last ones from 3.0 (REQUEST_LOGPROBS)', () => {
    expect(logitsMode(parseVersion('2.2.0'))).toBe('copy');
    expect(logitsMode(parseVersion('2.4.1'))).toBe('in-place');
    expect(logitsMode(parseVersion('3.0.0'))).toBe('last-token');
    expect(logitsMode(undefined)).toBe('last-token');
  });

  it('defaults max_batch_prefill_tokens per release: + 50 to 2.4.0, 4096 in 2.4.1, compute-optimal from 3.0', () => {
    const llama = input(LLAMA_8B, 'A100 80GB SXM4', { engine: 'tgi' });
    expect(defaultPrefillTokens(parseVersion('2.4.0'), 10048, llama)).toBe(10098);
    expect(defaultPrefillTokens(parseVersion('2.4.1'), 10048, llama)).toBe(4096);
    // Config::flop per layer: TGI counts q, attn and o with num_heads (3 × 2·32·128·4096 = 100,663,296), k and v with
    // num_key_value_heads (2 × 2·8·128·4096 = 16,777,216) and 2·3·4096·14336 = 352,321,536 for the MLP:
    // 469,762,048 × 32 layers = 15,032,385,536 FLOPs a token; 312 TFLOP/s / that = 20,755 tokens.
    expect(defaultPrefillTokens(parseVersion('3.3.0'), 131071, llama)).toBe(20_755);
  });

  it('caps the 3.x default prefill by the launcher\'s own VRAM estimate (vram_maximum)', () => {
    // A10G, nvidia-smi 24,146,608,128 B × 0.95 = 22,939,277,721;
    // model_vram = 2 × (32 × (3·14336·4096 + (32 + 2·8)·128 + 32·128·4096) + 2·4096·128256) = 14,449,770,496
    // (TGI leaves attention's q/k/v without × hidden); token_vram = 8·2·128·2·32 + (14336 + 7168)·1·2·3 = 260,096
    // → (22,939,277,721 − 14,449,770,496) / 260,096 = 32,639 tokens
    expect(vramMaximum(input(LLAMA_8B, 'A10G', { engine: 'tgi' }))).toBe(32_639);
    // a quantized checkpoint has no estimate (the launcher returns None)
    const awq = input(LLAMA_8B, 'A10G', { engine: 'tgi' });
    expect(vramMaximum({ ...awq, model: { ...awq.model, quantizationConfig: { quant_method: 'awq' } } })).toBeUndefined();
  });
});

describe('TGI warm-up through PyTorch\'s caching allocator', () => {
  it('holds the layer\'s seven hidden-sized tensors and the unfused MLP at the forward peak', () => {
    // Llama-3.1-8B, 4145 tokens, one shard: max(7·4096 + 4·14336, 8·4096 + 3·14336) = 86,016 values a token
    // × 2 B × 4145 = 713,072,640 B
    expect(tgiForwardPeak(catalogArch(LLAMA_8B), 4145, 1, 2)).toBe(713_072_640);
    // Llama-3.1-70B on 2 shards, 10049 tokens: 7·8192 + 4·(28672 / 2) = 114,688 × 2 B × 10049
    expect(tgiForwardPeak(catalogArch(LLAMA_70B), 10_049, 2, 2)).toBe(2_304_999_424);
  });

  it('keeps the forward and both logits copies cached when they fit (2.2, one shard)', () => {
    const reserve = warmupReserve(6_100_082_688, 713_072_640, 1_063_242_240, 1, false, 'copy');
    // 713,072,640 + 2 × 1,063,242,240 = 2,839,557,120, below the room: nothing released
    expect(reserve).toMatchObject({ reserved: 2_839_557_120, released: false, fits: true, logitCopies: 2 });
  });

  it('frees its cached blocks when a gathered log_softmax copy does not fit, then keeps only the live ones (2.4, 2 shards)', () => {
    // room 10,602,987,520; forward 2,304,999,424 (cached); world_out L = 2,577,689,088; gather buffer L/2 (cached);
    // log_softmax's result L → 8,750,066,688 reserved; the contiguous copy L would make 11,327,755,776 > room:
    // the allocator releases the forward and gather blocks and retries: 3 × L = 7,733,067,264 stays
    const reserve = warmupReserve(10_602_987_520, 2_304_999_424, 2_577_689_088, 2, true, 'in-place');
    expect(reserve).toMatchObject({ reserved: 7_733_067_264, released: true, fits: true, logitCopies: 3.5 });
    // with less room than the live three copies, the warm-up itself runs out of memory
    expect(warmupReserve(7_000_000_000, 2_304_999_424, 2_577_689_088, 2, true, 'in-place').fits).toBe(false);
  });
});

describe('TGI warm-up and KV budget', () => {
  it('adds the warm-up blocks back to the blocks the free memory holds (v2.2, A10G)', () => {
    const result = estimate(
      input(LLAMA_8B, 'A10G', { engine: 'tgi', engineVersion: '2.2.0', dtype: 'float16', maxModelLen: 4096, maxNumBatchedTokens: 4145 }),
    );
    // CUDA total 23,653,777,408 (the A10G's nvidia-smi total less the catalog's median driver
    // reservation) − context 419,430,400 − weights 16,060,522,496
    // − warm-up KV: 2 requests × 256 blocks of 16 tokens × 2,097,152 B = 1,073,741,824 → room 6,100,082,688
    // − forward 713,072,640 − logits and their log_softmax copy 2 × 4145 × 128,256 × 2 B = 2,126,484,480
    // = 3,260,525,568 B free; × 0.95 / 2,097,152 B a block = 1,477 blocks, + 512 = 1,989 blocks × 16
    expect(result.kvCache.inputs.warmup_blocks).toBe(512);
    expect(result.activations.inputs.logits_bytes).toBe(2_126_484_480);
    expect(result.activations.bytes).toBe(2_839_557_120);
    expect(result.kvCacheCapacityTokens).toBe(31_824);
    expect(result.kvCachePoolBytes).toBe(1_989 * 2_097_152);
    expect(result.startupError).toBeUndefined();
  });

  it('sizes the 2-shard 2.4 warm-up after the allocator released its cache (Llama-3.1-70B on 2 × A100 80GB)', () => {
    const result = estimate(input(LLAMA_70B, 'A100 80GB SXM4', { engine: 'tgi', engineVersion: '2.4.0', tensorParallelSize: 2, maxModelLen: 10000 }));
    // max_input_tokens 9999, default prefill 9999 + 50 = 10,049: requests [9999, 50], 19,998 one-token blocks
    // of 80 layers × 2 × 4 KV heads × 128 × 2 B = 163,840 B (3,276,472,320 B). Room: 84,988,133,376 − 419,430,400
    // (CUDA context) − 418,759,311 (NCCL's buffers, catalog/constants/tgi.json) − 70,555,025,408 (weights a shard)
    // − 134,217,728 (flashinfer workspace) − 3,276,472,320 = 10,184,228,209; the warm-up keeps 3 × 2,577,689,088 =
    // 7,733,067,264 (see the allocator test above), leaving 2,451,160,945 B: × 0.9 / 163,840 = 13,464 blocks,
    // + 19,998 = 33,462 tokens (the log: 30,816)
    expect(result.activations.inputs.max_batch_prefill_tokens).toBe(10_049);
    expect(result.kvCache.inputs.warmup_blocks).toBe(19_998);
    expect(result.activations.inputs.allocator_released_cache).toBe('yes');
    expect(result.activations.bytes).toBe(7_733_067_264);
    expect(result.kvCacheCapacityTokens).toBe(33_462);
    expect(result.overhead.inputs.nccl_buffers_mib).toBe(399);
    expect(result.notes.join(' ')).toContain('PyTorch gave back its cached blocks');
  });

  it("counts NCCL's buffers only with shards (torch.distributed.barrier around weight loading)", () => {
    const at = (tensorParallelSize: number) =>
      estimate(input(LLAMA_8B, 'A100 80GB SXM4', { engine: 'tgi', engineVersion: '2.4.0', tensorParallelSize, maxModelLen: 4096 }));
    expect(at(1).overhead.inputs.nccl_buffers_mib).toBe(0);
    expect(at(2).overhead.inputs.nccl_buffers_mib).toBe(399);
    expect(at(2).overhead.formula).toContain('NCCL buffers');
  });

  it('writes log_softmax in place from 2.4 and computes last-token logits only from 3.0 (one shard)', () => {
    const at = (version: string) =>
      estimate(input(LLAMA_8B, 'A100 80GB SXM4', { engine: 'tgi', engineVersion: version, maxModelLen: 4096, maxNumBatchedTokens: 4096 }));
    // 4096 × 128,256 × 2 B = 1,050,673,152 per copy: 2 before 2.4 (log_softmax's output), 1 from 2.4 (in place)
    expect(at('2.3.1').activations.inputs.logits_bytes).toBe(2 * 1_050_673_152);
    expect(at('2.4.0').activations.inputs.logits_bytes).toBe(1_050_673_152);
    // 3.0: one request of 4095 tokens and one of 1, the head over their last tokens: 2 × 128,256 × 2 B
    const v3 = at('3.0.0');
    expect(v3.activations.inputs.logits_bytes).toBe(513_024);
    // TGI measures with them held; the need keeps only the forward (4096 × 86,016 × 2 B), so that fewer, longer
    // warm-up requests (fewer last-token rows) never make a longer context look cheaper
    expect(v3.activations.inputs.warmup_reserved_bytes).toBe(704_643_072 + 513_024);
    expect(v3.activations.bytes).toBe(704_643_072);
  });

  it('loses the warm-up blocks before 2.4.1 when every warm-up request stops after its first token', () => {
    // prefill 4095 = max_input_tokens: one request of 4095 tokens asking 4096 − 4095 = 1 new token; generate_token
    // returns no batch, so warmup adds no blocks back, though their memory was in use when it measured
    const result = estimate(input(LLAMA_8B, 'A10G', { engine: 'tgi', engineVersion: '2.2.0', dtype: 'float16', maxModelLen: 4096, maxNumBatchedTokens: 4095 }));
    expect(result.kvCache.inputs.warmup_blocks).toBe(256);
    expect(result.kvCache.inputs.warmup_blocks_added_back).toBe(0);
    const later = estimate(input(LLAMA_8B, 'A10G', { engine: 'tgi', engineVersion: '2.4.1', dtype: 'float16', maxModelLen: 4096, maxNumBatchedTokens: 4095 }));
    expect(later.kvCache.inputs.warmup_blocks_added_back).toBe(later.kvCache.inputs.warmup_blocks);
  });

  it('refuses when the warm-up batch does not fit: "Not enough memory to handle N prefill tokens"', () => {
    const result = estimate(input(LLAMA_8B, 'L4', { engine: 'tgi', maxModelLen: 131072 }));
    // 3.x default prefill on an L4: 121 TFLOP/s / 15,032,385,536 = 8,049 tokens, one request holding 131,072 tokens of KV (16 GiB)
    expect(result.startupError).toBe('Not enough memory to handle 8049 prefill tokens. You need to decrease `--max-batch-prefill-tokens`');
    expect(result.startupErrorField).toBe('max_num_batched_tokens');
  });

  it('starts whenever the warm-up fits: its blocks, added back, already hold max_total_tokens', () => {
    const result = estimate(input(LLAMA_8B, 'A10G', { engine: 'tgi', maxModelLen: 32768, maxNumBatchedTokens: 1024 }));
    expect(result.startupError).toBeUndefined();
    expect(result.kvCacheCapacityTokens!).toBeGreaterThanOrEqual(32768);
  });

  it('reserves (1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) of the total from v3, beside flashinfer\'s workspace', () => {
    const result = estimate(input(LLAMA_8B, 'A10G', { engine: 'tgi', maxModelLen: 4096, gpuMemoryUtilization: 0.9 }));
    expect(result.overhead.inputs).toMatchObject({ cuda_memory_fraction: 0.9, wiggle_room: 0.9, flashinfer_workspace_mib: 128 });
    expect(result.overhead.bytes).toBe(Math.round(419_430_400 + 134_217_728 + (1 - 0.81) * 23_653_777_408));
  });

  it('takes 2.x\'s own default max_total_tokens, min(max_position_embeddings, 4096), when none is given', () => {
    const result = estimate(input(LLAMA_8B, 'A10G', { engine: 'tgi', engineVersion: '2.2.0', dtype: 'float16', maxModelLen: 131072, maxModelLenDefault: true }));
    // launcher main.rs: max_total_tokens 4096, max_input_tokens 4095, max_batch_prefill_tokens 4145: the tgi-t1 set-up above
    expect(result.kvCache.inputs.max_model_len).toBe(4096);
    expect(result.activations.inputs.max_batch_prefill_tokens).toBe(4145);
    expect(result.kvCacheCapacityTokens).toBe(31_824);
  });

  it('lets 2.4.1+ set max_total_tokens from its blocks when none is given: tight, with the longest request', () => {
    const result = estimate(input(LLAMA_8B, 'A10G', { engine: 'tgi', maxModelLen: 131072, maxModelLenDefault: true }));
    // warm-up of 8,315 prefill tokens (125 TFLOP/s / 15,032,385,536), one request asking one new token
    expect(result.kvCache.inputs.warmup_blocks).toBe(8315);
    expect(result.startupError).toBeUndefined();
    const cap = result.kvCacheCapacityTokens!;
    expect(cap).toBeLessThan(131072);
    expect(result.limitation).toContain(`sets max_total_tokens to ${cap}`);
    expect(judge(result, 0).verdict).toBe('tight');
    const v241 = estimate(input(LLAMA_8B, 'A10G', { engine: 'tgi', engineVersion: '2.4.1', maxModelLen: 131072, maxModelLenDefault: true }));
    expect(v241.activations.inputs.max_batch_prefill_tokens).toBe(4096);
    expect(v241.limitation).toContain('sets max_total_tokens to');
  });
});
