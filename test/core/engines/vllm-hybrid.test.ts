import { describe, expect, it } from 'vitest';
import { hybridBlocksPerRequest, hybridPrefixCaching, hybridReportedTokens, vllmHybridPlan } from '../../../src/core/engines/vllm-hybrid.js';
import { GiB } from '../../../src/core/units.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { estimate } from '../../../src/core/estimate.js';
import { catalogArch, input } from '../../helpers/inputs.js';

const qwen3Next = catalogArch('Qwen/Qwen3-Next-80B-A3B-Instruct');
const plan = (tp: number, attentionBytesPerToken: number, version = '0.21.0') =>
  vllmHybridPlan(qwen3Next, { tp, dtypeBytes: 2, attentionBytesPerToken, attentionLayers: 12, firstLayer: 0, lastLayer: 47, alignment: 16, version: parseVersion(version) });

describe('vLLM hybrid KV cache manager: one page size for every layer kind', () => {
  it('Qwen3-Next on one GPU: attention block size 544 so a page holds a Gated DeltaNet state', () => {
    // mamba_utils.py gated_delta_net_state_shape / _dtype (bf16 model, mamba_ssm_cache_dtype auto):
    //   conv (4 − 1) × (2·16·128 + 32·128) × 2 B = 49,152 B; temporal 32 × 128 × 128 × 2 B = 1,048,576 B
    //   mamba page = 1,097,728 B
    // attention per token: 2 (K, V) × 2 KV heads × 256 × 2 B = 2,048 B
    // HybridAttentionMambaModelConfig: block = 16 × cdiv(1,097,728, 16 × 2,048) = 16 × 34 = 544 tokens,
    //   page = 544 × 2,048 = 1,114,112 B (the mamba page padded by 1.49%)
    const p = plan(1, 2048);
    expect([p.convBytes, p.temporalBytes, p.mambaPageBytes]).toEqual([49_152, 1_048_576, 1_097_728]);
    expect([p.blockSize, p.pageBytes]).toEqual([544, 1_114_112]);
    // 12 attention and 36 Gated DeltaNet layers: groups of 12 → 1 attention group and 3 mamba groups
    expect([p.groupSize, p.attentionGroups, p.stateGroups]).toEqual([12, 1, 3]);
    // a 32,768-token request: cdiv(32768, 544) = 61 attention blocks + one block per mamba group
    expect(hybridBlocksPerRequest(p, 32_768)).toBe(64);
  });

  it('Qwen3-Next at tensor_parallel_size 4: state and K/V heads split, block 272', () => {
    // conv 3 × 8192 / 4 × 2 B = 12,288; temporal 8 × 128 × 128 × 2 B = 262,144 → 274,432 B
    // 2 KV heads over 4 ranks: one replicated head → 2 × 1 × 256 × 2 B = 1,024 B per token
    // block = 16 × cdiv(274,432, 16 × 1,024) = 16 × 17 = 272
    const p = plan(4, 1024);
    expect([p.mambaPageBytes, p.blockSize, p.pageBytes]).toEqual([274_432, 272, 278_528]);
  });

  it('reports "GPU KV cache size" up to 0.20 as num_blocks // groups × the smallest block size', () => {
    const p = plan(4, 1024);
    // num_blocks // 4 groups × min(block 272, mamba block max_model_len); from 0.21 the engine logs
    // int(max_concurrency × max_model_len) instead (vllm.ts, the Qwen3.6 log below)
    expect(hybridReportedTokens(p, 27_632, 32_768)).toBe(Math.floor(27_632 / 4) * 272);
  });

  it('Nemotron-H keeps its SSM state at float16 unless the checkpoint names mamba_ssm_cache_dtype', () => {
    // NemotronHForCausalLMConfig: mamba_ssm_cache_dtype "auto" → config value or float16.
    // temporal 128 heads × 80 × 128 × 2 B = 2,621,440; conv 3 × (10240 + 2·8·128) × 2 B = 73,728
    // attention per token 2 × 8 × 128 × 2 B = 4,096 → block 16 × cdiv(2,695,168, 65,536) = 672
    const arch = catalogArch('nvidia/NVIDIA-Nemotron-Nano-9B-v2');
    const p = vllmHybridPlan(arch, { tp: 1, dtypeBytes: 2, attentionBytesPerToken: 4096, attentionLayers: 4, firstLayer: 0, lastLayer: 55, alignment: 16, version: undefined });
    expect([p.temporalBytes, p.convBytes, p.blockSize]).toEqual([2_621_440, 73_728, 672]);
    // 4 attention, 27 Mamba-2 layers: groups of 4 → 1 + 7 groups
    expect([p.attentionGroups, p.stateGroups]).toEqual([1, 7]);
    const fp32 = { ...arch, recurrent: { ...arch.recurrent!, ssmDtype: 'float32' } };
    expect(vllmHybridPlan(fp32, { tp: 1, dtypeBytes: 2, attentionBytesPerToken: 4096, attentionLayers: 4, firstLayer: 0, lastLayer: 55, alignment: 16, version: undefined }).temporalBytes).toBe(5_242_880);
  });

  it('a small conv state fits the default block: LFM2 keeps 16-token blocks and pads its state', () => {
    // conv (3 − 1) × 2048 × 2 B = 8,192 B ≤ 16 × (2 × 8 × 64 × 2 B) = 32,768 B
    const arch = catalogArch('LiquidAI/LFM2-1.2B');
    const p = vllmHybridPlan(arch, { tp: 1, dtypeBytes: 2, attentionBytesPerToken: 2048, attentionLayers: 6, firstLayer: 0, lastLayer: 15, alignment: 16, version: undefined });
    expect([p.mambaPageBytes, p.blockSize, p.pageBytes]).toEqual([8_192, 16, 32_768]);
  });
});

