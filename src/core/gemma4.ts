// Gemma 4 (model_type gemma4 / gemma4_text): sliding-window layers of head_dim with
// num_key_value_heads, and full-attention ("global") layers of global_head_dim (512) whose K/V
// heads are num_global_key_value_heads where attention_k_eq_v: those layers have no v_proj (the
// value is the normed key). vLLM still caches K and V there, and loads k_proj into a V slot it
// allocates (models/gemma4.py at https://github.com/vllm-project/vllm/blob/eee7972fe3225f0b08bb8d61afd88eb846330a55/vllm/model_executor/models/gemma4.py).
// The 26B-A4B runs a dense MLP of intermediate_size beside 128 experts of moe_intermediate_size
// (top_k_experts) in every layer. Every layer has a layer_scalar; an MoE layer's router adds a
// scale vector, per_expert_scale and three more norms. Counted this way the 31B's text decoder is
// 30,697,345,340 parameters, its checkpoint's tensors exactly, and the 26B-A4B's 25,233,154,590
// (card: 25.2B). The E2B/E4B sizes (per-layer embeddings, KV-shared layers) are not modelled.

import type { HfConfig } from './architecture.js';

export interface GlobalAttention {
  headDim: number;
  kvHeads: number;
  /** attention_k_eq_v: no v_proj in the checkpoint. */
  kEqV: boolean;
  /** The full-attention layers. */
  layers: boolean[];
}

/** The full-attention layers' own shape, or none for a config without global_head_dim. */
export function globalAttention(text: HfConfig, layers: number, kvHeads: number | undefined): GlobalAttention | undefined {
  const headDim = text.global_head_dim;
  if (typeof headDim !== 'number' || !Number.isInteger(headDim) || headDim < 1) return undefined;
  const types = Array.isArray(text.layer_types) ? (text.layer_types as unknown[]) : [];
  if (types.length !== layers) return undefined;
  const kEqV = text.attention_k_eq_v === true;
  const globalKv = text.num_global_key_value_heads;
  const heads = kEqV && typeof globalKv === 'number' && Number.isInteger(globalKv) && globalKv > 0 ? globalKv : (kvHeads ?? 1);
  return { headDim, kvHeads: heads, kEqV, layers: types.map((t) => t === 'full_attention') };
}

/** Whether a Gemma 4 config uses what gpu-fit does not size (per-layer embeddings, KV-shared layers). */
export function gemma4Unsupported(text: HfConfig): string | undefined {
  if (typeof text.hidden_size_per_layer_input === 'number' && text.hidden_size_per_layer_input > 0) return 'per-layer embeddings (hidden_size_per_layer_input)';
  if (typeof text.num_kv_shared_layers === 'number' && text.num_kv_shared_layers > 0) return 'KV-shared layers (num_kv_shared_layers)';
  return undefined;
}

/** Parameters a Gemma 4 layer has beyond attention, MLP and its four norms. */
export function gemma4LayerExtras(modelType: string, hidden: number, moeExperts: number | undefined): number {
  if (!modelType.startsWith('gemma4')) return 0;
  return 1 + (moeExperts ? hidden + moeExperts + 3 * hidden : 0);
}

/**
 * Gemma 4's vision tower and projector: per layer q, k, v, o (h²), a gated MLP (3·h·intermediate),
 * four norms and q/k norms of the head size; a 2-D position table (2 × position_embedding_size × h),
 * the patch embedding (patch² × 3 × h) and two more norms; the projector h × the text hidden size.
 * For the 31B (h 1152, 27 layers, intermediate 4304, 16 heads, positions 10240, patch 16) that is
 * 569,550,384 + 6,193,152, the checkpoint's vision tensors.
 */
export function gemma4VisionParameters(config: HfConfig, textHidden: number): number | null {
  const v = config.vision_config as HfConfig;
  const h = v.hidden_size;
  const layers = v.num_hidden_layers;
  const inter = v.intermediate_size;
  if (typeof h !== 'number' || typeof layers !== 'number' || typeof inter !== 'number') return null;
  const heads = typeof v.num_attention_heads === 'number' ? v.num_attention_heads : 16;
  const headDim = typeof v.head_dim === 'number' ? v.head_dim : h / heads;
  const positions = typeof v.position_embedding_size === 'number' ? v.position_embedding_size : 10240;
  const patch = typeof v.patch_size === 'number' ? v.patch_size : 16;
  const perLayer = 4 * h * h + 3 * h * inter + 4 * h + 2 * headDim;
  return layers * perLayer + 2 * positions * h + patch * patch * 3 * h + 2 * h + h * textHidden;
}
