import { describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../../src/core/architecture.js';
import { estimate } from '../../../src/core/estimate.js';
import type { EstimateInput, ServingConfig } from '../../../src/core/types.js';
import { GB } from '../../../src/core/units.js';

function seedInput(numParameters: number, layers: number, hidden: number, maxModelLen: number, concurrency = 1): EstimateInput {
  const architecture = { ...normalizeConfig({ model_type: 'custom', num_hidden_layers: layers, hidden_size: hidden }), numParametersGiven: numParameters };
  const serving: ServingConfig = {
    engine: 'generic',
    dtype: 'float16',
    quantization: null,
    kvCacheDtype: 'auto',
    maxModelLen,
    concurrency,
    tensorParallelSize: 1,
    pipelineParallelSize: 1,
  };
  return { model: { id: null, architecture }, serving, gpu: { name: 'RTX 3090', memoryBytes: 24 * GB } };
}

describe('generic engine (the seed calculator)', () => {
  it('reproduces the seed 7B example to the byte', () => {
    const result = estimate(seedInput(7e9, 32, 4096, 2048));
    expect(result.weights.bytes).toBe(14_000_000_000);
    expect(result.kvCache.bytes).toBe(1_073_741_824);
    expect(result.totalBytes).toBe(18_088_490_189);
    expect(result.overhead.bytes).toBe(18_088_490_189 - 14_000_000_000 - 1_073_741_824);
    expect((result.totalBytes / GB).toFixed(2)).toBe('18.09');
  });

  it('reproduces the seed 0.5B example to the byte', () => {
    const result = estimate(seedInput(5e8, 8, 2304, 2048));
    expect(result.weights.bytes).toBe(1_000_000_000);
    expect(result.kvCache.bytes).toBe(150_994_944);
    expect(result.totalBytes).toBe(1_381_193_933);
    expect((result.totalBytes / GB).toFixed(2)).toBe('1.38');
  });

  it('scales the KV cache with concurrency and sequence length', () => {
    const one = estimate(seedInput(7e9, 32, 4096, 2048)).kvCache.bytes;
    expect(estimate(seedInput(7e9, 32, 4096, 4096, 3)).kvCache.bytes).toBe(one * 6);
  });

  it('uses the real KV heads of a grouped-query model instead of hidden_size', () => {
    // Llama 3.1 8B: 8 KV heads × 128 = 1024 wide, a quarter of hidden_size 4096.
    const config = {
      model_type: 'llama',
      num_hidden_layers: 32,
      hidden_size: 4096,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      vocab_size: 128256,
      intermediate_size: 14336,
    };
    const input = seedInput(0, 32, 4096, 8192);
    const gqa = estimate({ ...input, model: { id: 'x', architecture: normalizeConfig(config) } });
    expect(gqa.kvCache.bytes).toBe(8192 * 32 * 2 * 8 * 128 * 2);
    expect(gqa.kvCache.inputs).toMatchObject({ num_key_value_heads: 8, head_dim: 128 });
    const mha = estimate(input);
    expect(mha.kvCache.bytes).toBe(gqa.kvCache.bytes * 4);
  });

  it('reports the formula inputs behind each figure', () => {
    const result = estimate(seedInput(7e9, 32, 4096, 2048));
    expect(result.weights.inputs).toMatchObject({ num_parameters: 7e9, bytes_per_parameter: 2 });
    expect(result.kvCache.inputs).toMatchObject({ concurrency: 1, max_model_len: 2048, num_hidden_layers: 32, hidden_size: 4096, kv_bytes: 2 });
    expect(result.overhead.inputs).toMatchObject({ factor: 1.2 });
  });
});
