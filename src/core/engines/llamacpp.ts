// llama.cpp (llama-server) and Ollama: GGUF weights per tensor type, the last n_gpu_layers layers
// (and the output layer) on the GPUs, a KV buffer sized for n_ctx = context × parallel slots,
// a compute buffer for one ubatch, and the CUDA runtime beside them. Nothing is preallocated
// beyond that, so "available" is the whole device.
// Rules follow llama.cpp ~Dec 2025 / Jan 2026 (src/llama-model.cpp load_tensors,
// src/llama-context.cpp, src/llama-kv-cache.cpp, src/llama-kv-cache-iswa.cpp) and Ollama ≥ 0.11.

import { countParameters } from '../parameters.js';
import { ggufTensors, LLAMA_KV_TYPES, normalizeFtype, rowBytes, type GgufTensor } from '../gguf.js';
import { deviceTotalBytes, LLAMA_RUNTIME_BYTES } from '../runtime-memory.js';
import { bare, type Component, type Estimate, type EstimateInput } from '../types.js';
import { MiB } from '../units.js';
import { Answers } from '../answers.js';
import { kvHeadsPerRank } from '../sharding.js';
import { llamaRecurrentBytes } from './llamacpp-recurrent.js';

/** llama.cpp pads the context to 256 cells (src/llama-context.cpp, GGML_PAD(n_ctx, 256), PR #17046). */
const CTX_PAD = 256;
/** Default physical batch (n_ubatch) that sizes the compute buffer (common/common.h). */
const N_UBATCH = 512;
/** ggml-cuda pads each buffer to 128 bytes and quantized rows to 512 elements (ggml-cuda.cu get_alloc_size). */
const CUDA_ALIGNMENT = 128;
const MATRIX_ROW_PADDING = 512;

/** Architectures Ollama turns flash attention on for by default (fs/ggml/ggml.go FlashAttention(), v0.11.8+). */
// qwen3vl/qwen3vlmoe (v0.12.7), olmo3 (v0.13.4) and glm4moelite (v0.14.3) joined the list in the
// releases that first ran them, so every Ollama that serves them has it on:
// https://github.com/ollama/ollama/blob/fb30760996871fa9460115c753afd2c60d4ab0f7/fs/ggml/ggml.go#L938-L956
const OLLAMA_FLASH_ATTENTION = new Set(['gemma3', 'gemma3_text', 'gpt_oss', 'qwen3', 'qwen3_moe', 'qwen2_5_vl', 'mistral3', 'qwen3_next', 'qwen3_vl', 'qwen3_vl_moe', 'olmo3', 'glm4_moe_lite']);

