import { describe, expect, it } from 'vitest';
import { countParameters, indexerParameters } from '../../src/core/parameters.js';
import { kvLayers } from '../../src/core/layers.js';
import { catalogArch } from '../helpers/inputs.js';

// Architecture features of the 2026 families (issue #9), each figure derived by hand from the
// model's config.json (catalog/models/*.json) and the modeling file named.

describe('Llama 4', () => {
  it('makes every layer MoE for Scout and every second layer for Maverick (interleave_moe_layer_step)', () => {
    // configuration_llama4.py: moe_layers = range(step − 1, layers, step)
    const scout = catalogArch('meta-llama/Llama-4-Scout-17B-16E-Instruct');
    expect(scout.moe!.sparseLayers.filter(Boolean)).toHaveLength(48);
    const maverick = catalogArch('meta-llama/Llama-4-Maverick-17B-128E-Instruct');
    expect(maverick.moe!.sparseLayers.slice(0, 4)).toEqual([false, true, false, true]);
    // experts and the shared expert are intermediate_size wide, dense layers intermediate_size_mlp
    expect(maverick.moe).toMatchObject({ numExperts: 128, moeIntermediateSize: 8192, sharedExpertIntermediateSize: 8192 });
    expect(maverick.intermediateSize).toBe(16384);
  });

  it('counts text, shared expert and vision tower to the published total', () => {
    // Scout per layer: attention 2·5120·5120 + 2·5120·1024 = 62,914,560; MoE 16·3·5120·8192 + 3·5120·8192
    // + 5120·16 = 2,013,347,840 (+ 2 norms); 48 layers + embeddings/head 2·202048·5120 + norm
    // = 107,769,861,120; vision (Llama4VisionModel + projector) 871,932,416 → 108,641,793,536.
    const count = countParameters(catalogArch('meta-llama/Llama-4-Scout-17B-16E-Instruct'));
    expect(count.encoders).toBe(871_932_416);
    expect(count.total).toBe(108_641_793_536);
  });

  it('caches chunked local attention on the RoPE layers and full attention on every 4th (NoPE) layer', () => {
    // no_rope_layers [] → configuration_llama4.py default: layer i uses RoPE unless (i + 1) % 4 == 0;
    // vLLM models/llama4.py gives RoPE layers attention_chunk_size (ChunkedLocalAttention).
    const layers = kvLayers(catalogArch('meta-llama/Llama-4-Scout-17B-16E-Instruct'), 1, 'latent');
    expect(layers.filter((l) => l.kind === 'chunked')).toHaveLength(36);
    expect(layers.filter((l) => l.kind === 'full').map((l) => l.layer).slice(0, 3)).toEqual([3, 7, 11]);
    expect(layers[0]).toMatchObject({ kind: 'chunked', window: 8192, valuesPerToken: 2 * 8 * 128 });
  });
});

describe('GLM-4.5 (glm4_moe)', () => {
  it('has biased q/k/v, head_dim q/k norms when use_qk_norm, 3 dense layers then 160 experts + 1 shared', () => {
    const glm = catalogArch('zai-org/GLM-4.5');
    expect(glm.moe!.sparseLayers.indexOf(true)).toBe(3);
    // per layer attention: q 5120·12288 + 12288 bias, k/v 2·(5120·1024 + 1024), o 12288·5120, q/k norm 2·128
    const count = countParameters(glm);
    expect(count.attention).toBe(92 * (5120 * 12288 + 12288 + 2 * (5120 * 1024 + 1024) + 12288 * 5120 + 2 * 128));
    // main model without the MTP layer the checkpoint also stores
    expect(count.total).toBe(352_797_829_024);
    // rotary cache: head_dim 128 × partial_rotary_factor 0.5
    expect(glm.rope?.rotaryDim).toBe(64);
  });
});

describe('DeepSeek Sparse Attention indexer (DeepSeek-V3.2, GLM-5)', () => {
  it('adds wq_b, wk, k_norm and weights_proj to every layer', () => {
    // vLLM deepseek_v2.py Indexer: 1536·64·128 + 7168·128 + 2·128 + 7168·64 = 13,959,424
    const v32 = catalogArch('deepseek-ai/DeepSeek-V3.2');
    expect(v32.indexer).toEqual({ numHeads: 64, headDim: 128, topk: 2048 });
    expect(indexerParameters(v32).params).toBe(13_959_424);
    // DeepSeek-V3's 671,026,419,200 + 61 × 13,959,424
    expect(countParameters(v32).total).toBe(671_026_419_200 + 61 * 13_959_424);
    // GLM-5: 2048·32·128 + 6144·128 + 2·128 + 6144·32 = 9,371,904
    expect(indexerParameters(catalogArch('zai-org/GLM-5')).params).toBe(9_371_904);
  });
});

describe('MiniMax-M2', () => {
  it('norms q and k over all heads and routes every layer over 256 experts', () => {
    // per layer: q/o 2·3072·6144, k/v 2·3072·1024, q_norm 6144 + k_norm 1024; experts 256·3·3072·1536,
    // router 3072·256 + e_score_correction_bias 256; 2 norms. 62 layers + 2·200064·3072 + 3072.
    const mm = catalogArch('MiniMaxAI/MiniMax-M2');
    expect(countParameters(mm).total).toBe(228_689_764_864);
    expect(mm.rope?.rotaryDim).toBe(64);
  });
});
