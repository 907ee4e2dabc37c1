// A model's architecture as the estimator needs it, read from Hugging Face config.json names.
// `normalizeConfig` is the one place that knows config.json spellings; everything downstream
// uses the camelCase fields below.

import { CONFIG_DEFAULTS, familyTraits, isKnownModelType, type FamilyTraits } from './families.js';
import { RECURRENT_HINT_KEYS, recurrentShape, type RecurrentShape } from './recurrent.js';

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

function firstNum(config: HfConfig, keys: string[]): number | undefined {
  for (const key of keys) {
    const value = num(config, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function required(config: HfConfig, keys: string[], what: string): number {
  const value = firstNum(config, keys);
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

function moeShape(config: HfConfig, layers: number, modelType: string): MoeShape | undefined {
  const experts = firstNum(config, ['num_local_experts', 'num_experts', 'n_routed_experts']);
  if (!experts) return undefined;
  // Jamba: experts every expert_layer_period layers from expert_layer_offset (configuration_jamba.py).
  const expertPeriod = num(config, 'expert_layer_period');
  const expertOffset = num(config, 'expert_layer_offset');
  const intermediate = firstNum(config, ['moe_intermediate_size', 'intermediate_size']);
  if (!intermediate) throw new Error('config.json has no moe_intermediate_size or intermediate_size (MoE expert width)');
  const firstDense = num(config, 'first_k_dense_replace') ?? 0;
  const freq = num(config, 'moe_layer_freq') ?? 1;
  const sparseStep = num(config, 'decoder_sparse_step') ?? 1;
  const mlpOnly = Array.isArray(config.mlp_only_layers) ? (config.mlp_only_layers as number[]) : [];
  const sparseLayers = Array.from({ length: layers }, (_, i) => {
    if (modelType.startsWith('deepseek') || modelType === 'kimi_k2' || modelType === 'kimi_linear') return i >= firstDense && i % freq === 0;
    if (modelType === 'jamba') return i % (expertPeriod ?? 2) === (expertOffset ?? 1);
    if (mlpOnly.includes(i)) return false;
    return (i + 1) % sparseStep === 0;
  });
  return {
    numExperts: experts,
    numExpertsPerTok: firstNum(config, ['num_experts_per_tok', 'experts_per_token', 'num_experts_per_token']) ?? 1,
    moeIntermediateSize: intermediate,
    numSharedExperts: firstNum(config, ['n_shared_experts', 'num_shared_experts']) ?? 0,
    // granite-4.0-h: a shared MLP of shared_intermediate_size beside the experts (GraniteMoeHybridMoE).
    sharedExpertIntermediateSize: firstNum(config, ['shared_expert_intermediate_size', 'shared_intermediate_size']) ?? 0,
    sparseLayers,
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
  const scaling = (config.rope_scaling ?? null) as Record<string, unknown> | null;
  const type = String(scaling?.rope_type ?? scaling?.type ?? '');
  const factor = typeof scaling?.factor === 'number' ? scaling.factor : 1;
  const original = typeof scaling?.original_max_position_embeddings === 'number' ? scaling.original_max_position_embeddings : maxPosition;
  const rows = ['yarn', 'linear', 'dynamic'].includes(type) ? Math.round(original * factor) : maxPosition;
  const partial = num(config, 'partial_rotary_factor') ?? num(config, 'rotary_pct') ?? 1;
  return { maxPosition: rows, rotaryDim: mla ? mla.qkRopeHeadDim : Math.round(headDim * partial) };
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
  assertKnownArchitecture(config, text, modelType, textType, options.catalog === true);
  const traits = familyTraits(modelType);
  const layers = required(text, ['num_hidden_layers', 'n_layer', 'num_layers'], 'number of layers');
  const hidden = required(text, ['hidden_size', 'n_embd', 'd_model'], 'hidden size');
  const recurrent = recurrentShape(text, textType || modelType, layers, hidden) ?? recurrentShape(text, modelType, layers, hidden);
  const heads = firstNum(text, ['num_attention_heads', 'n_head']);
  const kvHeads = firstNum(text, ['num_key_value_heads', 'multi_query_group_num']) ?? heads;
  const headDim = num(text, 'head_dim') ?? (heads ? hidden / heads : undefined);
  const tie = typeof text.tie_word_embeddings === 'boolean'
    ? (text.tie_word_embeddings as boolean)
    : typeof config.tie_word_embeddings === 'boolean'
      ? (config.tie_word_embeddings as boolean)
      : traits.tieWordEmbeddingsDefault;
  const kvLoraRank = num(text, 'kv_lora_rank');
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
  const encoders = Object.fromEntries(
    ['vision_config', 'audio_config'].filter((k) => typeof config[k] === 'object' && config[k] !== null).map((k) => [k, config[k]]),
  ) as HfConfig;
  return {
    modelType,
    numHiddenLayers: layers,
    hiddenSize: hidden,
    vocabSize: firstNum(text, ['vocab_size', 'padded_vocab_size']),
    intermediateSize: denseWidth(text, modelType),
    numAttentionHeads: heads,
    numKeyValueHeads: kvHeads,
    headDim,
    tieWordEmbeddings: tie,
    maxPositionEmbeddings: firstNum(text, ['max_position_embeddings', 'n_positions', 'max_sequence_length', 'seq_length']),
    torchDtype: String(config.torch_dtype ?? config.dtype ?? text.torch_dtype ?? text.dtype ?? '') || undefined,
    traits,
    attentionBias: text.attention_bias === true,
    mlpBias: text.mlp_bias === true,
    useQkNorm: text.use_qk_norm === true,
    mla,
    moe: moeShape(text, layers, modelType),
    recurrent,
    attentionOutputGate: text.attn_output_gate === true || modelType === 'qwen3_next',
    slidingWindow: window && windowed && windowed.some(Boolean) ? { size: window, layers: windowed } : undefined,
    encoders: Object.keys(encoders).length > 0 ? encoders : undefined,
    rope: ropeCache(text, headDim, mla),
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
  return firstNum(text, ['intermediate_size', 'ffn_hidden_size', 'n_inner']);
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
