// Parameter counts from the architecture: embeddings, attention with its real head counts,
// MLP (dense, routed experts, shared experts, routers), norms, and the output head.

import type { Architecture } from './architecture.js';
import { encoderParameters } from './encoders.js';
import { gemma3nLayerParameters, gemma3nModelParameters } from './gemma3n.js';
import { gemma4LayerExtras } from './gemma4.js';

export interface ParameterCount {
  total: number;
  /** Input embedding table. */
  embedding: number;
  /** Output head; 0 when tied to the embeddings. */
  lmHead: number;
  /** Token mixers: attention, and the recurrent or linear-attention mixers of hybrid models. */
  attention: number;
  /** Every MLP weight: dense MLPs, routers, shared and routed experts. */
  mlp: number;
  /** Routed expert weight matrices alone (a subset of mlp). */
  routedExperts: number;
  /** 2-D projection matrices of the decoder layers: what weight quantization packs. */
  linear: number;
  norms: number;
  /** Vision/audio encoders and their projectors. */
  encoders: number;
  /** Parameters one token passes through (total for dense models). */
  active: number;
  basis: 'architecture' | 'given';
}

interface Part {
  params: number;
  /** Of which 2-D projection matrices. */
  linear: number;
}

function bias(flag: 'yes' | 'no' | 'config', configValue: boolean): boolean {
  return flag === 'yes' || (flag === 'config' && configValue);
}

export function normWidth(arch: Architecture, width: number): number {
  return arch.traits.norm === 'layernorm' ? 2 * width : width;
}

/** One attention block: projections, biases, q/k norms, sinks; `layer` picks a Gemma 4 full-attention layer's own shape. */
export function attentionParameters(arch: Architecture, layer?: number): Part {
  const h = arch.hiddenSize;
  const t = arch.traits;
  const heads = arch.numAttentionHeads ?? 1;
  if (arch.mla) {
    const m = arch.mla;
    const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
    const qLinear = m.qLoraRank ? h * m.qLoraRank + m.qLoraRank * heads * qHead : h * heads * qHead;
    const linear =
      qLinear +
      h * (m.kvLoraRank + m.qkRopeHeadDim) +
      m.kvLoraRank * heads * (m.qkNopeHeadDim + m.vHeadDim) +
      heads * m.vHeadDim * h;
    // q_a_layernorm and kv_a_layernorm
    const norms = (m.qLoraRank ?? 0) + m.kvLoraRank;
    const idx = indexerParameters(arch);
    return { params: linear + norms + idx.params, linear: linear + idx.linear };
  }
  const global = layer !== undefined && arch.globalAttention?.layers[layer] ? arch.globalAttention : undefined;
  const kvHeads = global ? global.kvHeads : (arch.numKeyValueHeads ?? heads);
  const headDim = global ? global.headDim : (arch.headDim ?? h / heads);
  const qWidth = heads * headDim;
  const kvWidth = kvHeads * headDim;
  // attention_k_eq_v: the checkpoint has k_proj and no v_proj.
  const kvProjections = global?.kEqV ? 1 : 2;
  // Gated attention (Qwen3-Next, Qwen3.5): q_proj emits the query and a same-width output gate.
  const linear = h * qWidth * (arch.attentionOutputGate ? 2 : 1) + kvProjections * h * kvWidth + qWidth * h;
  let params = linear;
  if (bias(t.qkvBias, arch.attentionBias)) params += qWidth + kvProjections * kvWidth;
  if (bias(t.oBias, arch.attentionBias)) params += h;
  const qkNorm =
    t.qkNorm === 'config' ? (arch.useQkNorm ? 'per-head' : 'none') : t.qkNorm === 'config-head' ? (arch.useQkNorm ? 'head' : 'none') : t.qkNorm;
  if (qkNorm === 'head') params += 2 * headDim;
  if (qkNorm === 'per-head') params += qWidth + kvWidth;
  if (t.attentionSinks) params += heads;
  return { params, linear };
}

/**
 * DeepSeek Sparse Attention's indexer in one layer (vLLM models/deepseek_v2.py Indexer, transformers
 * modeling_deepseek_v32 / modeling_glm_moe_dsa): wq_b (q_lora_rank → index_n_heads × index_head_dim),
 * wk (hidden → index_head_dim), k_norm (LayerNorm with bias, index_head_dim) and weights_proj
 * (hidden → index_n_heads, kept in bf16 in the checkpoints, so not counted as packed linear).
 * DeepSeek-V3.2: 1536·64·128 + 7168·128 + 2·128 + 7168·64 = 13,959,424 per layer.
 */
export function indexerParameters(arch: Architecture): Part {
  const ix = arch.indexer;
  if (!ix || !arch.mla) return { params: 0, linear: 0 };
  const h = arch.hiddenSize;
  const qRank = arch.mla.qLoraRank ?? h;
  const linear = qRank * ix.numHeads * ix.headDim + h * ix.headDim;
  return { params: linear + 2 * ix.headDim + h * ix.numHeads, linear };
}

