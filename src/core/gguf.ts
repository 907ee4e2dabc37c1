// GGUF weights as llama.cpp quantizes them: ggml type sizes and the per-tensor type rules of
// `llama-quantize`, so a Q4_K_M file's size follows from the model's architecture.
// Sources: ggml/src/ggml.c type_traits and ggml-common.h block structs (sizes);
// src/llama-quant.cpp llama_model_quantize_impl / llama_tensor_get_type (rules), llama.cpp ~Dec 2025.

import type { Architecture } from './architecture.js';
import { layerBlocks, recurrentParameters } from './parameters.js';
import type { ModelInfo, ServingConfig } from './types.js';

/** ggml types: elements per block and bytes per block. */
export const GGML_TYPES: Record<string, { block: number; bytes: number }> = {
  F32: { block: 1, bytes: 4 },
  F16: { block: 1, bytes: 2 },
  BF16: { block: 1, bytes: 2 },
  Q4_0: { block: 32, bytes: 18 },
  Q4_1: { block: 32, bytes: 20 },
  Q5_0: { block: 32, bytes: 22 },
  Q5_1: { block: 32, bytes: 24 },
  Q8_0: { block: 32, bytes: 34 },
  Q2_K: { block: 256, bytes: 84 },
  Q3_K: { block: 256, bytes: 110 },
  Q4_K: { block: 256, bytes: 144 },
  Q5_K: { block: 256, bytes: 176 },
  Q6_K: { block: 256, bytes: 210 },
  IQ2_XXS: { block: 256, bytes: 66 },
  IQ2_XS: { block: 256, bytes: 74 },
  IQ2_S: { block: 256, bytes: 82 },
  IQ3_XXS: { block: 256, bytes: 98 },
  IQ3_S: { block: 256, bytes: 110 },
  IQ4_NL: { block: 32, bytes: 18 },
  IQ4_XS: { block: 256, bytes: 136 },
  MXFP4: { block: 32, bytes: 17 },
  // Further types a GGUF header may name (ggml.c type_traits, ggml-common.h block structs).
  Q8_1: { block: 32, bytes: 36 },
  Q8_K: { block: 256, bytes: 292 },
  IQ1_S: { block: 256, bytes: 50 },
  IQ1_M: { block: 256, bytes: 56 },
  TQ1_0: { block: 256, bytes: 54 },
  TQ2_0: { block: 256, bytes: 66 },
  I8: { block: 1, bytes: 1 },
  I16: { block: 1, bytes: 2 },
  I32: { block: 1, bytes: 4 },
  I64: { block: 1, bytes: 8 },
  F64: { block: 1, bytes: 8 },
};

/** llama ftypes (file types, `llama-quantize` names) and the ggml type most tensors get. */
const FTYPE_DEFAULT: Record<string, string> = {
  F32: 'F32',
  F16: 'F16',
  BF16: 'BF16',
  Q8_0: 'Q8_0',
  Q6_K: 'Q6_K',
  Q5_K_M: 'Q5_K',
  Q5_K_S: 'Q5_K',
  Q5_0: 'Q5_0',
  Q5_1: 'Q5_1',
  Q4_K_M: 'Q4_K',
  Q4_K_S: 'Q4_K',
  Q4_0: 'Q4_0',
  Q4_1: 'Q4_1',
  Q3_K_L: 'Q3_K',
  Q3_K_M: 'Q3_K',
  Q3_K_S: 'Q3_K',
  Q2_K: 'Q2_K',
  IQ4_XS: 'IQ4_XS',
  IQ4_NL: 'IQ4_NL',
  MXFP4_MOE: 'MXFP4',
};

/** KV cache types llama.cpp accepts for -ctk/-ctv, with their ggml type. */
export const LLAMA_KV_TYPES: Record<string, string> = {
  f32: 'F32',
  f16: 'F16',
  bf16: 'BF16',
  q8_0: 'Q8_0',
  q4_0: 'Q4_0',
  q4_1: 'Q4_1',
  q5_0: 'Q5_0',
  q5_1: 'Q5_1',
  iq4_nl: 'IQ4_NL',
};

export function isGgufType(name: string): boolean {
  return normalizeFtype(name) !== undefined;
}

