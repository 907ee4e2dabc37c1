// Weights per GPU under tensor and pipeline parallelism, the way vLLM's parallel layers shard
// them (vllm/model_executor/layers/linear.py, vocab_parallel_embedding.py, fused_moe/layer.py):
// q/o and MLP split across ranks, K/V heads split but replicated when fewer than ranks, the
// vocabulary padded then split, norms and routers replicated; pipeline stages own whole layers.

import type { Architecture } from './architecture.js';
import { encoderParameters } from './encoders.js';
import { gemma3nLayerParameters, gemma3nModelParameters } from './gemma3n.js';
import { gemma4LayerExtras } from './gemma4.js';
import { expertMatrices, indexerParameters, latentProjectionParameters, layerBlocks, normWidth, recurrentParameters } from './parameters.js';
import { bytesPerQuantizedWeight, isConverted, type QuantFormat } from './quantization.js';

export interface ShardOptions {
  tensorParallelSize: number;
  pipelineParallelSize: number;
  /** Vocabulary rows are padded to a multiple of this before splitting (vLLM: 64). */
  vocabPadding: number;
  /** Bytes of an unquantized parameter at the serving dtype. */
  dtypeBytes: number;
  format: QuantFormat | null;
  /** MXFP4 expert kernels pad the expert width and hidden size to these multiples. */
  mxfp4Padding?: { intermediate: number; hidden: number };
  /**
   * Exact bytes of the checkpoint as served, unsharded (safetensors headers): the modelled
   * layout is scaled to it, so the sharding rules stay and the total is the checkpoint's.
   */
  checkpointBytes?: number;
  /** Layers per pipeline stage (vLLM's VLLM_PP_LAYER_PARTITION), instead of the even split. */
  layerPartition?: readonly number[];
}

export interface StageWeights {
  stage: number;
  /** First and last decoder layer of the stage (inclusive). */
  firstLayer: number;
  lastLayer: number;
  bytes: number;
  embeddingBytes: number;
  lmHeadBytes: number;
  layerBytes: number;
  encoderBytes: number;
  /** checkpointBytes ÷ the modelled unsharded bytes, where a checkpoint anchors the figure. */
  checkpointScale?: number;
}

/**
 * vllm/distributed/utils.py get_pp_indices: remainder layers go to the stages before the last,
 * unless VLLM_PP_LAYER_PARTITION gives each stage's layer count.
 */
export function pipelineStages(layers: number, pp: number, partition?: readonly number[]): Array<[number, number]> {
  const sizes = partition && partition.length === pp ? [...partition] : Array.from({ length: pp }, () => Math.floor(layers / pp));
  if (!partition || partition.length !== pp) for (let i = 2; i < (layers % pp) + 2; i += 1) sizes[pp - i] += 1;
  const stages: Array<[number, number]> = [];
  let start = 0;
  for (const size of sizes) {
    stages.push([start, start + size - 1]);
    start += size;
  }
  return stages;
}

/** Whether a layer's K/V heads fall to this rank whole or are replicated (num_kv_head_replicas). */
export function kvHeadsPerRank(arch: Architecture, tp: number): number {
  if (arch.mla) return 1;
  const kv = arch.numKeyValueHeads ?? arch.numAttentionHeads ?? 1;
  return Math.max(1, Math.floor(kv / tp));
}

function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

interface Split {
  /** Parameters the format packs, by module (for modules_to_not_convert). */
  packed: Array<{ module: string; params: number; inFeatures: number }>;
  /** Parameters kept at the serving dtype. */
  plain: number;
  /** Bytes already computed by a special layout (MXFP4 experts). */
  bytes: number;
}