/** One dense MLP of the given width. */
export function denseMlpParameters(arch: Architecture, width: number): Part {
  const h = arch.hiddenSize;
  const withBias = bias(arch.traits.mlpBias, arch.mlpBias);
  if (arch.traits.mlp === 'plain') {
    const linear = 2 * h * width;
    return { params: linear + (withBias ? width + h : 0), linear };
  }
  const linear = 3 * h * width;
  return { params: linear + (withBias ? 2 * width + h : 0), linear };
}

/** Weight matrices of one expert: gate/up/down, or up/down for a plain (Nemotron-H relu²) MLP. */
export function expertMatrices(arch: Architecture): number {
  return arch.traits.mlp === 'plain' ? 2 : 3;
}

/**
 * One routed expert (gate/up/down of moe_intermediate_size), with gpt-oss's expert biases. A latent
 * MoE (Nemotron-H moe_latent_size) runs its experts from and to the latent width instead of hidden_size.
 */
export function expertParameters(arch: Architecture): Part {
  const d = arch.moe!.latentSize ?? arch.hiddenSize;
  const w = arch.moe!.moeIntermediateSize;
  const linear = expertMatrices(arch) * d * w;
  return { params: linear + (arch.traits.moeBiases ? 2 * w + d : 0), linear };
}

/** Nemotron-H latent MoE: fc1_latent_proj (hidden → latent) and fc2_latent_proj (latent → hidden) per MoE layer. */
export function latentProjectionParameters(arch: Architecture): number {
  const latent = arch.moe?.latentSize;
  return latent ? 2 * arch.hiddenSize * latent : 0;
}

/**
 * One recurrent or linear-attention mixer, as transformers builds it:
 * Gated DeltaNet (modeling_qwen3_next.py Qwen3NextGatedDeltaNet: in_proj_qkvz, in_proj_ba, conv1d
 *   without bias over q/k/v, dt_bias, A_log, a gated RMSNorm of head_v_dim, out_proj);
 * KDA (modeling_kimi.py KimiDeltaAttention: q/k/v_proj, three short convs, f_a/f_b and g_a/g_b
 *   low-rank gates, b_proj, dt_bias, A_log, o_norm, o_proj);
 * Mamba-2 (modeling_nemotron_h.py / granitemoehybrid / falcon_h1 Mamba2Mixer: in_proj to
 *   intermediate + conv_dim + heads, conv1d over conv_dim = intermediate + 2·n_groups·d_state,
 *   dt_bias, A_log, D, gated RMSNorm of intermediate, out_proj);
 * Mamba-1 (modeling_jamba.py JambaMambaMixer: in_proj to 2·intermediate, conv1d, x_proj, dt_proj,
 *   A_log, D, out_proj, and Jamba's dt/B/C layernorms);
 * short convolution (modeling_lfm2.py Lfm2ShortConv: in_proj to 3·conv_dim, depthwise conv, out_proj).
 */
export function recurrentParameters(arch: Architecture): Part {
  const r = arch.recurrent!;
  const h = arch.hiddenSize;
  const k = r.convKernel;
  switch (r.kind) {
    case 'gated_delta_net': {
      const kd = r.numKeyHeads! * r.headKeyDim!;
      const vd = r.numHeads * r.headValueDim!;
      const linear = h * (2 * kd + 2 * vd) + h * 2 * r.numHeads + vd * h;
      return { params: linear + (2 * kd + vd) * k + 2 * r.numHeads + r.headValueDim!, linear };
    }
    case 'kda': {
      const hd = r.headDim!;
      const p = r.numHeads * hd;
      const linear = 3 * h * p + 2 * (h * hd + hd * p) + h * r.numHeads + p * h;
      return { params: linear + 3 * p * k + r.numHeads + p + hd, linear };
    }
    case 'mamba2': {
      const inter = r.intermediate!;
      const convDim = inter + 2 * r.nGroups! * r.stateSize!;
      const inProj = inter + convDim + r.numHeads;
      const linear = h * inProj + inter * h;
      const biases = (r.convBias ? convDim : 0) + (r.projBias ? inProj + h : 0);
      return { params: linear + convDim * k + biases + 3 * r.numHeads + inter, linear };
    }
    case 'mamba1': {
      const inter = r.intermediate!;
      const ds = r.stateSize!;
      const dtr = r.dtRank!;
      const linear = h * 2 * inter + inter * (dtr + 2 * ds) + dtr * inter + inter * h;
      const biases = (r.convBias ? inter : 0) + inter + (r.projBias ? 2 * inter + h : 0);
      return { params: linear + inter * k + biases + inter * ds + inter + dtr + 2 * ds, linear };
    }
    case 'short_conv': {
      const c = r.convDim!;
      const linear = h * 3 * c + c * h;
      return { params: linear + c * k + (r.convBias ? 4 * c + h : 0), linear };
    }
  }
}

