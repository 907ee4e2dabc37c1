// How each Hugging Face model_type lays out its weight tensors, beyond what config.json says.
// Each entry cites the transformers modeling file it was read from
// (https://github.com/huggingface/transformers/tree/main/src/transformers/models/<type>/modeling_<type>.py).

export interface FamilyTraits {
  /** Biases on q/k/v: always, never, or as config.json's `attention_bias` says. */
  qkvBias: 'yes' | 'no' | 'config';
  /** Bias on the attention output projection. */
  oBias: 'yes' | 'no' | 'config';
  /** gated: gate/up/down (SwiGLU/GeGLU); plain: fc1/fc2. */
  mlp: 'gated' | 'plain';
  mlpBias: 'yes' | 'no' | 'config';
  /** rms: weight only; layernorm: weight and bias; layernorm-nobias: weight only (Cohere). */
  norm: 'rms' | 'layernorm' | 'layernorm-nobias';
  /** Norm modules in each decoder layer (2 for pre-attention/pre-MLP, 1 for parallel blocks, 4 for Gemma 2/3). */
  normsPerLayer: number;
  /**
   * head: one head_dim-wide weight shared by heads (Qwen3, Gemma 3); per-head: one per head (Cohere);
   * config: per-head when config.json's use_qk_norm is true; config-head: head when it is.
   */
  qkNorm: 'none' | 'head' | 'per-head' | 'config' | 'config-head';
  lmHeadBias: boolean;
  /** What transformers assumes when config.json omits tie_word_embeddings. */
  tieWordEmbeddingsDefault: boolean;
  /** gpt-oss learns one attention-sink logit per head and layer. */
  attentionSinks: boolean;
  /** Router (and expert) biases in MoE layers (gpt-oss). */
  moeBiases: boolean;
  /** DeepSeek V3's router carries e_score_correction_bias (one float per expert). */
  routerCorrectionBias: boolean;
  /** Qwen2-MoE gates its shared expert with a learned scalar per token (a [1, hidden] weight). */
  sharedExpertGate: boolean;
}

const LLAMA: FamilyTraits = {
  qkvBias: 'config',
  oBias: 'config',
  mlp: 'gated',
  mlpBias: 'config',
  norm: 'rms',
  normsPerLayer: 2,
  qkNorm: 'none',
  lmHeadBias: false,
  tieWordEmbeddingsDefault: false,
  attentionSinks: false,
  moeBiases: false,
  routerCorrectionBias: false,
  sharedExpertGate: false,
};