function layerSplit(arch: Architecture, i: number, opts: ShardOptions): Split {
  const tp = opts.tensorParallelSize;
  const h = arch.hiddenSize;
  const t = arch.traits;
  const heads = arch.numAttentionHeads ?? 1;
  const headsRank = heads / tp;
  const split: Split = { packed: [], plain: 0, bytes: 0 };
  // Module names matter only to a quantization format's modules_to_not_convert: not written without one.
  const named = Boolean(opts.format);
  const attnPath = named ? `model.layers.${i}.self_attn` : '';
  const mlpPath = named ? `model.layers.${i}.mlp` : '';
  const attnBias = t.qkvBias === 'yes' || (t.qkvBias === 'config' && arch.attentionBias);
  const oBias = t.oBias === 'yes' || (t.oBias === 'config' && arch.attentionBias);

  const blocks = layerBlocks(arch, i);
  if (!blocks.attention) {
    // no self-attention in this layer (a recurrent or MLP-only block of a hybrid)
  } else if (arch.mla) {
    const m = arch.mla;
    const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
    // q_a_proj and kv_a_proj_with_mqa are ReplicatedLinear; q_b, kv_b column-parallel, o row-parallel.
    const q = m.qLoraRank ? h * m.qLoraRank + m.qLoraRank * headsRank * qHead : h * headsRank * qHead;
    const matrices = q + h * (m.kvLoraRank + m.qkRopeHeadDim) + m.kvLoraRank * headsRank * (m.qkNopeHeadDim + m.vHeadDim) + headsRank * m.vHeadDim * h;
    split.packed.push({ module: attnPath, params: matrices, inFeatures: h });
    split.plain += (m.qLoraRank ?? 0) + m.kvLoraRank;
    if (arch.indexer) {
      // vLLM models/deepseek_v2.py Indexer: wq_b, wk and weights_proj are ReplicatedLinear (whole on
      // every rank); weights_proj and k_norm stay unquantized.
      const idx = indexerParameters(arch);
      split.packed.push({ module: `${attnPath}.indexer`, params: idx.linear, inFeatures: m.qLoraRank ?? h });
      split.plain += idx.params - idx.linear;
    }
  } else {
    // Gemma 4's full-attention layers have their own head size and K/V heads; vLLM keeps a V slot even
    // where attention_k_eq_v left v_proj out of the checkpoint (it loads k_proj into it).
    const global = arch.globalAttention?.layers[i] ? arch.globalAttention : undefined;
    const hd = global ? global.headDim : (arch.headDim ?? h / heads);
    const q = headsRank * hd;
    const kv = (global ? Math.max(1, Math.floor(global.kvHeads / tp)) : kvHeadsPerRank(arch, tp)) * hd;
    const gate = arch.attentionOutputGate ? h * q : 0; // gated attention: q_proj also emits the output gate
    split.packed.push({ module: attnPath, params: h * q + gate + 2 * h * kv + q * h, inFeatures: h });
    if (attnBias) split.plain += q + 2 * kv;
    if (oBias) split.plain += h; // row-parallel bias: whole on every rank
    const qkNorm =
      t.qkNorm === 'config' ? (arch.useQkNorm ? 'per-head' : 'none') : t.qkNorm === 'config-head' ? (arch.useQkNorm ? 'head' : 'none') : t.qkNorm;
    if (qkNorm === 'head') split.plain += 2 * hd;
    if (qkNorm === 'per-head') split.plain += q + kv;
    if (t.attentionSinks) split.plain += headsRank;
  }
  if (arch.crossAttentionLayers?.includes(i)) split.plain += 2 * (arch.headDim ?? h / heads) + 2;
  if (blocks.recurrent) {
    // vLLM splits the mixers' projections, convolution and heads over tensor_parallel_size
    // (mamba_mixer2.py, qwen3_next.py Qwen3NextGatedDeltaNet, lfm2.py ShortConv).
    const mixer = recurrentParameters(arch);
    split.packed.push({ module: named ? `model.layers.${i}.mixer` : '', params: mixer.linear / tp, inFeatures: h });
    split.plain += (mixer.params - mixer.linear) / tp;
  }

  const mlpBias = t.mlpBias === 'yes' || (t.mlpBias === 'config' && arch.mlpBias);
  const moe = arch.moe;
  if (blocks.mlp === 'none') {
    // Nemotron-H mixer-only block
  } else if (moe && blocks.mlp === 'moe') {
    const w = moe.moeIntermediateSize / tp;
    const experts = moe.numExperts;
    if (opts.format?.name === 'mxfp4' && isConverted(opts.format, `${mlpPath}.experts`)) {
      // vllm/model_executor/layers/quantization/mxfp4.py Mxfp4MoEMethod.create_weights:
      // uint8 weights (2 values a byte) and uint8 E8M0 scales per 32, bf16 biases, padded dims.
      const pad = opts.mxfp4Padding ?? { intermediate: 1, hidden: 1 };
      const wp = roundUp(w, pad.intermediate);
      const hp = roundUp(h, pad.hidden);
      const perExpert = (2 * wp * hp) / 2 + (2 * wp * hp) / 32 + (hp * wp) / 2 + (hp * wp) / 32;
      split.bytes += experts * perExpert + (t.moeBiases ? experts * (2 * wp + hp) * opts.dtypeBytes : 0);
    } else {
      // A latent MoE's experts read and write the latent width (Nemotron-H moe_latent_size).
      const d = moe.latentSize ?? h;
      split.packed.push({ module: `${mlpPath}.experts`, params: experts * expertMatrices(arch) * d * w, inFeatures: d });
      if (t.moeBiases) split.plain += experts * (2 * w + h);
    }
    split.plain += h * experts + (t.moeBiases ? experts : 0) + (t.routerCorrectionBias ? experts : 0);
    // vLLM nemotron_h.py NemotronHMoE: fc1/fc2_latent_proj are ReplicatedLinear, whole on every rank.
    const latent = latentProjectionParameters(arch);
    if (latent > 0) split.packed.push({ module: `${mlpPath}.fc1_latent_proj`, params: latent, inFeatures: h });
    const shared = (moe.numSharedExperts * moe.moeIntermediateSize + moe.sharedExpertIntermediateSize) / tp;
    // DeepSeek-style checkpoints (and Nemotron-H) name them shared_experts, Qwen2-MoE and Llama 4 shared_expert.
    const sharedName = moe.numSharedExperts > 0 || arch.modelType === 'nemotron_h' ? 'shared_experts' : 'shared_expert';
    if (shared > 0) split.packed.push({ module: `${mlpPath}.${sharedName}`, params: expertMatrices(arch) * h * shared, inFeatures: h });
    if (t.sharedExpertGate && moe.sharedExpertIntermediateSize) split.plain += h;
  } else {
    const w = (arch.intermediateSize ?? 4 * h) / tp;
    // Named by their own modules, as vLLM's is_layer_skipped checks them against a checkpoint's
    // ignore list (a fused gate_up_proj by its gate_proj shard): Kimi-K2's INT4 list keeps the dense
    // first layer's mlp.(gate|up|down)_proj in BF16.
    split.packed.push({ module: named ? `${mlpPath}.${t.mlp === 'plain' ? 'up_proj' : 'gate_proj'}` : '', params: (t.mlp === 'plain' ? 1 : 2) * h * w, inFeatures: h });
    split.packed.push({ module: named ? `${mlpPath}.down_proj` : '', params: h * w, inFeatures: w });
    if (mlpBias) split.plain += (t.mlp === 'plain' ? w : 2 * w) + h;
  }
  split.plain += blocks.norms * normWidth(arch, h) + gemma3nLayerParameters(arch) + gemma4LayerExtras(arch.modelType, h, blocks.mlp === 'moe' ? arch.moe?.numExperts : undefined);
  return split;
}