describe('vLLM estimate of a hybrid model', () => {
  it('sizes blocks from the shared page and reports concurrency × max_model_len', () => {
    const e = estimate(input('Qwen/Qwen3-Next-80B-A3B-Instruct', 'H200', { tensorParallelSize: 4, maxModelLen: 32_768, engineVersion: '0.21.0' }));
    const kv = e.kvCache.inputs;
    expect([kv.block_size, kv.page_bytes, kv.layers_per_block, kv.blocks_per_request, kv.kv_cache_groups]).toEqual([272, 278_528, 12, 124, 4]);
    // kv_cache_utils.py: num_blocks = available // page // group_size
    expect(kv.num_gpu_blocks).toBe(Math.floor(Math.floor(e.kvCachePoolBytes! / 278_528) / 12));
    expect(e.maxConcurrency).toBeCloseTo((kv.num_gpu_blocks as number) / 124, 10);
    expect(e.kvCacheCapacityTokens).toBe(Math.floor(e.maxConcurrency! * 32_768));
    // one request needs 124 blocks × 12 layers × 278,528 B
    expect(e.kvCache.bytes).toBe(124 * 12 * 278_528);
  });

  it('logs num_blocks // groups × block size up to 0.19', () => {
    const e = estimate(input('Qwen/Qwen3-Next-80B-A3B-Instruct', 'H200', { tensorParallelSize: 4, maxModelLen: 32_768, engineVersion: '0.19.0' }));
    expect(e.kvCacheCapacityTokens).toBe(Math.floor((e.kvCache.inputs.num_gpu_blocks as number) / 4) * 272);
  });
});

describe('vLLM before its hybrid KV cache manager', () => {
  it('counts the attention layers only and says the V0 state is not modelled', () => {
    const e = estimate(input('LiquidAI/LFM2-1.2B', 'L4', { maxModelLen: 4096, engineVersion: '0.9.2' }));
    expect(e.kvCache.inputs.recurrent_layers).toBeUndefined();
    expect(e.notes.some((n) => n.includes('predates the V1 hybrid KV cache manager'))).toBe(true);
  });
});

describe('vLLM hybrid prefix caching ("align" mode)', () => {
  it('keeps two state blocks per mamba group: a measured Qwen3.6-35B-A3B start-up', () => {
    // https://github.com/noonghunna/club-3090/issues/612 — vLLM 0.24.0, RTX 5090, kv_cache_dtype fp8,
    // max_model_len 131072, --enable-prefix-caching: "Available KV cache memory: 5.98 GiB",
    // "GPU KV cache size: 567,978 tokens", "Maximum concurrency for 131,072 tokens per request: 4.33x".
    // conv 3 × 8192 × 2 B + temporal 32 × 128 × 128 × 4 B (mamba_ssm_dtype float32) = 2,146,304 B;
    // fp8 attention 2 × 2 heads × 256 × 1 B = 1,024 B per token → block 16 × cdiv(2,146,304, 16,384) = 2,096,
    // page 2,146,304 B (no padding); 10 attention + 30 GDN layers: groups of 10 → 1 + 3.
    const arch = catalogArch('Qwen/Qwen3.6-35B-A3B');
    const p = vllmHybridPlan(arch, {
      tp: 1, dtypeBytes: 2, attentionBytesPerToken: 1024, attentionLayers: 10, firstLayer: 0, lastLayer: 39, alignment: 16,
      version: parseVersion('0.24.0'), prefixCaching: true,
    });
    expect([p.blockSize, p.pageBytes, p.groupSize, p.stateBlocksPerRequest]).toEqual([2096, 2_146_304, 10, 2]);
    // cdiv(131072, 2096) = 63 attention blocks + 3 groups × 2 = 69 per request
    expect(hybridBlocksPerRequest(p, 131_072)).toBe(69);
    // num_blocks = 5.98 GiB // 2,146,304 // 10 = 299 → 299 / 69 = 4.33, as logged
    const blocks = Math.floor(Math.floor((5.98 * GiB) / p.pageBytes) / p.groupSize);
    expect(blocks).toBe(299);
    expect((blocks / 69).toFixed(2)).toBe('4.33');
    // The engine's figure from 0.21: int(max_concurrency × max_model_len), with the logged KV memory given.
    const logged = estimate(
      input('Qwen/Qwen3.6-35B-A3B', { name: 'RTX 5090', memoryBytes: 32 * GiB }, {
        engineVersion: '0.24.0', kvCacheDtype: 'fp8', maxModelLen: 131_072, enablePrefixCaching: true, kvCacheMemoryBytes: Math.floor(5.98 * GiB),
      }),
    );
    expect(Math.abs(logged.kvCacheCapacityTokens! - 567_978)).toBeLessThanOrEqual(1);
  });

  it('is on by default from 0.27 and follows the flag', () => {
    expect([hybridPrefixCaching(undefined, parseVersion('0.26.0')), hybridPrefixCaching(undefined, parseVersion('0.27.0')), hybridPrefixCaching(false, undefined)]).toEqual([false, true, false]);
    const on = estimate(input('Qwen/Qwen3.5-9B', 'H100', { maxModelLen: 32_768, engineVersion: '0.27.0' }));
    const off = estimate(input('Qwen/Qwen3.5-9B', 'H100', { maxModelLen: 32_768, engineVersion: '0.27.0', enablePrefixCaching: false }));
    // block 528 (conv 49,152 B + float32 temporal 2,097,152 B over 4,096 B per token): cdiv(32768, 528) = 63 + 3 mamba groups × 2 or × 1
    expect([on.kvCache.inputs.blocks_per_request, off.kvCache.inputs.blocks_per_request]).toEqual([69, 66]);
  });
});