const FAMILIES: Record<string, FamilyTraits> = {
  // modeling_llama.py: q/k/v/o_proj bias=config.attention_bias, mlp bias=config.mlp_bias.
  llama: LLAMA,
  // modeling_mistral.py / modeling_mixtral.py: no biases.
  mistral: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  mixtral: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  // modeling_mistral3.py (Mistral Small 3.1/3.2, Magistral 2509): a Mistral text model under a Pixtral tower.
  mistral3: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  // modular_ministral3.py (Ministral 3, Devstral 2, Devstral Small 2): MistralAttention, MistralDecoderLayer
  // and MistralForCausalLM as they are; only the query scaling (llama_4_scaling_beta) differs, no weights.
  ministral3: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  // modeling_qwen2.py: q/k/v_proj bias=True, o_proj bias=False.
  qwen2: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no' },
  qwen2_moe: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no', sharedExpertGate: true },
  qwen2_vl: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no' },
  qwen2_5_vl: { ...LLAMA, qkvBias: 'yes', oBias: 'no', mlpBias: 'no' },
  // modeling_qwen3.py: q_norm/k_norm are RMSNorm(head_dim); biases follow attention_bias (false).
  qwen3: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  qwen3_moe: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  // modeling_qwen3_vl.py / modeling_qwen3_vl_moe.py: the Qwen3 (MoE) text model under a vision
  // tower with DeepStack mergers (encoders.ts).
  qwen3_vl: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  qwen3_vl_text: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  qwen3_vl_moe: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  qwen3_vl_moe_text: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  // modeling_olmo3.py (as OLMo 2): no biases, post-attention and post-feedforward RMSNorms only,
  // q_norm RMSNorm(heads × head_dim) and k_norm RMSNorm(kv_heads × head_dim); sliding-window
  // layers from layer_types.
  olmo3: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', qkNorm: 'per-head' },
  // modeling_gemma.py: RMSNorm weight only, tied embeddings by default.
  gemma: { ...LLAMA, mlpBias: 'no', tieWordEmbeddingsDefault: true },
  // modeling_gemma2.py: four norms per layer (pre/post attention, pre/post feed-forward).
  gemma2: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, tieWordEmbeddingsDefault: true },
  // modeling_gemma3.py: as Gemma 2 plus q_norm/k_norm of head_dim.
  gemma3: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
  gemma3_text: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
  // Gemma 4 (gemma4.ts): Gemma 3's layer, with full-attention layers of their own head size.
  gemma4: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
  gemma4_text: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
  // modeling_gemma3n.py: Gemma 3's four norms and q/k norms (v_norm has no weight), tied
  // embeddings; PLE, AltUp and LAuReL are counted in gemma3n.ts.
  gemma3n: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
  gemma3n_text: { ...LLAMA, mlpBias: 'no', normsPerLayer: 4, qkNorm: 'head', tieWordEmbeddingsDefault: true },
  // modeling_phi3.py: fused qkv_proj and gate_up_proj without bias (same parameter count as split).
  phi3: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  // modeling_phi.py (phi-1.5, phi-2): parallel attention/MLP under one LayerNorm, biases everywhere,
  // fc1/fc2 MLP, lm_head with bias.
  phi: {
    ...LLAMA,
    qkvBias: 'yes',
    oBias: 'yes',
    mlp: 'plain',
    mlpBias: 'yes',
    norm: 'layernorm',
    normsPerLayer: 1,
    lmHeadBias: true,
  },
  // modeling_phimoe.py: LayerNorm with bias, attention biases, lm_head with bias.
  phimoe: { ...LLAMA, qkvBias: 'config', oBias: 'config', mlpBias: 'no', norm: 'layernorm', lmHeadBias: true },
  // modeling_gpt_neox.py (Pythia): fused query_key_value and dense with bias, fc MLP with bias,
  // two LayerNorms with bias per layer, untied embed_out without bias.
  gpt_neox: {
    ...LLAMA,
    qkvBias: 'yes',
    oBias: 'yes',
    mlp: 'plain',
    mlpBias: 'yes',
    norm: 'layernorm',
  },
  // modeling_cohere.py: one LayerNorm without bias per layer (parallel block), optional
  // per-head q/k norms (use_qk_norm), tied embeddings.
  cohere: {
    ...LLAMA,
    mlpBias: 'no',
    norm: 'layernorm-nobias',
    normsPerLayer: 1,
    qkNorm: 'config',
    tieWordEmbeddingsDefault: true,
  },
  cohere2: {
    ...LLAMA,
    mlpBias: 'no',
    norm: 'layernorm-nobias',
    normsPerLayer: 1,
    tieWordEmbeddingsDefault: true,
  },
  // modeling_deepseek_v2/v3.py: MLA projections without bias; V3 adds e_score_correction_bias.
  deepseek_v2: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  deepseek_v3: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
  kimi_k2: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
  // DeepSeek-V3.2 (deepseek_v32) and GLM-5 (glm_moe_dsa): V3's MLA and MoE plus the DSA indexer
  // (architecture.ts `indexer`, counted in parameters.ts).
  deepseek_v32: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
  glm_moe_dsa: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
  // GLM-4.7-Flash (glm4_moe_lite; modeling_glm4_moe_lite.py, vLLM models/glm4_moe_lite.py on its
  // DeepseekV2 classes): DeepSeek-V3's MLA and MoE without the indexer, noaux_tc router bias.
  glm4_moe_lite: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
  // modeling_glm4_moe.py: q/k/v_proj bias=config.attention_bias, o_proj without bias, q_norm/k_norm
  // RMSNorm(head_dim) when use_qk_norm, router with e_score_correction_bias, one shared expert.
  glm4_moe: { ...LLAMA, qkvBias: 'config', oBias: 'no', mlpBias: 'no', qkNorm: 'config-head', routerCorrectionBias: true },
  // modeling_llama4.py: q/k/v/o bias=config.attention_bias; its qk norm (use_qk_norm) is an L2 norm
  // without weights; router nn.Linear without bias; one shared expert.
  llama4: { ...LLAMA, mlpBias: 'no' },
  llama4_text: { ...LLAMA, mlpBias: 'no' },
  // modeling_minimax_m2.py: no biases, q_norm RMSNorm(heads × head_dim) and k_norm
  // RMSNorm(kv_heads × head_dim), router with e_score_correction_bias (use_routing_bias).
  minimax_m2: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', qkNorm: 'per-head', routerCorrectionBias: true },
  // modeling_granite.py (granite-4.0-micro and 3.x): the Llama layout with multipliers that add no weights.
  granite: LLAMA,
  // Hybrids (src/core/recurrent.ts sizes their recurrent mixers; these traits cover the attention
  // and MLP blocks). modeling_qwen3_next.py: gated attention with q/k RMSNorm(head_dim), MoE with
  // a gated shared expert; Qwen3.5 (modeling_qwen3_5.py, _moe) is the same layout, dense or MoE.
  qwen3_next: { ...LLAMA, mlpBias: 'no', qkNorm: 'head', sharedExpertGate: true },
  qwen3_5: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  qwen3_5_text: { ...LLAMA, mlpBias: 'no', qkNorm: 'head' },
  qwen3_5_moe: { ...LLAMA, mlpBias: 'no', qkNorm: 'head', sharedExpertGate: true },
  qwen3_5_moe_text: { ...LLAMA, mlpBias: 'no', qkNorm: 'head', sharedExpertGate: true },
  // modeling_kimi.py (Kimi-Linear): MLA layers as Kimi K2, sigmoid router with a correction bias.
  kimi_linear: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', routerCorrectionBias: true },
  // modeling_granitemoehybrid.py: no biases (attention_bias false), input and post-attention RMSNorm.
  granitemoehybrid: { ...LLAMA, qkvBias: 'config', oBias: 'config', mlpBias: 'no' },
  // modeling_nemotron_h.py: one norm and one mixer (Mamba-2, attention, a relu² MLP or MoE) per block;
  // the MoE's experts and shared expert are relu² up/down MLPs, its router carries e_score_correction_bias.
  nemotron_h: { ...LLAMA, qkvBias: 'config', oBias: 'config', mlp: 'plain', mlpBias: 'no', normsPerLayer: 1, routerCorrectionBias: true },
  // modeling_falcon_h1.py: attention and Mamba-2 in parallel, then a gated MLP; no biases.
  falcon_h1: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  // modeling_jamba.py: input and pre-feed-forward RMSNorm, no biases.
  jamba: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no' },
  // modeling_lfm2.py: q/k layernorms of head_dim, operator and FFN norms, tied embeddings.
  lfm2: { ...LLAMA, qkvBias: 'no', oBias: 'no', mlpBias: 'no', qkNorm: 'head', tieWordEmbeddingsDefault: true },
  // modeling_gpt_oss.py: attention biases and sinks, router and expert biases.
  gpt_oss: {
    ...LLAMA,
    qkvBias: 'yes',
    oBias: 'yes',
    mlpBias: 'no',
    attentionSinks: true,
    moeBiases: true,
  },
};

