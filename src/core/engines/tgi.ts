// Hugging Face Text Generation Inference: the router sends a warm-up batch of
// max_batch_prefill_tokens (requests of max_input_tokens, each holding max_total_tokens of KV
// cache); the shard allocates those KV blocks, runs the prefill with logits for every prompt token,
// then turns the free memory it sees (the prefill's blocks still cached by PyTorch) into KV blocks
// and adds the warm-up blocks back. Source: server/text_generation_server/models/flash_causal_lm.py
// FlashCausalLM.warmup, utils/import_utils.py get_cuda_free_memory, router/client/src/v3/client.rs
// warmup, launcher/src/main.rs (defaults), huggingface/text-generation-inference.
// Pinned below: v2.2.0 = db7e043ded45e14ed24188d5a963911c96049618, v2.4.0 = 0a655a0ab5db15f08e45d8c535e263044b944190,
// v2.4.1 = d2ed52f531cf8098ca62375248e007022eaadc65, v3.0.0 = 8f326c97912a20d20cddb6ba61bf1569fa9a8601 (https://github.com/huggingface/text-generation-inference/blob/<sha>/<path>).

import { servedCheckpoint, withCheckpoint } from '../checkpoint.js';
import { forwardPeak } from '../activation.js';
import { atLeast, parseVersion } from '../engine-version.js';
import { DTYPE_BYTES, resolveWeightDtype } from '../dtype.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { kvLayers } from '../layers.js';
import { countParameters } from '../parameters.js';
import { resolveFormat } from '../quantization.js';
import { CUDA_CONTEXT_BYTES, deviceTotalBytes } from '../runtime-memory.js';
import { busiestStage, kvHeadsPerRank, stageWeights } from '../sharding.js';
import { constantValue } from '../constants.js';
import type { Architecture } from '../architecture.js';
import { bare, type Estimate, type EstimateInput } from '../types.js';
import { MiB } from '../units.js';

/**
 * Share of the free memory the KV blocks may take, by release: a literal 0.95 up to v2.2
 * (flash_causal_lm.py warmup, "Leave 5% for some wiggle room"), then TGI_WIGGLE_ROOM in
 * models/globals.py: 0.95 (v2.3), 0.90 (v2.4), 0.95 (v3.0), 0.93 (v3.1, v3.2), 0.90 (v3.3+).
 */
export function wiggleRoom(version: number[] | undefined): number {
  if (!atLeast(version, '2.4.0')) return 0.95;
  if (!atLeast(version, '3.0.0')) return 0.9;
  if (!atLeast(version, '3.1.0')) return 0.95;
  if (!atLeast(version, '3.3.0')) return 0.93;
  return 0.9;
}

/**
 * Tokens a KV block holds: launcher resolve_attention picks flashinfer (BLOCK_SIZE 1) from v2.3
 * where head_dim is 64, 128 or 256, else flashdecoding (256), or paged (16) below compute
 * capability 8; before v2.3 paged attention's 16 (models/globals.py BLOCK_SIZE).
 */
export function tgiBlockSize(version: number[] | undefined, headDim: number, computeCapability: string | undefined): number {
  if (!atLeast(version, '2.3.0')) return 16;
  if (Number(computeCapability ?? '8') < 8) return 16;
  return [64, 128, 256].includes(headDim) ? 1 : 256;
}

const TGI = 'https://github.com/huggingface/text-generation-inference/blob';
const V220 = `${TGI}/db7e043ded45e14ed24188d5a963911c96049618`;
const V240 = `${TGI}/0a655a0ab5db15f08e45d8c535e263044b944190`;
const V241 = `${TGI}/d2ed52f531cf8098ca62375248e007022eaadc65`;
const V300 = `${TGI}/8f326c97912a20d20cddb6ba61bf1569fa9a8601`;
const TORCH = 'https://github.com/pytorch/pytorch/blob';

/**
 * Where each warm-up rule below is read (pinned). PyTorch is cited at a later snapshot, by function:
 * TGI ships PyTorch 2.3 (TGI 2.2), 2.4 (2.4–3.0) and 2.7 (3.3); these functions were not re-read per release.
 */
