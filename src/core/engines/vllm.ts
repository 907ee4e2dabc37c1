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
//   H  V1 0.21-0.24 gpu_memory_utilization default 0.92; the CUDA-graph estimate is subtracted
//      before the KV cache is sized (#30515, default since v0.21.0); Qwen3 dense models run on
//      Model Runner V2 from 0.22 (#39337), which estimates no graphs
//   I  V1 0.25-0.28 Model Runner V2 for every dense model (#44443), with no graph estimate until
//      0.26; MoE and hybrid models stay on V1's runner and its estimate; 0.28: ≥ 160 GiB GPUs batch 16384 tokens
//   J  V1 ≥ 0.29   Model Runner V2 for every model (#53183), batch-sharded sampling (default here)
// KV blocks: v1/core/kv_cache_utils.py get_num_blocks / get_max_concurrency_for_kv_cache_config.

import { servedCheckpoint, withCheckpoint } from '../checkpoint.js';
import { atLeast, compareVersions, parseVersion, versionKey } from '../engine-version.js';
import { DTYPE_BYTES } from '../dtype.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { kvLayers, type LayerKv } from '../layers.js';
import { countParameters } from '../parameters.js';
import { vllmGgufCheckpointBytes } from '../gguf.js';
import { resolveFormat } from '../quantization.js';
import { CUDA_CONTEXT_BYTES, deviceTotalBytes } from '../runtime-memory.js';
import { hybridBlocksPerRequest, hybridPrefixCaching, hybridReportedTokens, vllmHybridPlan, type VllmHybridPlan } from './vllm-hybrid.js';
import { cudaGraphMemory, nonTorch, profilePeak, type NonTorch, type ProfilePeak } from './vllm-profile.js';
import { stageWeights, type StageWeights } from '../sharding.js';
import { vllmDsaLatentBytes, vllmIndexerBytesPerToken } from '../sparse-attention.js';
import { vllmWeightDtype } from './vllm-dtype.js';
import { bare, type Component, type Estimate, type EstimateInput } from '../types.js';
import { GiB } from '../units.js';
import { Answers } from '../answers.js';

export type VllmEra = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J';

/** The newest release line modelled; a newer version takes its rules, with a note. */
export const NEWEST_VLLM = '0.29';

export function vllmEra(version: number[] | undefined): VllmEra {
  if (!version) return 'J';
  if (!atLeast(version, '0.6.4')) return 'A';
  if (!atLeast(version, '0.6.5')) return 'B';
  if (!atLeast(version, '0.7.0')) return 'C';
  if (!atLeast(version, '0.8.0')) return 'D';
  if (!atLeast(version, '0.9.1')) return 'E';
  if (!atLeast(version, '0.11.0')) return 'F';
  if (!atLeast(version, '0.21.0')) return 'G';
  if (!atLeast(version, '0.25.0')) return 'H';
  if (!atLeast(version, '0.29.0')) return 'I';
  return 'J';
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
  // V1, `vllm serve` (OPENAI_API_SERVER): large GPUs other than A100 get bigger batches
  // (engine/arg_utils.py get_batch_defaults); v0.28 adds a tier for ≥ 160 GiB (B200/B300).
  const large = totalBytes >= 70 * GiB && !/a100/i.test(input.gpu.name);
  const largest = totalBytes >= 160 * GiB && atLeast(parseVersionOf(input), '0.28.0');
  const tokens = s.maxNumBatchedTokens ?? (largest ? 16384 : large ? 8192 : 2048);
  const seqs = Math.min(s.maxNumSeqs ?? (large ? 1024 : 256), era >= 'F' ? tokens : Infinity);
  return { maxNumSeqs: seqs, maxNumBatchedTokens: tokens, source: 'V1 EngineArgs defaults for vllm serve (≥ 70 GiB non-A100: 8192 tokens, 1024 seqs; else 2048, 256; ≥ 160 GiB from 0.28: 16384 tokens)' };
}

const parseVersionOf = (input: EstimateInput) => parseVersion(input.serving.engineVersion);

/**
 * Whether Model Runner V2 (v1/worker/gpu/model_runner.py) runs the model: Qwen3 dense models from
 * 0.22 (#39337, vllm/config/vllm.py use_v2_model_runner), every dense model from 0.25 (#44443),
 * every model from 0.29 (#53183). Models with inner state (Mamba, linear attention) and MoE
 * models stay on V1's runner before 0.29.
 */
