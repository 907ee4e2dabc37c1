// vLLM: each GPU's budget is gpu_memory_utilization × the CUDA total; the weights, the peak of the
// profiling run and non-torch memory come off it, and the rest becomes the KV cache, in blocks.
// Rules per release era, each with its source in vllm-project/vllm:
//   A  V0 ≤ 0.6.3  worker/worker.py Worker.determine_num_available_blocks (free-memory difference)
//   B  V0 0.6.4    same, torch peak + device-wide non-torch memory (CUDA context charged)
//   C  V0 0.6.5-6  utils.memory_profiling (baseline excludes the context)
//   D  V0 0.7      MemorySnapshot + memory_profiling
//   E  V1 0.8-0.9.0 v1/worker/gpu_worker.py Worker.determine_available_memory, device-wide non-torch
//   F  V1 0.9.1-0.10 same with memory_profiling(init_snapshot): NCCL inside the budget
//   G  V1 0.11-0.20 init snapshot after NCCL init: NCCL outside the budget (default here)
//   H  V1 ≥ 0.21   gpu_memory_utilization default 0.92, CUDA-graph estimate subtracted (not modelled)
// KV blocks: v1/core/kv_cache_utils.py get_num_blocks / get_max_concurrency_for_kv_cache_config.

import { servedCheckpoint, withCheckpoint } from '../checkpoint.js';
import { atLeast, parseVersion } from '../engine-version.js';
import { DTYPE_BYTES, resolveWeightDtype } from '../dtype.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { kvLayers, type LayerKv } from '../layers.js';
import { vllmDsaLatentBytes, vllmIndexerBytesPerToken } from '../sparse-attention.js';
import { countParameters } from '../parameters.js';
import { vllmGgufCheckpointBytes } from '../gguf.js';
import { resolveFormat } from '../quantization.js';
import { CUDA_CONTEXT_BYTES, deviceTotalBytes } from '../runtime-memory.js';
import { CUDA_GRAPH_POOL_BYTES, nonTorch, profilePeak } from './vllm-profile.js';
import { busiestStage, stageWeights } from '../sharding.js';
import { hybridBlocksPerRequest, hybridPrefixCaching, hybridReportedTokens, vllmHybridPlan } from './vllm-hybrid.js';
import type { Component, Estimate, EstimateInput } from '../types.js';
import { GiB } from '../units.js';

export type VllmEra = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

export function vllmEra(version: number[] | undefined): VllmEra {
  if (!version) return 'G';
  if (!atLeast(version, '0.6.4')) return 'A';
  if (!atLeast(version, '0.6.5')) return 'B';
  if (!atLeast(version, '0.7.0')) return 'C';
  if (!atLeast(version, '0.8.0')) return 'D';
  if (!atLeast(version, '0.9.1')) return 'E';
  if (!atLeast(version, '0.11.0')) return 'F';
  if (!atLeast(version, '0.21.0')) return 'G';
  return 'H';
}

const V1 = (era: VllmEra) => era >= 'E';

/** vLLM's default block size, and the MLA backends' own (platforms/cuda.py check_and_update_config). */
function blockSize(input: EstimateInput, era: VllmEra): number {
  if (input.serving.blockSize) return input.serving.blockSize;
  if (input.model.architecture.mla && V1(era)) {
    const cc = Number(input.gpu.computeCapability ?? '0');
    if (cc >= 10 && cc < 11) return 128; // CUTLASS MLA on Blackwell SM100
    if (cc >= 9 && cc < 10) return 64; // FlashMLA on Hopper
  }
  return 16;
}

/** Scheduler defaults that size the profiling run, per era (engine/arg_utils.py). */
function schedulerDefaults(input: EstimateInput, era: VllmEra, totalBytes: number): { maxNumSeqs: number; maxNumBatchedTokens: number; source: string } {
  const s = input.serving;
  if (!V1(era)) {
    // V0: chunked prefill turns on by itself above 32K tokens (EngineArgs.create_engine_config).
    const chunked = s.maxModelLen > 32768;
    const tokens = s.maxNumBatchedTokens ?? (chunked ? (era >= 'C' ? 2048 : 512) : Math.max(s.maxModelLen, 2048));
    return { maxNumSeqs: s.maxNumSeqs ?? 256, maxNumBatchedTokens: tokens, source: 'V0 SchedulerConfig: max_num_seqs 256, max_num_batched_tokens max(max_model_len, 2048)' };
  }
  // V1, `vllm serve` (OPENAI_API_SERVER): large GPUs other than A100 get bigger batches.
  const large = totalBytes >= 70 * GiB && !/a100/i.test(input.gpu.name);
  const tokens = s.maxNumBatchedTokens ?? (large ? 8192 : 2048);
  const seqs = Math.min(s.maxNumSeqs ?? (large ? 1024 : 256), era >= 'F' ? tokens : Infinity);
  return { maxNumSeqs: seqs, maxNumBatchedTokens: tokens, source: 'V1 EngineArgs defaults for vllm serve (≥ 70 GiB non-A100: 8192 tokens, 1024 seqs; else 2048, 256)' };
}

