// SGLang: a static pool of mem_fraction_static × (free memory before the weights) holds the
// weights and the KV cache; the rest is kept for activations and CUDA graphs. Source:
// python/sglang/srt/model_executor/model_runner.py profile_max_num_token and
// python/sglang/srt/server_args.py (default mem_fraction_static), sgl-project/sglang.

import { capabilityOf } from '../compute-capability.js';
import { servedCheckpoint, withCheckpoint } from '../checkpoint.js';
import { constantValue } from '../constants.js';
import { atLeast, parseVersion } from '../engine-version.js';
import { DTYPE_BYTES, resolveWeightDtype } from '../dtype.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { kvLayers } from '../layers.js';
import { countParameters } from '../parameters.js';
import { resolveFormat } from '../quantization.js';
import { CUDA_CONTEXT_BYTES, deviceTotalBytes } from '../runtime-memory.js';
import { busiestStage, kvHeadsPerRank, pipelineStages, stageWeights } from '../sharding.js';
import { sglangMambaPool } from './sglang-hybrid.js';
import { bare, type Component, type Estimate, type EstimateInput } from '../types.js';
import { MiB } from '../units.js';
import { vllmIndexerBytesPerToken } from '../sparse-attention.js';
import type { Architecture } from '../architecture.js';

interface Defaults {
  memFractionStatic: number;
  chunkedPrefillSize: number;
  cudaGraphMaxBs: number;
  source: string;
}

/** server_args.py defaults by GPU memory (nvidia-smi MiB), tensor × pipeline parallel size and version. */
export function sglangDefaults(gpuMiB: number, tp: number, pp: number, version: number[] | undefined, vlmFactor = 1, mla = false): Defaults {
  const size = tp * pp;
  if (!atLeast(version, '0.4.6')) {
    const mfs = size >= 16 ? 0.79 : size >= 8 ? 0.81 : size >= 4 ? 0.85 : size >= 2 ? 0.87 : 0.88;
    return { memFractionStatic: mfs, chunkedPrefillSize: gpuMiB < 25_000 ? 2048 : 8192, cudaGraphMaxBs: gpuMiB < 25_000 ? 8 : 160, source: 'server_args.py __post_init__ TP table (≤ v0.4.5)' };
  }
  const chunked = gpuMiB < 20 * 1024 ? 2048 : gpuMiB < 35 * 1024 ? 2048 : gpuMiB < 60 * 1024 ? 4096 : gpuMiB < 160 * 1024 ? 8192 : 16384;
  if (!atLeast(version, '0.5.3')) {
    const reserved =
      gpuMiB < 35 * 1024 ? (2.8 + size / 10) * 1024 : gpuMiB < 90 * 1024 ? (9.5 + size / 2) * 1024 : gpuMiB < 160 * 1024 ? (12 + size / 2) * 1024 : 32 * 1024;
    return {
      memFractionStatic: Math.round(((gpuMiB - reserved) / gpuMiB) * 1000) / 1000 * vlmFactor,
      chunkedPrefillSize: gpuMiB < 35 * 1024 ? 2048 : gpuMiB < 160 * 1024 ? 8192 : 16384,
      cudaGraphMaxBs: gpuMiB < 35 * 1024 ? (tp < 4 ? 8 : 80) : 160,
      source: 'server_args.py __post_init__ reserved-memory tiers (v0.4.8 – v0.5.2)',
    };
  }
  const maxBs = gpuMiB < 20 * 1024 ? 8 : gpuMiB < 35 * 1024 ? (tp < 4 ? 24 : 80) : gpuMiB < 60 * 1024 ? (tp < 4 ? 32 : 160) : gpuMiB < 160 * 1024 ? (tp < 4 ? 256 : 512) : 512;
  let reserved = 512 + Math.max(chunked, 2048) * 1.5 + maxBs * 2 + (size / 8) * 1024;
  // Piecewise CUDA graphs for prefill, on by default in 2026 builds: 8 MiB per captured size, sizes
  // up to chunked_prefill_size (2048 for MLA backends, PR #15927) (server_args.py _handle_gpu_memory_settings).
  if (atLeast(version, '0.5.9')) reserved += prefillGraphSizes(mla ? 2048 : chunked) * 8;
  if (gpuMiB > 60 * 1024) reserved = Math.max(reserved, 10 * 1024);
  return {
    memFractionStatic: (Math.round(((gpuMiB - reserved) / gpuMiB) * 1000) / 1000) * vlmFactor,
    chunkedPrefillSize: chunked,
    cudaGraphMaxBs: maxBs,
    source: 'server_args.py _handle_gpu_memory_settings (v0.5.3+)',
  };
}

