import { describe, expect, it } from 'vitest';
import { normalizeConfig, type HfConfig } from '../../src/core/architecture.js';
import { estimate } from '../../src/core/estimate.js';
import { kvLayers } from '../../src/core/layers.js';
import { countParameters } from '../../src/core/parameters.js';
import { GiB } from '../../src/core/units.js';
import { input } from '../helpers/inputs.js';

// Gemma 4's config.json keys that shape memory (google/gemma-4-31B-it and -26B-A4B-it on the Hub; the
// same sizes as Google's JAX definitions, gemma/gm/nn/gemma4/_gemma4.py): five sliding-window layers,
// then a full-attention one.
const layerTypes = (layers: number) => Array.from({ length: layers }, (_, i) => ((i + 1) % 6 === 0 ? 'full_attention' : 'sliding_attention'));
const text = (t: HfConfig): HfConfig => ({
  model_type: 'gemma4_text', attention_k_eq_v: true, global_head_dim: 512, head_dim: 256, hidden_size_per_layer_input: 0, num_kv_shared_layers: 0,
  max_position_embeddings: 262144, sliding_window: 1024, tie_word_embeddings: true, vocab_size: 262144, layer_types: layerTypes(t.num_hidden_layers as number), ...t,
});
const VISION = { model_type: 'gemma4_vision', head_dim: 72, hidden_size: 1152, intermediate_size: 4304, num_attention_heads: 16, num_hidden_layers: 27, patch_size: 16, position_embedding_size: 10240 };
const wrap = (t: HfConfig): HfConfig => ({ architectures: ['Gemma4ForConditionalGeneration'], model_type: 'gemma4', dtype: 'bfloat16', tie_word_embeddings: true, text_config: text(t), vision_config: VISION });
export const GEMMA4_31B = wrap({ hidden_size: 5376, intermediate_size: 21504, num_attention_heads: 32, num_key_value_heads: 16, num_global_key_value_heads: 4, num_hidden_layers: 60, enable_moe_block: false });
export const GEMMA4_26B = wrap({
  hidden_size: 2816, intermediate_size: 2112, num_attention_heads: 16, num_key_value_heads: 8, num_global_key_value_heads: 2, num_hidden_layers: 30,
  enable_moe_block: true, num_experts: 128, top_k_experts: 8, moe_intermediate_size: 704,
});