/** The MXFP4 MoE kernel's padding of the expert width and hidden size (quantization/mxfp4.py). */
function mxfp4Padding(computeCapability: string | undefined): { intermediate: number; hidden: number } {
  const cc = Number(computeCapability ?? '9.0');
  if (cc >= 10) return { intermediate: 256, hidden: 256 }; // FlashInfer TRT-LLM on Blackwell
  if (cc < 9) return { intermediate: 128, hidden: 256 }; // Marlin on Ampere/Ada
  return { intermediate: 64, hidden: 1 }; // Triton kernels on Hopper
}

interface Group {
  /** state: the recurrent layers of a hybrid model, one block per request (vllm-hybrid.ts). */
  kind: 'full' | 'sliding' | 'chunked' | 'state';
  window?: number;
  layers: number;
}

/** v1/core/kv_cache_utils.py: layers of one kind share a group; hybrid models split into groups of equal size. */
function kvGroups(layers: LayerKv[], hybrid: boolean, version: number[] | undefined): { groups: Group[]; groupSize: number } {
  const cached = layers.filter((l) => l.kind !== 'none');
  // Without the hybrid manager, unify_hybrid_kv_cache_specs turns windowed and chunked specs into full attention.
  const full = cached.filter((l) => l.kind === 'full' || !hybrid).length;
  const local = hybrid ? cached.filter((l) => l.kind === 'sliding' || l.kind === 'chunked') : [];
  const localKind = local[0]?.kind === 'chunked' ? 'chunked' : 'sliding';
  if (local.length === 0 || full === 0) {
    const kind = local.length > 0 ? localKind : 'full';
    return { groups: [{ kind, window: local[0]?.window, layers: cached.length }], groupSize: cached.length };
  }
  const min = Math.min(full, local.length);
  const max = Math.max(full, local.length);
  // #29303 (≈ v0.12): take the larger count when it is close to the smaller one.
  const groupSize = atLeast(version, '0.12.0') && max < min * 1.25 ? max : min;
  const groups: Group[] = [];
  for (let i = 0; i < Math.ceil(full / groupSize); i += 1) groups.push({ kind: 'full', layers: groupSize });
  for (let i = 0; i < Math.ceil(local.length / groupSize); i += 1) groups.push({ kind: localKind, window: local[0].window, layers: groupSize });
  return { groups, groupSize };
}

/**
 * Blocks one request of `len` tokens holds in a group (v1/kv_cache_interface.py max_memory_usage_bytes):
 * SlidingWindowSpec cdiv(min(window − 1 + max_num_batched_tokens, len), block_size) + 1;
 * ChunkedLocalAttentionSpec cdiv(min(attention_chunk_size + max_num_batched_tokens, len), block_size);
 * FullAttentionSpec cdiv(len, block_size).
 */
function groupBlocks(g: Group, len: number, bs: number, batched: number): number {
  const cdiv = (a: number, b: number) => Math.ceil(a / b);
  if (g.kind === 'sliding') return cdiv(Math.min(g.window! - 1 + batched, len), bs) + 1;
  if (g.kind === 'chunked') return cdiv(Math.min(g.window! + batched, len), bs);
  return cdiv(len, bs);
}

/**
 * Whether the hybrid KV cache manager keeps Llama 4's chunked-local layers to one chunk
 * (config/vllm.py VllmConfig.__post_init__): #19351 (0.9.2) added it, #21761 (0.10.1) turned it
 * off unless VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE=1, #29627 (≈ 0.13) made that
 * variable default to 1.
 */
export function chunkedLocalAttentionHybrid(version: number[] | undefined): boolean {
  return atLeast(version, '0.13.0') || (atLeast(version, '0.9.2') && !atLeast(version, '0.10.1'));
}