function splitBytes(split: Split, opts: ShardOptions): number {
  let bytes = split.bytes + split.plain * opts.dtypeBytes;
  for (const part of split.packed) {
    const format = opts.format;
    const packed = format && format.scope === 'linear' && isConverted(format, part.module);
    bytes += part.params * (packed ? bytesPerQuantizedWeight(format, part.inFeatures) : opts.dtypeBytes);
  }
  return bytes;
}

const STAGES = new WeakMap<Architecture, Map<string, StageWeights[]>>();

const FORMAT_IDS = new WeakMap<QuantFormat, number>();

/** A format's key: its content once per object (resolveFormat returns one object per format). */
function formatKey(format: QuantFormat | null): string {
  if (!format) return '';
  let id = FORMAT_IDS.get(format);
  if (id === undefined) {
    id = FORMAT_IDS_SEEN.get(JSON.stringify(format));
    if (id === undefined) {
      id = FORMAT_IDS_SEEN.size + 1;
      FORMAT_IDS_SEEN.set(JSON.stringify(format), id);
    }
    FORMAT_IDS.set(format, id);
  }
  return String(id);
}
const FORMAT_IDS_SEEN = new Map<string, number>();

/** Every option in the key (a JSON text of the options was the costliest part of an estimate). */
function shardKey(o: ShardOptions): string {
  return `${o.tensorParallelSize}|${o.pipelineParallelSize}|${o.vocabPadding}|${o.dtypeBytes}|${formatKey(o.format)}|${o.mxfp4Padding && o.format?.name === 'mxfp4' ? `${o.mxfp4Padding.intermediate}x${o.mxfp4Padding.hidden}` : ''}|${o.checkpointBytes ?? ''}|${o.layerPartition?.join(',') ?? ''}`;
}