const PREFILL_GRAPHS = new Map<number, number>();

/** Prefill CUDA graph sizes captured up to max_bs (cuda_graph_runner, 2026); counted once per max_bs. */
function prefillGraphSizes(maxBs: number): number {
  let count = PREFILL_GRAPHS.get(maxBs);
  if (count === undefined) PREFILL_GRAPHS.set(maxBs, (count = countPrefillGraphSizes(maxBs)));
  return count;
}

function countPrefillGraphSizes(maxBs: number): number {
  const sizes: number[] = [];
  const range = (start: number, stop: number, step: number) => {
    for (let v = start; v < stop; v += step) sizes.push(v);
  };
  range(4, 33, 4);
  range(48, 257, 16);
  range(288, 513, 32);
  range(576, 1025, 64);
  range(1280, 4097, 256);
  range(4608, maxBs + 1, 512);
  return sizes.filter((s) => s <= maxBs).length;
}

const SGLANG = 'https://github.com/sgl-project/sglang/blob';
/** Where the hybrid SWA pool rules below are read (tags v0.5.8 0189f41c, v0.5.11 600df8dd). */
export const SGLANG_SWA_SOURCES = {
  allowlist: `${SGLANG}/0189f41c30ede088a040a711a384f3024b8d7af5/python/sglang/srt/configs/model_config.py#L1220-L1228`,
  trtllmGate: `${SGLANG}/0189f41c30ede088a040a711a384f3024b8d7af5/python/sglang/srt/server_args.py#L1373-L1385`,
  split: `${SGLANG}/600df8dd498955f5aef4417383ea9ae5d2c238f7/python/sglang/srt/model_executor/pool_configurator.py#L184-L285`,
} as const;

/** swa_full_tokens_ratio's default in every release that has it (server_args.py). */
const SWA_FULL_TOKENS_RATIO = 0.8;

/**
 * Layers SGLang's hybrid SWA memory pool splits (mem_cache/swa_memory_pool.py SWAKVPool), or none.
 * From v0.5.8 (#17261) an architecture allowlist turns it on: gpt-oss and Llama 4 (its chunked
 * layers as the window kind) among the families gpu-fit sizes, Gemma 4 from v0.5.11; Gemma 2/3 had it only in
 * v0.4.9.post3 – v0.4.10.post1 (#7367, off from #8693), gpt-oss not before 0.5.8 (#8839). On
 * SM100 gpt-oss's default trtllm_mha backend kept it off until v0.5.10 (#17429, #19079).
 */
function swaLayers(arch: Architecture, version: number[] | undefined, gpu: EstimateInput['gpu'], first: number, last: number): { full: number; windowed: number; window: number } | undefined {
  if (!atLeast(version, '0.5.8')) return undefined;
  // gpt-oss's default backend on SM100 is trtllm_mha, which kept the pool off in 0.5.8 and 0.5.9.
  const cc = Number(gpu.computeCapability ?? '9.0');
  if (arch.modelType === 'gpt_oss' && cc >= 10 && cc < 11 && !atLeast(version, '0.5.10')) return undefined;
  const kind =
    arch.modelType === 'gpt_oss' || (arch.modelType.startsWith('gemma4') && atLeast(version, '0.5.11'))
      ? arch.slidingWindow
      : arch.modelType.startsWith('llama4')
        ? arch.chunkedAttention
        : undefined;
  if (!kind) return undefined;
  const flags = kind.layers.slice(first, last + 1);
  const windowed = flags.filter(Boolean).length;
  return windowed > 0 && windowed < flags.length ? { full: flags.length - windowed, windowed, window: kind.size } : undefined;
}