export const TGI_SOURCES = {
  warmup: `${V220}/server/text_generation_server/models/flash_causal_lm.py#L1083-L1124`,
  blockTokens: `${V240}/server/text_generation_server/models/flash_causal_lm.py#L349-L354`,
  addedBack: `${V241}/server/text_generation_server/models/flash_causal_lm.py#L1536`,
  mlp: `${V240}/server/text_generation_server/models/custom_modeling/flash_llama_modeling.py#L400-L404`,
  layer: `${V240}/server/text_generation_server/models/custom_modeling/flash_llama_modeling.py#L474-L500`,
  gatheredHead: `${V240}/server/text_generation_server/layers/tensor_parallel.py#L80-L104`,
  logSoftmax: `${V220}/server/text_generation_server/models/flash_causal_lm.py#L1504`,
  logSoftmaxInPlace: `${V240}/server/text_generation_server/models/flash_causal_lm.py#L2046`,
  torchLogSoftmaxOut: `${TORCH}/52644650f0a9c47ad65f86154b9b835d0a74b6c1/aten/src/ATen/native/SoftMax.cpp (log_softmax_out: a non-contiguous out gets a contiguous output_temp)`,
  torchHostSoftmax: `${TORCH}/000cace5a401cabff792f70ee9768708415ec98d/aten/src/ATen/native/cuda/SoftMax.cu (host_softmax: input_.contiguous())`,
  torchRelease: `${TORCH}/eb42ad6eca0ce61e7c581212b4bf32f991425571/c10/cuda/CUDACachingAllocator.cpp (DeviceCachingAllocator::malloc: release_cached_blocks, then retry)`,
  flashinferWorkspace: `${V240}/server/text_generation_server/layers/attention/flashinfer.py#L23-L28`,
  prefillDefault241: `${V241}/launcher/src/main.rs#L1733-L1740`,
  oneNewToken241: `${V241}/backends/v3/src/client/grpc_client.rs#L151-L155`,
  noPrefillLogprobs: `${V300}/server/text_generation_server/models/flash_causal_lm.py#L298-L299`,
} as const;

/**
 * The router's warm-up batch (client.rs warmup): requests of max_input_tokens until
 * max_batch_prefill_tokens are covered (the last truncated to what is left), each asking for
 * max_total_tokens − its input as new tokens, so each holds max_total_tokens of cache.
 */
export function warmupRequests(maxBatchPrefillTokens: number, maxInputTokens: number): number[] {
  const inputs: number[] = [];
  for (let n = 0; n < maxBatchPrefillTokens; n += maxInputTokens) inputs.push(Math.min(maxInputTokens, maxBatchPrefillTokens - n));
  return inputs;
}

/**
 * KV blocks the warm-up batch allocates (FlashCausalLMBatch.from_tokenized): per request
 * ceil((input + max_new_tokens − 1) / BLOCK_SIZE), "the first token does not have a past";
 * max_new_tokens is max_total_tokens − input, or 1 when TGI sets max_total_tokens itself (2.4.1+).
 */
export function warmupBlocks(inputs: number[], maxTotalTokens: number | undefined, blockSize: number): number {
  return inputs.reduce((sum, n) => sum + Math.ceil((n + (maxTotalTokens === undefined ? 1 : maxTotalTokens - n) - 1) / blockSize), 0);
}

/**
 * Peak bytes of TGI's own decoder layer over T prefill tokens on one shard (flash_llama_modeling.py;
 * the other dense families follow the same layer). Alive during the MLP: the layer's two inputs
 * (hidden_states, residual), the two outputs of each fused add-RMSNorm (dropout_add_ln_fwd), the
 * attention output (7 × hidden), then gate_up [2I/tp], act(gate) [I/tp] and act × up [I/tp] —
 * the activation is not fused — or, once act is freed, down_proj's output. The attention phase
 * holds 4 × hidden, qkv, the attention output and o_proj's. MoE layers take the shared forwardPeak.
 */
export function tgiForwardPeak(arch: Architecture, tokens: number, tp: number, dtypeBytes: number): number {
  if (arch.moe) return forwardPeak(arch, tokens, tp, dtypeBytes).bytes;
  const h = arch.hiddenSize;
  const heads = arch.numAttentionHeads ?? 1;
  const hd = arch.headDim ?? h / heads;
  const i = (arch.intermediateSize ?? 4 * h) / tp;
  const mlp = Math.max(7 * h + 4 * i, 8 * h + 3 * i);
  const attention = 5 * h + 2 * (heads / tp) * hd + 2 * kvHeadsPerRank(arch, tp) * hd;
  return Math.round(tokens * Math.max(mlp, attention) * dtypeBytes);
}

