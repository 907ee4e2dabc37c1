// A model's architecture as the estimator needs it, read from Hugging Face config.json names.
// `normalizeConfig` is the one place that knows config.json spellings; everything downstream
// uses the camelCase fields below.

import { CONFIG_DEFAULTS, familyTraits, isKnownModelType, type FamilyTraits } from './families.js';
import { gemma4Unsupported, globalAttention, type GlobalAttention } from './gemma4.js';
import { nemotronPattern, RECURRENT_HINT_KEYS, recurrentShape, type RecurrentShape } from './recurrent.js';

/** config.json as published: snake_case keys, unknown shape. */
export type HfConfig = Record<string, unknown>;

export interface MlaShape {
  qLoraRank: number | null;
  kvLoraRank: number;
  qkRopeHeadDim: number;
  qkNopeHeadDim: number;
  vHeadDim: number;
}

export interface MoeShape {
  numExperts: number;
  numExpertsPerTok: number;
  moeIntermediateSize: number;
  /** DeepSeek-style shared experts, each moeIntermediateSize wide. */
  numSharedExperts: number;
  /** Qwen2-MoE-style single shared expert of its own width (0 when absent). */
  sharedExpertIntermediateSize: number;
  /** Layer indices whose MLP is a mixture of experts; the others are dense. */
  sparseLayers: boolean[];
  /** Nemotron-H latent MoE (moe_latent_size): routed experts work in this width between fc1/fc2_latent_proj. */
  latentSize?: number;
}

export interface Architecture {
  modelType: string;
  numHiddenLayers: number;
  hiddenSize: number;
  vocabSize?: number;
  intermediateSize?: number;
  numAttentionHeads?: number;
  /** Heads of K and V; equals numAttentionHeads for multi-head attention. */
  numKeyValueHeads?: number;
  headDim?: number;
  tieWordEmbeddings: boolean;
  maxPositionEmbeddings?: number;
  torchDtype?: string;
  traits: FamilyTraits;
  /** config.json's attention_bias / mlp_bias / use_qk_norm, read where the family defers to them. */
  attentionBias: boolean;
  mlpBias: boolean;
  useQkNorm: boolean;
  mla?: MlaShape;
  moe?: MoeShape;
  /** Sliding-window size of windowed layers, and which layers are windowed. */
  slidingWindow?: { size: number; layers: boolean[] };
  /**
   * Chunked local attention (Llama 4 `attention_chunk_size`): a layer attends only within its
   * chunk of the sequence, so an engine that knows it keeps at most one chunk (plus the batch).
   */
  chunkedAttention?: { size: number; layers: boolean[] };
  /**
   * DeepSeek Sparse Attention's lightning indexer (DeepSeek-V3.2, GLM-5): per layer one extra
   * key of index_head_dim per token, cached beside the MLA latent.
   */
  indexer?: { numHeads: number; headDim: number; topk?: number };
  /**
   * First layer that reuses an earlier layer's K/V instead of caching its own (Gemma 3n:
   * num_hidden_layers − num_kv_shared_layers); vLLM's kv_sharing_target_layer_name and llama.cpp's
   * n_layer_kv_from_start both leave those layers out of the cache.
   */
  kvSharedFrom?: number;
  /** Gemma 4's full-attention layers: their own head size and K/V heads (gemma4.ts). */
  globalAttention?: GlobalAttention;
  /** Gemma 3n's per-layer embeddings, AltUp and LAuReL (gemma3n.ts). */
  gemma3n?: { perLayerInput: number; perLayerVocab: number; altupInputs: number; laurelRank: number };
  /** Decoder layers that cross-attend to image features (Llama 3.2 Vision); they cache no text tokens. */
  crossAttentionLayers?: number[];
  /** Embedding rows beyond vocab_size (Llama 3.2 Vision adds 8 for its image tokens). */
  extraEmbeddingRows: number;
  /** Rows and width of the rotary cos/sin cache engines keep (vLLM RotaryEmbedding cos_sin_cache). */
  rope?: { maxPosition: number; rotaryDim: number };
  /** Recurrent or linear-attention layers (Gated DeltaNet, KDA, Mamba, short convolutions) and which layers hold them. */
  recurrent?: RecurrentShape;
  /** Qwen3-Next / Qwen3.5 gated attention: q_proj also emits a per-head output gate (twice the query width). */
  attentionOutputGate: boolean;
  /** Given total when the user wrote the seed's raw inputs instead of a model. */
  numParametersGiven?: number;
  /** Encoders (vision, audio) counted with the weights. */
  encoders?: HfConfig;
}