export function estimateSglang({ model, serving, gpu }: EstimateInput, detail = true): Estimate {
  const arch = model.architecture;
  const version = parseVersion(serving.engineVersion);
  const tp = serving.tensorParallelSize;
  const pp = serving.pipelineParallelSize;
  const notes: string[] = [];
  // Below sm80 SGLang loads every model in float16, whatever dtype was asked (load_model_utils.py
  // maybe_downgrade_dtype_for_legacy_gpu, #1136); sm70 and older it refuses (refusals.ts).
  const legacy = (capabilityOf(gpu) ?? 80) < 80;
  const asked = resolveWeightDtype(serving.dtype, arch.torchDtype, true);
  const dtype = legacy ? 'float16' : asked;
  if (dtype !== asked) notes.push(`Compute capability ${gpu.computeCapability} is below sm80: SGLang loads the weights in float16, not ${asked} (maybe_downgrade_dtype_for_legacy_gpu).`);
  const dtypeBytes = DTYPE_BYTES[dtype];
  const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
  const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
  const stages = stageWeights(arch, { tensorParallelSize: tp, pipelineParallelSize: pp, vocabPadding: 64, dtypeBytes, format, checkpointBytes: checkpoint?.bytes });
  const stage = busiestStage(stages);
  const weightsBytes = stage.bytes;

  const total = deviceTotalBytes(gpu);
  const gpuMiB = gpu.memoryBytes / MiB;
  // Vision-language models: mem_fraction_static × 0.95 × a factor of the vision tower's size.
  let vlmFactor = 1;
  const vision = arch.encoders?.vision_config as Record<string, number> | undefined;
  if (vision) {
    const complexity = ((vision.num_hidden_layers ?? vision.depth ?? 24) * (vision.hidden_size ?? vision.embed_dim ?? 1024) ** 2) / (24 * 1024 ** 2);
    vlmFactor = 0.95 * Math.max(0.8, Math.min(1.05, 1 - 0.1 * (complexity - 1)));
  }
  const defaults = sglangDefaults(gpuMiB, tp, pp, version, vlmFactor, arch.mla !== undefined);
  const mfs = serving.gpuMemoryUtilization ?? defaults.memFractionStatic;

  // Free memory after the CUDA context and torch.distributed start, before weights (M_before):
  // model_runner.py init_torch_distributed returns the least free memory over the TP group, which
  // profile_max_num_token takes as total_gpu_memory. NCCL's buffers there are measured figures.
  const distributedInit = constantValue('sglang', tp * pp > 1 ? 'distributed_init_multi_gpu' : 'distributed_init_single_gpu', { version, gpu });
  const before = Math.max(0, total - CUDA_CONTEXT_BYTES - distributedInit);
  const after = before - weightsBytes;
  const reserve = before * (1 - mfs);
  // Hybrids: the token pool holds the full-attention layers only (full_attention_layer_ids).
  const layers = arch.recurrent
    ? arch.recurrent.attentionLayers.slice(stage.firstLayer, stage.lastLayer + 1).filter(Boolean).length
    : stage.lastLayer - stage.firstLayer + 1;
  const kvBytes = serving.kvCacheDtype === 'auto' && format?.name === 'fp8' && model.quantizationConfig?.kv_cache_quant_algo === 'FP8'
    ? 1
    : kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
  const heads = arch.numAttentionHeads ?? 1;
  const hd = arch.headDim ?? arch.hiddenSize / heads;
  // DSA models (DeepSeek-V3.2, GLM-5): model_runner.py profile_max_num_token (is_deepseek_nsa) adds
  // index_head_dim + index_head_dim // 128 × 4 uint8 per layer, NSATokenToKVPool's fp8 indexer key and scale.
  // Per layer K and V of its heads (Gemma 4's full layers have their own), over this stage's attention layers.
  const stageKv = kvLayers(arch, tp, 'expanded').slice(stage.firstLayer, stage.lastLayer + 1);
  const cell = arch.mla
    ? ((arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim) * kvBytes + vllmIndexerBytesPerToken(arch)) * layers
    : arch.globalAttention
      ? stageKv.reduce((sum, l) => sum + l.valuesPerToken * kvBytes, 0)
      : kvHeadsPerRank(arch, tp) * hd * layers * 2 * kvBytes;
  const pageSize = arch.mla ? 64 : 1;
  const mamba = arch.recurrent
    ? sglangMambaPool(arch, { tp, dtypeBytes, restBytes: after - reserve, firstLayer: stage.firstLayer, lastLayer: stage.lastLayer })
    : undefined;
  const rest = mamba ? mamba.restBytes : after - reserve;
  // Hybrid SWA pool: per full-pool token the full layers' cells and swa_full_tokens_ratio of the window
  // layers' (pool_configurator.py: full = rest // (F·n_full + r·S·n_swa), swa = r · full); the log's
  // max_total_num_tokens is the full pool.
  const swa = !arch.mla && !mamba ? swaLayers(arch, version, gpu, stage.firstLayer, stage.lastLayer) : undefined;
  const windowCell = stageKv.filter((l) => l.kind === 'sliding' || l.kind === 'chunked').reduce((sum, l) => sum + l.valuesPerToken * kvBytes, 0);
  const tokenCell = swa ? cell - windowCell + SWA_FULL_TOKENS_RATIO * windowCell : cell;
  let tokens = tokenCell > 0 ? Math.max(0, Math.floor(rest / tokenCell)) : 0;
  tokens -= tokens % pageSize;
  const swaTokens = swa ? Math.floor(tokens * SWA_FULL_TOKENS_RATIO) : 0;
  if (swa) notes.push(`SGLang's sliding-window memory pool: ${tokens.toLocaleString('en-US')} tokens for the ${swa.full} full-attention layers, ${swaTokens.toLocaleString('en-US')} (swa_full_tokens_ratio ${SWA_FULL_TOKENS_RATIO}) for the ${swa.windowed} window layers.`);
  let kvNeeded = serving.concurrency * (serving.maxModelLen * tokenCell + (mamba?.perRequestBytes ?? 0));
  if (mamba) {
    notes.push(`SGLang's mamba pool holds ${mamba.size} request states (${mamba.recurrentLayers} recurrent layers, ${(mamba.perRequestBytes / MiB).toFixed(1)} MiB each); at most ${mamba.maxRunningRequests} requests run at once.`);
  }
  let startupError: string | undefined;
  let limitation: string | undefined;
  if (tokens <= 0) {
    startupError = atLeast(version, '0.5.7')
      ? `Loaded weights leave no GPU memory for the KV cache under --mem-fraction-static=${mfs}. Raise --mem-fraction-static above ${(Math.ceil(1000 * (1 - after / before)) / 1000).toFixed(3)}.`
      : `Not enough memory. Please try to increase --mem-fraction-static. Current value: self.server_args.mem_fraction_static=${mfs}`;
  } else if (tokens < serving.maxModelLen) {
    // SGLang starts anyway and caps each request: scheduler.py Scheduler.__init__ sets
    // max_req_len = min(context_len − 1, max_total_num_tokens − 1) and max_req_input_len = max_req_len − 5.
    // The pool is what it allocates, so the memory is what the pool takes.
    kvNeeded = tokens * tokenCell;
    limitation = `SGLang starts, but its KV pool holds ${tokens} tokens, fewer than context_length ${serving.maxModelLen}: the longest request it takes is ${tokens - 1} tokens (prompt + output; prompts up to ${tokens - 6}). Raise mem_fraction_static or add GPUs to serve the full context.`;
    notes.push(limitation);
  }
  const overheadBytes = Math.round(CUDA_CONTEXT_BYTES + distributedInit + reserve);
  const totals = {
    totalBytes: Math.round(weightsBytes + kvNeeded + CUDA_CONTEXT_BYTES + distributedInit + reserve),
    availableBytes: total,
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: tokens,
    kvCachePoolBytes: tokens * tokenCell + (mamba?.poolBytes ?? 0),
    maxConcurrency: mamba ? Math.min(tokens / serving.maxModelLen, mamba.maxRunningRequests) : tokens / serving.maxModelLen,
    startupError,
    startupErrorField: startupError ? ('gpu' as const) : undefined,
    limitation,
  };
  if (!detail) return { engine: 'sglang', weights: bare(weightsBytes), kvCache: bare(kvNeeded), activations: bare(0), overhead: bare(overheadBytes), ...totals, notes: [] };
  const rule = `sglang: mem_fraction_static ${mfs} of free memory (${defaults.source}; model_runner.py profile_max_num_token)`;
  const pipeline = pp > 1 ? `, stage ${stage.stage + 1} of ${pp}` : '';
  const weights: Component = withCheckpoint(
    {
      bytes: weightsBytes,
      formula: `parameters on this GPU × bytes (vocabulary padded to 64, split over tensor_parallel_size${pipeline})`,
      inputs: { tensor_parallel_size: tp, pipeline_parallel_size: pp, dtype, quantization: format?.name ?? 'none' },
      rule,
    },
    checkpoint,
  );
  const kvCache: Component = {
    bytes: kvNeeded,
    formula: (arch.mla
      ? 'concurrency × max_model_len × (kv_lora_rank + qk_rope_head_dim) × layers × kv_bytes'
      : swa
        ? 'concurrency × max_model_len × num_key_value_heads_per_gpu × head_dim × 2 × kv_bytes × (full_layers + swa_full_tokens_ratio × window_layers)'
        : 'concurrency × max_model_len × num_key_value_heads_per_gpu × head_dim × layers × 2 × kv_bytes') + (mamba ? ' + concurrency × mamba_cache_per_req' : ''),
    inputs: {
      concurrency: serving.concurrency,
      max_model_len: serving.maxModelLen,
      cell_bytes: cell,
      layers,
      kv_bytes: kvBytes,
      pool_tokens: tokens,
      ...(swa ? { full_layers: swa.full, window_layers: swa.windowed, window: swa.window, swa_full_tokens_ratio: SWA_FULL_TOKENS_RATIO, swa_pool_tokens: swaTokens } : {}),
      ...(mamba ? { mamba_cache_per_req: mamba.perRequestBytes, max_mamba_cache_size: mamba.size, mamba_pool_bytes: mamba.poolBytes } : {}),
    },
    rule: swa
      ? `sglang: hybrid SWA pool, full tokens = floor((free after weights − free before × (1 − mem_fraction_static)) / (full layers' cell + swa_full_tokens_ratio × window layers' cell)) (model allowlist ${SGLANG_SWA_SOURCES.allowlist}; gpt-oss off on SM100 before 0.5.10 ${SGLANG_SWA_SOURCES.trtllmGate}; split ${SGLANG_SWA_SOURCES.split})`
      : mamba
      ? 'sglang: mamba pool of max_mamba_cache_size = floor(rest × 0.9 / 1.9 / mamba_cache_per_req) (model_runner_kv_cache_mixin.py handle_max_mamba_cache), then a token pool of the full-attention layers'
      : 'sglang: KV pool of max_total_num_tokens = floor((free after weights − free before × (1 − mem_fraction_static)) / cell)',
  };
  return {
    engine: 'sglang',
    weights,
    kvCache,
    activations: {
      bytes: 0,
      formula: 'inside the reserve: activations, CUDA graphs and the request table use the (1 − mem_fraction_static) share',
      inputs: { chunked_prefill_size: defaults.chunkedPrefillSize, cuda_graph_max_bs: defaults.cudaGraphMaxBs },
      rule,
    },
    overhead: {
      bytes: overheadBytes,
      formula: 'CUDA context + torch.distributed init + (1 − mem_fraction_static) × free memory before weights',
      inputs: { cuda_context_mib: CUDA_CONTEXT_BYTES / MiB, distributed_init_mib: Math.round(distributedInit / MiB), mem_fraction_static: mfs },
      rule,
    },
    ...totals,
    notes: [...notes, ...(pipelineStages(arch.numHiddenLayers, pp).length > 1 ? [`Pipeline stage ${stage.stage + 1} holds layers ${stage.firstLayer}–${stage.lastLayer}.`] : [])],
  };
}
