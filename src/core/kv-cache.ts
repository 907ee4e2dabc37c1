// KV cache geometry: how many values each token stores per layer.

import type { Architecture } from './architecture.js';

/**
 * How an engine stores multi-head latent attention (DeepSeek V2/V3, Kimi K2):
 * latent: one compressed vector of kv_lora_rank + qk_rope_head_dim per token and layer
 *   (vLLM's MLA backends, SGLang, llama.cpp since 2025);
 * expanded: decompressed K (heads × (nope + rope)) and V (heads × v_head_dim), as transformers caches it.
 */
export type MlaCacheLayout = 'latent' | 'expanded';

export interface KvWidth {
  /** Values per token per layer for K and V together. */
  valuesPerTokenPerLayer: number;
  /** How the width was found, for the breakdown. */
  formula: string;
  inputs: Record<string, number>;
}

export function kvWidth(arch: Architecture, mlaLayout: MlaCacheLayout = 'latent'): KvWidth {
  if (arch.mla) {
    const m = arch.mla;
    if (mlaLayout === 'latent') {
      return {
        valuesPerTokenPerLayer: m.kvLoraRank + m.qkRopeHeadDim,
        formula: 'kv_lora_rank + qk_rope_head_dim (MLA latent, no separate V)',
        inputs: { kv_lora_rank: m.kvLoraRank, qk_rope_head_dim: m.qkRopeHeadDim },
      };
    }
    const heads = arch.numAttentionHeads ?? 1;
    return {
      valuesPerTokenPerLayer: heads * (m.qkNopeHeadDim + m.qkRopeHeadDim + m.vHeadDim),
      formula: 'num_attention_heads × (qk_nope_head_dim + qk_rope_head_dim + v_head_dim)',
      inputs: {
        num_attention_heads: heads,
        qk_nope_head_dim: m.qkNopeHeadDim,
        qk_rope_head_dim: m.qkRopeHeadDim,
        v_head_dim: m.vHeadDim,
      },
    };
  }
  if (arch.numKeyValueHeads !== undefined && arch.headDim !== undefined) {
    return {
      valuesPerTokenPerLayer: 2 * arch.numKeyValueHeads * arch.headDim,
      formula: '2 × num_key_value_heads × head_dim',
      inputs: { num_key_value_heads: arch.numKeyValueHeads, head_dim: arch.headDim },
    };
  }
  // The seed's inputs: without head counts, K and V are each hidden_size wide (multi-head attention).
  return {
    valuesPerTokenPerLayer: 2 * arch.hiddenSize,
    formula: '2 × hidden_size (no head counts given: multi-head attention assumed)',
    inputs: { hidden_size: arch.hiddenSize },
  };
}