export function modelRunnerV2(input: EstimateInput, version: number[] | undefined): boolean {
  const arch = input.model.architecture;
  if (atLeast(version, '0.29.0')) return true;
  const dense = !arch.moe && !hasInnerState(arch);
  if (atLeast(version, '0.25.0')) return dense;
  return atLeast(version, '0.22.0') && dense && arch.modelType === 'qwen3';
}

/** Mamba or linear-attention layers (vLLM's model_config.has_inner_state). */
function hasInnerState(arch: EstimateInput['model']['architecture']): boolean {
  return Boolean(arch.recurrent) || /mamba|jamba|nemotron_h|falcon_h1|granitemoehybrid|qwen3_next|qwen3_5|lfm2|kimi_linear|minimax_text_01|minimax_m1/.test(arch.modelType);
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
  /**
   * Block size of this group in units of the page's: a kind whose tokens are smaller than the page's
   * widest holds proportionally more tokens a block (kv_cache_utils.py unify_kv_cache_spec_page_size;
   * Gemma 4's full layers, 512-wide heads but fewer of them). 1 for every other model.
   */
  scale?: number;
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
  // #29303 (≈ v0.12): take the larger count when under 1.5 × the smaller (_get_kv_cache_groups_uniform_page_size:
  // "max_num_layers < min_num_layers * 1.5", gpt-oss-20b + EAGLE's 12 sliding + 13 full; quoted in issue #54104).
  const groupSize = atLeast(version, '0.12.0') && max < min * 1.5 ? max : min;
  // Pages of one size: a kind with fewer values a token takes a larger block (unify_kv_cache_spec_page_size).
  const widest = Math.max(...cached.map((l) => l.valuesPerToken));
  const fullValues = cached.find((l) => l.kind === 'full')?.valuesPerToken ?? widest;
  const scaleOf = (values: number) => (values > 0 && widest % values === 0 ? widest / values : 1);
  const groups: Group[] = [];
  for (let i = 0; i < Math.ceil(full / groupSize); i += 1) groups.push({ kind: 'full', layers: groupSize, scale: scaleOf(fullValues) });
  for (let i = 0; i < Math.ceil(local.length / groupSize); i += 1) groups.push({ kind: localKind, window: local[0].window, layers: groupSize, scale: scaleOf(local[0].valuesPerToken) });
  return { groups, groupSize };
}

/**
 * Blocks one request of `len` tokens holds in a group (v1/kv_cache_interface.py max_memory_usage_bytes):
 * SlidingWindowSpec cdiv(min(window − 1 + in-flight tokens, len), block_size) + 1;
 * ChunkedLocalAttentionSpec cdiv(min(attention_chunk_size + in-flight tokens, len), block_size);
 * FullAttentionSpec cdiv(len, block_size).
 */
function groupBlocks(g: Group, len: number, bs: number, inFlight: number): number {
  const cdiv = (a: number, b: number) => Math.ceil(a / b);
  if (g.kind === 'sliding') return cdiv(Math.min(g.window! - 1 + inFlight, len), bs) + 1;
  if (g.kind === 'chunked') return cdiv(Math.min(g.window! + inFlight, len), bs);
  return cdiv(len, bs);
}

/**
 * Tokens a sliding-window or chunked-local layer keeps beyond its window for one request. Up to
 * 0.25 one batch (max_num_batched_tokens). From 0.26 (#47728: out-of-window blocks are freed on the
 * processed-token basis, as async scheduling, the default, runs a batch ahead) vllm/config/vllm.py
 * max_in_flight_tokens = max_concurrent_batches × max_num_batched_tokens, where
 * max_concurrent_batches is pipeline_parallel_size + 1 on Model Runner V2, 2 on V1's runner at one
 * stage, else pipeline_parallel_size (V1 does not run async scheduling with stages). Issue #49878
 * measured the change on Gemma 4 (0.25.1 → 0.26.0).
 */
