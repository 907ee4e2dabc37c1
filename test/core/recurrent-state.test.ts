import { describe, expect, it } from 'vitest';
import { stateDtypeBytes, stateShape } from '../../src/core/recurrent-state.js';
import { catalogArch } from '../helpers/inputs.js';

describe('state per layer and sequence (vLLM MambaStateShapeCalculator)', () => {
  it('Gated DeltaNet: conv over q, k, v and a value-heads × dv × dk temporal state', () => {
    // Qwen3-Next: conv (4 − 1) × (2 × 16 × 128 + 32 × 128) = 3 × 8192; temporal 32 × 128 × 128
    const arch = catalogArch('Qwen/Qwen3-Next-80B-A3B-Instruct');
    expect(stateShape(arch, 1)).toMatchObject({ convElements: 24_576, temporalElements: 524_288 });
    // TP 4 splits both: 3 × 2048 and 8 × 128 × 128
    expect(stateShape(arch, 4)).toMatchObject({ convElements: 6_144, temporalElements: 131_072 });
  });

  it('Mamba-2: groups replicated when tensor_parallel_size does not divide them', () => {
    // granite-4.0-h-small: n_groups 1, intermediate 8192, d_state 128, 128 heads × 64
    const arch = catalogArch('ibm-granite/granite-4.0-h-small');
    expect(stateShape(arch, 1)).toMatchObject({ convElements: 3 * (8192 + 2 * 128), temporalElements: 128 * 64 * 128 });
    // TP 4: n_groups 1 + extra_groups_for_head_shards(1, 4) = 4 → conv 3 × (8192 + 2·4·128) / 4
    expect(stateShape(arch, 4)).toMatchObject({ convElements: (3 * (8192 + 8 * 128)) / 4, temporalElements: 32 * 64 * 128 });
  });

  it('Mamba-1 and short convolutions', () => {
    // Jamba: intermediate 2 × 4096, d_conv 4, d_state 16
    expect(stateShape(catalogArch('ai21labs/AI21-Jamba-Mini-1.7'), 1)).toMatchObject({ convElements: 3 * 8192, temporalElements: 8192 * 16 });
    // LFM2: (conv_L_cache 3 − 1) × conv_dim 2048, no temporal state
    expect(stateShape(catalogArch('LiquidAI/LFM2-1.2B'), 1)).toMatchObject({ convElements: 4096, temporalElements: 0 });
  });

  it('reads dtype names', () => {
    expect([stateDtypeBytes('float32', 2), stateDtypeBytes('bfloat16', 4), stateDtypeBytes(undefined, 2)]).toEqual([4, 2, 2]);
  });
});
