import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { sglangDefaults } from '../../../src/core/engines/sglang.js';
import { judge } from '../../../src/core/verdict.js';
import { input } from '../../helpers/inputs.js';

describe('SGLang mem_fraction_static defaults (server_args.py)', () => {
  it('follow the TP table up to v0.4.5', () => {
    expect(sglangDefaults(81559, 1, 1, parseVersion('0.4.0')).memFractionStatic).toBe(0.88);
    expect(sglangDefaults(81559, 8, 1, parseVersion('0.4.0')).memFractionStatic).toBe(0.81);
  });

  it('reserve by GPU size from v0.5.3 (H100: 0.835, A10G: 0.837 at v0.5.6)', () => {
    expect(sglangDefaults(81559, 1, 1, parseVersion('0.5.6')).memFractionStatic).toBe(0.835);
    expect(sglangDefaults(23028, 1, 1, parseVersion('0.5.6')).memFractionStatic).toBe(0.837);
    expect(sglangDefaults(143771, 1, 1, parseVersion('0.5.6')).memFractionStatic).toBe(0.907);
  });

  it('add the piecewise CUDA graph reserve in 2026 builds (H100: 0.830)', () => {
    expect(sglangDefaults(81559, 1, 1, undefined).memFractionStatic).toBe(0.83);
  });

  it('cap the piecewise graph sizes at 2048 tokens for MLA models (B200: 0.854 → 0.855)', () => {
    // 183,359 MiB: chunked 16384, max bs 512 → 512 + 16384 × 1.5 + 512 × 2 + 1024 / 8 = 26,240 MiB;
    // piecewise sizes up to 16384: 8 + 14 + 8 + 8 + 12 + 24 = 74 × 8 = 592 MiB → (183,359 − 26,832) / 183,359 = 0.854;
    // up to 2048 (MLA): 8 + 14 + 8 + 8 + 4 = 42 × 8 = 336 MiB → (183,359 − 26,576) / 183,359 = 0.855
    expect(sglangDefaults(183359, 1, 1, undefined).memFractionStatic).toBe(0.854);
    expect(sglangDefaults(183359, 1, 1, undefined, 1, true).memFractionStatic).toBe(0.855);
  });
});

describe('SGLang KV pool', () => {
  it('is mem_fraction_static of free memory minus the weights, in tokens of one cell', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'H100', { engine: 'sglang', gpuMemoryUtilization: 0.88, maxModelLen: 131072 }));
    // a cell is 32 layers × 8 KV heads × 128 × 2 (K, V) × 2 B = 131072 B
    expect(result.kvCache.inputs.cell_bytes).toBe(131072);
    expect(result.kvCachePoolBytes).toBe(result.kvCacheCapacityTokens! * 131072);
    // SGLang's docs run on an H100 allocated 444,500 tokens at 0.88: the same scale
    expect(result.kvCacheCapacityTokens! / 444_500).toBeGreaterThan(0.97);
    expect(result.kvCacheCapacityTokens! / 444_500).toBeLessThan(1.03);
  });

  it('refuses to start when the weights leave no pool', () => {
    const result = estimate(input('meta-llama/Llama-3.1-70B-Instruct', 'H100', { engine: 'sglang' }));
    expect(result.startupError).toMatch(/Raise --mem-fraction-static above/);
  });

  it('starts with a pool shorter than the context and caps requests: tight, not undersized', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'A10G', { engine: 'sglang', gpuMemoryUtilization: 0.88, maxModelLen: 131072 }));
    // model_runner.py profile_max_num_token: before = CUDA total 23,653,777,408 (nvidia-smi's total
    // less the catalog's median driver reservation) − CUDA context 419,430,400
    // − distributed init 96,636,764 (TP 1, catalog/constants/sglang.json) = 23,137,710,244 B;
    // weights 8,030,261,248 × 2 B = 16,060,522,496; rest = (before − weights) − before × (1 − 0.88)
    // = 7,077,187,748 − 2,776,525,229.28 = 4,300,662,518.72 B; / 131,072 B a cell = 32,811 tokens.
    expect(result.kvCacheCapacityTokens).toBe(32_811);
    expect(result.startupError).toBeUndefined();
    // scheduler.py: max_req_len = min(context_len − 1, max_total_num_tokens − 1) = 32,810
    expect(result.limitation).toMatch(/longest request it takes is 32810 tokens/);
    // the KV cache it holds is the pool, not 131,072 tokens' worth
    expect(result.kvCache.bytes).toBe(32_811 * 131_072);
    expect(judge(result, 0).verdict).toBe('tight');
    expect(judge(result, 0).headroomBytes).toBeGreaterThan(0);
  });

  it('counts NCCL buffers of a multi-GPU group before the weights, larger on NVSwitch boards', () => {
    const pcie = estimate(input('Qwen/Qwen3-14B', 'RTX 4090', { engine: 'sglang', tensorParallelSize: 4, gpuMemoryUtilization: 0.8, maxModelLen: 40960 }));
    const nvswitch = estimate(input('Qwen/Qwen3-14B', 'H100', { engine: 'sglang', tensorParallelSize: 4, gpuMemoryUtilization: 0.8, maxModelLen: 40960 }));
    // 0.39 GiB over PCIe (sglang#40558), 2.01 GiB on NVSwitch (sglang#11716): 400 MiB + that
    expect(pcie.overhead.inputs.distributed_init_mib).toBe(399);
    expect(nvswitch.overhead.inputs.distributed_init_mib).toBe(2058);
  });
});

