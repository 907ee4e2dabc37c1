// Layers that carry a fixed state per sequence instead of (or besides) a per-token KV cache:
// Gated DeltaNet (Qwen3-Next, Qwen3.5/3.6), Kimi Delta Attention (Kimi-Linear), Mamba-2
// (granite-4.0-h, Nemotron-H, Falcon-H1), Mamba-1 (Jamba) and LFM2's short convolutions.
// `recurrentShape` reads them from config.json; `layerBlocks` says what each decoder layer holds.
// Config names follow each family's transformers configuration_<type>.py.

import type { HfConfig } from './architecture.js';

export type RecurrentKind = 'gated_delta_net' | 'kda' | 'mamba2' | 'mamba1' | 'short_conv';

export interface RecurrentShape {
  kind: RecurrentKind;
  /** Layers whose token mixer is the recurrent one. */
  layers: boolean[];
  /** Layers with self-attention, the only ones with a per-token KV cache (Falcon-H1: every layer, beside Mamba-2). */
  attentionLayers: boolean[];
  /** Per layer: the feed-forward block (Nemotron-H interleaves mixer-only and MLP-only layers). */
  mlpLayers: Array<'dense' | 'moe' | 'none'>;
  /** Norm modules per layer (Nemotron-H: one per block). */
  normsPerLayer?: number;
  convKernel: number;
  /** GDN: value heads; KDA: heads; Mamba-2: SSM heads. */
  numHeads: number;
  /** GDN: key heads and widths. */
  numKeyHeads?: number;
  headKeyDim?: number;
  headValueDim?: number;
  /** KDA / Mamba-2: head width. */
  headDim?: number;
  /** Mamba: SSM state size, groups, the inner width (heads × head_dim, or expand × hidden) and dt rank (Mamba-1). */
  stateSize?: number;
  nGroups?: number;
  intermediate?: number;
  dtRank?: number;
  /** Short convolution width (LFM2: conv_dim, the hidden size). */
  convDim?: number;
  convBias: boolean;
  projBias: boolean;
  /** The SSM state dtype the checkpoint asks for (Qwen3.5 mamba_ssm_dtype, Nemotron-H mamba_ssm_cache_dtype), as published. */
  ssmDtype?: string;
}