/**
 * What transformers' config classes assume for keys a published config.json leaves out.
 * Gemma 3's multimodal checkpoints ship a sparse text_config (no vocab_size, heads or window
 * pattern for some sizes) and rely on Gemma3TextConfig's defaults (configuration_gemma3.py).
 */
export const CONFIG_DEFAULTS: Record<string, Record<string, unknown>> = {
  gemma3_text: {
    vocab_size: 262208,
    hidden_size: 2304,
    intermediate_size: 9216,
    num_hidden_layers: 26,
    num_attention_heads: 8,
    num_key_value_heads: 4,
    head_dim: 256,
    max_position_embeddings: 131072,
    sliding_window: 4096,
    sliding_window_pattern: 6,
  },
};

/** Traits of a model_type; callers reject unknown types first (isKnownModelType), 'custom' is Llama-like. */
export function familyTraits(modelType: string): FamilyTraits {
  return FAMILIES[modelType] ?? LLAMA;
}

/**
 * Types gpu-fit can size: the families above, the seed's raw inputs ('custom'), and wrappers whose
 * decoder is one of them (mllama: cross-attention layers handled in architecture.ts).
 */
const OTHER_KNOWN = new Set(['custom', 'mllama', 'mllama_text_model']);

export function isKnownModelType(modelType: string): boolean {
  return modelType in FAMILIES || OTHER_KNOWN.has(modelType);
}