/**
 * What the warm-up computes logits for. Up to 2.4.0 the router's warm-up requests ask
 * prefill_logprobs, so the head runs over every prompt token and log_softmax over the result:
 * into a new tensor before 2.4 ('copy'), in place from 2.4 ('in-place', PR #2661). From 3.0 the
 * server drops prefill_logprobs unless REQUEST_LOGPROBS=1 (flash_causal_lm.py from_pb): logits for
 * the last token of each request only ('last-token').
 */
export type LogitsMode = 'copy' | 'in-place' | 'last-token';

export function logitsMode(version: number[] | undefined): LogitsMode {
  if (!atLeast(version, '2.4.0')) return 'copy';
  return atLeast(version, '3.0.0') ? 'last-token' : 'in-place';
}

export interface WarmupReserve {
  /** Bytes PyTorch still holds (allocated or cached) when warmup reads the free memory. */
  reserved: number;
  /** The largest the warm-up's own allocations reached. */
  peak: number;
  /** A cudaMalloc failed and PyTorch gave its cached blocks back before retrying. */
  released: boolean;
  /** Whether the live tensors ever needed more than the room: torch.cuda.OutOfMemoryError. */
  fits: boolean;
  /** The logits-sized buffers allocated, in copies of rows × vocab_size × dtype bytes. */
  logitCopies: number;
}

/**
 * The warm-up's allocations, in order, through PyTorch's caching allocator (freed blocks stay
 * reserved; a block serves only a request no larger than itself, and the logits are larger than
 * any forward tensor when vocab_size > 2 × intermediate_size / tp). `room` is what the device has
 * left for them. When a cudaMalloc does not fit, the allocator frees every cached block and
 * retries (CUDACachingAllocator malloc → release_cached_blocks); only live tensors then count.
 *  1. the forward (tgiForwardPeak), freed and cached;
 *  2. the logits `logits` bytes ([rows, V]). One shard: that, and before 2.4 log_softmax's output
 *     beside it. With num_shard > 1 and the vocabulary split, TensorParallelHead all-gathers into
 *     [V, rows] and returns its transpose, after a [V/tp, rows] gather buffer (freed); log_softmax
 *     over that transposed view copies it contiguous (host_softmax) and writes a contiguous result
 *     (log_softmax_out's output_temp when in place).
 */
export function warmupReserve(room: number, forward: number, logits: number, tp: number, gathered: boolean, mode: LogitsMode): WarmupReserve {
  let live = 0;
  let cached = 0;
  let peak = 0;
  let released = false;
  let fits = true;
  let copies = 0;
  const alloc = (bytes: number) => {
    if (live + cached + bytes > room && cached > 0) {
      cached = 0;
      released = true;
    }
    if (live + bytes > room) fits = false;
    live += bytes;
    peak = Math.max(peak, live + cached);
  };
  const free = (bytes: number) => {
    live -= bytes;
    cached += bytes;
  };
  const allocLogits = (share: number) => {
    alloc(logits * share);
    copies += share;
  };
  alloc(forward);
  free(forward);
  if (gathered) {
    allocLogits(1); // world_out [V, rows]
    allocLogits(1 / tp); // gather_input [V/tp, rows], freed on return
    free(logits / tp);
    if (mode !== 'last-token') {
      allocLogits(1); // log_softmax's contiguous result
      allocLogits(1); // host_softmax's contiguous copy of the transposed input
    }
  } else {
    allocLogits(1);
    if (mode === 'copy') allocLogits(1);
  }
  return { reserved: Math.round(live + cached), peak: Math.round(peak), released, fits, logitCopies: copies };
}

/**
 * TGI 3's f16 FLOP/s per card (launcher/src/main.rs ComputeType::f16_flop), keyed by the card
 * names its Gpu enum matches; other cards get none and the 4096 default.
 */
const CARD_F16_FLOPS: [RegExp, number][] = [
  [/rtx 4090/i, 82e12],
  [/^t4\b/i, 65e12],
  [/^l4\b/i, 121e12],
  [/^l40s\b/i, 363e12],
  [/^l40\b/i, 181e12],
  [/^a10g\b/i, 125e12],
  [/^a40\b/i, 149e12],
  [/^a100\b/i, 312e12],
  [/^h100\b/i, 900e12],
  [/^h200\b/i, 989e12],
];

