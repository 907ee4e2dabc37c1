// The fixed state one sequence keeps in each recurrent or linear-attention layer, as the engines
// shape it on one tensor-parallel rank. Shapes follow vLLM's
// vllm/model_executor/layers/mamba/mamba_utils.py MambaStateShapeCalculator (SGLang's
// python/sglang/srt/configs/mamba_utils.py builds the same shapes); llama.cpp's r/s rows per layer
// (src/llama-hparams.cpp n_embd_r / n_embd_s) hold the same elements.

import type { Architecture } from './architecture.js';
import type { RecurrentKind } from './recurrent.js';

export interface StateShape {
  kind: RecurrentKind;
  /** Elements of the convolution state (conv_kernel − 1 past inputs per channel), per layer and sequence. */
  convElements: number;
  /** Elements of the temporal (SSM / delta-rule) state, per layer and sequence; 0 for short convolutions. */
  temporalElements: number;
  /** How the two were found, for the breakdown. */
  formula: string;
}

/** mamba_utils.py extra_groups_for_head_shards: groups are replicated so every head's group is on its rank. */
function shardedGroups(groups: number, tp: number): number {
  return groups % tp === 0 ? groups : groups + (tp - groups);
}

/** The conv and temporal state of one layer for one sequence on one of `tp` ranks. */
export function stateShape(arch: Architecture, tp: number): StateShape {
  const r = arch.recurrent!;
  const k1 = r.convKernel - 1;
  switch (r.kind) {
    case 'gated_delta_net': {
      // gated_delta_net_state_shape: conv (k−1, (2·nk·dk + nv·dv)/tp), temporal (nv/tp, dv, dk).
      const convDim = 2 * r.numKeyHeads! * r.headKeyDim! + r.numHeads * r.headValueDim!;
      return {
        kind: r.kind,
        convElements: (k1 * convDim) / tp,
        temporalElements: (r.numHeads / tp) * r.headValueDim! * r.headKeyDim!,
        formula: '(linear_conv_kernel_dim − 1) × (2 × linear_num_key_heads × linear_key_head_dim + linear_num_value_heads × linear_value_head_dim) / tp + linear_num_value_heads / tp × linear_value_head_dim × linear_key_head_dim',
      };
    }
    case 'kda': {
      // kda_state_shape: conv (k−1, 3·heads·head_dim/tp), recurrent (heads/tp, head_dim, head_dim).
      const p = r.numHeads * r.headDim!;
      return {
        kind: r.kind,
        convElements: (k1 * 3 * p) / tp,
        temporalElements: (r.numHeads / tp) * r.headDim! * r.headDim!,
        formula: '(short_conv_kernel_size − 1) × 3 × num_heads × head_dim / tp + num_heads / tp × head_dim²',
      };
    }
    case 'mamba2': {
      // mamba2_state_shape: conv (k−1, (intermediate + 2·n_groups'·d_state)/tp), temporal (heads/tp, head_dim, d_state).
      const groups = shardedGroups(r.nGroups!, tp);
      return {
        kind: r.kind,
        convElements: (k1 * (r.intermediate! + 2 * groups * r.stateSize!)) / tp,
        temporalElements: (r.numHeads / tp) * r.headDim! * r.stateSize!,
        formula: '(conv_kernel − 1) × (mamba_heads × head_dim + 2 × n_groups × d_state) / tp + mamba_heads / tp × head_dim × d_state',
      };
    }
    case 'mamba1':
      // mamba1_state_shape: conv (k−1, intermediate/tp), temporal (intermediate/tp, d_state).
      return {
        kind: r.kind,
        convElements: (k1 * r.intermediate!) / tp,
        temporalElements: (r.intermediate! / tp) * r.stateSize!,
        formula: '(mamba_d_conv − 1) × mamba_expand × hidden_size / tp + mamba_expand × hidden_size / tp × mamba_d_state',
      };
    case 'short_conv':
      // short_conv_state_shape: conv (L_cache − 1, conv_dim/tp), no temporal state.
      return { kind: r.kind, convElements: (k1 * r.convDim!) / tp, temporalElements: 0, formula: '(conv_L_cache − 1) × conv_dim / tp' };
  }
}

/** Bytes of a torch / config dtype name ("float32", "bfloat16", "float16"). */
export function stateDtypeBytes(name: string | undefined, fallback: number): number {
  if (!name) return fallback;
  const n = name.toLowerCase();
  if (n === 'float32' || n === 'fp32') return 4;
  if (n === 'bfloat16' || n === 'float16' || n === 'bf16' || n === 'fp16' || n === 'half') return 2;
  return fallback;
}

/** Recurrent layers among [first, last] (a pipeline stage). */
export function recurrentLayerCount(arch: Architecture, first = 0, last = arch.numHiddenLayers - 1): number {
  const layers = arch.recurrent?.layers ?? [];
  let count = 0;
  for (let i = first; i <= last && i < layers.length; i += 1) if (layers[i]) count += 1;
  return count;
}