describe('Gemma 4 (gemma4.ts)', () => {
  it("counts the 31B's checkpoint exactly: text 30,697,345,340, vision tower and projector 575,743,536", () => {
    // sliding layer: q 5376·8192 + k, v 5376·4096 + o 8192·5376 + q/k norms 2·256; full layer: q 5376·16384,
    // k 5376·2048 (no v_proj: attention_k_eq_v), o 16384·5376, q/k norms 2·512; MLP 3·5376·21504; four
    // norms and a layer_scalar; embeddings 262144·5376 (tied) and the final norm
    const count = countParameters(normalizeConfig(GEMMA4_31B));
    expect(count.total - count.encoders).toBe(30_697_345_340);
    expect(count.encoders).toBe(569_550_384 + 1152 * 5376);
    expect(count.total).toBe(31_273_088_876);
  });

  it('counts the 26B-A4B as its card does (25.2B, 3.8B active): a dense MLP beside 128 experts in every layer', () => {
    const count = countParameters(normalizeConfig(GEMMA4_26B));
    const textOnly = count.total - count.encoders;
    expect(textOnly).toBe(25_233_141_790);
    expect(Math.abs(count.active - count.encoders - 3.8e9)).toBeLessThan(0.05e9);
  });

  it('caches K and V of the 512-wide heads in the full layers, and 256-wide ones in the window layers', () => {
    const layers = kvLayers(normalizeConfig(GEMMA4_31B), 1, 'latent');
    expect(layers[0]).toMatchObject({ kind: 'sliding', window: 1024, valuesPerToken: 2 * 16 * 256 });
    expect(layers[5]).toMatchObject({ kind: 'full', valuesPerToken: 2 * 4 * 512 });
    // four global K/V heads over 8 ranks: one replicated head a rank
    expect(kvLayers(normalizeConfig(GEMMA4_31B), 8, 'latent')[5].valuesPerToken).toBe(2 * 512);
  });

  it("sizes vLLM 0.26's request the way issue #49878 worked it out: (8192 + 5 × 4161) blocks × 2.5 MiB = 70.79 GiB", () => {
    // https://github.com/vllm-project/vllm/issues/49878: 31B at max_model_len 262144 with max_num_batched_tokens
    // 32768. Pages of 256 KiB a layer (16 × 8192 values × 2 B); the full layers' 4096 values take blocks of
    // 32 tokens → 262144 / 32 = 8192 blocks; five window groups of 10 layers, cdiv(1023 + 2 × 32768, 16) + 1
    // = 4161 blocks each with two batches in flight; a block spans the 10 layers of a group: 2.5 MiB.
    const base = input('meta-llama/Llama-3.1-8B-Instruct', 'H200', { engineVersion: '0.26.0', maxModelLen: 262144, maxNumBatchedTokens: 32768 });
    const result = estimate({ ...base, model: { id: 'google/gemma-4-31B-it', architecture: normalizeConfig(GEMMA4_31B) } });
    expect(result.kvCache.inputs).toMatchObject({ blocks_per_request: 8192 + 5 * 4161, layers_per_block: 10, kv_cache_groups: 6, in_flight_tokens: 65536 });
    const oneRequest = result.kvCache.bytes / (result.kvCache.inputs.concurrency as number);
    expect(oneRequest).toBe((8192 + 5 * 4161) * 10 * 256 * 1024);
    expect((oneRequest / GiB).toFixed(2)).toBe('70.79');
    // before 0.26, one batch in flight: cdiv(1023 + 32768, 16) + 1 = 2113 blocks a window group (45.79 GiB)
    const before = estimate({ ...base, serving: { ...base.serving, engineVersion: '0.25.1' }, model: { id: 'google/gemma-4-31B-it', architecture: normalizeConfig(GEMMA4_31B) } });
    expect(before.kvCache.inputs.blocks_per_request).toBe(8192 + 5 * 2113);
    expect(((before.kvCache.bytes as number) / GiB).toFixed(2)).toBe('45.79');
  });

  it('refuses the sizes it does not model yet (per-layer embeddings, KV-shared layers), naming them', () => {
    const e2b = wrap({ hidden_size: 1536, intermediate_size: 6144, num_attention_heads: 8, num_key_value_heads: 1, num_hidden_layers: 35, hidden_size_per_layer_input: 256, num_kv_shared_layers: 20 });
    expect(() => normalizeConfig(e2b)).toThrow(/Gemma 4 model with per-layer embeddings \(hidden_size_per_layer_input\)/);
  });
});

describe('Gemma 4 in llama.cpp', () => {
  it("caches the full-attention layers' own K and V over the context, the window layers' over the window", () => {
    const base = input('meta-llama/Llama-3.1-8B-Instruct', 'H100', { engine: 'llama.cpp', maxModelLen: 32768 });
    const result = estimate({ ...base, model: { id: 'google/gemma-4-31B-it', architecture: normalizeConfig(GEMMA4_31B) } });
    // 10 full layers × 32,768 cells × (K + V of 4 × 512 f16) + 50 window layers × the window's cells × (K + V of 16 × 256 f16)
    const full = 10 * 32768 * 2 * 4 * 512 * 2;
    const windowCells = ((result.kvCache.bytes as number) - full) / (50 * 2 * 16 * 256 * 2);
    expect(Number.isInteger(windowCells)).toBe(true);
    expect(windowCells).toBeGreaterThanOrEqual(1024);
    expect(windowCells).toBeLessThan(4096);
  });
});