function pad(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

function cudaBytes(t: GgufTensor): number {
  let bytes = t.bytes;
  const quantized = !['F32', 'F16', 'BF16'].includes(t.type);
  if (quantized && t.ne0 % MATRIX_ROW_PADDING !== 0) bytes += rowBytes(t.type, MATRIX_ROW_PADDING - (t.ne0 % MATRIX_ROW_PADDING));
  return pad(bytes, CUDA_ALIGNMENT);
}

interface LayerBytes {
  /** Per decoder layer: bytes in a CUDA buffer (padded) and in system RAM. */
  gpu: number[];
  cpu: number[];
  outputGpu: number;
  outputCpu: number;
  /** token_embd, always in system RAM (and copied to the GPU for tied output layers). */
  embeddingCpu: number;
  embeddingGpu: number;
  file: number;
}

const LAYER_BYTES = new WeakMap<GgufTensor[], LayerBytes>();

/** Tensor bytes summed per layer, once per GGUF. */
function layerBytes(tensors: GgufTensor[], layers: number): LayerBytes {
  let sums = LAYER_BYTES.get(tensors);
  if (sums) return sums;
  sums = { gpu: Array(layers).fill(0), cpu: Array(layers).fill(0), outputGpu: 0, outputCpu: 0, embeddingCpu: 0, embeddingGpu: 0, file: 0 };
  for (const t of tensors) {
    sums.file += t.bytes;
    if (t.layer === -1) {
      sums.embeddingCpu += t.bytes;
      sums.embeddingGpu += cudaBytes(t);
    } else if (t.layer === layers) {
      sums.outputCpu += t.bytes;
      sums.outputGpu += cudaBytes(t);
    } else {
      sums.gpu[t.layer] += cudaBytes(t);
      sums.cpu[t.layer] += t.bytes;
    }
  }
  LAYER_BYTES.set(tensors, sums);
  return sums;
}

interface LayerCounts {
  recurrent: number;
  full: number;
  local: number;
}

const PLACED_WEIGHTS = new Answers<{ onDevice: number[]; onCpu: number }>();
const KV_LAYER_COUNTS = new Answers<{ devices: LayerCounts[]; cpu: LayerCounts }>();

export interface LlamaCppOptions {
  ollama: boolean;
}

export function estimateLlamaCpp(input: EstimateInput, options: LlamaCppOptions, detail = true): Estimate {
  const { model, serving, gpu } = input;
  const arch = model.architecture;
  const engine = options.ollama ? 'ollama' : 'llama.cpp';
  const notes: string[] = [];
  const layers = arch.numHiddenLayers;
  const devices = Math.max(1, serving.tensorParallelSize * serving.pipelineParallelSize);

  // Weights: the GGUF file's own tensors where its header was read (gguf_file), else the tensors
  // llama-quantize makes for the type (gguf.ts).
  const dtypeDefault = serving.dtype === 'bfloat16' ? 'BF16' : serving.dtype === 'float32' ? 'F32' : 'F16';
  const header = model.gguf;
  const ftype = header ? (header.fileType ?? 'as in the file') : ((serving.quantization && normalizeFtype(serving.quantization)) ?? dtypeDefault);
  if (!header && serving.quantization && !normalizeFtype(serving.quantization)) {
    notes.push(`${engine} runs GGUF files: quantization "${serving.quantization}" is not a GGUF type, so ${dtypeDefault} weights are assumed.`);
  }
  const tensors = header ? header.tensors : ggufTensors(arch, ftype);
  const sums = layerBytes(tensors, layers);
  const fileBytes = sums.file;

  // Placement: the last n_gpu_layers layers, the output layer when n_gpu_layers > n_layer.
  const ngl = Math.min(serving.nGpuLayers ?? layers + 1, layers + 1);
  const firstGpuLayer = Math.max(layers - ngl, 0);
  const gpuLayers = Math.min(ngl, layers);
  const outputOnGpu = ngl >= layers + 1;
  const deviceOf = (layer: number): number =>
    Math.min(devices - 1, Math.floor(((layer - firstGpuLayer) * devices) / Math.max(1, gpuLayers + (outputOnGpu ? 1 : 0))));
  const placement = `${layers}|${firstGpuLayer}|${devices}|${gpuLayers}|${outputOnGpu}`;
  const placed = PLACED_WEIGHTS.get(tensors, null, placement, () => {
    const onDevice = Array.from({ length: devices }, () => 0);
    let onCpu = 0;
    for (let layer = 0; layer < layers; layer += 1) {
      if (layer >= firstGpuLayer) onDevice[deviceOf(layer)] += sums.gpu[layer];
      else onCpu += sums.cpu[layer];
    }
    return { onDevice, onCpu };
  });
  const deviceWeights = [...placed.onDevice];
  let cpuWeights = sums.embeddingCpu + placed.onCpu;
  if (outputOnGpu) {
    deviceWeights[devices - 1] += sums.outputGpu;
    // Tied embeddings: the output layer on a GPU gets its own copy of token_embd (TENSOR_DUPLICATED).
    if (arch.tieWordEmbeddings) deviceWeights[devices - 1] += sums.embeddingGpu;
  } else cpuWeights += sums.outputCpu;

  // KV cache: n_ctx = context × slots, padded; sliding-window layers keep window + ubatch cells.
  const slots = serving.concurrency;
  const ctxPerSlot = pad(serving.maxModelLen, CTX_PAD);
  const nCtx = ctxPerSlot * slots;
  const kvName = serving.kvCacheDtype === 'auto' ? 'f16' : serving.kvCacheDtype.toLowerCase();
  let kvType = LLAMA_KV_TYPES[kvName] ?? (kvName.startsWith('fp8') ? 'Q8_0' : 'F16');
  const flash = serving.flashAttention ?? (options.ollama ? OLLAMA_FLASH_ATTENTION.has(arch.modelType) : true);
  if (kvType !== 'F16' && kvType !== 'F32' && kvType !== 'BF16' && !flash) {
    notes.push(`A quantized KV cache (${kvName}) needs flash attention, which is off: ${engine} ${options.ollama ? 'keeps f16' : 'refuses to start'}.`);
    kvType = 'F16';
  }
  const heads = arch.numAttentionHeads ?? 1;
  const hd = arch.headDim ?? arch.hiddenSize / heads;
  const kvHeads = kvHeadsPerRank(arch, 1);
  // MLA models cache the latent (kv_lora_rank + rope) as K only since PR #19067 (Jan 2026).
  const kWidth = arch.mla ? arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim : kvHeads * hd;
  // DSA models (GLM-5, DeepSeek-V3.2): llama-kv-cache-dsa.cpp llama_kv_cache_dsa adds a second
  // llama_kv_cache of the same cells and type_k for the indexer keys, one head of
  // indexer_head_size (PR #23346).
  const indexerWidth = arch.indexer?.headDim ?? 0;
  const vWidth = arch.mla ? 0 : kvHeads * hd;
  // Layers by kind on each device and on the CPU, counted once per model and placement.
  const counts = KV_LAYER_COUNTS.get(arch, null, placement, () => {
    const at = (): LayerCounts => ({ recurrent: 0, full: 0, local: 0 });
    const c = { devices: Array.from({ length: devices }, at), cpu: at() };
    const localLayers = (arch.slidingWindow ?? arch.chunkedAttention)?.layers;
    for (let layer = 0; layer < layers; layer += 1) {
      const where = layer >= firstGpuLayer ? c.devices[deviceOf(layer)] : c.cpu;
      if (arch.recurrent?.layers[layer]) where.recurrent += 1;
      if (arch.crossAttentionLayers?.includes(layer)) continue;
      // Gemma 3n: only the first n_layer_kv_from_start layers have a cache (llama-kv-cache.cpp filter).
      if (arch.kvSharedFrom !== undefined && layer >= arch.kvSharedFrom) continue;
      if (arch.recurrent && !arch.recurrent.attentionLayers[layer]) continue;
      if (localLayers?.[layer]) where.local += 1;
      else where.full += 1;
    }
    return c;
  });
  // Llama 4's chunked attention is llama.cpp's LLAMA_SWA_TYPE_CHUNKED: the same iSWA cache size.
  const local = arch.slidingWindow ?? arch.chunkedAttention;
  const swaCells = local ? Math.min(ctxPerSlot, pad(local.size + N_UBATCH, CTX_PAD)) * slots : nCtx;
  // Hybrids: recurrent layers hold r/s state rows per sequence instead of K/V cells (llamacpp-recurrent.ts).
  const recurrent = llamaRecurrentBytes(arch, slots);
  // One cell of one layer: K, V and the indexer key rows of the cache type.
  const cellBytes = rowBytes(kvType, kWidth) + (vWidth ? rowBytes(kvType, vWidth) : 0) + (indexerWidth ? rowBytes(kvType, indexerWidth) : 0);
  // Gemma 4's full-attention layers: K and V of their own heads (global_head_dim × num_global_key_value_heads).
  const g = arch.globalAttention;
  const fullCellBytes = g ? 2 * rowBytes(kvType, g.kvHeads * g.headDim) : cellBytes;
  const kvOf = (c: LayerCounts) => c.recurrent * recurrent.perLayer + c.full * fullCellBytes * nCtx + c.local * cellBytes * swaCells;
  const deviceKv = counts.devices.map(kvOf);
  const cpuKv = kvOf(counts.cpu);
  const kvTotal = deviceKv.reduce((sum, bytes) => sum + bytes, cpuKv);

  // Compute buffer of one ubatch over the whole cache (llama_context graph_reserve).
  const nUb = Math.min(N_UBATCH, nCtx);
  const vocab = arch.vocabSize ?? 0;
  const logits = 4 * nUb * (vocab + arch.hiddenSize);
  const kq = 4 * nUb * (ctxPerSlot * (heads + 1) + 4 * arch.hiddenSize);
  const mask = 2 * nUb * ctxPerSlot;
  let compute = flash ? logits + mask : Math.max(kq, logits);
  if (!outputOnGpu) {
    // Logits run on the host; the GPU buffer holds a copy of the output weight for op offload.
    const output = tensors.find((t) => t.name === 'output') ?? tensors.find((t) => t.name === 'token_embd');
    compute = (flash ? mask : kq) + (output?.bytes ?? 0);
  }
  if (gpuLayers === 0 && !outputOnGpu) compute = 0;

  // The busiest device decides.
  const perDevice = deviceWeights.map((w, i) => w + deviceKv[i] + (w > 0 ? compute + LLAMA_RUNTIME_BYTES : 0));
  const busiest = perDevice.indexOf(Math.max(...perDevice));
  const weightsBytes = deviceWeights[busiest];
  const kvBytes = deviceKv[busiest];
  const runtime = weightsBytes > 0 ? LLAMA_RUNTIME_BYTES : 0;
  const computeBytes = weightsBytes > 0 ? compute : 0;
  const totals = {
    totalBytes: weightsBytes + kvBytes + computeBytes + runtime,
    availableBytes: deviceTotalBytes(gpu),
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: nCtx,
    kvCachePoolBytes: kvTotal,
    maxConcurrency: slots,
  };
  if (!detail) return { engine, weights: bare(weightsBytes), kvCache: bare(kvBytes), activations: bare(computeBytes), overhead: bare(runtime), ...totals, notes: [] };
  const rule = `${engine}: GGUF ${ftype}, ${gpuLayers}/${layers} layers${outputOnGpu ? ' + output' : ''} on ${devices} GPU(s) (llama.cpp load_tensors, llama_kv_cache, graph_reserve)`;
  if (cpuWeights > 0) notes.push(`${(cpuWeights / MiB).toFixed(0)} MiB of weights stay in system RAM (token_embd${firstGpuLayer > 0 ? ` and ${firstGpuLayer} layers not offloaded` : ''}).`);
  if (cpuKv > 0) notes.push(`${(cpuKv / MiB).toFixed(0)} MiB of KV cache stay in system RAM with the CPU layers.`);

  const weights: Component = {
    bytes: weightsBytes,
    formula: header
      ? 'Σ GPU tensors of the GGUF header: rows × ceil(ne0 / block) × bytes per block of each tensor\'s own type'
      : 'Σ GPU tensors: rows × ceil(ne0 / block) × bytes per block (llama-quantize type rules)',
    inputs: { gguf_type: ftype, file_bytes: fileBytes, n_gpu_layers: ngl, gpus: devices, ...(header ? { gguf_header: header.source, gguf_tensors: header.tensors.length } : {}) },
    rule,
  };
  const kvCache: Component = {
    bytes: kvBytes,
    formula: arch.mla
      ? 'n_ctx × layers × (kv_lora_rank + qk_rope_head_dim) × bytes of the K type (MLA: V is a view of K)'
      : 'n_ctx × layers × 2 × num_key_value_heads × head_dim × bytes of the cache type (sliding layers: window + n_ubatch cells)',
    inputs: {
      n_ctx: nCtx,
      max_model_len: serving.maxModelLen,
      parallel_slots: slots,
      num_hidden_layers: layers,
      num_key_value_heads: kvHeads,
      head_dim: hd,
      cache_type: kvType.toLowerCase(),
      ...(local ? { sliding_window: local.size, sliding_cells: swaCells } : {}),
      ...(indexerWidth ? { indexer_head_dim: indexerWidth } : {}),
      ...(arch.recurrent ? { recurrent_layers: recurrent.layers, n_embd_r: recurrent.nEmbdR, n_embd_s: recurrent.nEmbdS, recurrent_bytes_per_layer: recurrent.perLayer } : {}),
    },
    rule: arch.recurrent
      ? `${engine}: llama_memory_hybrid (llama_kv_cache for the attention layers, llama_memory_recurrent F32 r/s rows × n_seq_max for the recurrent ones)`
      : `${engine}: llama_kv_cache (K/V per layer on the layer's device)`,
  };
  const activations: Component = {
    bytes: computeBytes,
    formula: flash
      ? '4 × n_ubatch × (vocab_size + hidden_size) + 2 × n_ubatch × n_ctx (flash attention)'
      : 'max(4 × n_ubatch × (n_ctx × (heads + 1) + 4 × hidden_size), 4 × n_ubatch × (vocab_size + hidden_size))',
    inputs: { n_ubatch: nUb, vocab_size: vocab, hidden_size: arch.hiddenSize, flash_attention: flash ? 'on' : 'off' },
    rule: `${engine}: compute buffer of graph_reserve`,
  };
  const overhead: Component = {
    bytes: runtime,
    formula: 'CUDA context, cuBLAS and the ggml pool per GPU',
    inputs: { per_gpu_mib: LLAMA_RUNTIME_BYTES / MiB },
    rule: 'ollama ml/device.go MinimumMemory (457 MiB per CUDA GPU)',
  };
  return {
    engine,
    weights,
    kvCache,
    activations,
    overhead,
    ...totals,
    notes,
  };
}
