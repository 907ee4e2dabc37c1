import { describe, expect, it } from 'vitest';
import { countParameters } from '../../src/core/parameters.js';
import { kvLayers } from '../../src/core/layers.js';
import { catalogArch } from '../helpers/inputs.js';

// Layouts of families added after issue #9, each figure derived by hand from the catalog config
// (catalog/models/*.json) and the modeling file the trait cites.

describe('OLMo 3 (olmo3)', () => {
  it('counts q/k norms over all heads, two post-norms per layer and no biases', () => {
    // modeling_olmo3.py: embeddings and untied head 2·100278·4096 = 821,477,376; per layer attention
    // 4·4096² = 67,108,864 + q_norm 4096 + k_norm 32·128 = 4096, MLP 3·4096·11008 = 135,266,304,
    // post_attention / post_feedforward norms 2·4096 → 202,391,552 × 32 = 6,476,529,664; final norm 4096.
    const count = countParameters(catalogArch('allenai/Olmo-3-7B-Instruct'));
    expect(count.attention).toBe(32 * (67_108_864 + 8_192));
    expect(count.total).toBe(7_298_011_136);
    // 32B: GQA 40 q / 8 KV heads, so k_norm is 8·128 wide (vLLM olmo2.py: RMSNorm(total_num_kv_heads × head_dim))
    const big = countParameters(catalogArch('allenai/Olmo-3-32B-Think'));
    expect(big.attention).toBe(64 * (2 * 5120 * 5120 + 2 * 5120 * 1024 + 5120 + 1024));
  });

  it('caches three sliding-window layers and one full layer in every four', () => {
    // layer_types: sliding_attention ×3, full_attention; KV per token per layer 2·32·128 = 8,192 values
    const layers = kvLayers(catalogArch('allenai/Olmo-3-7B-Instruct'), 1, 'latent');
    expect(layers.filter((l) => l.kind === 'sliding')).toHaveLength(24);
    expect(layers.filter((l) => l.kind === 'full').map((l) => l.layer).slice(0, 2)).toEqual([3, 7]);
    expect(layers[0]).toMatchObject({ kind: 'sliding', window: 4096, valuesPerToken: 8_192 });
  });
});

describe('Qwen3-VL (qwen3_vl, qwen3_vl_moe)', () => {
  it('counts the Qwen3 text model and the DeepStack tower to the published 8.767B', () => {
    // text: 2·151936·4096 + 36·(4096·4096 + 2·4096·1024 + 4096·4096 + 2·128 + 3·4096·12288 + 2·4096) + 4096
    // = 8,190,735,360; vision 576,388,336 (test/core/encoders.test.ts) → 8,767,123,696.
    const count = countParameters(catalogArch('Qwen/Qwen3-VL-8B-Instruct'));
    expect(count.encoders).toBe(576_388_336);
    expect(count.total).toBe(8_767_123_696);
  });

  it('caches 2·8·128 values per token in every layer of the 8B and 2·4·128 in the MoE models', () => {
    expect(kvLayers(catalogArch('Qwen/Qwen3-VL-8B-Instruct'), 1, 'latent').every((l) => l.kind === 'full' && l.valuesPerToken === 2_048)).toBe(true);
    const moe = catalogArch('Qwen/Qwen3-VL-30B-A3B-Instruct');
    expect(moe.moe).toMatchObject({ numExperts: 128, numExpertsPerTok: 8, moeIntermediateSize: 768 });
    expect(moe.moe!.sparseLayers.every(Boolean)).toBe(true);
    expect(kvLayers(moe, 1, 'latent')[0].valuesPerToken).toBe(1_024);
  });
});

describe('GLM-4.7-Flash (glm4_moe_lite)', () => {
  it('takes DeepSeek-V3 MLA and MoE: one dense layer, then 64 experts and a shared expert', () => {
    const arch = catalogArch('zai-org/GLM-4.7-Flash');
    expect(arch.moe!.sparseLayers.indexOf(true)).toBe(1);
    // MLA per layer: q_a 2048·768 + q_b 768·20·256 + kv_a 2048·(512 + 64) + kv_b 512·20·(192 + 256)
    // + o 20·256·2048 + q_a/kv_a norms 768 + 512 = 21,759,232; × 47 = 1,022,683,904
    const count = countParameters(arch);
    expect(count.attention).toBe(47 * 21_759_232);
    expect(count.total).toBe(29_943_393_920);
  });

  it('caches the 576-value latent per token in every layer (vLLM MLA)', () => {
    const layers = kvLayers(catalogArch('zai-org/GLM-4.7-Flash'), 1, 'latent');
    expect(layers).toHaveLength(47);
    expect(layers.every((l) => l.latent && l.valuesPerToken === 512 + 64)).toBe(true);
  });
});
