import { describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../src/core/architecture.js';
import { countParameters } from '../../src/core/parameters.js';
import { catalogArch } from '../helpers/inputs.js';

const count = (layers: boolean[]) => layers.filter(Boolean).length;

describe('hybrid layer layouts from config.json', () => {
  it('Qwen3-Next: every full_attention_interval-th layer is full attention, the rest Gated DeltaNet', () => {
    const arch = catalogArch('Qwen/Qwen3-Next-80B-A3B-Instruct');
    const r = arch.recurrent!;
    expect(r.kind).toBe('gated_delta_net');
    // full_attention_interval 4 over 48 layers: layers 3, 7, …, 47 attend (configuration_qwen3_next.py)
    expect(count(r.attentionLayers)).toBe(12);
    expect(r.attentionLayers[3] && r.attentionLayers[47] && !r.attentionLayers[0]).toBe(true);
    expect(count(r.layers)).toBe(36);
    expect(arch.attentionOutputGate).toBe(true);
  });

  it('Qwen3.5: the text_config layer_types and its mamba_ssm_dtype', () => {
    const arch = normalizeConfig({
      model_type: 'qwen3_5',
      architectures: ['Qwen3_5ForConditionalGeneration'],
      text_config: {
        model_type: 'qwen3_5_text', hidden_size: 4096, intermediate_size: 12288, num_hidden_layers: 8, num_attention_heads: 16,
        num_key_value_heads: 4, head_dim: 256, vocab_size: 248320, attn_output_gate: true, mamba_ssm_dtype: 'float32',
        layer_types: ['linear_attention', 'linear_attention', 'linear_attention', 'full_attention', 'linear_attention', 'linear_attention', 'linear_attention', 'full_attention'],
        linear_conv_kernel_dim: 4, linear_key_head_dim: 128, linear_num_key_heads: 16, linear_num_value_heads: 32, linear_value_head_dim: 128,
      },
    });
    expect(count(arch.recurrent!.layers)).toBe(6);
    expect(arch.recurrent!.ssmDtype).toBe('float32');
    expect(arch.attentionOutputGate).toBe(true);
  });

  it('Nemotron-H: one block per hybrid_override_pattern character', () => {
    const r = catalogArch('nvidia/NVIDIA-Nemotron-Nano-9B-v2').recurrent!;
    expect([count(r.layers), count(r.attentionLayers), r.mlpLayers.filter((m) => m === 'dense').length]).toEqual([27, 4, 25]);
    expect(r.normsPerLayer).toBe(1);
  });

  it('granite-4.0-h, Jamba and LFM2 read their own spellings', () => {
    const granite = catalogArch('ibm-granite/granite-4.0-h-small').recurrent!;
    expect([granite.kind, count(granite.layers), count(granite.attentionLayers), granite.intermediate]).toEqual(['mamba2', 36, 4, 8192]);
    // attn_layer_period 8, attn_layer_offset 4: layers 4, 12, 20, 28 attend (configuration_jamba.py)
    const jamba = catalogArch('ai21labs/AI21-Jamba-Mini-1.7');
    expect([jamba.recurrent!.kind, count(jamba.recurrent!.attentionLayers), jamba.recurrent!.attentionLayers[4]]).toEqual(['mamba1', 4, true]);
    expect(jamba.moe!.sparseLayers.filter(Boolean).length).toBe(16);
    const lfm2 = catalogArch('LiquidAI/LFM2-1.2B');
    expect([lfm2.recurrent!.kind, count(lfm2.recurrent!.layers), lfm2.intermediateSize]).toEqual(['short_conv', 10, 8192]);
  });

  it('Falcon-H1 runs attention and Mamba-2 in every layer; Kimi-Linear numbers its layers from 1', () => {
    const falcon = normalizeConfig({
      model_type: 'falcon_h1', num_hidden_layers: 4, hidden_size: 2048, intermediate_size: 4608, num_attention_heads: 8, num_key_value_heads: 2,
      head_dim: 128, vocab_size: 65537, mamba_d_state: 256, mamba_d_conv: 4, mamba_n_groups: 1, mamba_n_heads: 48, mamba_d_head: 64, mamba_d_ssm: 3072,
    });
    expect([count(falcon.recurrent!.layers), count(falcon.recurrent!.attentionLayers), falcon.recurrent!.intermediate]).toEqual([4, 4, 3072]);
    // mamba_d_head "auto": mamba_d_ssm / mamba_n_heads = 3072 / 48
    const auto = normalizeConfig({ model_type: 'falcon_h1', num_hidden_layers: 1, hidden_size: 2048, mamba_d_ssm: 3072, mamba_n_heads: 48, mamba_d_head: 'auto', mamba_d_state: 256, mamba_n_groups: 1, mamba_d_conv: 4 });
    expect(auto.recurrent!.headDim).toBe(64);
    const kimi = normalizeConfig({
      model_type: 'kimi_linear', num_hidden_layers: 4, hidden_size: 2304, intermediate_size: 9216, num_attention_heads: 32, num_key_value_heads: 32,
      vocab_size: 163840, kv_lora_rank: 512, q_lora_rank: null, qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128,
      num_experts: 256, num_experts_per_token: 8, num_shared_experts: 1, moe_intermediate_size: 1024, first_k_dense_replace: 1, moe_layer_freq: 1,
      linear_attn_config: { kda_layers: [1, 2, 3], full_attn_layers: [4], num_heads: 32, head_dim: 128, short_conv_kernel_size: 4 },
    });
    expect(kimi.recurrent!.layers).toEqual([true, true, true, false]);
    expect(kimi.mla && kimi.moe!.numSharedExperts).toBe(1);
    expect(kimi.moe!.numExpertsPerTok).toBe(8);
  });
});

describe('parameters of the recurrent mixers', () => {
  it('Qwen3-Next-80B-A3B: 79,674,391,296 counted against the published 80B', () => {
    // embeddings and head 2 × 151936 × 2048 = 622,329,856
    // Gated DeltaNet (36 layers): in_proj_qkvz 2048 × (2·2048 + 2·4096) + in_proj_ba 2048 × 64 + out_proj 4096 × 2048
    //   + conv1d 8192 × 4 + dt_bias, A_log 2 × 32 + norm 128 = 33,718,464 each
    // gated attention (12 layers): q 2048 × 8192 + k, v 2 × 2048 × 512 + o 4096 × 2048 + q/k norms 2 × 256 = 27,263,488
    // MoE (48 layers): 512 × 3 × 2048 × 512 + router 2048 × 512 + shared 3 × 2048 × 512 + gate 2048 = 1,614,809,088
    // norms 48 × 2 × 2048 + 2048
    const c = countParameters(catalogArch('Qwen/Qwen3-Next-80B-A3B-Instruct'));
    expect(c.total).toBe(622_329_856 + 36 * 33_718_464 + 12 * 27_263_488 + 48 * 1_614_809_088 + 48 * 2 * 2048 + 2048);
    expect(c.total).toBe(79_674_391_296);
  });

  it('LFM2-1.2B: exactly the 1,170,340,608 of its model card', () => {
    // short conv (10): in_proj 2048 × 6144 + conv 2048 × 3 + out_proj 2048 × 2048 = 16,783,360
    // attention (6): 2048 × 2048 × 2 + 2 × 2048 × 512 + q/k layernorms 2 × 64 = 10,485,888
    // MLP (16): 3 × 2048 × 8192 (block_ff_dim 12288 × 2/3, rounded to 256) = 50,331,648; tied embeddings 65536 × 2048
    expect(countParameters(catalogArch('LiquidAI/LFM2-1.2B')).total).toBe(1_170_340_608);
  });
});

describe('architectures gpu-fit cannot size', () => {
  it('are an error naming the architecture, never a Llama guess', () => {
    expect(() => normalizeConfig({ model_type: 'rwkv7', architectures: ['RWKV7ForCausalLM'], num_hidden_layers: 24, hidden_size: 2048 }))
      .toThrow('config.json describes RWKV7ForCausalLM (model_type "rwkv7"), an architecture gpu-fit has no sizing rules for.');
    expect(() => normalizeConfig({ model_type: 'zamba2', num_hidden_layers: 54, hidden_size: 2560, mamba_d_state: 64, num_attention_heads: 32 }))
      .toThrow(/model_type "zamba2".*Its mamba_d_state describes recurrent or linear-attention layers/);
  });

  it('a catalog entry may take the Llama layout for a model_type without traits, unless it has recurrent layers', () => {
    const dense = { model_type: 'newfamily', num_hidden_layers: 2, hidden_size: 64, num_attention_heads: 4, vocab_size: 100 };
    expect(normalizeConfig(dense, { catalog: true }).numHiddenLayers).toBe(2);
    expect(() => normalizeConfig(dense)).toThrow('model_type "newfamily"');
    expect(() => normalizeConfig({ ...dense, ssm_state_size: 16 }, { catalog: true })).toThrow('Its ssm_state_size describes recurrent');
  });

  it('a known hybrid with a layer kind it cannot size names the kind', () => {
    expect(() => normalizeConfig({ model_type: 'granitemoehybrid', num_hidden_layers: 2, hidden_size: 64, layer_types: ['mamba', 'rwkv'], mamba_n_heads: 2, mamba_d_head: 64, mamba_d_state: 16, mamba_n_groups: 1, mamba_d_conv: 4 }))
      .toThrow('config.json of a granitemoehybrid model has layer_types[1] "rwkv", a layer kind gpu-fit cannot size');
    expect(() => normalizeConfig({ model_type: 'nemotron_h', num_hidden_layers: 3, hidden_size: 64, hybrid_override_pattern: 'M*X', mamba_num_heads: 2, mamba_head_dim: 32, ssm_state_size: 16, n_groups: 1, conv_kernel: 4 }))
      .toThrow('block "X" in hybrid_override_pattern');
  });

  it('a hybrid config missing a state dimension says which key', () => {
    expect(() => normalizeConfig({ model_type: 'qwen3_next', num_hidden_layers: 4, hidden_size: 64, linear_conv_kernel_dim: 4, linear_num_key_heads: 2, linear_key_head_dim: 16, linear_value_head_dim: 16 }))
      .toThrow('config.json of a qwen3_next model has no linear_num_value_heads (Gated DeltaNet value heads)');
  });
});
