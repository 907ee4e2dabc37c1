// What each decoder layer keeps in the KV cache: full-length, a sliding window, or nothing
// (cross-attention layers that attend to image features, recurrent layers of hybrid models),
// and how many values per token.

import type { Architecture } from './architecture.js';
import type { MlaCacheLayout } from './kv-cache.js';
import { kvHeadsPerRank } from './sharding.js';

export interface LayerKv {
  layer: number;
  /** chunked: Llama 4's chunked local attention (attends within attention_chunk_size). */
  kind: 'full' | 'sliding' | 'chunked' | 'none';
  /** Sliding window or attention chunk in tokens (kinds 'sliding' and 'chunked'). */
  window?: number;
  /** K and V values stored per token on one tensor-parallel rank. */
  valuesPerToken: number;
  /** MLA latent: one vector, no separate V (vLLM's page has no ×2). */
  latent: boolean;
}

const LAYERS = new WeakMap<Architecture, Map<string, LayerKv[]>>();

/** Per-layer KV geometry on one rank (cached per architecture, ranks and MLA layout). */
export function kvLayers(arch: Architecture, tp: number, mlaLayout: MlaCacheLayout): LayerKv[] {
  let byKey = LAYERS.get(arch);
  if (!byKey) {
    byKey = new Map();
    LAYERS.set(arch, byKey);
  }
  const key = `${tp}/${mlaLayout}`;
  let layers = byKey.get(key);
  if (!layers) {
    layers = computeLayers(arch, tp, mlaLayout);
    byKey.set(key, layers);
  }
  return layers;
}

function computeLayers(arch: Architecture, tp: number, mlaLayout: MlaCacheLayout): LayerKv[] {
  const heads = arch.numAttentionHeads ?? 1;
  const hd = arch.headDim ?? arch.hiddenSize / heads;
  return Array.from({ length: arch.numHiddenLayers }, (_, layer): LayerKv => {
    if (arch.crossAttentionLayers?.includes(layer)) return { layer, kind: 'none', valuesPerToken: 0, latent: false };
    if (arch.kvSharedFrom !== undefined && layer >= arch.kvSharedFrom) return { layer, kind: 'none', valuesPerToken: 0, latent: false };
    // Recurrent or linear-attention layers keep a fixed state per sequence, no per-token KV (recurrent-state.ts).
    if (arch.recurrent && !arch.recurrent.attentionLayers[layer]) return { layer, kind: 'none', valuesPerToken: 0, latent: false };
    let valuesPerToken: number;
    let latent = false;
    if (arch.mla && mlaLayout === 'latent') {
      valuesPerToken = arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim;
      latent = true;
    } else if (arch.mla) {
      const m = arch.mla;
      valuesPerToken = (heads / tp) * (m.qkNopeHeadDim + m.qkRopeHeadDim + m.vHeadDim);
    } else if (arch.numAttentionHeads === undefined && arch.numKeyValueHeads === undefined) {
      valuesPerToken = (2 * arch.hiddenSize) / tp; // the seed's inputs: multi-head attention
    } else if (arch.globalAttention?.layers[layer]) {
      // Gemma 4's full-attention layers: K and V of global_head_dim, both cached (vLLM models/gemma4.py).
      const g = arch.globalAttention;
      valuesPerToken = 2 * Math.max(1, Math.floor(g.kvHeads / tp)) * g.headDim;
    } else {
      valuesPerToken = 2 * kvHeadsPerRank(arch, tp) * hd;
    }
    const sliding = arch.slidingWindow?.layers[layer];
    if (sliding) return { layer, kind: 'sliding', window: arch.slidingWindow!.size, valuesPerToken, latent };
    if (arch.chunkedAttention?.layers[layer]) return { layer, kind: 'chunked', window: arch.chunkedAttention.size, valuesPerToken, latent };
    return { layer, kind: 'full', valuesPerToken, latent };
  });
}