/** "q4_k_m", "Q4_K_M", "GGUF Q4_K_M" → "Q4_K_M". */
export function normalizeFtype(name: string): string | undefined {
  const key = name.toUpperCase().replace(/^GGUF[\s_-]*/, '').replace(/-/g, '_');
  return key in FTYPE_DEFAULT ? key : undefined;
}

/** Bytes of one row of `ne0` elements in a ggml type. */
export function rowBytes(type: string, ne0: number): number {
  const t = GGML_TYPES[type];
  return Math.ceil(ne0 / t.block) * t.bytes;
}

export interface GgufTensor {
  name: string;
  /** Decoder layer index; -1 for the input layer (token_embd), n_layer for the output layer. */
  layer: number;
  /** Row length (the input dimension): what the block size must divide. */
  ne0: number;
  /** Rows times experts. */
  rows: number;
  type: string;
  bytes: number;
}

interface Shape {
  name: string;
  layer: number;
  ne0: number;
  rows: number;
  /** Quantizable (2-D weight, not a norm, bias or router). */
  quantize: boolean;
  experts?: number;
}

/** The tensors of a llama.cpp model, with shapes from the Hugging Face config. */
function shapes(arch: Architecture): Shape[] {
  const h = arch.hiddenSize;
  const heads = arch.numAttentionHeads ?? 1;
  const kvHeads = arch.numKeyValueHeads ?? heads;
  const hd = arch.headDim ?? h / heads;
  const vocab = arch.vocabSize ?? 0;
  const layers = arch.numHiddenLayers;
  const list: Shape[] = [{ name: 'token_embd', layer: -1, ne0: h, rows: vocab, quantize: true }];
  const bias = arch.traits.qkvBias === 'yes' || (arch.traits.qkvBias === 'config' && arch.attentionBias);
  const fusedQkv = arch.modelType === 'phi3';
  for (let i = 0; i < layers; i += 1) {
    const norm = (name: string, width = h) => list.push({ name, layer: i, ne0: width, rows: 1, quantize: false });
    norm('attn_norm');
    if (arch.traits.normsPerLayer >= 2) norm('ffn_norm');
    if (arch.traits.normsPerLayer >= 4) {
      norm('post_attention_norm');
      norm('post_ffw_norm');
    }
    const blocks = layerBlocks(arch, i);
    if (blocks.recurrent) list.push(...recurrentTensors(arch, i));
    if (!blocks.attention) {
      // recurrent-only or MLP-only block of a hybrid
    } else if (arch.mla) {
      const m = arch.mla;
      const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
      if (m.qLoraRank) {
        list.push({ name: 'attn_q_a', layer: i, ne0: h, rows: m.qLoraRank, quantize: true });
        norm('attn_q_a_norm', m.qLoraRank);
        list.push({ name: 'attn_q_b', layer: i, ne0: m.qLoraRank, rows: heads * qHead, quantize: true });
      } else list.push({ name: 'attn_q', layer: i, ne0: h, rows: heads * qHead, quantize: true });
      list.push({ name: 'attn_kv_a_mqa', layer: i, ne0: h, rows: m.kvLoraRank + m.qkRopeHeadDim, quantize: true });
      norm('attn_kv_a_norm', m.kvLoraRank);
      list.push({ name: 'attn_kv_b', layer: i, ne0: m.kvLoraRank, rows: heads * (m.qkNopeHeadDim + m.vHeadDim), quantize: true });
      list.push({ name: 'attn_output', layer: i, ne0: heads * m.vHeadDim, rows: h, quantize: true });
    } else {
      // Gemma 4's full-attention layers: their own head size and K/V heads, no attn_v where K = V.
      const global = arch.globalAttention?.layers[i] ? arch.globalAttention : undefined;
      const lhd = global ? global.headDim : hd;
      const lkv = global ? global.kvHeads : kvHeads;
      if (fusedQkv) list.push({ name: 'attn_qkv', layer: i, ne0: h, rows: (heads + 2 * lkv) * lhd, quantize: true });
      else {
        list.push({ name: 'attn_q', layer: i, ne0: h, rows: heads * lhd, quantize: true });
        list.push({ name: 'attn_k', layer: i, ne0: h, rows: lkv * lhd, quantize: true });
        if (!global?.kEqV) list.push({ name: 'attn_v', layer: i, ne0: h, rows: lkv * lhd, quantize: true });
      }
      list.push({ name: 'attn_output', layer: i, ne0: heads * lhd, rows: h, quantize: true });
      if (bias) list.push({ name: 'attn_qkv_bias', layer: i, ne0: (heads + 2 * lkv) * lhd, rows: 1, quantize: false });
      if (arch.traits.qkNorm === 'head') {
        norm('attn_q_norm', lhd);
        norm('attn_k_norm', lhd);
      }
      if (arch.traits.attentionSinks) norm('attn_sinks', heads);
    }
    const moe = arch.moe;
    if (blocks.mlp === 'none') {
      // Nemotron-H mixer-only block
    } else if (moe && blocks.mlp === 'moe') {
      const w = moe.moeIntermediateSize;
      list.push({ name: 'ffn_gate_inp', layer: i, ne0: h, rows: moe.numExperts, quantize: false });
      // Nemotron-H (llama-model.cpp nemotron_h_moe): relu² experts without a gate; a latent MoE runs
      // them in moe_n_embd between ffn_latent_down {n_embd, moe_n_embd} and ffn_latent_up {moe_n_embd, n_embd}.
      const d = moe.latentSize ?? h;
      if (moe.latentSize) {
        list.push({ name: 'ffn_latent_down', layer: i, ne0: h, rows: d, quantize: true });
        list.push({ name: 'ffn_latent_up', layer: i, ne0: d, rows: h, quantize: true });
      }
      if (arch.traits.mlp === 'gated') list.push({ name: 'ffn_gate_exps', layer: i, ne0: d, rows: w, experts: moe.numExperts, quantize: true });
      list.push({ name: 'ffn_up_exps', layer: i, ne0: d, rows: w, experts: moe.numExperts, quantize: true });
      list.push({ name: 'ffn_down_exps', layer: i, ne0: w, rows: d, experts: moe.numExperts, quantize: true });
      const shared = moe.numSharedExperts * w + moe.sharedExpertIntermediateSize;
      if (shared > 0) {
        if (arch.traits.mlp === 'gated') list.push({ name: 'ffn_gate_shexp', layer: i, ne0: h, rows: shared, quantize: true });
        list.push({ name: 'ffn_up_shexp', layer: i, ne0: h, rows: shared, quantize: true });
        list.push({ name: 'ffn_down_shexp', layer: i, ne0: shared, rows: h, quantize: true });
      }
    } else {
      const w = arch.intermediateSize ?? 4 * h;
      if (arch.traits.mlp === 'gated') list.push({ name: 'ffn_gate', layer: i, ne0: h, rows: w, quantize: true });
      list.push({ name: 'ffn_up', layer: i, ne0: h, rows: w, quantize: true });
      list.push({ name: 'ffn_down', layer: i, ne0: w, rows: h, quantize: true });
    }
  }
  list.push({ name: 'output_norm', layer: layers, ne0: h, rows: 1, quantize: false });
  if (!arch.tieWordEmbeddings) list.push({ name: 'output', layer: layers, ne0: h, rows: vocab, quantize: true });
  return list;
}