export function inFlightTokens(version: number[] | undefined, maxNumBatchedTokens: number, mrv2: boolean, pp: number): number {
  if (!atLeast(version, '0.26.0')) return maxNumBatchedTokens;
  const batches = mrv2 ? pp + 1 : pp <= 1 ? 2 : pp;
  return batches * maxNumBatchedTokens;
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

const STAGE_LAYERS = new Answers<{ layers: LayerKv[]; perLayerValues: number; grouping: { groups: Group[]; groupSize: number } }>();

/** A stage's cached layers, the widest token among them and their KV groups (once per layer list, stage and release). */
function stageLayers(allLayers: LayerKv[], stage: StageWeights, hybrid: boolean, version: number[] | undefined) {
  return STAGE_LAYERS.get(allLayers, null, `${stage.firstLayer}|${stage.lastLayer}|${hybrid}|${versionKey(version)}`, () => {
    const layers = allLayers.filter((l) => l.layer >= stage.firstLayer && l.layer <= stage.lastLayer);
    const perLayerValues = Math.max(...layers.map((l) => l.valuesPerToken), 0);
    return { layers, perLayerValues, grouping: kvGroups(layers, hybrid, version) };
  });
}

/** One pipeline stage's budget: what vLLM's worker for that stage profiles and sizes. */
interface StageBudget {
  stage: StageWeights;
  weightsBytes: number;
  peak: ProfilePeak;
  other: NonTorch;
  /** "Available KV cache memory" of this stage's workers. */
  available: number;
  groups: Group[];
  groupSize: number;
  /** Bytes of one token in one layer's page (MLA latent, DSA indexer keys included). */
  tokenBytes: number;
  /** Hybrid models: the recurrent layers' state sharing the attention page (vllm-hybrid.ts). */
  state?: VllmHybridPlan;
  blockSize: number;
  page: number;
  numBlocks: number;
}

export function estimateVllm(input: EstimateInput, detail = true): Estimate {
  const { model, serving, gpu } = input;
  const arch = model.architecture;
  const version = parseVersion(serving.engineVersion);
  const era = vllmEra(version);
  const tp = serving.tensorParallelSize;
  const pp = serving.pipelineParallelSize;
  const notes: string[] = [];
  const mrv2 = V1(era) && modelRunnerV2(input, version);
  const eraLabel = serving.engineVersion ? `vLLM ${serving.engineVersion} (era ${era})` : `vLLM ${NEWEST_VLLM} (newest modelled, era ${era})`;
  if (version && compareVersions(version, [...parseVersion(NEWEST_VLLM)!, Infinity]) > 0) {
    notes.push(`vLLM ${serving.engineVersion} is newer than the newest release line gpu-fit models (${NEWEST_VLLM}): its rules are used.`);
  }

  // Budget: gpu_memory_utilization × the CUDA total.
  const total = deviceTotalBytes(gpu);
  const utilization = serving.gpuMemoryUtilization ?? (era >= 'H' ? 0.92 : 0.9);
  const requested = era >= 'H' ? Math.ceil(total * utilization) : total * utilization;

  // Weights per rank, as "Model loading took" measures them.
  // T4 and V100 have no bfloat16: vLLM picks another dtype, or refuses (vllm-dtype.ts, refusals.ts).
  const { dtype, note: dtypeNote } = vllmWeightDtype(input, version);
  if (dtypeNote) notes.push(dtypeNote);
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
    layerPartition: serving.ppLayerPartition,
  });
  const rope = arch.rope ? arch.rope.maxPosition * arch.rope.rotaryDim * dtypeBytes : 0;

  // CUDA graphs: estimated inside the budget by Model Runner V1 from 0.21, captured outside it otherwise.
  const sched = schedulerDefaults(input, era, total);
  const graphs = serving.enforceEager ? undefined : cudaGraphMemory(arch, gpu, era, version, tp, dtypeBytes, sched.maxNumSeqs);
  // Model Runner V2's profile_cudagraph_memory returned 0 until 0.26 (gpu/model_runner.py; #49224:
  // dense models on 0.25.x capture their graphs outside the budget); 0.26.0 reserves capture headroom (#50159).
  const mrv2Estimates = atLeast(version, '0.26.0');
  const graphEstimate = graphs && era >= 'H' && (!mrv2 || mrv2Estimates) ? graphs.bytes : 0;
  if (era >= 'H' && mrv2 && !mrv2Estimates && graphs) notes.push("Model Runner V2 runs this model: this release estimates no CUDA-graph memory before sizing the KV cache (gpu/model_runner.py profile_cudagraph_memory returns 0), so the graphs come out of what gpu_memory_utilization leaves.");

  // --kv-cache-memory (#21489): the KV cache gets exactly these bytes and nothing is profiled.
  const kvCacheMemory = V1(era) && atLeast(version, '0.10.1') ? serving.kvCacheMemoryBytes : undefined;
  if (serving.kvCacheMemoryBytes !== undefined && kvCacheMemory === undefined) notes.push('kv_cache_memory_bytes (--kv-cache-memory) arrived in vLLM 0.10.1: this release ignores it and profiles.');

  // KV cache: pages per layer, blocks per group of layers, for each pipeline stage's workers.
  const bs = blockSize(input, era);
  const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
  const allLayers = kvLayers(arch, tp, 'latent');
  const chunkedHybrid = chunkedLocalAttentionHybrid(version);
  const hybrid = era >= 'F' && allLayers.some((l) => l.kind === 'sliding' || (l.kind === 'chunked' && chunkedHybrid));
  if (!hybrid && allLayers.some((l) => l.kind === 'sliding')) {
    notes.push('This vLLM era caches sliding-window layers at full length (no hybrid KV cache manager).');
  }
  if (!chunkedHybrid && allLayers.some((l) => l.kind === 'chunked')) {
    notes.push(
      'This vLLM release turns the hybrid KV cache manager off for chunked local attention (VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE defaults to 0): every layer is cached at full length.',
    );
  }
  // V1 serves Mamba hybrids from 0.10 (Qwen3-Next from 0.10.2); earlier releases ran them on V0's MambaCacheManager.
  const servesHybrid = Boolean(arch.recurrent) && V1(era) && atLeast(version, '0.10.0');
  if (arch.recurrent && !servesHybrid) notes.push(`vLLM ${serving.engineVersion} predates the V1 hybrid KV cache manager (0.10): its V0 MambaCacheManager state for max_num_seqs sequences is not modelled, only the attention layers' KV cache.`);
  const budgets: StageBudget[] = stages.map((stage) => {
    const weightsBytes = stage.bytes + rope;
    const peak = profilePeak({
      arch,
      gpu,
      era,
      version,
      tp,
      dtypeBytes,
      maxNumBatchedTokens: sched.maxNumBatchedTokens,
      maxNumSeqs: sched.maxNumSeqs,
      mrv2,
      firstStage: stage.stage === 0,
      lastStage: stage.stage === stages.length - 1,
    });
    const other = nonTorch(era, version, gpu, tp * pp);
    const available = kvCacheMemory ?? requested - weightsBytes - peak.bytes - other.bytes - graphEstimate;
    const { layers, perLayerValues, grouping } = stageLayers(allLayers, stage, hybrid, version);
    // MLA: the latent alone, no ×2 (already in valuesPerToken); DSA models add the indexer's keys.
    const tokenBytes = (vllmDsaLatentBytes(arch, serving.kvCacheDtype, version) ?? perLayerValues * kvBytes) + vllmIndexerBytesPerToken(arch);
    // Recurrent / linear-attention layers: one page size for all layer kinds (vllm-hybrid.ts).
    const state = servesHybrid
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
    const stageBlockSize = state?.blockSize ?? bs;
    const page = state ? state.pageBytes : stageBlockSize * tokenBytes;
    const { groups, groupSize } = state
      ? {
          groups: [
            ...Array.from({ length: state.attentionGroups }, (): Group => ({ kind: 'full', layers: state.groupSize })),
            ...Array.from({ length: state.stateGroups }, (): Group => ({ kind: 'state', layers: state.groupSize })),
          ],
          groupSize: state.groupSize,
        }
      : grouping;
    const numBlocks = available > 0 && page > 0 ? Math.max(0, Math.floor(Math.floor(available / page) / groupSize)) : 0;
    return { stage, weightsBytes, peak, other, available, groups, groupSize, tokenBytes, state, blockSize: stageBlockSize, page, numBlocks };
  });
  // The engine core keeps the smallest block count of all workers (kv_cache_utils.py get_kv_cache_configs).
  const limiting = budgets.reduce((a, b) => (b.numBlocks < a.numBlocks || (b.numBlocks === a.numBlocks && b.available < a.available) ? b : a));
  const heaviest = budgets.reduce((a, b) => (b.weightsBytes > a.weightsBytes ? b : a));
  const { stage, peak, other, available, groups, groupSize, tokenBytes, state, page, numBlocks } = limiting;
  const stageBs = limiting.blockSize;
  const weightsBytes = heaviest.weightsBytes;
  const activation = peak.bytes;

  const inFlight = inFlightTokens(version, sched.maxNumBatchedTokens, mrv2, pp);
  const blocksFor = (len: number) => (state ? hybridBlocksPerRequest(state, len) : groups.reduce((sum, g) => sum + groupBlocks(g, len, stageBs * (g.scale ?? 1), inFlight), 0));
  /** vLLM's estimate_max_model_len (kv_cache_utils.py, #16168): the longest request whose blocks fit, by binary search. */
  const longestFitting = (upTo: number): number => {
    let lo = 0;
    let hi = upTo;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (blocksFor(mid) <= numBlocks) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // --max-model-len auto / -1 (#29431, kv_cache_utils.py _auto_fit_max_model_len): the model's
  // whole context when it fits, else the longest that does.
  let L = serving.maxModelLen;
  if (serving.maxModelLenAuto && !V1(era)) {
    notes.push(`max_model_len auto is a V1 engine option (#29431): this release takes the model's ${L.toLocaleString('en-US')} tokens.`);
  } else if (serving.maxModelLenAuto && blocksFor(L) > numBlocks) {
    const fitted = longestFitting(L);
    if (fitted > 0) {
      notes.push(`max_model_len auto: the model's ${L.toLocaleString('en-US')} tokens do not fit; vLLM settles on ${fitted.toLocaleString('en-US')}.`);
      L = fitted;
    }
  } else if (serving.maxModelLenAuto) {
    notes.push(`max_model_len auto: the model's whole context (${L.toLocaleString('en-US')} tokens) fits.`);
  }
  const blocksPerRequest = blocksFor(L);
  // "GPU KV cache size": from 0.21 int(max_concurrency × max_model_len) for every model (kv_cache_utils.py
  // get_kv_cache_capacity; issue #43308 saw Gemma 4's figure change between 0.20.0 and 0.21.0); before,
  // num_blocks // len(groups) × the smallest block size (_report_kv_cache_config).
  const tokens =
    V1(era) && atLeast(version, '0.21.0')
      ? Math.floor((numBlocks / blocksPerRequest) * L)
      : state
        ? hybridReportedTokens(state, numBlocks, L)
        : hybrid
          ? Math.floor(numBlocks / groups.length) * stageBs
          : numBlocks * stageBs;
  const concurrency = era >= 'F' ? numBlocks / blocksPerRequest : tokens / L;
  const bytesPerBlock = page * groupSize; // one block id spans one layer of every group
  const kvNeeded = Math.ceil(serving.concurrency * blocksPerRequest) * bytesPerBlock;
  const oneRequest = blocksPerRequest * bytesPerBlock;

  // Start-up failures, in the release's own words.
  let startupError: string | undefined;
  let startupErrorField: Estimate['startupErrorField'];
  if (available <= 0) {
    startupErrorField = 'gpu';
    startupError =
      'No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.' +
      (atLeast(version, '0.28.0') ? ' (this flag also controls CPU memory reservation on the CPU backend, despite its name). See https://docs.vllm.ai/en/latest/configuration/conserving_memory/ for more details.' : '');
  } else if (!V1(era) && L > tokens) {
    startupErrorField = 'max_model_len';
    startupError = `The model's max seq len (${L}) is larger than the maximum number of tokens that can be stored in KV cache (${tokens}). Try increasing \`gpu_memory_utilization\` or decreasing \`max_model_len\` when initializing the engine.`;
  } else if (V1(era) && oneRequest > available) {
    startupErrorField = 'max_model_len';
    const estimated = longestFitting(L);
    const unit = era === 'E' && !atLeast(version, '0.9.0') ? 'GB' : 'GiB';
    // The estimate joined the message in 0.8.4 (#16168), printed when it is above 0.
    const estimate = atLeast(version, '0.8.4') && estimated > 0 ? `Based on the available memory, the estimated maximum model length is ${estimated}. ` : '';
    // 0.28 (kv_cache_utils.py _check_enough_kv_cache_memory): "model's", and the CPU-backend and docs hints.
    const recent = atLeast(version, '0.28.0');
    startupError =
      `To serve at least one request with the ${recent ? "model's" : "models's"} max seq len (${L}), (${(oneRequest / GiB).toFixed(2)} ${unit} KV cache is needed, which is larger than the available KV cache memory (${(available / GiB).toFixed(2)} ${unit}). ` +
      `${estimate}Try increasing \`gpu_memory_utilization\`${recent ? ' (which also controls CPU memory on the CPU backend)' : ''} or decreasing \`max_model_len\` when initializing the engine.` +
      (recent ? ' See https://docs.vllm.ai/en/latest/configuration/conserving_memory/ for more details.' : '');
  }

  // Outside the budget: the CUDA context, and the CUDA graphs where no estimate took them in
  // (before 0.21, and on Model Runner V2). Graph capture runs after the KV cache is allocated
  // (worker/gpu_worker.py compile_or_warm_up_model); the peak activation room the profile
  // reserved is free again by then, less the persistent buffers.
  const outsideGraphs = graphs && !graphEstimate ? graphs.bytes : 0;
  const spare = total - requested;
  const room = spare + (activation - peak.persistentBytes) - CUDA_CONTEXT_BYTES;
  if (!startupError && kvCacheMemory !== undefined && weightsBytes + activation + other.bytes + kvCacheMemory + CUDA_CONTEXT_BYTES + outsideGraphs > total) {
    startupErrorField = 'gpu';
    startupError = `CUDA out of memory: kv_cache_memory_bytes ${(kvCacheMemory / GiB).toFixed(2)} GiB with the weights (${(weightsBytes / GiB).toFixed(2)} GiB) and the profiling peak exceeds the ${(total / GiB).toFixed(2)} GiB of the GPU. Lower kv_cache_memory_bytes.`;
  } else if (!startupError && graphs && outsideGraphs > room && kvCacheMemory === undefined) {
    startupErrorField = 'gpu_memory_utilization';
    startupError =
      `CUDA out of memory while capturing CUDA graphs: ${graphs.graphs} graphs (~${(outsideGraphs / GiB).toFixed(2)} GiB) do not fit in the ${(Math.max(0, room) / GiB).toFixed(2)} GiB that gpu_memory_utilization ${utilization} leaves beside the KV cache and the CUDA context. ` +
      'Set enforce_eager: true, or lower gpu_memory_utilization.';
  } else if (!startupError && V1(era) && atLeast(version, '0.10.0') && stage.stage === stages.length - 1 && peak.postCaptureSamplerBytes > room - outsideGraphs) {
    // The sampler warm-up repeated after capture (gpu_model_runner compile_or_warm_up_model, v0.10+).
    startupErrorField = 'max_num_seqs';
    startupError = `CUDA out of memory occurred when warming up sampler with ${peak.samplerRows} dummy requests. Please try lowering \`max_num_seqs\` or \`gpu_memory_utilization\` when initializing the engine.`;
  }
  const totals = {
    totalBytes: Math.round(weightsBytes + activation + graphEstimate + other.bytes + kvNeeded),
    availableBytes: Math.floor(kvCacheMemory !== undefined ? weightsBytes + activation + other.bytes + kvCacheMemory : requested),
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: tokens,
    kvCachePoolBytes: Math.round(available),
    maxConcurrency: concurrency,
    startupError,
    startupErrorField,
  };
  if (!detail) {
    return { engine: 'vllm', weights: bare(weightsBytes), kvCache: bare(kvNeeded), activations: bare(Math.round(activation + graphEstimate)), overhead: bare(Math.round(other.bytes)), ...totals, notes };
  }
  notes.push(
    `Outside vLLM's budget: the CUDA context (~${(CUDA_CONTEXT_BYTES / GiB).toFixed(2)} GiB)${outsideGraphs ? ` and CUDA graphs (~${(outsideGraphs / GiB).toFixed(2)} GiB, ${graphs!.formula})` : ''}; (1 − gpu_memory_utilization) leaves ${(spare / GiB).toFixed(2)} GiB for them.`,
  );
  if (kvCacheMemory !== undefined) notes.push(`kv_cache_memory_bytes: vLLM gives the KV cache ${(kvCacheMemory / GiB).toFixed(2)} GiB and skips gpu_memory_utilization.`);

  const rule = `vllm: ${eraLabel}`;
  const weights: Component = withCheckpoint(
    {
      bytes: weightsBytes,
      formula: `parameters on this GPU × bytes (vocabulary padded to 64 and split over tensor_parallel_size, K/V heads replicated when fewer than GPUs) + rotary cache`,
      inputs: {
        tensor_parallel_size: tp,
        ...(pp > 1 ? { pipeline_parallel_size: pp, stage_layers: budgets.map((b) => `${b.stage.firstLayer}-${b.stage.lastLayer}`).join(', ') } : {}),
        dtype,
        quantization: format?.name ?? 'none',
        rotary_cache_bytes: rope,
      },
      rule: `${rule}: model_executor/model_loader, "Model loading took"${pp > 1 ? `; distributed/utils.py get_pp_indices${serving.ppLayerPartition ? ' (VLLM_PP_LAYER_PARTITION)' : ''}` : ''}`,
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
      block_size: stageBs,
      blocks_per_request: blocksPerRequest,
      layers_per_block: groupSize,
      kv_bytes: kvBytes,
      ...(arch.indexer ? { bytes_per_token_per_layer: tokenBytes, indexer_bytes: vllmIndexerBytesPerToken(arch) } : {}),
      ...(hybrid || state ? { kv_cache_groups: groups.length } : {}),
      // A windowed group's blocks a request: cdiv(min(window − 1 + in-flight tokens, max_model_len), block_size) + 1.
      ...(groups.some((g) => g.kind === 'sliding' || g.kind === 'chunked') ? { window: groups.find((g) => g.window)?.window ?? 0, in_flight_tokens: inFlight } : {}),
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
      ...(kvCacheMemory !== undefined ? { kv_cache_memory_bytes: kvCacheMemory } : {}),
    },
    rule: state
      ? `${rule}: hybrid KV cache manager (model_executor/models/config.py HybridAttentionMambaModelConfig, mamba/mamba_utils.py MambaStateShapeCalculator, v1/core/kv_cache_utils.py)`
      : `${rule}: v1/core/kv_cache_utils.py get_num_blocks, page_size_bytes`,
  };
  const activations: Component = {
    bytes: Math.round(activation + graphEstimate),
    formula:
      'max(forward pass over max_num_batched_tokens, sampler warm-up over min(max_num_seqs, max_num_batched_tokens) × vocab_size) + persistent workspaces' +
      (graphEstimate ? ' + CUDA-graph estimate (first capture + per-graph × further graphs)' : ''),
    inputs: {
      max_num_batched_tokens: sched.maxNumBatchedTokens,
      max_num_seqs: sched.maxNumSeqs,
      forward_bytes: peak.forwardBytes,
      sampler_bytes: peak.samplerBytes,
      persistent_bytes: peak.persistentBytes,
      sampler: peak.samplerPath,
      model_runner: mrv2 ? 'V2' : 'V1',
      ...(graphEstimate ? { cudagraph_estimate_bytes: graphEstimate, cudagraphs: graphs!.formula } : {}),
    },
    rule: `${rule}: gpu_model_runner.profile_run (_dummy_run, _dummy_sampler_run)${graphEstimate ? ', profile_cudagraph_memory (#30515)' : ''}; ${sched.source}`,
  };
  const overhead: Component = {
    bytes: Math.round(other.bytes),
    formula: other.parts.length > 0 ? other.parts.join(' + ') : 'no memory outside PyTorch charged in this era',
    inputs: { gpu_memory_utilization: utilization, cuda_total_bytes: total },
    rule: `${rule}: memory_profiling non_torch_increase; measured figures in catalog/constants/vllm.json`,
  };
  if (pp > 1) {
    notes.push(
      `Pipeline stages (distributed/utils.py get_pp_indices; embeddings on the first, final norm and lm_head on the last): ` +
        budgets.map((b) => `stage ${b.stage.stage + 1} layers ${b.stage.firstLayer}–${b.stage.lastLayer}, ${(b.weightsBytes / GiB).toFixed(2)} GiB weights, ${(b.available / GiB).toFixed(2)} GiB KV`).join('; ') +
        `. The engine keeps the smallest block count (stage ${stage.stage + 1}).`,
    );
  }
  return { engine: 'vllm', weights, kvCache, activations, overhead, ...totals, notes };
}