function num(config: HfConfig, key: string): number | undefined {
  const value = config[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function need(config: HfConfig, keys: string[], what: string, type: string): number {
  for (const key of keys) {
    const value = num(config, key);
    if (value !== undefined) return value;
  }
  throw new Error(`config.json of a ${type} model has no ${keys.join(' or ')} (${what})`);
}

const DENSE = (layers: number) => Array.from({ length: layers }, (): 'dense' | 'moe' | 'none' => 'dense');

/** Layer types spelled in `layer_types`, mapped to true where `match` says the layer is recurrent. */
function typedLayers(config: HfConfig, layers: number, recurrent: string[], attention: string[], type: string): boolean[] | undefined {
  const types = config.layer_types;
  if (!Array.isArray(types)) return undefined;
  if (types.length !== layers) throw new Error(`config.json of a ${type} model lists ${types.length} layer_types for ${layers} layers`);
  return types.map((t, i) => {
    if (recurrent.includes(String(t))) return true;
    if (attention.includes(String(t))) return false;
    throw new Error(`config.json of a ${type} model has layer_types[${i}] "${String(t)}", a layer kind gpu-fit cannot size`);
  });
}

function gatedDeltaNet(config: HfConfig, layers: number, type: string): RecurrentShape {
  // configuration_qwen3_next.py: layer_types, or every full_attention_interval-th layer is full attention.
  const interval = num(config, 'full_attention_interval') ?? 4;
  const linear = typedLayers(config, layers, ['linear_attention'], ['full_attention'], type)
    ?? Array.from({ length: layers }, (_, i) => (i + 1) % interval !== 0);
  return {
    kind: 'gated_delta_net',
    layers: linear,
    attentionLayers: linear.map((l) => !l),
    mlpLayers: DENSE(layers),
    convKernel: need(config, ['linear_conv_kernel_dim'], 'Gated DeltaNet conv kernel', type),
    numHeads: need(config, ['linear_num_value_heads'], 'Gated DeltaNet value heads', type),
    numKeyHeads: need(config, ['linear_num_key_heads'], 'Gated DeltaNet key heads', type),
    headKeyDim: need(config, ['linear_key_head_dim'], 'Gated DeltaNet key head size', type),
    headValueDim: need(config, ['linear_value_head_dim'], 'Gated DeltaNet value head size', type),
    convBias: false,
    projBias: false,
    ssmDtype: typeof config.mamba_ssm_dtype === 'string' ? config.mamba_ssm_dtype : undefined,
  };
}

function kimiDelta(config: HfConfig, layers: number, type: string): RecurrentShape {
  // configuration_kimi.py: linear_attn_config.kda_layers / full_attn_layers are 1-based layer numbers.
  const la = (config.linear_attn_config ?? null) as HfConfig | null;
  if (!la || !Array.isArray(la.kda_layers)) throw new Error(`config.json of a ${type} model has no linear_attn_config.kda_layers`);
  const kda = new Set((la.kda_layers as number[]).map((n) => n - 1));
  const linear = Array.from({ length: layers }, (_, i) => kda.has(i));
  return {
    kind: 'kda',
    layers: linear,
    attentionLayers: linear.map((l) => !l),
    mlpLayers: DENSE(layers),
    convKernel: need(la, ['short_conv_kernel_size'], 'KDA conv kernel', type),
    numHeads: need(la, ['num_heads'], 'KDA heads', type),
    headDim: need(la, ['head_dim'], 'KDA head size', type),
    convBias: false,
    projBias: false,
  };
}

function mamba2(config: HfConfig, layers: number, hidden: number, type: string, mixer: boolean[], attention: boolean[]): RecurrentShape {
  const heads = need(config, ['mamba_n_heads', 'mamba_num_heads'], 'Mamba-2 heads', type);
  // Falcon-H1 may write mamba_d_head "auto": mamba_d_ssm / mamba_n_heads (configuration_falcon_h1.py).
  const dSsm = num(config, 'mamba_d_ssm');
  const headDim = config.mamba_d_head === 'auto' && dSsm ? dSsm / heads : need(config, ['mamba_d_head', 'mamba_head_dim'], 'Mamba-2 head size', type);
  return {
    kind: 'mamba2',
    layers: mixer,
    attentionLayers: attention,
    mlpLayers: DENSE(layers),
    convKernel: need(config, ['mamba_d_conv', 'conv_kernel'], 'Mamba-2 conv kernel', type),
    numHeads: heads,
    headDim,
    stateSize: need(config, ['mamba_d_state', 'ssm_state_size'], 'Mamba-2 state size', type),
    nGroups: need(config, ['mamba_n_groups', 'n_groups'], 'Mamba-2 groups', type),
    // Falcon-H1 gives mamba_d_ssm; the others run heads × head_dim (vLLM MambaMixer2 intermediate_size).
    intermediate: num(config, 'mamba_d_ssm') ?? heads * headDim,
    convBias: (config.mamba_conv_bias ?? config.use_conv_bias ?? true) !== false,
    projBias: (config.mamba_proj_bias ?? config.use_bias ?? false) === true,
    ssmDtype: typeof config.mamba_ssm_cache_dtype === 'string' ? config.mamba_ssm_cache_dtype : undefined,
  };
  void hidden;
}

const NEMOTRON_BLOCKS: Record<string, string> = { mamba: 'M', attention: '*', mlp: '-', moe: 'E' };

/**
 * Nemotron-H's blocks as a hybrid_override_pattern string. transformers 5 writes them as
 * layers_block_type ("mamba", "attention", "moe"; configuration_nemotron_h.py _list_to_pattern,
 * https://github.com/huggingface/transformers/blob/cfeb552ef0cb77b59ff08da07698ecaad5f7b5ba/src/transformers/models/nemotron_h/configuration_nemotron_h.py),
 * and "mlp" stands for a dense block.
 */
export function nemotronPattern(config: HfConfig): string {
  const list = config.layers_block_type;
  if (!Array.isArray(list)) return String(config.hybrid_override_pattern ?? '');
  return list
    .map((t, i) => {
      const c = NEMOTRON_BLOCKS[String(t)];
      if (!c) throw new Error(`config.json of a nemotron_h model has layers_block_type[${i}] "${String(t)}", a layer kind gpu-fit cannot size (it knows ${Object.keys(NEMOTRON_BLOCKS).join(', ')})`);
      return c;
    })
    .join('');
}

/** Nemotron-H's hybrid_override_pattern: M Mamba-2, * attention, - MLP, E MoE; one block per character. */
function nemotronH(config: HfConfig, layers: number, hidden: number, type: string): RecurrentShape {
  const pattern = nemotronPattern(config);
  if (pattern.length !== layers) throw new Error(`config.json of a ${type} model has a hybrid_override_pattern of ${pattern.length} blocks for ${layers} layers`);
  const bad = [...pattern].findIndex((c) => !'M*-E'.includes(c));
  if (bad >= 0) throw new Error(`config.json of a ${type} model has block "${pattern[bad]}" in hybrid_override_pattern, a layer kind gpu-fit cannot size`);
  const shape = mamba2(config, layers, hidden, type, [...pattern].map((c) => c === 'M'), [...pattern].map((c) => c === '*'));
  return { ...shape, mlpLayers: [...pattern].map((c) => (c === '-' ? 'dense' : c === 'E' ? 'moe' : 'none')), normsPerLayer: 1 };
}

function jamba(config: HfConfig, layers: number, hidden: number): RecurrentShape {
  // configuration_jamba.py: attention every attn_layer_period from attn_layer_offset; experts likewise.
  const attnPeriod = num(config, 'attn_layer_period') ?? 8;
  const attnOffset = num(config, 'attn_layer_offset') ?? 4;
  const attention = Array.from({ length: layers }, (_, i) => i % attnPeriod === attnOffset);
  const expand = num(config, 'mamba_expand') ?? 2;
  return {
    kind: 'mamba1',
    layers: attention.map((a) => !a),
    attentionLayers: attention,
    mlpLayers: DENSE(layers),
    convKernel: num(config, 'mamba_d_conv') ?? 4,
    numHeads: 0,
    stateSize: num(config, 'mamba_d_state') ?? 16,
    intermediate: expand * hidden,
    dtRank: num(config, 'mamba_dt_rank') ?? Math.ceil(hidden / 16),
    convBias: config.mamba_conv_bias !== false,
    projBias: config.mamba_proj_bias === true,
  };
}

function lfm2(config: HfConfig, layers: number, hidden: number, type: string): RecurrentShape {
  // configuration_lfm2.py: layer_types "conv" / "full_attention" (older files: full_attn_idxs).
  const idxs = Array.isArray(config.full_attn_idxs) ? new Set(config.full_attn_idxs as number[]) : undefined;
  const conv = typedLayers(config, layers, ['conv', 'short_conv'], ['full_attention'], type)
    ?? (idxs ? Array.from({ length: layers }, (_, i) => !idxs.has(i)) : undefined);
  if (!conv) throw new Error(`config.json of a ${type} model has neither layer_types nor full_attn_idxs`);
  return {
    kind: 'short_conv',
    layers: conv,
    attentionLayers: conv.map((c) => !c),
    mlpLayers: DENSE(layers),
    convKernel: need(config, ['conv_L_cache'], 'short convolution cache length', type),
    numHeads: 0,
    convDim: num(config, 'conv_dim') ?? hidden,
    convBias: config.conv_bias === true,
    projBias: config.conv_bias === true,
  };
}

/** Model types with recurrent or linear-attention layers, by transformers model_type (outer or text_config). */
export const RECURRENT_TYPES = [
  'qwen3_next',
  'qwen3_5',
  'qwen3_5_text',
  'qwen3_5_moe',
  'qwen3_5_moe_text',
  'kimi_linear',
  'granitemoehybrid',
  'nemotron_h',
  'falcon_h1',
  'jamba',
  'lfm2',
  'lfm2_moe',
] as const;

/** The recurrent layers of a hybrid model_type, or undefined for an attention-only one. */
export function recurrentShape(config: HfConfig, modelType: string, layers: number, hidden: number): RecurrentShape | undefined {
  switch (modelType) {
    case 'qwen3_next':
    case 'qwen3_5':
    case 'qwen3_5_text':
    case 'qwen3_5_moe':
    case 'qwen3_5_moe_text':
      return gatedDeltaNet(config, layers, modelType);
    case 'kimi_linear':
      return kimiDelta(config, layers, modelType);
    case 'granitemoehybrid': {
      // configuration_granitemoehybrid.py: layer_types "mamba" / "attention".
      const mixer = typedLayers(config, layers, ['mamba'], ['attention'], modelType);
      if (!mixer) throw new Error(`config.json of a ${modelType} model has no layer_types`);
      // granite-4.0-micro: the same class with attention in every layer, no state to size.
      if (!mixer.some(Boolean)) return undefined;
      const shape = mamba2(config, layers, hidden, modelType, mixer, mixer.map((m) => !m));
      // Mamba-2 inner width is mamba_expand × hidden_size (GraniteMoeHybridMambaLayer).
      const expand = num(config, 'mamba_expand');
      return expand ? { ...shape, intermediate: expand * hidden } : shape;
    }
    case 'nemotron_h':
      return nemotronH(config, layers, hidden, modelType);
    case 'falcon_h1': {
      // modeling_falcon_h1.py FalconH1DecoderLayer: attention and Mamba-2 side by side in every layer.
      const all = Array.from({ length: layers }, () => true);
      return mamba2(config, layers, hidden, modelType, all, all);
    }
    case 'jamba':
      return jamba(config, layers, hidden);
    case 'lfm2':
    case 'lfm2_moe':
      return lfm2(config, layers, hidden, modelType);
    default:
      return undefined;
  }
}

/** Keys that only recurrent or linear-attention models carry: their presence in an unknown model_type is a layer kind gpu-fit cannot size. */
export const RECURRENT_HINT_KEYS = [
  'linear_num_value_heads',
  'linear_attn_config',
  'mamba_d_state',
  'mamba_n_heads',
  'ssm_state_size',
  'state_size',
  'hybrid_override_pattern',
  'layers_block_type',
  'attn_layer_period',
  'conv_L_cache',
  'time_mix_extra_dim',
  'rwkv_version',
  'block_types',
];