/**
 * A recurrent mixer's tensors (llama-model.cpp load_tensors for qwen3next, mamba2, granitehybrid,
 * nemotron_h, jamba, lfm2, kimi-linear): the input and output projections are quantized like
 * other 2-D weights; the convolution, A, D, dt and norm vectors stay F32.
 */
function recurrentTensors(arch: Architecture, i: number): Shape[] {
  const h = arch.hiddenSize;
  const mixer = recurrentParameters(arch);
  return [
    { name: 'ssm_in', layer: i, ne0: h, rows: Math.round(mixer.linear / h), quantize: true },
    { name: 'ssm_misc', layer: i, ne0: mixer.params - mixer.linear, rows: 1, quantize: false },
  ];
}

/** llama.cpp's use_more_bits: the first and last eighth of layers and every third one between. */
function useMoreBits(i: number, n: number): boolean {
  const eighth = Math.floor(n / 8);
  return i < eighth || i >= Math.floor((7 * n) / 8) || (i - eighth) % 3 === 2;
}

const K_TYPES = new Set(['Q2_K', 'Q3_K', 'Q4_K', 'Q5_K', 'Q6_K', 'IQ4_XS', 'IQ2_XXS', 'IQ2_XS', 'IQ2_S', 'IQ3_XXS', 'IQ3_S']);

