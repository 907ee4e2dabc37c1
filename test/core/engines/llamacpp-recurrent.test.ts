import { describe, expect, it } from 'vitest';
import { llamaRecurrentBytes } from '../../../src/core/engines/llamacpp-recurrent.js';
import { estimate } from '../../../src/core/estimate.js';
import { catalogArch, input } from '../../helpers/inputs.js';

describe('llama.cpp recurrent memory (llama-memory-recurrent.cpp)', () => {
  it('keeps F32 r and s rows per recurrent layer for each parallel sequence', () => {
    // Qwen3-Next: llama.cpp loads it as ssm_d_conv 4, ssm_d_inner 4096, ssm_d_state 128, ssm_n_group 16
    // (print_info in https://github.com/ggml-org/llama.cpp/pull/16095), so
    // n_embd_r = (4 − 1) × (4096 + 2 × 16 × 128) = 24,576; n_embd_s = 128 × 4096 = 524,288
    // 4 slots: (24,576 + 524,288) × 4 B × 4 = 8,781,824 B per layer
    const r = llamaRecurrentBytes(catalogArch('Qwen/Qwen3-Next-80B-A3B-Instruct'), 4);
    expect(r).toEqual({ nEmbdR: 24_576, nEmbdS: 524_288, perLayer: 8_781_824, layers: 36 });
    // LFM2: n_embd × (L_cache − 1) = 4,096 and no s; one cell at least
    expect(llamaRecurrentBytes(catalogArch('LiquidAI/LFM2-1.2B'), 0)).toEqual({ nEmbdR: 4096, nEmbdS: 0, perLayer: 16_384, layers: 10 });
  });

  it('adds the state to the KV buffers of the attention layers only', () => {
    const e = estimate(input('LiquidAI/LFM2-1.2B', 'L4', { engine: 'llama.cpp', maxModelLen: 4096, concurrency: 1 }));
    // 6 attention layers × 4,096 cells × 2 × 8 heads × 64 × 2 B (f16) + 10 × 16,384 B
    expect(e.kvCache.bytes).toBe(6 * 4096 * 2 * 8 * 64 * 2 + 10 * 16_384);
    expect(e.kvCache.inputs.recurrent_layers).toBe(10);
  });
});
