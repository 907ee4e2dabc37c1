// Hugging Face Text Generation Inference: the router sends a warm-up batch of
// max_batch_prefill_tokens (requests of max_input_tokens, each holding max_total_tokens of KV
// cache); the shard allocates those KV blocks, runs the prefill with logits for every prompt token,
// then turns the free memory it sees (the prefill's blocks still cached by PyTorch) into KV blocks
// and adds the warm-up blocks back. Source: server/text_generation_server/models/flash_causal_lm.py
// FlashCausalLM.warmup, utils/import_utils.py get_cuda_free_memory, router/client/src/v3/client.rs
// warmup, launcher/src/main.rs (defaults), huggingface/text-generation-inference.

import { servedCheckpoint, withCheckpoint } from '../checkpoint.js';
import { forwardPeak } from '../activation.js';
import { atLeast, parseVersion } from '../engine-version.js';
import { DTYPE_BYTES, resolveWeightDtype } from '../dtype.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { kvLayers } from '../layers.js';
import { countParameters } from '../parameters.js';
import { resolveFormat } from '../quantization.js';
import { CUDA_CONTEXT_BYTES, deviceTotalBytes } from '../runtime-memory.js';
import { busiestStage, stageWeights } from '../sharding.js';
import type { Estimate, EstimateInput } from '../types.js';
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

/**
 * Default max_batch_prefill_tokens: max_input_tokens + 50 before v3; from v3 the "compute
 * optimal" size, f16 FLOP/s of all shards' cards over the model's FLOPs per token when that is
 * above 100, else 4096, capped at max_position_embeddings (launcher/src/main.rs compute_optimal,
 * Config::flop). Not modelled: the launcher's further cap by free VRAM (vram_maximum).
 */
export function defaultPrefillTokens(version: number[] | undefined, maxInputTokens: number, input: EstimateInput): number {
  if (!atLeast(version, '3.0.0')) return maxInputTokens + 50;
  const arch = input.model.architecture;
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
  const value = optimal > 100 ? optimal : 4096;
  return Math.min(value, arch.maxPositionEmbeddings ?? value);
}

export function estimateTgi(input: EstimateInput): Estimate {
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
  // Unset, 2.x's launcher takes min(max_position_embeddings, 4096); 3.x leaves it to the warm-up,
  // which then sets it from the KV blocks (flash_causal_lm.py warmup: min(blocks, model context)).
  const context = arch.maxPositionEmbeddings ?? serving.maxModelLen;
  const adaptive = v3 && serving.maxModelLenDefault === true;
  let maxTotal = serving.maxModelLen;
  if (!v3 && serving.maxModelLenDefault) {
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
  // Without max_total_tokens (3.x) each warm-up request asks for one new token (grpc_client.rs warmup).
  const requests = warmupRequests(prefillTokens, adaptive ? prefillTokens : maxInput);
  const warmupBlocks = adaptive ? requests.reduce((sum, n) => sum + Math.ceil((n + 1) / block), 0) : requests.length * Math.ceil(maxTotal / block);
  const warmupKv = warmupBlocks * blockBytes;

  // Its prefill with prefill_logprobs: the forward, then logits for every prompt token. With
  // num_shard > 1 TensorParallelHead gathers the full vocabulary beside its own shard
  // (layers/tensor_parallel.py); log_softmax writes a second copy before v2.4 and in place from it
  // (PR #2661). PyTorch keeps the blocks of both cached when the free memory is read.
  const forward = forwardPeak(arch, prefillTokens, tp, dtypeBytes);
  const vocab = arch.vocabSize ?? 0;
  const logitCopies = 1 + (tp > 1 ? 1 / tp : 0) + (atLeast(version, '2.4.0') ? 0 : 1);
  const logits = Math.round(prefillTokens * vocab * dtypeBytes * logitCopies);
  const warmup = forward.bytes + logits;

  // get_cuda_free_memory: mem_get_info free − (1 − fraction) × total (v3: fraction × wiggle room).
  const freeAfterWarmup = total - CUDA_CONTEXT_BYTES - stage.bytes - warmupKv - warmup;
  const kvMemory = v3 ? freeAfterWarmup - (1 - fraction * wiggle) * total : Math.max(0, freeAfterWarmup - (1 - fraction) * total) * wiggle;
  const reserved = v3 ? (1 - fraction * wiggle) * total : (1 - wiggle) * Math.max(0, freeAfterWarmup - (1 - fraction) * total) + (1 - fraction) * total;
  const blocks = blockBytes > 0 ? Math.max(0, Math.floor(kvMemory / blockBytes)) + warmupBlocks : 0;
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
  if (freeAfterWarmup < (v3 ? 0 : (1 - fraction) * total)) {
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
  const rule = `tgi ${serving.engineVersion ?? '3.3'}: flash_causal_lm.py FlashCausalLM.warmup`;
  if (arch.recurrent) notes.push(`TGI's paged KV cache holds the attention layers of ${arch.modelType} only; the recurrent state of its other layers is not counted.`);
  if (!atLeast(version, '3.0.0')) notes.push(`TGI before 3.0 keeps ${Math.round((1 - wiggle) * 100)}% of the free memory back.`);
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
        warmup_blocks: warmupBlocks,
        max_batch_total_tokens: tokens,
      },
      rule: `${rule}: num_blocks = floor(free after warm-up × ${v3 ? '' : 'TGI_WIGGLE_ROOM'} / block bytes) + warm-up blocks${v3 ? ' (free less (1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) × total)' : ''}`,
    },
    activations: {
      bytes: Math.round(warmup),
      formula: `warm-up prefill: forward over max_batch_prefill_tokens + their logits (${logitCopies.toFixed(2)} × tokens × vocab_size × dtype bytes)`,
      inputs: { max_batch_prefill_tokens: prefillTokens, warmup_requests: requests.length, vocab_size: vocab, forward_bytes: forward.bytes, logits_bytes: logits },
      rule,
    },
    overhead: {
      bytes: Math.round(CUDA_CONTEXT_BYTES + reserved),
      formula: v3 ? 'CUDA context + (1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) × total' : 'CUDA context + (1 − cuda_memory_fraction) × total + (1 − wiggle room) × free after warm-up',
      inputs: { cuda_memory_fraction: fraction, wiggle_room: wiggle, cuda_context_mib: CUDA_CONTEXT_BYTES / MiB },
      rule,
    },
    totalBytes: Math.round(stage.bytes + warmup + kvNeeded + CUDA_CONTEXT_BYTES + reserved),
    availableBytes: total,
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: tokens,
    kvCachePoolBytes: Math.round(blocks * blockBytes),
    maxConcurrency: tokens / maxTotal,
    startupError,
    startupErrorField,
    limitation: startupError ? undefined : limitation,
    notes,
  };
}