/** Model types whose config names its experts num_local_experts, the one name TGI's launcher reads (RawConfig). */
const NUM_LOCAL_EXPERTS = new Set(['mixtral', 'phimoe', 'granitemoe', 'jamba', 'gpt_oss', 'minimax']);

/**
 * The 3.x launcher's cap on its default max_batch_prefill_tokens (launcher/src/main.rs
 * vram_maximum, Config::model_vram, Config::token_vram): (nvidia-smi total × num_shard ×
 * cuda_memory_fraction × 0.95 − model_vram) / token_vram, in TGI's own rough sizes:
 * model_vram = 2 B × (layers × (3·I·E·h + (heads + 2·kv_heads)·head_dim + heads·head_dim·h) + 2·h·V),
 * token_vram = kv_heads·2·head_dim·2 B·layers + (I + I/2)·E·2 B·3, with I the config's
 * intermediate_size and E num_local_experts (1 when absent). None for a quantized checkpoint.
 */
export function vramMaximum(input: EstimateInput): number | undefined {
  const arch = input.model.architecture;
  if (input.model.quantizationConfig?.quant_method) return undefined;
  const h = arch.hiddenSize;
  const heads = arch.numAttentionHeads ?? 1;
  const kvHeads = arch.numKeyValueHeads ?? heads;
  const hd = arch.headDim ?? Math.floor(h / heads);
  const i = arch.intermediateSize ?? arch.moe?.moeIntermediateSize;
  const vocab = arch.vocabSize;
  if (!i || !vocab) return undefined;
  const experts = arch.moe && NUM_LOCAL_EXPERTS.has(arch.modelType) ? arch.moe.numExperts : 1;
  const layers = arch.numHiddenLayers;
  const modelVram = 2 * (layers * (3 * i * experts * h + (heads + 2 * kvHeads) * hd + heads * hd * h) + 2 * h * vocab);
  const tokenVram = kvHeads * 2 * hd * 2 * layers + (i + Math.floor(i / 2)) * experts * 2 * 3;
  const available = Math.floor(input.gpu.memoryBytes * input.serving.tensorParallelSize * (input.serving.gpuMemoryUtilization ?? 1) * 0.95);
  return available > modelVram ? Math.floor((available - modelVram) / tokenVram) : undefined;
}

/**
 * Default max_batch_prefill_tokens: max_input_tokens + 50 up to 2.4.0; 2.4.1 takes
 * min(4096, max_position_embeddings) (launcher main.rs); from v3 the "compute optimal" size, f16
 * FLOP/s of all shards' cards over the model's FLOPs per token when that is above 100, else 4096,
 * capped at max_position_embeddings and at vramMaximum (launcher/src/main.rs compute_optimal,
 * Config::flop, vram_maximum).
 */
export function defaultPrefillTokens(version: number[] | undefined, maxInputTokens: number, input: EstimateInput): number {
  const arch = input.model.architecture;
  if (!atLeast(version, '2.4.1')) return maxInputTokens + 50;
  if (!atLeast(version, '3.0.0')) return Math.min(4096, arch.maxPositionEmbeddings ?? 4096);
  const heads = arch.numAttentionHeads ?? 1;
  const kvHeads = arch.numKeyValueHeads ?? heads;
  const hd = arch.headDim ?? arch.hiddenSize / heads;
  const h = arch.hiddenSize;
  const experts = arch.moe ? arch.moe.numExpertsPerTok + arch.moe.numSharedExperts : 1;
  const intermediate = (arch.moe ? arch.moe.moeIntermediateSize : (arch.intermediateSize ?? 4 * h)) * experts;
  // q, "attn" and o with num_heads, k and v with num_kv_heads, then gate/up/down, as TGI counts them
  const layerFlops = 3 * 2 * heads * hd * h + 2 * 2 * kvHeads * hd * h + 2 * 3 * h * intermediate;
  const card = CARD_F16_FLOPS.find(([re]) => re.test(input.gpu.name))?.[1];
  const optimal = card && !arch.encoders?.vision_config ? Math.floor((card * input.serving.tensorParallelSize) / (layerFlops * arch.numHiddenLayers)) : 0;
  const value = Math.min(optimal > 100 ? optimal : 4096, arch.maxPositionEmbeddings ?? Infinity);
  return Math.min(value, vramMaximum(input) ?? value);
}