describe('SGLang DeepSeek Sparse Attention', () => {
  it('adds the indexer key and scale to every layer of the token cell', () => {
    // model_runner.py profile_max_num_token: (512 + 64) × 2 bytes + (128 + 128 / 128 × 4) = 1284 bytes per layer
    const result = estimate(input('deepseek-ai/DeepSeek-V3.2', 'H200', { engine: 'sglang', tensorParallelSize: 8, maxModelLen: 8192 }));
    expect(result.kvCache.bytes).toBe(8192 * 61 * 1284);
  });
});

// mem_cache/swa_memory_pool.py SWAKVPool; pool_configurator.py (v0.5.11) and model_runner_kv_cache_mixin.py (v0.5.8)
describe("SGLang's hybrid SWA memory pool", () => {
  const gptOss = (engineVersion: string, gpu = 'H100', mem_fraction_static = 0.8) =>
    estimate(input('openai/gpt-oss-120b', gpu, { engine: 'sglang', engineVersion, maxModelLen: 131072, gpuMemoryUtilization: mem_fraction_static }));

  it('splits gpt-oss from v0.5.8: full tokens = rest / (full cells + 0.8 × window cells), the window pool 0.8 of it', () => {
    const before = gptOss('0.5.7');
    const after = gptOss('0.5.8');
    // Up to 0.5.7 every one of the 36 layers is a full cell; from 0.5.8, 18 full + 0.8 × 18 window layers per token.
    expect(before.kvCache.inputs.full_layers).toBeUndefined();
    expect(after.kvCache.inputs).toMatchObject({ full_layers: 18, window_layers: 18, window: 128, swa_full_tokens_ratio: 0.8 });
    expect(after.kvCacheCapacityTokens! / before.kvCacheCapacityTokens!).toBeCloseTo(36 / (18 + 0.8 * 18), 3);
    expect(after.kvCache.inputs.swa_pool_tokens).toBe(Math.floor(after.kvCacheCapacityTokens! * 0.8));
    // The same pool bytes either way: only the share of the window layers changes.
    expect(Math.abs(after.kvCachePoolBytes! - before.kvCachePoolBytes!)).toBeLessThan(2 * 73_728);
  });

  it('keeps it off on Blackwell until v0.5.10 (trtllm_mha, the default backend there)', () => {
    expect(gptOss('0.5.9', 'B200').kvCache.inputs.full_layers).toBeUndefined();
    expect(gptOss('0.5.10', 'B200').kvCache.inputs.full_layers).toBe(18);
    expect(gptOss('0.5.9', 'H200').kvCache.inputs.full_layers).toBe(18);
  });

  it("takes Llama 4's chunked layers as the window kind, and leaves dense models alone", () => {
    const scout = estimate(input('meta-llama/Llama-4-Scout-17B-16E-Instruct', 'H200', { engine: 'sglang', engineVersion: '0.5.10', maxModelLen: 131072, tensorParallelSize: 4 }));
    expect(scout.kvCache.inputs).toMatchObject({ full_layers: 12, window_layers: 36, window: 8192 });
    const dense = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'H100', { engine: 'sglang', engineVersion: '0.5.10' }));
    expect(dense.kvCache.inputs.full_layers).toBeUndefined();
  });
});