/** What one decoder layer holds: self-attention, a recurrent mixer, and which feed-forward block. */
export function layerBlocks(arch: Architecture, i: number): { attention: boolean; recurrent: boolean; mlp: 'dense' | 'moe' | 'none'; norms: number } {
  const r = arch.recurrent;
  const mlp = r?.mlpLayers[i] === 'none' ? 'none' : arch.moe?.sparseLayers[i] ? 'moe' : 'dense';
  return {
    attention: r ? r.attentionLayers[i] : true,
    recurrent: r ? r.layers[i] : false,
    mlp,
    norms: r?.normsPerLayer ?? arch.traits.normsPerLayer,
  };
}

const COUNTS = new WeakMap<Architecture, ParameterCount>();

/** Counted once per architecture: recommendations re-estimate the same model on every catalog GPU. */
export function countParameters(arch: Architecture): ParameterCount {
  let count = COUNTS.get(arch);
  if (!count) {
    count = count_(arch);
    COUNTS.set(arch, count);
  }
  return count;
}

function count_(arch: Architecture): ParameterCount {
  const h = arch.hiddenSize;
  const layers = arch.numHiddenLayers;
  const vocab = arch.vocabSize ?? 0;
  const embedding = (vocab + arch.extraEmbeddingRows) * h;
  const lmHead = arch.tieWordEmbeddings ? 0 : vocab * h + (arch.traits.lmHeadBias ? vocab : 0);
  const attn = attentionParameters(arch);
  // Cross-attention layers (mllama) add per-head-dim q/k norms and two scalar tanh gates.
  const crossLayers = arch.crossAttentionLayers?.length ?? 0;
  const crossExtra = crossLayers * (2 * (arch.headDim ?? h / (arch.numAttentionHeads ?? 1)) + 2);
  const mixer = arch.recurrent ? recurrentParameters(arch) : { params: 0, linear: 0 };
  let attention = crossExtra;
  let norms = normWidth(arch, h);
  let linear = 0;

  let mlp = 0;
  let routedExperts = 0;
  let activeMlp = 0;
  const moe = arch.moe;
  for (let i = 0; i < layers; i += 1) {
    const blocks = layerBlocks(arch, i);
    if (blocks.attention) {
      const a = arch.globalAttention ? attentionParameters(arch, i) : attn;
      attention += a.params;
      linear += a.linear;
    }
    norms += gemma4LayerExtras(arch.modelType, h, blocks.mlp === 'moe' ? moe?.numExperts : undefined);
    if (blocks.recurrent) {
      attention += mixer.params;
      linear += mixer.linear;
    }
    norms += blocks.norms * normWidth(arch, h);
    if (blocks.mlp === 'none') continue;
    if (!moe || blocks.mlp !== 'moe') {
      const dense = denseMlpParameters(arch, arch.intermediateSize ?? 4 * h);
      mlp += dense.params;
      activeMlp += dense.params;
      linear += dense.linear;
      continue;
    }
    const expert = expertParameters(arch);
    const router =
      h * moe.numExperts +
      (arch.traits.moeBiases ? moe.numExperts : 0) +
      (arch.traits.routerCorrectionBias ? moe.numExperts : 0);
    const mats = expertMatrices(arch);
    const latent = latentProjectionParameters(arch);
    const sharedLinear =
      moe.numSharedExperts * mats * h * moe.moeIntermediateSize + mats * h * moe.sharedExpertIntermediateSize + latent;
    const shared = sharedLinear + (arch.traits.sharedExpertGate && moe.sharedExpertIntermediateSize ? h : 0);
    routedExperts += expert.linear * moe.numExperts;
    linear += expert.linear * moe.numExperts + sharedLinear;
    mlp += expert.params * moe.numExperts + router + shared;
    activeMlp += expert.params * moe.numExpertsPerTok + router + shared;
  }

  const encoders = arch.encoders ? (encoderParameters(arch.encoders, arch.modelType, h) ?? 0) : 0;
  const g3n = gemma3nModelParameters(arch);
  const g3nLayers = gemma3nLayerParameters(arch) * layers;
  const extra = g3n.perLayerEmbedding + g3n.other + g3nLayers;
  const total = embedding + lmHead + attention + mlp + norms + encoders + extra;
  const given = arch.numParametersGiven;
  return {
    total: given ?? total,
    embedding,
    lmHead,
    attention,
    mlp,
    routedExperts,
    linear: given === undefined ? linear : Math.max(0, given - embedding - lmHead),
    norms,
    encoders,
    active: given ?? total - mlp + activeMlp,
    basis: given === undefined ? 'architecture' : 'given',
  };
}