export function estimateVllm(input: EstimateInput): Estimate {
  const { model, serving, gpu } = input;
  const arch = model.architecture;
  const version = parseVersion(serving.engineVersion);
  const era = vllmEra(version);
  const tp = serving.tensorParallelSize;
  const pp = serving.pipelineParallelSize;
  const notes: string[] = [];
  const eraLabel = `vLLM ${serving.engineVersion ?? '0.20 (default)'} (era ${era})`;

  // Budget: gpu_memory_utilization × the CUDA total.
  const total = deviceTotalBytes(gpu);
  const utilization = serving.gpuMemoryUtilization ?? (era === 'H' ? 0.92 : 0.9);
  const requested = era === 'H' ? Math.ceil(total * utilization) : total * utilization;

  // Weights per rank, as "Model loading took" measures them.
  const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, true);
  const dtypeBytes = DTYPE_BYTES[dtype];
  const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
  const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
  // quantization: gguf (or a GGUF type): the GGUF blocks vLLM keeps (gguf.ts vllmGgufBytes)
  const gguf = vllmGgufCheckpointBytes(model, serving, dtypeBytes);
  if (gguf !== undefined) notes.push(`vLLM serves the GGUF weights in their GGUF blocks (quantization/gguf.py): ${gguf} bytes before tensor parallelism.`);
  const stages = stageWeights(arch, {
    checkpointBytes: gguf ?? checkpoint?.bytes,
    tensorParallelSize: tp,
    pipelineParallelSize: pp,
    vocabPadding: 64,
    dtypeBytes,
    format,
    mxfp4Padding: mxfp4Padding(gpu.computeCapability),
  });
  const stage = busiestStage(stages);
  const rope = arch.rope ? arch.rope.maxPosition * arch.rope.rotaryDim * dtypeBytes : 0;
  const weightsBytes = stage.bytes + rope;

  // Profiling run: one batch of max_num_batched_tokens over max_num_seqs requests, then the sampler.
  const sched = schedulerDefaults(input, era, total);
  const peak = profilePeak(arch, gpu, era, version, tp, dtypeBytes, sched.maxNumBatchedTokens, sched.maxNumSeqs);
  const activation = peak.bytes;
  const other = nonTorch(era, version, gpu, tp * pp);
  const available = requested - weightsBytes - activation - other.bytes;

  // KV cache: pages per layer, blocks per group of layers.
  const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
  const layers = kvLayers(arch, tp, 'latent').filter((l) => l.layer >= stage.firstLayer && l.layer <= stage.lastLayer);
  const perLayerValues = Math.max(...layers.map((l) => l.valuesPerToken), 0);
  // MLA: the latent alone, no ×2 (already in valuesPerToken); DSA models add the indexer's keys.
  const tokenBytes = (vllmDsaLatentBytes(arch, serving.kvCacheDtype, version) ?? perLayerValues * kvBytes) + vllmIndexerBytesPerToken(arch);
  // Recurrent / linear-attention layers: one page size for all layer kinds (vllm-hybrid.ts).
  // V1 serves Mamba hybrids from 0.10 (Qwen3-Next from 0.10.2); earlier releases ran them on V0's MambaCacheManager.
  const state = arch.recurrent && V1(era) && (!version || atLeast(version, '0.10.0'))
    ? vllmHybridPlan(arch, {
        tp,
        dtypeBytes,
        attentionBytesPerToken: tokenBytes,
        attentionLayers: layers.filter((l) => l.kind !== 'none').length,
        firstLayer: stage.firstLayer,
        lastLayer: stage.lastLayer,
        alignment: blockSize({ ...input, serving: { ...serving, blockSize: undefined } }, era),
        userBlockSize: serving.blockSize,
        version,
        prefixCaching: hybridPrefixCaching(serving.enablePrefixCaching, version),
      })
    : undefined;
  if (arch.recurrent && !state) notes.push(`vLLM ${serving.engineVersion} predates the V1 hybrid KV cache manager (0.10): its V0 MambaCacheManager state for max_num_seqs sequences is not modelled, only the attention layers' KV cache.`);
  const bs = state?.blockSize ?? blockSize(input, era);
  const page = state ? state.pageBytes : bs * tokenBytes;
  const chunkedHybrid = chunkedLocalAttentionHybrid(version);
  const hybrid = era >= 'F' && layers.some((l) => l.kind === 'sliding' || (l.kind === 'chunked' && chunkedHybrid));
  if (!hybrid && layers.some((l) => l.kind === 'sliding')) {
    notes.push('This vLLM era caches sliding-window layers at full length (no hybrid KV cache manager).');
  }
  if (!chunkedHybrid && layers.some((l) => l.kind === 'chunked')) {
    notes.push(
      'This vLLM release turns the hybrid KV cache manager off for chunked local attention (VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE defaults to 0): every layer is cached at full length.',
    );
  }
  const { groups, groupSize } = state
    ? {
        groups: [
          ...Array.from({ length: state.attentionGroups }, (): Group => ({ kind: 'full', layers: state.groupSize })),
          ...Array.from({ length: state.stateGroups }, (): Group => ({ kind: 'state', layers: state.groupSize })),
        ],
        groupSize: state.groupSize,
      }
    : kvGroups(layers, hybrid, version);
  const numBlocks = available > 0 && page > 0 ? Math.max(0, Math.floor(Math.floor(available / page) / groupSize)) : 0;
  const L = serving.maxModelLen;
  const blocksFor = (len: number) => (state ? hybridBlocksPerRequest(state, len) : groups.reduce((sum, g) => sum + groupBlocks(g, len, bs, sched.maxNumBatchedTokens), 0));
  const blocksPerRequest = blocksFor(L);
  const tokens = state ? hybridReportedTokens(state, numBlocks, L, version) : hybrid ? Math.floor(numBlocks / groups.length) * bs : numBlocks * bs;
  /** vLLM's estimate_max_model_len: the longest request whose blocks fit (binary search). */
  const longestFitting = (): number => {
    let lo = 0;
    let hi = L;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (blocksFor(mid) <= numBlocks) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const concurrency = era >= 'F' ? numBlocks / blocksPerRequest : tokens / L;
  const bytesPerBlock = page * groupSize; // one block id spans one layer of every group
  const kvNeeded = Math.ceil(serving.concurrency * blocksPerRequest) * bytesPerBlock;
  const oneRequest = blocksPerRequest * bytesPerBlock;

  // Start-up failures, in the era's own words.
  let startupError: string | undefined;
  let startupErrorField: Estimate['startupErrorField'];
  if (available <= 0) {
    startupErrorField = 'gpu';
    startupError = 'No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.';
  } else if (!V1(era) && L > tokens) {
    startupErrorField = 'max_model_len';
    startupError = `The model's max seq len (${L}) is larger than the maximum number of tokens that can be stored in KV cache (${tokens}). Try increasing \`gpu_memory_utilization\` or decreasing \`max_model_len\` when initializing the engine.`;
  } else if (V1(era) && oneRequest > available) {
    startupErrorField = 'max_model_len';
    const estimated = longestFitting();
    const unit = era === 'E' && !atLeast(version, '0.9.0') ? 'GB' : 'GiB';
    startupError =
      `To serve at least one request with the models's max seq len (${L}), (${(oneRequest / GiB).toFixed(2)} ${unit} KV cache is needed, which is larger than the available KV cache memory (${(available / GiB).toFixed(2)} ${unit}). ` +
      `Based on the available memory, the estimated maximum model length is ${estimated}. Try increasing \`gpu_memory_utilization\` or decreasing \`max_model_len\` when initializing the engine.`;
  }

  // Outside the budget: the CUDA context and the CUDA graphs captured after the KV cache (until
  // 0.21 subtracts them). Whatever they take beyond what gpu_memory_utilization leaves free comes
  // out of the activation room the sampler warm-up after capture needs (gpu_model_runner
  // compile_or_warm_up_model, v0.10+), which then runs out of memory.
  const graphs = serving.enforceEager || era === 'H' ? 0 : CUDA_GRAPH_POOL_BYTES;
  const spare = total - requested;
  const samplerRoom = spare + (activation - peak.persistentBytes) - (CUDA_CONTEXT_BYTES + graphs);
  if (!startupError && V1(era) && atLeast(version, '0.10.0') && peak.postCaptureSamplerBytes > samplerRoom) {
    startupErrorField = 'max_num_seqs';
    startupError = `CUDA out of memory occurred when warming up sampler with ${peak.samplerRows} dummy requests. Please try lowering \`max_num_seqs\` or \`gpu_memory_utilization\` when initializing the engine.`;
  }
  notes.push(
    `Outside vLLM's budget: the CUDA context (~${(CUDA_CONTEXT_BYTES / GiB).toFixed(2)} GiB)${graphs ? ` and CUDA graphs (~${(graphs / GiB).toFixed(2)} GiB)` : ''}; (1 − gpu_memory_utilization) leaves ${(spare / GiB).toFixed(2)} GiB for them.`,
  );

  const rule = `vllm: ${eraLabel}`;
  const weights: Component = withCheckpoint(
    {
      bytes: weightsBytes,
      formula: `parameters on this GPU × bytes (vocabulary padded to 64 and split over tensor_parallel_size, K/V heads replicated when fewer than GPUs) + rotary cache`,
      inputs: {
        tensor_parallel_size: tp,
        ...(pp > 1 ? { pipeline_parallel_size: pp, stage_layers: `${stage.firstLayer}-${stage.lastLayer}` } : {}),
        dtype,
        quantization: format?.name ?? 'none',
        rotary_cache_bytes: rope,
      },
      rule: `${rule}: model_executor/model_loader, "Model loading took"`,
    },
    checkpoint,
  );
  const kvCache: Component = {
    bytes: kvNeeded,
    formula: state
      ? `concurrency × (attention groups × cdiv(max_model_len, block_size) + mamba groups × (prefix caching ? 2 : 1)) × page_bytes × layers per group; page_bytes = block_size × attention bytes per token ≥ state per layer = ${state.formula}`
      : arch.indexer
        ? 'concurrency × blocks per request × block_size × (MLA latent bytes + indexer key bytes) × layers per block'
      : `concurrency × blocks per request × block_size × ${arch.mla ? '(kv_lora_rank + qk_rope_head_dim)' : '2 × num_key_value_heads_per_gpu × head_dim'} × kv_bytes × layers per block`,
    inputs: {
      concurrency: serving.concurrency,
      max_model_len: L,
      block_size: bs,
      blocks_per_request: blocksPerRequest,
      layers_per_block: groupSize,
      kv_bytes: kvBytes,
      ...(arch.indexer ? { bytes_per_token_per_layer: tokenBytes, indexer_bytes: vllmIndexerBytesPerToken(arch) } : {}),
      ...(hybrid || state ? { kv_cache_groups: groups.length } : {}),
      ...(state
        ? {
            recurrent_layers: state.stateLayers,
            conv_state_bytes: state.convBytes,
            temporal_state_bytes: state.temporalBytes,
            mamba_page_bytes: state.mambaPageBytes,
            page_bytes: state.pageBytes,
            state_blocks_per_request: state.stateBlocksPerRequest,
          }
        : {}),
      num_gpu_blocks: numBlocks,
    },
    rule: state
      ? `${rule}: hybrid KV cache manager (model_executor/models/config.py HybridAttentionMambaModelConfig, mamba/mamba_utils.py MambaStateShapeCalculator, v1/core/kv_cache_utils.py)`
      : `${rule}: v1/core/kv_cache_utils.py get_num_blocks, page_size_bytes`,
  };
  const activations: Component = {
    bytes: Math.round(activation),
    formula: 'max(forward pass over max_num_batched_tokens, sampler warm-up over min(max_num_seqs, max_num_batched_tokens) × vocab_size) + persistent workspaces',
    inputs: {
      max_num_batched_tokens: sched.maxNumBatchedTokens,
      max_num_seqs: sched.maxNumSeqs,
      forward_bytes: peak.forwardBytes,
      sampler_bytes: peak.samplerBytes,
      persistent_bytes: peak.persistentBytes,
      sampler: peak.samplerPath,
    },
    rule: `${rule}: gpu_model_runner.profile_run (_dummy_run, _dummy_sampler_run); ${sched.source}`,
  };
  const overhead: Component = {
    bytes: Math.round(other.bytes),
    formula: other.parts.length > 0 ? other.parts.join(' + ') : 'no memory outside PyTorch charged in this era',
    inputs: { gpu_memory_utilization: utilization, cuda_total_bytes: total },
    rule: `${rule}: memory_profiling non_torch_increase`,
  };
  if (era === 'H') notes.push('vLLM ≥ 0.21 subtracts its CUDA-graph memory estimate from the KV cache; gpu-fit does not model it, so the KV capacity is an upper bound.');
  if (pp > 1) notes.push(`Pipeline stage ${stage.stage + 1} of ${pp} is the busiest: layers ${stage.firstLayer}–${stage.lastLayer}.`);
  return {
    engine: 'vllm',
    weights,
    kvCache,
    activations,
    overhead,
    totalBytes: Math.round(weightsBytes + activation + other.bytes + kvNeeded),
    availableBytes: Math.floor(requested),
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: tokens,
    kvCachePoolBytes: Math.round(available),
    maxConcurrency: concurrency,
    startupError,
    startupErrorField,
    notes,
  };
}
