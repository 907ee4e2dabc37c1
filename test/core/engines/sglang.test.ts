import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { sglangDefaults } from '../../../src/core/engines/sglang.js';
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
});

describe('SGLang DeepSeek Sparse Attention', () => {
  it('adds the indexer key and scale to every layer of the token cell', () => {
    // model_runner.py profile_max_num_token: (512 + 64) × 2 bytes + (128 + 128 / 128 × 4) = 1284 bytes per layer
    const result = estimate(input('deepseek-ai/DeepSeek-V3.2', 'H200', { engine: 'sglang', tensorParallelSize: 8, maxModelLen: 8192 }));
    expect(result.kvCache.bytes).toBe(8192 * 61 * 1284);
  });
});