function num(config: HfConfig, key: string): number | undefined {
  const value = config[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The most layers a config may name: released models have a few hundred at most; past this is not a model. */
export const MAX_LAYERS = 10_000;
/** The largest size or count a config may name (hidden size, vocabulary, heads, experts). */
export const MAX_CONFIG_COUNT = 2 ** 31;

/**
 * A count or size from config.json (layers, heads, hidden size): absent is undefined; present, it
 * must be a positive whole number, else the model cannot be estimated and the error names the field.
 */
function count(config: HfConfig, key: string, max = MAX_CONFIG_COUNT): number | undefined {
  const value = config[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    const shown = typeof value === 'string' ? `the text "${value.slice(0, 40)}"` : typeof value === 'object' ? (Array.isArray(value) ? 'a list' : 'an object') : String(value);
    throw new Error(`config.json ${key} is ${shown}: it must be a whole number from 1 to ${max}`);
  }
  return value;
}

function firstCount(config: HfConfig, keys: string[], max = MAX_CONFIG_COUNT): number | undefined {
  for (const key of keys) {
    const value = count(config, key, max);
    if (value !== undefined) return value;
  }
  return undefined;
}

function firstNum(config: HfConfig, keys: string[]): number | undefined {
  for (const key of keys) {
    const value = num(config, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The model's context as vLLM derives it from config.json (config/model.py _get_and_verify_max_len,
 * https://github.com/vllm-project/vllm/blob/0052a5b818980ce8a0477706aaf9f75bd5af72cd/vllm/config/model.py):
 * the smallest of the keys other families use for it, and model_max_length above all where set
 * (Command-R; Kimi-Linear writes its 1M context only there). Rope scaling is applied by the callers.
 */
const CONTEXT_KEYS = ['max_position_embeddings', 'n_positions', 'max_seq_len', 'seq_length', 'model_max_length', 'max_target_positions', 'max_sequence_length', 'max_seq_length', 'seq_len'];

function configContext(config: HfConfig): number | undefined {
  const length = (key: string) => {
    const value = num(config, key);
    return value !== undefined && value > 0 ? value : undefined;
  };
  const override = length('model_max_length');
  if (override) return override;
  let smallest: number | undefined;
  for (const key of CONTEXT_KEYS) {
    const value = length(key);
    if (value !== undefined && (smallest === undefined || value < smallest)) smallest = value;
  }
  return smallest;
}

function required(config: HfConfig, keys: string[], what: string, max = MAX_CONFIG_COUNT): number {
  const value = firstCount(config, keys, max);
  if (value === undefined) throw new Error(`config.json has no ${keys.join(' or ')} (${what})`);
  return value;
}

/**
 * Which layers use a sliding window. Newer configs list `layer_types`; Gemma 2 alternates
 * starting with a local layer; Gemma 3 and Cohere2 use `sliding_window_pattern` (every Nth
 * layer is global); Mistral v0.1 windows every layer.
 */
function slidingLayers(config: HfConfig, layers: number, modelType: string): boolean[] | undefined {
  const window = num(config, 'sliding_window');
  if (!window) return undefined;
  if (config.use_sliding_window === false) return undefined;
  const types = config.layer_types;
  if (Array.isArray(types)) return types.map((t) => t === 'sliding_attention');
  const pattern = num(config, 'sliding_window_pattern');
  if (pattern) return Array.from({ length: layers }, (_, i) => (i + 1) % pattern !== 0);
  if (modelType === 'gemma2') return Array.from({ length: layers }, (_, i) => i % 2 === 0);
  if (config.use_sliding_window === true) {
    // Qwen2: layers from max_window_layers on use the window (modeling_qwen2).
    const from = num(config, 'max_window_layers') ?? 0;
    return Array.from({ length: layers }, (_, i) => i >= from);
  }
  if (config.use_sliding_window === undefined && (modelType === 'mistral' || modelType === 'mixtral')) {
    return Array.from({ length: layers }, () => true);
  }
  return undefined;
}

/** DeepSeek-style layouts: the first first_k_dense_replace layers are dense, the rest MoE. */
const FIRST_K_DENSE = new Set(['kimi_k2', 'glm4_moe', 'glm4_moe_lite', 'glm_moe_dsa']);

/**
 * Llama 4's chunked local attention (configuration_llama4.py, vLLM models/llama4.py
 * Llama4Attention): layers with RoPE (no_rope_layers[i] = 1) attend within
 * attention_chunk_size; every no_rope_layer_interval-th layer (default 4) is a global NoPE layer.
 * An empty no_rope_layers list takes that default.
 */
function chunkedLayers(config: HfConfig, layers: number): boolean[] | undefined {
  if (!num(config, 'attention_chunk_size')) return undefined;
  const listed = Array.isArray(config.no_rope_layers) && config.no_rope_layers.length === layers ? (config.no_rope_layers as number[]) : null;
  const interval = num(config, 'no_rope_layer_interval') ?? 4;
  return Array.from({ length: layers }, (_, i) => (listed ? listed[i] !== 0 : (i + 1) % interval !== 0));
}

function moeShape(config: HfConfig, layers: number, modelType: string): MoeShape | undefined {
  // 0 experts is how dense configs of MoE families say "no experts".
  if (['num_local_experts', 'num_experts', 'n_routed_experts'].some((k) => config[k] === 0)) return undefined;
  const experts = firstCount(config, ['num_local_experts', 'num_experts', 'n_routed_experts']);
  if (!experts) return undefined;
  // Jamba: experts every expert_layer_period layers from expert_layer_offset (configuration_jamba.py).
  const expertPeriod = num(config, 'expert_layer_period');
  const expertOffset = num(config, 'expert_layer_offset');
  const intermediate = firstCount(config, ['moe_intermediate_size', 'intermediate_size']);
  if (!intermediate) throw new Error('config.json has no moe_intermediate_size or intermediate_size (MoE expert width)');
  const firstDense = num(config, 'first_k_dense_replace') ?? 0;
  const freq = num(config, 'moe_layer_freq') ?? 1;
  const sparseStep = num(config, 'decoder_sparse_step') ?? 1;
  const mlpOnly = Array.isArray(config.mlp_only_layers) ? (config.mlp_only_layers as number[]) : [];
  const llama4 = modelType === 'llama4' || modelType === 'llama4_text';
  // Nemotron-H: experts only in the 'E' blocks of hybrid_override_pattern, one shared expert of
  // moe_shared_expert_intermediate_size × n_shared_experts, optional latent width (vLLM
  // https://github.com/vllm-project/vllm/blob/00b08dc44519a82cbdd9061d92d1226985094622/vllm/model_executor/models/nemotron_h.py NemotronHMoE).
  const nemotronH = modelType === 'nemotron_h';
  const pattern = nemotronH ? nemotronPattern(config) : '';
  // configuration_llama4.py: moe_layers defaults to every interleave_moe_layer_step-th layer.
  const step = num(config, 'interleave_moe_layer_step') ?? 1;
  const moeLayers = Array.isArray(config.moe_layers) && config.moe_layers.length > 0 ? (config.moe_layers as number[]) : null;
  const sparseLayers = Array.from({ length: layers }, (_, i) => {
    if (llama4) return moeLayers ? moeLayers.includes(i) : (i + 1) % step === 0;
    if (nemotronH) return pattern[i] === 'E';
    if (FIRST_K_DENSE.has(modelType) || modelType.startsWith('deepseek') || modelType === 'kimi_linear') return i >= firstDense && i % freq === 0;
    if (modelType === 'jamba') return i % (expertPeriod ?? 2) === (expertOffset ?? 1);
    if (mlpOnly.includes(i)) return false;
    return (i + 1) % sparseStep === 0;
  });
  return {
    numExperts: experts,
    numExpertsPerTok: firstCount(config, ['num_experts_per_tok', 'experts_per_token', 'num_experts_per_token', 'top_k_experts']) ?? 1,
    moeIntermediateSize: intermediate,
    numSharedExperts: nemotronH ? 0 : (firstNum(config, ['n_shared_experts', 'num_shared_experts']) ?? 0),
    // modeling_llama4.py Llama4TextMoe: one shared_expert, a Llama4TextMLP of intermediate_size;
    // granite-4.0-h: a shared MLP of shared_intermediate_size beside the experts (GraniteMoeHybridMoE).
    sharedExpertIntermediateSize: nemotronH
      ? (num(config, 'moe_shared_expert_intermediate_size') ?? 0) * (num(config, 'n_shared_experts') ?? 0)
      : (firstNum(config, ['shared_expert_intermediate_size', 'shared_intermediate_size']) ??
        // Gemma 4 26B-A4B: a dense MLP of intermediate_size beside the experts in every layer.
        (llama4 ? intermediate : modelType.startsWith('gemma4') ? (num(config, 'intermediate_size') ?? 0) : 0)),
    sparseLayers,
    latentSize: nemotronH ? num(config, 'moe_latent_size') : undefined,
  };
}

/**
 * The rotary cache vLLM builds once per model (model_executor/layers/rotary_embedding):
 * [max_position, rotary_dim] where max_position is the config's, or original × factor for
 * YaRN/linear/dynamic scaling, and rotary_dim is head_dim × partial_rotary_factor (MLA: the rope part).
 */
function ropeCache(config: HfConfig, headDim: number | undefined, mla: MlaShape | undefined): Architecture['rope'] {
  const maxPosition = num(config, 'max_position_embeddings');
  if (!maxPosition || !headDim) return undefined;
  // transformers 5 configs (Ministral 3, Devstral 2) write rope_parameters instead of rope_scaling.
  const scaling = (config.rope_scaling ?? config.rope_parameters ?? null) as Record<string, unknown> | null;
  const type = String(scaling?.rope_type ?? scaling?.type ?? '');
  const factor = typeof scaling?.factor === 'number' ? scaling.factor : 1;
  const original = typeof scaling?.original_max_position_embeddings === 'number' ? scaling.original_max_position_embeddings : maxPosition;
  const rows = ['yarn', 'linear', 'dynamic'].includes(type) ? Math.round(original * factor) : maxPosition;
  const partial = num(config, 'partial_rotary_factor') ?? num(config, 'rotary_pct') ?? 1;
  // MiniMax-M2 names the rotary width itself (rotary_dim 64 of head_dim 128).
  const rotaryDim = mla ? mla.qkRopeHeadDim : (num(config, 'rotary_dim') ?? Math.round(headDim * partial));
  return { maxPosition: rows, rotaryDim };
}

/**
 * Turns a config.json (or a multimodal model's text_config) into an Architecture. `catalog`: a
 * built-in catalog entry, whose parameter count the test suite holds to its published total, so
 * a model_type without its own traits may take the Llama layout unless it has recurrent layers.
 */
export function normalizeConfig(config: HfConfig, options: { catalog?: boolean } = {}): Architecture {
  const nested = typeof config.text_config === 'object' && config.text_config !== null ? (config.text_config as HfConfig) : null;
  const textType = String((nested ?? config).model_type ?? '');
  const text = { ...(CONFIG_DEFAULTS[textType] ?? {}), ...config, ...(nested ?? {}) } as HfConfig;
  const modelType = String(config.model_type ?? text.model_type ?? 'llama');
  // transformers 5 NemotronHConfig derives num_hidden_layers from layers_block_type and need not write it.
  if (text.num_hidden_layers === undefined && Array.isArray(text.layers_block_type)) text.num_hidden_layers = text.layers_block_type.length;
  assertKnownArchitecture(config, text, modelType, textType, options.catalog === true);
  // A wrapper without rules of its own around a decoder gpu-fit knows (Kimi-K2.5's kimi_k25 around
  // deepseek_v3): the decoder's layer traits.
  const traits = familyTraits(isKnownModelType(modelType) || !textType ? modelType : textType);
  const g4 = (textType || modelType).startsWith('gemma4') ? gemma4Unsupported(text) : undefined;
  if (g4) throw new Error(`config.json describes a Gemma 4 model with ${g4}, which gpu-fit does not size yet (the 31B and 26B-A4B it does)`);
  const layers = required(text, ['num_hidden_layers', 'n_layer', 'num_layers'], 'number of layers', MAX_LAYERS);
  const hidden = required(text, ['hidden_size', 'n_embd', 'd_model'], 'hidden size');
  const recurrent = recurrentShape(text, textType || modelType, layers, hidden) ?? recurrentShape(text, modelType, layers, hidden);
  const heads = firstCount(text, ['num_attention_heads', 'n_head']);
  const kvHeads = firstCount(text, ['num_key_value_heads', 'multi_query_group_num']) ?? heads;
  const headDim = count(text, 'head_dim') ?? (heads ? hidden / heads : undefined);
  const tie = typeof text.tie_word_embeddings === 'boolean'
    ? (text.tie_word_embeddings as boolean)
    : typeof config.tie_word_embeddings === 'boolean'
      ? (config.tie_word_embeddings as boolean)
      : traits.tieWordEmbeddingsDefault;
  const kvLoraRank = count(text, 'kv_lora_rank');
  const mla: MlaShape | undefined = kvLoraRank
    ? {
        qLoraRank: num(text, 'q_lora_rank') ?? null,
        kvLoraRank,
        qkRopeHeadDim: required(text, ['qk_rope_head_dim'], 'MLA rope head size'),
        qkNopeHeadDim: required(text, ['qk_nope_head_dim'], 'MLA head size'),
        vHeadDim: required(text, ['v_head_dim'], 'MLA value head size'),
      }
    : undefined;
  const window = num(text, 'sliding_window');
  const windowed = slidingLayers(text, layers, modelType);
  const chunked = chunkedLayers(text, layers);
  const encoders = Object.fromEntries(
    ['vision_config', 'audio_config'].filter((k) => typeof config[k] === 'object' && config[k] !== null).map((k) => [k, config[k]]),
  ) as HfConfig;
  return {
    modelType,
    numHiddenLayers: layers,
    hiddenSize: hidden,
    vocabSize: firstCount(text, ['vocab_size', 'padded_vocab_size']),
    // Llama 4: intermediate_size is the expert width; dense layers use intermediate_size_mlp.
    // Gemma 3n lists intermediate_size per layer (the same width in every published size).
    intermediateSize:
      num(text, 'intermediate_size_mlp') ??
      denseWidth(text, modelType) ??
      (Array.isArray(text.intermediate_size) && typeof text.intermediate_size[0] === 'number' ? (text.intermediate_size[0] as number) : undefined),
    numAttentionHeads: heads,
    numKeyValueHeads: kvHeads,
    headDim,
    tieWordEmbeddings: tie,
    maxPositionEmbeddings: configContext(text),
    torchDtype: String(config.torch_dtype ?? config.dtype ?? text.torch_dtype ?? text.dtype ?? '') || undefined,
    traits,
    attentionBias: text.attention_bias === true,
    mlpBias: text.mlp_bias === true,
    useQkNorm: text.use_qk_norm === true,
    mla,
    // The decoder's own type decides its MoE layout (a mistral3 or kimi wrapper around a deepseek_v3 text model).
    moe: moeShape(text, layers, textType || modelType),
    recurrent,
    attentionOutputGate: text.attn_output_gate === true || modelType === 'qwen3_next',
    slidingWindow: window && windowed && windowed.some(Boolean) ? { size: window, layers: windowed } : undefined,
    chunkedAttention: chunked && chunked.some(Boolean) ? { size: num(text, 'attention_chunk_size')!, layers: chunked } : undefined,
    indexer: mla && num(text, 'index_head_dim') && num(text, 'index_n_heads')
      ? { numHeads: num(text, 'index_n_heads')!, headDim: num(text, 'index_head_dim')!, topk: num(text, 'index_topk') }
      : undefined,
    encoders: Object.keys(encoders).length > 0 ? encoders : undefined,
    rope: ropeCache(text, headDim, mla),
    kvSharedFrom: num(text, 'num_kv_shared_layers') ? layers - num(text, 'num_kv_shared_layers')! : undefined,
    globalAttention: (textType || modelType).startsWith('gemma4') ? globalAttention(text, layers, kvHeads) : undefined,
    // Only Gemma 3n's layout (AltUp, LAuReL) is modelled; later families reuse the key differently.
    gemma3n: modelType.startsWith('gemma3n') && num(text, 'hidden_size_per_layer_input')
      ? {
          perLayerInput: num(text, 'hidden_size_per_layer_input')!,
          perLayerVocab: num(text, 'vocab_size_per_layer_input') ?? firstNum(text, ['vocab_size']) ?? 0,
          altupInputs: num(text, 'altup_num_inputs') ?? 4,
          laurelRank: num(text, 'laurel_rank') ?? 64,
        }
      : undefined,
    crossAttentionLayers: Array.isArray(text.cross_attention_layers) ? (text.cross_attention_layers as number[]) : undefined,
    // modeling_mllama.py MllamaTextModel: nn.Embedding(config.vocab_size + 8, hidden_size)
    extraEmbeddingRows: modelType === 'mllama' ? 8 : 0,
  };
}

/**
 * The dense MLP width. LFM2 derives it from block_ff_dim (configuration_lfm2.py: two thirds when
 * block_auto_adjust_ff_dim, times block_ffn_dim_multiplier, rounded up to block_multiple_of);
 * granite-4.0-h without experts runs its shared MLP of shared_intermediate_size.
 */
function denseWidth(text: HfConfig, modelType: string): number | undefined {
  if (modelType.startsWith('lfm2') && typeof text.block_ff_dim === 'number') {
    let ff = text.block_ff_dim;
    if (text.block_auto_adjust_ff_dim === true) {
      ff = Math.floor((2 * ff) / 3);
      if (typeof text.block_ffn_dim_multiplier === 'number') ff = Math.floor(text.block_ffn_dim_multiplier * ff);
      const multiple = num(text, 'block_multiple_of') ?? 1;
      ff = multiple * Math.ceil(ff / multiple);
    }
    return ff;
  }
  if (modelType === 'granitemoehybrid' && !num(text, 'num_local_experts')) return num(text, 'shared_intermediate_size');
  // Gemma 3n's per-layer list is read by the caller.
  return Array.isArray(text.intermediate_size) ? undefined : firstCount(text, ['intermediate_size', 'ffn_hidden_size', 'n_inner']);
}

/**
 * A config.json whose architecture gpu-fit has no rules for is an error naming it, never a
 * guess: an unknown model_type used to fall back to a Llama layout, which sizes recurrent or
 * linear-attention layers as attention.
 */
function assertKnownArchitecture(config: HfConfig, text: HfConfig, modelType: string, textType: string, catalog: boolean): void {
  if (isKnownModelType(modelType) || (textType && isKnownModelType(textType))) return;
  const hints = RECURRENT_HINT_KEYS.filter((k) => k in text);
  if (catalog && hints.length === 0) return;
  const architectures = Array.isArray(config.architectures) ? (config.architectures as unknown[]).map(String) : [];
  const name = architectures.length > 0 ? `${architectures.join(', ')} (model_type "${modelType}")` : `model_type "${modelType}"`;
  const why = hints.length > 0
    ? ` Its ${hints.join(', ')} ${hints.length === 1 ? 'describes' : 'describe'} recurrent or linear-attention layers whose state gpu-fit cannot size.`
    : '';
  throw new Error(
    `config.json describes ${name}, an architecture gpu-fit has no sizing rules for.${why} Name a catalog model, or describe the model with \`architecture:\` (num_parameters, num_hidden_layers, hidden_size, ...)`,
  );
}