/** llama_tensor_get_type for the ftypes above (no imatrix). */
function tensorType(arch: Architecture, ftype: string, t: Shape): string {
  let type = FTYPE_DEFAULT[ftype];
  if (['F32', 'F16', 'BF16'].includes(type)) return type;
  const layers = arch.numHiddenLayers;
  const heads = arch.numAttentionHeads ?? 1;
  const gqa = heads / (arch.numKeyValueHeads ?? heads);
  const experts = arch.moe?.numExperts ?? 0;
  // LLM_TYPE_70B: llama.cpp's size class for 80-layer Llama 2/3 (GQA) and Qwen2/2.5 72B.
  const is70B = layers === 80 && ['llama', 'qwen2'].includes(arch.modelType) && gqa > 1;
  const tiedEmbedding = t.name === 'token_embd' && arch.tieWordEmbeddings;

  if (ftype === 'MXFP4_MOE') {
    if (t.experts && t.experts > 1) return 'MXFP4';
    return 'Q8_0';
  }
  if (t.name === 'output' || tiedEmbedding) {
    if (t.ne0 % 256 !== 0) type = 'Q8_0';
    else if (type !== 'Q8_0') type = 'Q6_K';
  } else if (t.name === 'token_embd') {
    // keeps the default type for these ftypes
  } else if (t.name === 'attn_v') {
    if (ftype === 'Q2_K') type = gqa >= 4 ? 'Q4_K' : 'Q3_K';
    else if (ftype === 'Q3_K_M') type = t.layer < 2 ? 'Q5_K' : 'Q4_K';
    else if (ftype === 'Q3_K_L') type = 'Q5_K';
    else if ((ftype === 'IQ4_NL' || ftype === 'IQ4_XS') && gqa >= 4) type = 'Q5_K';
    else if ((ftype === 'Q4_K_M' || ftype === 'Q5_K_M') && useMoreBits(t.layer, layers)) type = 'Q6_K';
    else if (ftype === 'Q4_K_S' && t.layer < 4) type = 'Q5_K';
    if (is70B && (type === 'Q3_K' || type === 'Q4_K')) type = 'Q5_K';
    if (experts === 8) type = 'Q8_0';
  } else if (t.name === 'attn_k') {
    if (experts === 8) type = 'Q8_0';
  } else if (t.name.startsWith('ffn_down')) {
    const i = t.layer;
    if (ftype === 'Q2_K') type = 'Q3_K';
    else if (ftype === 'Q3_K_M') type = i < Math.floor(layers / 16) ? 'Q5_K' : 'Q4_K';
    else if (ftype === 'Q3_K_L') type = 'Q5_K';
    else if ((ftype === 'Q4_K_M' || ftype === 'Q5_K_M') && useMoreBits(i, layers)) type = 'Q6_K';
    else if ((ftype === 'IQ4_NL' || ftype === 'IQ4_XS' || ftype === 'Q4_K_S') && i < Math.floor(layers / 8)) type = 'Q5_K';
  } else if (t.name === 'attn_output') {
    if (experts === 8) {
      if (['Q2_K', 'Q3_K_S', 'Q3_K_M', 'IQ4_NL', 'Q4_K_S', 'Q4_K_M', 'IQ4_XS'].includes(ftype)) type = 'Q5_K';
    } else if (ftype === 'Q2_K') type = 'Q3_K';
    else if (ftype === 'Q3_K_M') type = 'Q4_K';
    else if (ftype === 'Q3_K_L') type = 'Q5_K';
  } else if (t.name === 'attn_qkv') {
    if (ftype === 'Q3_K_M' || ftype === 'Q3_K_L') type = 'Q4_K';
    else if (ftype === 'Q4_K_M') type = 'Q5_K';
    else if (ftype === 'Q5_K_M') type = 'Q6_K';
  }
  // Rows that K-quant blocks (256) do not divide fall back to a 32-block type, then to F16.
  if (K_TYPES.has(type) && t.ne0 % 256 !== 0) {
    type = { Q4_K: 'Q5_0', Q5_K: 'Q5_1', Q6_K: 'Q8_0' }[type] ?? 'IQ4_NL';
  }
  if (t.ne0 % GGML_TYPES[type].block !== 0) type = 'F16';
  return type;
}

