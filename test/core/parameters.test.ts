// Parameter counts of layer kinds added for the late-2025 families, each derived by hand below.

import { describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../src/core/architecture.js';
import { kvWidth } from '../../src/core/kv-cache.js';
import { countParameters } from '../../src/core/parameters.js';
import { stateShape } from '../../src/core/recurrent-state.js';
import { stageWeights } from '../../src/core/sharding.js';
import { findModel } from '../../src/catalog/models.js';
import { catalogArch } from '../helpers/inputs.js';

function findConfig(id: string): Record<string, unknown> {
  const hit = findModel(id);
  if (!('model' in hit)) throw new Error(id);
  return hit.model.config;
}

const NANO = 'nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16';

describe('Nemotron-H MoE blocks (vLLM nemotron_h.py NemotronHMoE)', () => {
  // https://github.com/vllm-project/vllm/blob/00b08dc44519a82cbdd9061d92d1226985094622/vllm/model_executor/models/nemotron_h.py
  // NemotronHMoE: relu² experts (up/down, no gate), one shared NemotronHMLP of
  // moe_shared_expert_intermediate_size × n_shared_experts, a router with e_score_correction_bias.
  it('counts Nemotron 3 Nano block by block', () => {
    const arch = catalogArch(NANO);
    const c = countParameters(arch);
    // hidden 2688, vocab 131072: embed_tokens and the untied lm_head 131072·2688 = 352,321,536 each.
    expect([c.embedding, c.lmHead]).toEqual([352_321_536, 352_321_536]);
    // 6 attention blocks: q 2688·4096 + k, v 2688·256 each + o 4096·2688 = 23,396,352;
    // 23 Mamba-2 blocks: in_proj 2688·(4096 + 6144 + 64) + out_proj 4096·2688 + conv 6144·4 + conv bias 6144
    // + dt_bias, A_log, D 3·64 + gated norm 4096 = 38,742,208. 6·23,396,352 + 23·38,742,208 = 1,031,448,896.
    expect(c.attention).toBe(1_031_448_896);
    // 23 MoE blocks: 128 experts · 2·2688·1856 = 1,277,165,568, shared 2·2688·3712 = 19,955,712,
    // router 2688·128 + correction bias 128 = 344,192: 1,297,465,472 each.
    expect(c.mlp).toBe(23 * 1_297_465_472);
    expect(c.routedExperts).toBe(23 * 1_277_165_568);
    // 52 block norms + the final norm: 53·2688.
    expect(c.norms).toBe(142_464);
    // 31,577,940,288; the Hub's safetensors total is 31,577,937,344 (0.00001 % apart).
    expect(c.total).toBe(31_577_940_288);
    // Active: 6 of 128 experts: 23·(6·9,977,856 + 19,955,712 + 344,192) + the rest = 3,580,076,352 (card: ~3.6B with embeddings).
    expect(c.active).toBe(3_580_076_352);
  });

  it('places experts only in the E blocks and keeps the KV cache in the 6 attention blocks', () => {
    const arch = catalogArch(NANO);
    expect(arch.moe!.sparseLayers.filter(Boolean).length).toBe(23);
    expect(arch.recurrent!.mlpLayers.filter((m) => m === 'moe').length).toBe(23);
    // K and V: 2 × num_key_value_heads 2 × head_dim 128 = 512 values per token per attention layer;
    // 6 layers × 512 × 2 bytes (bf16) = 6,144 bytes per token.
    expect(kvWidth(arch).valuesPerTokenPerLayer).toBe(512);
    expect(arch.recurrent!.attentionLayers.filter(Boolean).length * 512 * 2).toBe(6_144);
    // Mamba-2 state per layer and sequence (tp 1): conv 3 × (4096 + 2·8·128) = 18,432 values,
    // SSM 64 heads × 64 × 128 = 524,288 values (float32 by mamba_ssm_cache_dtype: 2,097,152 bytes).
    const s = stateShape(arch, 1);
    expect([s.convElements, s.temporalElements]).toEqual([18_432, 524_288]);
    expect(arch.recurrent!.ssmDtype).toBe('float32');
  });

  it('splits experts and the shared expert over tensor_parallel_size with two matrices each', () => {
    const arch = catalogArch(NANO);
    const opts = { tensorParallelSize: 1, pipelineParallelSize: 1, vocabPadding: 64, dtypeBytes: 2, format: null };
    // Unsharded bf16: every counted parameter at 2 bytes.
    expect(stageWeights(arch, opts)[0].bytes).toBe(2 * 31_577_940_288);
    const tp2 = stageWeights(arch, { ...opts, tensorParallelSize: 2 })[0].bytes;
    expect(tp2).toBeLessThan(31_577_940_288 * 1.01);
    expect(tp2).toBeGreaterThan(31_577_940_288 * 0.99);
  });

  it('counts Nemotron 3 Super: latent MoE blocks, and the MTP module the checkpoint also stores', () => {
    const c = countParameters(catalogArch('nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-BF16'));
    // hidden 4096: embed_tokens and lm_head 131072·4096 = 536,870,912 each.
    // 8 attention blocks: q 4096·4096 + k, v 4096·256 each + o 4096·4096 = 35,651,584;
    // 40 Mamba-2 blocks (128 heads × 64 = 8192, conv_dim 8192 + 2·8·128 = 10240): in_proj 4096·(8192 + 10240 + 128)
    // + out_proj 8192·4096 + conv 10240·4 + bias 10240 + 3·128 + norm 8192 = 109,635,968.
    expect(c.attention).toBe(8 * 35_651_584 + 40 * 109_635_968);
    // 40 MoE blocks: 512 experts · 2·1024·2688 = 2,818,572,288 (latent width 1024), fc1/fc2_latent_proj
    // 2·4096·1024 = 8,388,608, shared 2·4096·5376 = 44,040,192, router 4096·512 + bias 512: 2,873,098,752 each.
    expect(c.routedExperts).toBe(40 * 2_818_572_288);
    expect(c.mlp).toBe(40 * 2_873_098_752);
    // + 89 norms of 4096 = 120,668,707,840. The MTP module (eh_proj 2·4096·4096, one attention and one MoE
    // block, 5 norms: 2,942,325,248) brings it to the checkpoint's 123,611,033,088 elements exactly.
    expect(c.total).toBe(120_668_707_840);
    expect(c.total + 2 * 4096 * 4096 + 35_651_584 + 2_873_098_752 + 5 * 4096).toBe(123_611_033_088);
  });

  it('reads transformers 5\'s layers_block_type as the pattern, and the layer count from its length', () => {
    // configuration_nemotron_h.py _pattern_to_list: M → mamba, E → moe, * → attention.
    const { hybrid_override_pattern: pattern, num_hidden_layers: _layers, ...rest } = findConfig(NANO);
    const names: Record<string, string> = { M: 'mamba', E: 'moe', '*': 'attention' };
    const arch = normalizeConfig({ ...rest, layers_block_type: [...String(pattern)].map((c) => names[c]) });
    expect(arch.numHiddenLayers).toBe(52);
    expect(countParameters(arch).total).toBe(31_577_940_288);
    expect(() => normalizeConfig({ ...rest, layers_block_type: ['mamba', 'cross_attention'] })).toThrow(/layers_block_type\[1\] "cross_attention"/);
  });

  it('counts a latent MoE: experts in moe_latent_size between fc1_latent_proj and fc2_latent_proj', () => {
    // One E block, hidden 64, latent 32, 4 experts of 16, shared 1 × 24, a one-token vocabulary:
    // experts 4·2·32·16 = 4,096; fc1/fc2_latent_proj 2·64·32 = 4,096; shared 2·64·24 = 3,072;
    // router 64·4 + bias 4 = 260; block norm 64 + final norm 64; one tied embedding row 64.
    const arch = normalizeConfig({
      model_type: 'nemotron_h', num_hidden_layers: 1, hidden_size: 64, vocab_size: 1, tie_word_embeddings: true, hybrid_override_pattern: 'E',
      num_attention_heads: 4, num_key_value_heads: 1, head_dim: 16, mamba_num_heads: 2, mamba_head_dim: 32, ssm_state_size: 16,
      n_groups: 1, conv_kernel: 4, n_routed_experts: 4, num_experts_per_tok: 2, moe_intermediate_size: 16,
      moe_shared_expert_intermediate_size: 24, n_shared_experts: 1, moe_latent_size: 32, intermediate_size: 16,
    });
    const c = countParameters(arch);
    expect(c.routedExperts).toBe(4_096);
    expect(c.total).toBe(4_096 + 4_096 + 3_072 + 260 + 128 + 64);
  });
});

describe('Ministral 3 layout (transformers modular_ministral3.py: the Mistral layers, no biases)', () => {
  it('reads a Mistral3ForConditionalGeneration config whose text_config is ministral3, rope in rope_parameters', () => {
    const arch = normalizeConfig({
      architectures: ['Mistral3ForConditionalGeneration'],
      model_type: 'mistral3',
      text_config: {
        model_type: 'ministral3', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2,
        head_dim: 16, intermediate_size: 128, vocab_size: 100, max_position_embeddings: 512, tie_word_embeddings: false,
        rope_parameters: { rope_type: 'yarn', factor: 4, original_max_position_embeddings: 64, rope_theta: 1000000 },
      },
    });
    // Per layer: q 64·64 + k, v 64·32 each + o 64·64 = 12,288; MLP 3·64·128 = 24,576; 2 norms 128.
    // 2 layers 73,984 + embed_tokens and lm_head 100·64 each + final norm 64 = 86,848.
    expect(countParameters(arch).total).toBe(86_848);
    // vLLM's YaRN rotary cache: original_max_position_embeddings × factor = 256 rows.
    expect(arch.rope).toEqual({ maxPosition: 256, rotaryDim: 16 });
  });

  it('reads Devstral 2 as a top-level ministral3 model (Ministral3ForCausalLM)', () => {
    const arch = normalizeConfig({
      architectures: ['Ministral3ForCausalLM'], model_type: 'ministral3', hidden_size: 64, num_hidden_layers: 1,
      num_attention_heads: 4, num_key_value_heads: 1, head_dim: 16, intermediate_size: 96, vocab_size: 10, tie_word_embeddings: true,
    });
    // q 4096 + k, v 1024 each + o 4096 + MLP 3·64·96 = 28,672 + 2 norms 128 + tied embed 640 + final norm 64.
    expect(countParameters(arch).total).toBe(4_096 + 2_048 + 4_096 + 18_432 + 128 + 640 + 64);
  });

  it('takes the MoE layout from the wrapped decoder: a deepseek_v3 text_config keeps its first_k_dense_replace dense layers', () => {
    const arch = normalizeConfig({
      model_type: 'mistral3',
      text_config: {
        model_type: 'deepseek_v3', hidden_size: 64, num_hidden_layers: 3, num_attention_heads: 4, vocab_size: 10,
        intermediate_size: 128, moe_intermediate_size: 32, n_routed_experts: 4, num_experts_per_tok: 2, n_shared_experts: 1,
        first_k_dense_replace: 1, kv_lora_rank: 16, q_lora_rank: 32, qk_rope_head_dim: 8, qk_nope_head_dim: 16, v_head_dim: 16,
      },
    });
    expect(arch.moe!.sparseLayers).toEqual([false, true, true]);
  });
});