export function estimateTgi(input: EstimateInput, detail = true): Estimate {
  const { model, serving, gpu } = input;
  const arch = model.architecture;
  const version = parseVersion(serving.engineVersion);
  const tp = serving.tensorParallelSize;
  const notes: string[] = [];
  const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, true);
  const dtypeBytes = DTYPE_BYTES[dtype];
  const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
  const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
  const stage = busiestStage(stageWeights(arch, { tensorParallelSize: tp, pipelineParallelSize: 1, vocabPadding: 64, dtypeBytes, format, checkpointBytes: checkpoint?.bytes }));
  const total = deviceTotalBytes(gpu);
  const fraction = serving.gpuMemoryUtilization ?? 1;
  const wiggle = wiggleRoom(version);
  const v3 = atLeast(version, '3.0.0');

  // max_total_tokens is max_model_len; max_input_tokens defaults to one less (launcher main.rs).
  // Unset, the launcher up to 2.4.0 takes min(max_position_embeddings, 4096); from 2.4.1 it is left
  // to the warm-up, which sets it from the KV blocks (flash_causal_lm.py warmup: min(blocks, context)).
  const context = arch.maxPositionEmbeddings ?? serving.maxModelLen;
  const adaptive = atLeast(version, '2.4.1') && serving.maxModelLenDefault === true;
  let maxTotal = serving.maxModelLen;
  if (!atLeast(version, '2.4.1') && serving.maxModelLenDefault) {
    maxTotal = Math.min(context, 4096);
    notes.push(`TGI ${serving.engineVersion} defaults max_total_tokens to min(max_position_embeddings, 4096) = ${maxTotal} (launcher/src/main.rs).`);
  }
  const maxInput = Math.max(1, maxTotal - 1);
  const prefillTokens = serving.maxNumBatchedTokens ?? defaultPrefillTokens(version, maxInput, input);

  const heads = arch.numAttentionHeads ?? 1;
  const headDim = arch.headDim ?? arch.hiddenSize / heads;
  const block = tgiBlockSize(version, headDim, gpu.computeCapability);
  const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
  const perToken = kvLayers(arch, tp, 'expanded').reduce((sum, l) => sum + l.valuesPerToken * kvBytes, 0);
  const blockBytes = perToken * block;

  // The warm-up batch's own KV blocks, allocated before its prefill (FlashCausalLMBatch.from_pb).
  // Without max_total_tokens (2.4.1+) each warm-up request asks for one new token (grpc_client.rs warmup).
  const requests = warmupRequests(prefillTokens, adaptive ? prefillTokens : maxInput);
  const warmupBlockCount = warmupBlocks(requests, adaptive ? undefined : maxTotal, block);
  const warmupKv = warmupBlockCount * blockBytes;
  // Before 2.4.1 warmup adds back the blocks of the batch generate_token returns: none when every
  // request stopped after its first token (max_new_tokens 1), though their memory stayed in use.
  const addedBack = atLeast(version, '2.4.1') || requests.some((n) => maxTotal - n > 1) ? warmupBlockCount : 0;

  // flashinfer (block size 1) keeps a 128 MiB workspace from the model's construction (flashinfer.py get_workspace).
  const workspace = block === 1 && atLeast(version, '2.3.0') ? 128 * MiB : 0;
  // With shards, NCCL's buffers from the barriers around weight loading: outside PyTorch, in the free memory warmup reads.
  const nccl = tp > 1 ? constantValue('tgi', 'nccl_buffers', { version, gpu }) : 0;
  const outsideTorch = CUDA_CONTEXT_BYTES + nccl;
  const resident = outsideTorch + stage.bytes + workspace + warmupKv;
  // The allocator may use what the device has left, within cuda_memory_fraction × total (set_per_process_memory_fraction).
  const room = Math.min(total - resident, fraction * total - (resident - outsideTorch));

  // The warm-up prefill: its forward, then logits (every prompt token up to 2.4, each request's last from 3.0).
  const forward = tgiForwardPeak(arch, prefillTokens, tp, dtypeBytes);
  const vocab = arch.vocabSize ?? 0;
  const mode = logitsMode(version);
  const logitRows = mode === 'last-token' ? requests.length : prefillTokens;
  const logitsBytes = logitRows * vocab * dtypeBytes;
  // TensorParallelHead gathers only a vocabulary it could split evenly over the shards (get_sharded).
  const gathered = tp > 1 && vocab % tp === 0;
  const reserve = warmupReserve(room, forward, logitsBytes, tp, gathered, mode);
  const warmup = reserve.reserved;
  // From 3.0 the warm-up's logits are one row a request, fewer as prompts lengthen: TGI measures
  // with them held, but the need leaves them out so that it never falls as the context grows.
  const lastTokenLogits = mode === 'last-token' ? Math.min(warmup, Math.round(logitsBytes * reserve.logitCopies)) : 0;
  const warmupNeed = warmup - lastTokenLogits;
  if (reserve.released && reserve.fits) {
    notes.push(
      `TGI's warm-up prefill needed more memory than was free: PyTorch gave back its cached blocks and retried, and TGI counted that memory as free for KV blocks, so the room it leaves for serving (${Math.round(warmup / MiB)} MiB) is less than its warm-up took (${Math.round(reserve.peak / MiB)} MiB).`,
    );
  }

  // get_cuda_free_memory: mem_get_info free − (1 − fraction) × total (v3: fraction × wiggle room).
  const freeAfterWarmup = total - resident - warmup;
  const kvMemory = v3 ? freeAfterWarmup - (1 - fraction * wiggle) * total : Math.max(0, freeAfterWarmup - (1 - fraction) * total) * wiggle;
  const reserved = v3 ? (1 - fraction * wiggle) * total : (1 - wiggle) * Math.max(0, freeAfterWarmup - (1 - fraction) * total) + (1 - fraction) * total;
  const blocks = blockBytes > 0 ? Math.max(0, Math.floor(kvMemory / blockBytes)) + addedBack : 0;
  const tokens = blocks * block;
  let limitation: string | undefined;
  if (adaptive) {
    maxTotal = Math.min(tokens, context);
    if (maxTotal < serving.maxModelLen) {
      limitation = `TGI ${serving.engineVersion ?? '3'} sets max_total_tokens to ${maxTotal} (what its KV blocks hold), below the model's context ${serving.maxModelLen}: the longest request it takes is ${maxTotal} tokens (prompt + output; prompts up to ${maxTotal - 1}). Set max_model_len (--max-total-tokens) to what you need to have it checked.`;
      notes.push(limitation);
    }
  }
  const kvNeeded = serving.concurrency * maxTotal * perToken;

  // Refusals, in the order TGI meets them.
  let startupError: string | undefined;
  let startupErrorField: Estimate['startupErrorField'];
  if (!reserve.fits || room < 0) {
    // warmup: torch.cuda.OutOfMemoryError during the warm-up prefill
    startupError = `Not enough memory to handle ${prefillTokens} prefill tokens. You need to decrease \`--max-batch-prefill-tokens\``;
    startupErrorField = 'max_num_batched_tokens';
  } else if (!adaptive && tokens < maxTotal) {
    // backends/v3/src/lib.rs check_max_batch_total_tokens
    startupError = `Not enough memory to handle \`max_total_tokens=${maxTotal}\``;
    startupErrorField = 'max_model_len';
  } else if (prefillTokens > tokens) {
    // backends/v3/src/main.rs argument validation
    startupError = `\`max_batch_prefill_tokens\` must be <= \`max_batch_total_tokens\`. Given: ${prefillTokens} and ${tokens}`;
    startupErrorField = 'max_model_len';
  }
  const totals = {
    totalBytes: Math.round(stage.bytes + warmupNeed + kvNeeded + outsideTorch + workspace + reserved),
    availableBytes: total,
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: tokens,
    kvCachePoolBytes: Math.round(blocks * blockBytes),
    maxConcurrency: tokens / maxTotal,
    startupError,
    startupErrorField,
    limitation: startupError ? undefined : limitation,
  };
  const overheadBytes = Math.round(outsideTorch + workspace + reserved);
  if (!detail) return { engine: 'tgi', weights: bare(stage.bytes), kvCache: bare(Math.round(kvNeeded)), activations: bare(warmupNeed), overhead: bare(overheadBytes), ...totals, notes: [] };
  const rule = `tgi ${serving.engineVersion ?? '3.3'}: flash_causal_lm.py FlashCausalLM.warmup (${TGI_SOURCES.warmup})`;
  if (arch.recurrent) notes.push(`TGI's paged KV cache holds the attention layers of ${arch.modelType} only; the recurrent state of its other layers is not counted.`);
  if (!atLeast(version, '3.0.0')) notes.push(`TGI before 3.0 keeps ${Math.round((1 - wiggle) * 100)}% of the free memory back.`);
  const softmax = mode === 'copy' ? TGI_SOURCES.logSoftmax : TGI_SOURCES.logSoftmaxInPlace;
  const logitsRule =
    mode === 'last-token'
      ? `the last token of each request only: prefill_logprobs dropped unless REQUEST_LOGPROBS=1 (${TGI_SOURCES.noPrefillLogprobs})${gathered ? `, gathered over the shards (${TGI_SOURCES.gatheredHead})` : ''}`
      : gathered
        ? `every prompt token, gathered: world_out [V, T] + gather buffer [V/tp, T] (${TGI_SOURCES.gatheredHead}); log_softmax over its transpose (${softmax}) adds a contiguous result (${TGI_SOURCES.torchLogSoftmaxOut}) and a contiguous copy of the input (${TGI_SOURCES.torchHostSoftmax})`
        : `every prompt token [T, V]${mode === 'copy' ? ' and log_softmax\'s output' : ', log_softmax in place'} (${softmax})`;
  return {
    engine: 'tgi',
    weights: withCheckpoint(
      {
        bytes: stage.bytes,
        formula: 'parameters on this shard × bytes (split over num_shard)',
        inputs: { num_shard: tp, dtype, quantization: format?.name ?? 'none' },
        rule,
      },
      checkpoint,
    ),
    kvCache: {
      bytes: Math.round(kvNeeded),
      formula: 'concurrency × max_model_len × layers × 2 × num_key_value_heads_per_shard × head_dim × kv_bytes',
      inputs: {
        concurrency: serving.concurrency,
        max_model_len: maxTotal,
        block_size: block,
        warmup_blocks: warmupBlockCount,
        warmup_blocks_added_back: addedBack,
        max_batch_total_tokens: tokens,
      },
      rule: `${rule}: num_blocks = floor(free after warm-up × ${v3 ? '' : 'TGI_WIGGLE_ROOM'} / block bytes) + warm-up blocks${v3 ? ' (free less (1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) × total)' : ''}; warm-up blocks per request ceil((input + max_new_tokens − 1) / block_size) (${TGI_SOURCES.blockTokens})`,
    },
    activations: {
      bytes: warmupNeed,
      formula: reserve.released
        ? `warm-up prefill: PyTorch ran out of room and released its cached blocks, keeping the live logits buffers (${reserve.logitCopies.toFixed(2)} × tokens × vocab_size × dtype bytes, the last ${gathered ? 'two' : 'one'} live)`
        : mode === 'last-token'
          ? `warm-up prefill, cached by PyTorch when the free memory is read: forward peak (and ${reserve.logitCopies.toFixed(2)} × requests × vocab_size × dtype bytes of last-token logits, counted in max_batch_total_tokens, not here)`
          : `warm-up prefill, cached by PyTorch when the free memory is read: forward peak + ${reserve.logitCopies.toFixed(2)} × tokens × vocab_size × dtype bytes of logits`,
      inputs: {
        max_batch_prefill_tokens: prefillTokens,
        warmup_requests: requests.length,
        vocab_size: vocab,
        forward_bytes: forward,
        logits_bytes: Math.round(logitsBytes * reserve.logitCopies),
        logit_copies: Number(reserve.logitCopies.toFixed(3)),
        allocator_released_cache: reserve.released ? 'yes' : 'no',
        warmup_reserved_bytes: warmup,
      },
      rule: `${rule}; forward: ${TGI_SOURCES.layer}, ${TGI_SOURCES.mlp}; logits: ${logitsRule}; a failed cudaMalloc frees the cache first (${TGI_SOURCES.torchRelease})`,
    },
    overhead: {
      bytes: overheadBytes,
      formula: `CUDA context${nccl ? ' + NCCL buffers' : ''}${workspace ? ' + flashinfer workspace' : ''} + ${v3 ? '(1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) × total' : '(1 − cuda_memory_fraction) × total + (1 − wiggle room) × free after warm-up'}`,
      inputs: { cuda_memory_fraction: fraction, wiggle_room: wiggle, cuda_context_mib: CUDA_CONTEXT_BYTES / MiB, nccl_buffers_mib: Math.round(nccl / MiB), flashinfer_workspace_mib: workspace / MiB },
      rule: workspace ? `${rule}; ${TGI_SOURCES.flashinferWorkspace}` : rule,
    },
    ...totals,
    notes,
  };
}