/** Weights of each pipeline stage on one tensor-parallel rank; the busiest stage decides (cached). */
export function stageWeights(arch: Architecture, opts: ShardOptions): StageWeights[] {
  let byOptions = STAGES.get(arch);
  if (!byOptions) {
    byOptions = new Map();
    STAGES.set(arch, byOptions);
  }
  const key = shardKey(opts);
  let stages = byOptions.get(key);
  if (!stages) {
    stages = opts.checkpointBytes === undefined ? computeStages(arch, opts) : anchoredStages(arch, opts, opts.checkpointBytes);
    byOptions.set(key, stages);
  }
  return stages;
}

/** The modelled stages scaled so that the whole model, unsharded and unpadded, is the checkpoint's bytes. */
function anchoredStages(arch: Architecture, opts: ShardOptions, checkpointBytes: number): StageWeights[] {
  const [whole] = computeStages(arch, { ...opts, tensorParallelSize: 1, pipelineParallelSize: 1, vocabPadding: 1, mxfp4Padding: undefined, checkpointBytes: undefined });
  if (whole.bytes <= 0) return computeStages(arch, opts);
  const scale = checkpointBytes / whole.bytes;
  return computeStages(arch, { ...opts, checkpointBytes: undefined }).map((s) => ({
    ...s,
    bytes: Math.round(s.bytes * scale),
    embeddingBytes: Math.round(s.embeddingBytes * scale),
    lmHeadBytes: Math.round(s.lmHeadBytes * scale),
    layerBytes: Math.round(s.layerBytes * scale),
    encoderBytes: Math.round(s.encoderBytes * scale),
    checkpointScale: scale,
  }));
}

function computeStages(arch: Architecture, opts: ShardOptions): StageWeights[] {
  const tp = opts.tensorParallelSize;
  const h = arch.hiddenSize;
  const vocab = (arch.vocabSize ?? 0) + arch.extraEmbeddingRows;
  const paddedRows = roundUp(vocab, opts.vocabPadding) / tp;
  // Gemma 3n's per-layer embedding table is a second vocabulary-parallel embedding.
  const g3n = gemma3nModelParameters(arch);
  const tableBytes = paddedRows * h * opts.dtypeBytes;
  const embeddingBytes = tableBytes + (g3n.perLayerEmbedding / tp + g3n.other) * opts.dtypeBytes;
  // ParallelLMHead stays at the serving dtype under the weight-quantization methods modelled here.
  const headRows = roundUp(arch.vocabSize ?? 0, opts.vocabPadding) / tp;
  const lmHeadBytes = headRows * h * opts.dtypeBytes + (arch.traits.lmHeadBias ? headRows * opts.dtypeBytes : 0);
  const encoders = arch.encoders ? ((encoderParameters(arch.encoders, arch.modelType, h) ?? 0) / tp) * opts.dtypeBytes : 0;
  const finalNorm = normWidth(arch, h) * opts.dtypeBytes;
  const stages = pipelineStages(arch.numHiddenLayers, opts.pipelineParallelSize, opts.layerPartition);
  return stages.map(([first, last], stage) => {
    let layerBytes = 0;
    for (let i = first; i <= last; i += 1) layerBytes += splitBytes(layerSplit(arch, i, opts), opts);
    const isFirst = stage === 0;
    const isLast = stage === stages.length - 1;
    // A tied output head is the embedding itself on a single stage; the last stage holds its own copy otherwise.
    const head = isLast ? (arch.tieWordEmbeddings ? (isFirst ? 0 : tableBytes) : lmHeadBytes) + finalNorm : 0;
    const embedding = isFirst ? embeddingBytes : 0;
    const enc = isFirst ? encoders : 0;
    return {
      stage,
      firstLayer: first,
      lastLayer: last,
      bytes: Math.round(embedding + head + layerBytes + enc),
      embeddingBytes: Math.round(embedding),
      lmHeadBytes: Math.round(head),
      layerBytes: Math.round(layerBytes),
      encoderBytes: Math.round(enc),
    };
  });
}

export function busiestStage(stages: StageWeights[]): StageWeights {
  return stages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
}
