// Hugging Face Text Generation Inference: after loading the shard and running a warm-up prefill
// of max_batch_prefill_tokens, it turns the free memory, less (1 − cuda_memory_fraction × W) of
// the total, into KV blocks. Source: server/text_generation_server/models/flash_causal_lm.py
// FlashCausalLM.warmup and utils/import_utils.py get_cuda_free_memory (TGI v3.3: W = 0.90).

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

/** TGI_WIGGLE_ROOM by release (models/globals.py). */
function wiggleRoom(version: number[] | undefined): number {
  if (!atLeast(version, '2.0.0')) return 1;
  if (!atLeast(version, '2.4.0')) return 0.95;
  if (!atLeast(version, '3.0.0')) return 0.9;
  if (!atLeast(version, '3.1.0')) return 0.95;
  if (!atLeast(version, '3.3.0')) return 0.93;
  return 0.9;
}

export function estimateTgi({ model, serving, gpu }: EstimateInput): Estimate {
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
  const reserved = atLeast(version, '3.0.0') ? (1 - fraction * wiggle) * total : 0;

  // Warm-up prefill of max_batch_prefill_tokens with logits for every prompt token (prefill_logprobs).
  const prefillTokens = Math.min(serving.maxNumBatchedTokens ?? 4096, arch.maxPositionEmbeddings ?? 4096);
  const forward = forwardPeak(arch, prefillTokens, tp, dtypeBytes);
  const logits = prefillTokens * (arch.vocabSize ?? 0) * (dtypeBytes + 4);
  const warmup = Math.max(forward.bytes, logits);
  // BLOCK_SIZE: 1 with flashinfer (default from v2.3), 16 with paged attention (before, or compute capability < 8).
  const paged = !atLeast(version, '2.3.0') || Number(gpu.computeCapability ?? '8') < 8;
  const block = paged ? 16 : 1;
  const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
  const perToken = kvLayers(arch, tp, 'expanded').reduce((sum, l) => sum + l.valuesPerToken * kvBytes, 0);
  const free = total - CUDA_CONTEXT_BYTES - stage.bytes - warmup;
  const kvMemory = atLeast(version, '3.0.0') ? free - reserved : (free - (1 - fraction) * total) * wiggle;
  const blocks = perToken > 0 ? Math.max(0, Math.floor(kvMemory / (perToken * block))) : 0;
  const tokens = blocks * block;
  const kvNeeded = serving.concurrency * serving.maxModelLen * perToken;
  const startupError = tokens < serving.maxModelLen ? `Not enough memory to handle \`max_total_tokens=${serving.maxModelLen}\`` : undefined;
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
      inputs: { concurrency: serving.concurrency, max_model_len: serving.maxModelLen, block_size: block, max_batch_total_tokens: tokens },
      rule,
    },
    activations: {
      bytes: Math.round(warmup),
      formula: 'warm-up prefill: max(forward over max_batch_prefill_tokens, their logits in dtype and float32)',
      inputs: { max_batch_prefill_tokens: prefillTokens, vocab_size: arch.vocabSize ?? 0 },
      rule,
    },
    overhead: {
      bytes: Math.round(CUDA_CONTEXT_BYTES + reserved),
      formula: 'CUDA context + (1 − cuda_memory_fraction × TGI_WIGGLE_ROOM) × total',
      inputs: { cuda_memory_fraction: fraction, wiggle_room: wiggle, cuda_context_mib: CUDA_CONTEXT_BYTES / MiB },
      rule,
    },
    totalBytes: Math.round(stage.bytes + warmup + kvNeeded + CUDA_CONTEXT_BYTES + reserved),
    availableBytes: total,
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: tokens,
    kvCachePoolBytes: Math.round(tokens * perToken),
    maxConcurrency: tokens / serving.maxModelLen,
    startupError,
    startupErrorField: startupError ? 'max_model_len' : undefined,
    notes,
  };
}
