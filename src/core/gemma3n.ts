// Gemma 3n's text decoder beyond a Gemma 3 layer (transformers models/gemma3n/modeling_gemma3n.py,
// vLLM model_executor/models/gemma3n.py): per-layer embeddings (PLE), AltUp, LAuReL, and the
// layers that reuse an earlier layer's K/V instead of caching their own.

import type { Architecture } from './architecture.js';

export interface Gemma3nShape {
  /** hidden_size_per_layer_input: width of each layer's slice of the per-layer embeddings. */
  perLayerInput: number;
  /** vocab_size_per_layer_input: rows of embed_tokens_per_layer. */
  perLayerVocab: number;
  altupInputs: number;
  laurelRank: number;
}

/**
 * Model-level tensors: embed_tokens_per_layer (vocab_size_per_layer_input × layers ×
 * hidden_size_per_layer_input), per_layer_model_projection (hidden → layers × per-layer width),
 * per_layer_projection_norm, and altup_projections / altup_unembed_projections ((n − 1) × hidden²
 * each). The per-layer embedding table is an embedding (split over ranks like embed_tokens).
 */
export function gemma3nModelParameters(arch: Architecture): { perLayerEmbedding: number; other: number } {
  const g = arch.gemma3n;
  if (!g) return { perLayerEmbedding: 0, other: 0 };
  const h = arch.hiddenSize;
  const width = arch.numHiddenLayers * g.perLayerInput;
  return {
    perLayerEmbedding: g.perLayerVocab * width,
    other: h * width + g.perLayerInput + 2 * (g.altupInputs - 1) * h * h,
  };
}

/**
 * Per decoder layer: AltUp (correct_output_scale h, correction_coefs n², prediction_coefs n³,
 * modality_router h·n, router_norm h), LAuReL (linear_left/right h·rank each, post_laurel_norm h),
 * and the per-layer input path (per_layer_input_gate h·w, per_layer_projection w·h,
 * post_per_layer_input_norm h). E4B: 12,368 + 264,192 + 1,050,624 = 1,327,184.
 */
export function gemma3nLayerParameters(arch: Architecture): number {
  const g = arch.gemma3n;
  if (!g) return 0;
  const h = arch.hiddenSize;
  const n = g.altupInputs;
  const altup = h + n * n + n * n * n + h * n + h;
  const laurel = 2 * h * g.laurelRank + h;
  const perLayer = 2 * h * g.perLayerInput + h;
  return altup + laurel + perLayer;
}
