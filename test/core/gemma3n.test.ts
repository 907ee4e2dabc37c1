import { describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../src/core/architecture.js';
import { gemma3nLayerParameters, gemma3nModelParameters } from '../../src/core/gemma3n.js';
import { kvLayers } from '../../src/core/layers.js';
import { countParameters } from '../../src/core/parameters.js';

// google/gemma-3n-E4B-it text_config (https://huggingface.co/google/gemma-3n-E4B-it/blob/main/config.json),
// the keys the estimator reads.
const E4B_TEXT = {
  model_type: 'gemma3n_text',
  altup_num_inputs: 4,
  head_dim: 256,
  hidden_size: 2048,
  hidden_size_per_layer_input: 256,
  intermediate_size: Array.from({ length: 35 }, () => 16384),
  laurel_rank: 64,
  layer_types: Array.from({ length: 7 }, () => ['sliding_attention', 'sliding_attention', 'sliding_attention', 'sliding_attention', 'full_attention']).flat(),
  max_position_embeddings: 32768,
  num_attention_heads: 8,
  num_hidden_layers: 35,
  num_key_value_heads: 2,
  num_kv_shared_layers: 15,
  sliding_window: 512,
  vocab_size: 262400,
  vocab_size_per_layer_input: 262144,
};

describe('Gemma 3n', () => {
  const arch = normalizeConfig(E4B_TEXT);

  it('counts per-layer embeddings, AltUp and LAuReL', () => {
    // embed_tokens_per_layer 262144 × 35 × 256 = 2,348,810,240; per_layer_model_projection 2048 × 8960,
    // per_layer_projection_norm 256, altup (un)embed projections 2 × 3 × 2048² → 43,516,160 more.
    expect(gemma3nModelParameters(arch)).toEqual({ perLayerEmbedding: 2_348_810_240, other: 18_350_080 + 256 + 25_165_824 });
    // per layer: AltUp 2048 + 16 + 64 + 8192 + 2048, LAuReL 2 × 2048 × 64 + 2048, PLE gate/projection 2 × 2048 × 256 + 2048
    expect(gemma3nLayerParameters(arch)).toBe(12_368 + 264_192 + 1_050_624);
    // text decoder: 537,395,200 (embed_tokens, tied) + 2,348,810,240 + 43,516,160 + 2048 (norm)
    // + 35 × (attention 10,485,760 + q/k norms 512 + MLP 100,663,296 + 4 norms 8192 + 1,327,184) = 6,866,696,688
    expect(countParameters(arch).total).toBe(6_866_696_688);
  });

  it('caches K/V only in the first 20 layers; the 15 shared layers reuse them', () => {
    // vLLM gemma3n.py kv_sharing_target_layer_name / llama.cpp n_layer_kv_from_start = 35 − 15
    const layers = kvLayers(arch, 1, 'latent');
    expect(layers.filter((l) => l.kind === 'none')).toHaveLength(15);
    // of the 20 cached layers, 4 in 5 are sliding (window 512), 4 full
    expect(layers.filter((l) => l.kind === 'sliding')).toHaveLength(16);
    expect(layers.filter((l) => l.kind === 'full').map((l) => l.layer)).toEqual([4, 9, 14, 19]);
    expect(layers[0]).toMatchObject({ window: 512, valuesPerToken: 2 * 2 * 256 });
  });
});