const TENSORS = new WeakMap<Architecture, Map<string, GgufTensor[]>>();

/** Every tensor of the model in a GGUF of the given file type, with its ggml type and bytes (cached). */
export function ggufTensors(arch: Architecture, ftype: string): GgufTensor[] {
  let byType = TENSORS.get(arch);
  if (!byType) {
    byType = new Map();
    TENSORS.set(arch, byType);
  }
  let tensors = byType.get(ftype);
  if (!tensors) {
    tensors = typedTensors(arch, ftype);
    byType.set(ftype, tensors);
  }
  return tensors;
}

function typedTensors(arch: Architecture, ftype: string): GgufTensor[] {
  return shapes(arch).map((s) => {
    const type = s.quantize ? tensorType(arch, ftype, s) : 'F32';
    const rows = s.rows * (s.experts ?? 1);
    return { name: s.name, layer: s.layer, ne0: s.ne0, rows, type, bytes: rowBytes(type, s.ne0) * rows };
  });
}

/** Tensors vLLM loads as one merged parameter (QKVParallelLinear, MergedColumnParallelLinear, FusedMoE w13). */
const MERGED: Record<string, string> = { attn_q: 'qkv', attn_k: 'qkv', attn_v: 'qkv', ffn_gate: 'gate_up', ffn_up: 'gate_up', ffn_gate_exps: 'w13', ffn_up_exps: 'w13' };

/**
 * Bytes vLLM holds for a GGUF checkpoint (vllm/model_executor/layers/quantization/gguf.py): linear
 * layers, embeddings, the LM head and MoE experts keep their GGUF blocks (GGUFLinearMethod,
 * GGUFEmbeddingMethod, GGUFMoEMethod; F16/BF16/F32 ones stay as stored); shards of a merged layer
 * with different types are padded to the widest row (_create_padded_weight_param); norms and
 * biases are ordinary parameters in the model dtype. Vocabulary rows pad to 64
 * (VocabParallelEmbedding). Whole model, before tensor parallelism.
 */
export function vllmGgufBytes(tensors: readonly GgufTensor[], dtypeBytes: number): number {
  let bytes = 0;
  const merged = new Map<string, { rows: number; widest: number }>();
  for (const t of tensors) {
    const base = t.name.replace(/^blk\.\d+\./, '');
    if (t.rows === 1 || base.endsWith('.bias') || /norm|_inp$|sinks/.test(base)) {
      bytes += t.ne0 * t.rows * dtypeBytes;
      continue;
    }
    const group = MERGED[base];
    if (group) {
      const key = `${t.layer}:${group}`;
      const m = merged.get(key) ?? { rows: 0, widest: 0 };
      m.rows += t.rows;
      m.widest = Math.max(m.widest, rowBytes(t.type, t.ne0));
      merged.set(key, m);
      continue;
    }
    const rows = t.name === 'token_embd' || t.name === 'output' ? Math.ceil(t.rows / 64) * 64 : t.rows;
    bytes += rowBytes(t.type, t.ne0) * rows;
  }
  for (const m of merged.values()) bytes += m.rows * m.widest;
  return bytes;
}

/**
 * vLLM's bytes for a GGUF deployment, or undefined when it is not one: the header's tensors where
 * the deployment names a .gguf file, else the tensors llama-quantize makes for a GGUF type.
 */
export function vllmGgufCheckpointBytes(model: ModelInfo, serving: ServingConfig, dtypeBytes: number): number | undefined {
  if (model.gguf) return vllmGgufBytes(model.gguf.tensors, dtypeBytes);
  const ftype = serving.quantization ? normalizeFtype(serving.quantization) : undefined;
  return ftype ? vllmGgufBytes(ggufTensors(model.architecture, ftype), dtypeBytes) : undefined;
}

/** The GGUF file types `quantization` accepts (canonical spelling), for the published schema. */
export const GGUF_FTYPES: readonly string[] = Object.keys(FTYPE_DEFAULT);
