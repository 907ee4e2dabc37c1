// What vLLM's profiling run charges to the budget besides the weights: the PyTorch peak of one
// dummy batch and the sampler warm-up, and memory allocated outside PyTorch (non-torch), per
// release era. Code facts cite vllm-project/vllm; measured figures cite the public logs they come
// from (none of them is a gpu-fit test case).

import type { Architecture } from '../architecture.js';
import { constantValue, engineConstants, gpuMatches, inRange } from '../constants.js';
import { atLeast, versionKey } from '../engine-version.js';
import { kvHeadsPerRank } from '../sharding.js';
import type { Gpu } from '../types.js';
import { GiB, MiB } from '../units.js';
import { CUDA_CONTEXT_BYTES } from '../runtime-memory.js';
import type { VllmEra } from './vllm.js';
import { Answers } from '../answers.js';

export interface ProfilePeak {
  bytes: number;
  forwardBytes: number;
  samplerBytes: number;
  /** Persistent buffers that stay allocated through the sampler (cuBLAS, MoE, Triton sampler). */
  persistentBytes: number;
  samplerPath: string;
  /** The sampler warm-up vLLM repeats after capturing CUDA graphs, outside the budget (v0.10+). */
  postCaptureSamplerBytes: number;
  samplerRows: number;
}

const isV1 = (era: VllmEra) => era >= 'E';

/**
 * Bytes per logit of the sampler warm-up beyond the logits themselves, and the path it takes.
 * V0 `Sampler._apply_top_k_top_p` and V1 `TopKTopPSampler` with the profile's dummy top-k = vocab − 1.
 * The torch.sort path peaks inside the sort: values fp32 + indices int64 + reverse indices int64
 * + cub's alternate buffers (36 B); FlashInfer and the Triton kernel need 12 B.
 */
function samplerBytesPerLogit(era: VllmEra, version: number[] | undefined, rows: number, mrv2: boolean): { bytes: number; path: string } {
  // Model Runner V2 (v1/worker/gpu/sample/sampler.py Sampler.sample): one FP32 copy of the logits,
  // penalties and temperature in place, Gumbel sampling; the profile's dummy batch skips top-k/top-p.
  if (mrv2) return { bytes: 4, path: 'Model Runner V2: FP32 copy of the logits, in-place Gumbel sampling' };
  const sortBytes = rows >= 128 ? 36 : 48;
  if (!isV1(era)) {
    if (!atLeast(version, '0.2.6')) return { bytes: 64, path: 'V0 sort with a second argsort (≤ 0.2.5)' };
    if (!atLeast(version, '0.5.5')) return { bytes: 28, path: 'V0 sort in the model dtype (0.2.6–0.5.4)' };
    if (!atLeast(version, '0.6.2')) return { bytes: 38, path: 'V0 float32 sort with gather (0.5.5–0.6.1)' };
    return { bytes: sortBytes, path: 'V0 float32 sort (sampler.py _apply_top_k_top_p)' };
  }
  // v0.8–v0.11.0 use FlashInfer where it is installed: the vllm/vllm-openai image ships it, pip does not.
  if (!atLeast(version, '0.11.1')) return { bytes: 12, path: 'FlashInfer top-k/top-p (the vllm-openai image; pip installs without flashinfer sort, 36 B)' };
  if (!atLeast(version, '0.17.0')) return { bytes: sortBytes, path: 'PyTorch sort (FlashInfer sampler opt-in, #26859)' };
  return { bytes: 12, path: 'Triton top-k/top-p (#33538) / FlashInfer (#40376)' };
}

/** cuBLAS workspace, allocated by PyTorch's caching allocator on the first GEMM (CublasHandlePool.cpp). */
function cublasWorkspace(gpu: Gpu): number {
  return Number(gpu.computeCapability ?? '0') >= 9 && Number(gpu.computeCapability) < 10 ? 32 * MiB : 8.125 * MiB;
}

/** Fused-MoE chunk size (VLLM_FUSED_MOE_CHUNK_SIZE default) by version. */
function moeChunk(version: number[] | undefined, era: VllmEra): number {
  if (!atLeast(version, '0.6.0')) return 65536;
  if (!atLeast(version, '0.12.0')) return 32768;
  if (era >= 'H') return Infinity;
  return 16384;
}

/**
 * PyTorch peak of the profile forward over T tokens on one rank (models/llama.py, qwen2.py;
 * fused_moe.py fused_experts_impl). Attention: residual + input + qkv + attention output + o_proj
 * output. Dense MLP: c × hidden + gate_up + activation (c = 2 for V0 Llama from 0.6.4, #10339; 3
 * otherwise). MoE: the fused-MoE intermediate caches for the routed tokens.
 */
function forwardBytes(arch: Architecture, tokens: number, tp: number, dtypeBytes: number, era: VllmEra, version: number[] | undefined): { bytes: number; persistent: number } {
  const h = arch.hiddenSize;
  const heads = arch.numAttentionHeads ?? 1;
  const hd = arch.mla ? arch.mla.qkNopeHeadDim + arch.mla.qkRopeHeadDim : (arch.headDim ?? h / heads);
  const q = (heads / tp) * hd;
  const kv = kvHeadsPerRank(arch, tp) * hd;
  const allReduce = tp > 1 ? h : 0; // out-of-place all-reduce output
  const attention = 3 * h + 2 * q + 2 * kv + allReduce;
  const llamaV0 = !isV1(era) && atLeast(version, '0.6.4') && ['llama', 'mistral'].includes(arch.modelType);
  const c = llamaV0 ? 2 : 3;
  const dense = c * h + (3 * (arch.intermediateSize ?? 4 * h)) / tp + allReduce;
  const perToken = Math.max(attention, arch.moe && arch.moe.sparseLayers.every(Boolean) ? 0 : dense);
  let persistent = 0;
  let moeBytes = 0;
  if (arch.moe) {
    const m = arch.moe;
    // N = w13's width: gate and up (2 × I / tp), or up alone for a non-gated expert (Nemotron-H relu²);
    // the activation writes N / 2 or N (TritonExperts.workspace_shapes, adjust_N_for_activation in
    // https://github.com/vllm-project/vllm/blob/13cb3e44373beb1c8b9d2c017f565af6f7a1b601/vllm/model_executor/layers/fused_moe/fused_moe.py).
    // K = the experts' hidden width: moe_latent_size for a latent MoE (nemotron_h.py NemotronHMoE).
    const gated = arch.traits.mlp !== 'plain';
    const n = ((gated ? 2 : 1) * m.moeIntermediateSize) / tp;
    const act = gated ? n / 2 : n;
    const k = m.latentSize ?? h;
    const routed = Math.min(tokens, moeChunk(version, era)) * m.numExpertsPerTok;
    const caches = atLeast(version, '0.8.0') ? routed * (Math.max(n, k) + act) : routed * (n + act + k);
    const shared = ((gated ? 3 : 2) * (m.numSharedExperts * m.moeIntermediateSize + m.sharedExpertIntermediateSize)) / tp;
    moeBytes = tokens * (3 * h + shared + allReduce) * dtypeBytes + caches * dtypeBytes;
    // bf16 MoE runs through the modular kernel's persistent workspace from #31827 (2026-01).
    if (atLeast(version, '0.15.0')) persistent = routed * (Math.max(act, k) + Math.max(n, k)) * dtypeBytes;
  }
  return { bytes: Math.max(tokens * perToken * dtypeBytes, moeBytes), persistent };
}

export interface ProfileOptions {
  arch: Architecture;
  gpu: Gpu;
  era: VllmEra;
  version: number[] | undefined;
  tp: number;
  dtypeBytes: number;
  maxNumBatchedTokens: number;
  maxNumSeqs: number;
  /** Model Runner V2 (v1/worker/gpu/model_runner.py) runs this model. */
  mrv2: boolean;
  /** Pipeline stage: only the last samples, every stage but the first holds the intermediate tensors. */
  firstStage: boolean;
  lastStage: boolean;
}

const PEAKS = new Answers<ProfilePeak>();

/** The profiling run's peak (one answer per architecture, GPU and scheduler settings). */
export function profilePeak(o: ProfileOptions): ProfilePeak {
  const key = `${o.era}|${versionKey(o.version)}|${o.tp}|${o.dtypeBytes}|${o.maxNumBatchedTokens}|${o.maxNumSeqs}|${o.mrv2}|${o.firstStage}|${o.lastStage}`;
  return PEAKS.get(o.arch, o.gpu, key, () => computeProfilePeak(o));
}

function computeProfilePeak(o: ProfileOptions): ProfilePeak {
  const { arch, gpu, era, version, tp, dtypeBytes } = o;
  const tokens = o.maxNumBatchedTokens;
  // worker/gpu_worker.py compile_or_warm_up_model: min(max_num_seqs, max_num_batched_tokens) dummy requests.
  let rows = Math.min(o.maxNumSeqs, tokens);
  // v0.29 batch-sharded sampling: each tensor-parallel rank samples its share of the requests
  // (release notes v0.29.0, "per-step logits memory 1/TP").
  if (o.mrv2 && atLeast(version, '0.29.0')) rows = Math.ceil(rows / tp);
  const forward = forwardBytes(arch, tokens, tp, dtypeBytes, era, version);
  const vocab = arch.vocabSize ?? 0;
  const paddedVocab = Math.ceil(vocab / 64) * 64;
  const { bytes: perLogit, path } = samplerBytesPerLogit(era, version, rows, o.mrv2);
  // Logits in the model dtype, then the sampler's float32 work; the forward's [T, hidden] output is
  // still referenced (V0 always; V1 from 0.9.2, #16188).
  const hiddenAlive = !isV1(era) || atLeast(version, '0.9.2') ? tokens * arch.hiddenSize * dtypeBytes : 0;
  const sampler = o.lastStage ? rows * (dtypeBytes * paddedVocab + perLogit * vocab) + hiddenAlive : 0;
  // The Triton top-k/top-p kernel keeps a float32 buffer of min(#SM, rows) vocabulary rows
  // (v1/sample/ops/topk_topp_triton.py, #33538): the GPU's own SM count, else every row.
  const tritonRows = Math.min(gpu.smCount ?? rows, rows);
  const triton = o.lastStage && !o.mrv2 && isV1(era) && atLeast(version, '0.17.0') ? 4 * vocab * tritonRows : 0;
  // Non-first pipeline stages keep a persistent [max_num_batched_tokens, hidden] buffer for the
  // hidden states and the residual they receive (gpu_model_runner / gpu/model_runner.py intermediate_tensors).
  const intermediate = o.firstStage ? 0 : 2 * tokens * arch.hiddenSize * dtypeBytes;
  const persistent = cublasWorkspace(gpu) + forward.persistent + triton + intermediate;
  return {
    bytes: Math.round(Math.max(forward.bytes, sampler) + persistent),
    forwardBytes: Math.round(forward.bytes),
    samplerBytes: Math.round(sampler),
    persistentBytes: Math.round(persistent),
    samplerPath: o.lastStage ? path : 'no sampler on this pipeline stage',
    postCaptureSamplerBytes: o.lastStage ? Math.round(rows * (dtypeBytes * paddedVocab + perLogit * vocab)) : 0,
    samplerRows: rows,
  };
}

export interface NonTorch {
  bytes: number;
  parts: string[];
}

/**
 * Memory outside PyTorch charged to the budget (memory_profiling non_torch_increase; eras B and E
 * charge everything on the device, the CUDA context included). Measured figures (lazily loaded
 * kernels, NCCL and NVLink SHARP buffers) come from catalog/constants/vllm.json. Era A ≤ 0.2.4
 * measured the allocated peak only; 0.2.5–0.3.0 (#2031) the whole device.
 */
const NON_TORCH = new Answers<NonTorch>();

export function nonTorch(era: VllmEra, version: number[] | undefined, gpu: Gpu, ranks: number): NonTorch {
  return NON_TORCH.get(gpu, null, `${era}|${versionKey(version)}|${ranks}`, () => computeNonTorch(era, version, gpu, ranks));
}

function computeNonTorch(era: VllmEra, version: number[] | undefined, gpu: Gpu, ranks: number): NonTorch {
  const parts: string[] = [];
  let bytes = 0;
  const add = (b: number, what: string) => {
    if (b > 0) {
      bytes += b;
      parts.push(`${what} ${(b / GiB).toFixed(2)} GiB`);
    }
  };
  const ctx = { version, gpu };
  const deviceWide = era === 'B' || era === 'E' || (era === 'A' && atLeast(version, '0.2.5') && !atLeast(version, '0.3.1'));
  if (deviceWide) add(CUDA_CONTEXT_BYTES, 'CUDA context (charged in this era)');
  if (era !== 'A') add(constantValue('vllm', 'lazy_loaded_kernels', ctx), 'lazily loaded kernels');
  if (ranks > 1) {
    // NCCL is created after the memory snapshot up to 0.10 (eras A-F); from 0.11 (#25359) before
    // it, and only the buffers of the first all-reduce in the profiling run still count.
    if (!atLeast(version, '0.11.0')) {
      add(constantValue('vllm', 'nccl_buffers', ctx), 'NCCL buffers');
      // Two communicators (torch's and pynccl's) per group, each with NVLS buffers per rank, above two GPUs.
      if (ranks > 2 && constantHolds('nvls_buffers_per_rank', ctx)) add(2 * ranks * constantValue('vllm', 'nvls_buffers_per_rank', ctx), 'NCCL NVLink SHARP buffers');
    } else {
      add(constantValue('vllm', 'nccl_first_allreduce', ctx), 'NCCL buffers allocated at the first all-reduce');
    }
  }
  return { bytes, parts };
}

/** Whether a measured constant exists for this release and GPU (NVLS buffers: NVSwitch boards only). */
function constantHolds(name: string, ctx: { version?: number[]; gpu: Gpu }): boolean {
  return engineConstants('vllm').some((c) => c.name === name && inRange(c.releases, ctx.version) && gpuMatches(c.gpu, ctx.gpu));
}

/**
 * The batch sizes vLLM captures CUDA graphs for (config/compilation.py CompilationConfig,
 * cudagraph_capture_sizes defaults). From v0.11 (FULL_AND_PIECEWISE by default): PIECEWISE graphs
 * for [1, 2, 4] + range(8, 256, 8) + range(256, M + 1, 16) with M = min(2 × max_num_seqs, 512),
 * and FULL decode graphs for the sizes up to min(max_num_seqs, M / 2), as vLLM logs them
 * ("Profiling CUDA graph memory: PIECEWISE=51 (largest=512), FULL=35 (largest=256)" at 1024
 * sequences; 35 (256) and 19 (128) at 128). V1 before 0.11: PIECEWISE only, [1, 2, 4] + multiples
 * of 8 up to 512 that are at most max_num_seqs; V0: the same up to 256 (worker/model_runner.py
 * _BATCH_SIZES_TO_CAPTURE).
 */
const GRAPH_SIZES = new Map<string, { piecewise: number[]; full: number[] }>();

export function cudaGraphSizes(era: VllmEra, version: number[] | undefined, maxNumSeqs: number): { piecewise: number[]; full: number[] } {
  // Every vLLM estimate asks; a run has a handful of (release, max_num_seqs) pairs.
  const key = `${era}|${versionKey(version)}|${maxNumSeqs}`;
  let sizes = GRAPH_SIZES.get(key);
  if (!sizes) {
    sizes = graphSizes(era, version, maxNumSeqs);
    if (GRAPH_SIZES.size < 10_000) GRAPH_SIZES.set(key, sizes);
  }
  return sizes;
}

function graphSizes(era: VllmEra, version: number[] | undefined, maxNumSeqs: number): { piecewise: number[]; full: number[] } {
  const steps = (limit: number) => [1, 2, 4, ...Array.from({ length: Math.floor(limit / 8) }, (_, i) => 8 * (i + 1))];
  if (!isV1(era)) return { piecewise: steps(256).filter((s) => s <= Math.max(1, Math.min(maxNumSeqs, 256))), full: [] };
  if (!atLeast(version, '0.11.0')) return { piecewise: steps(512).filter((s) => s <= Math.max(1, Math.min(maxNumSeqs, 512))), full: [] };
  const m = Math.min(2 * maxNumSeqs, 512);
  const sizes = [1, 2, 4, ...Array.from({ length: 31 }, (_, i) => 8 * (i + 1))];
  for (let s = 256; s <= m; s += 16) sizes.push(s);
  const piecewise = sizes.filter((s) => s <= m);
  const full = piecewise.filter((s) => s <= Math.min(maxNumSeqs, m / 2));
  return { piecewise, full };
}

export interface CudaGraphMemory {
  /** The pool the captured graphs keep, as vLLM's estimate sizes it (subtracted from the budget from 0.21 on Model Runner V1). */
  bytes: number;
  graphs: number;
  largest: number;
  formula: string;
}

/**
 * CUDA graph memory, the way vLLM ≥ 0.21 estimates it before sizing the KV cache (#30515, on by
 * default from v0.21.0; v1/worker/gpu_model_runner.py profile_cudagraph_memory): per mode it
 * captures the two largest sizes; the first capture (the largest batch's intermediate tensors,
 * fused-MoE caches and workspace included, kept in the graph pool) is shared between modes, the
 * second is charged once per further graph: max(first capture) + Σ per-graph × (graphs of the mode − 1).
 * The per-graph bytes are measured (catalog/constants/vllm.json). The same sum sizes the pool
 * captured outside the budget where no estimate is made (before 0.21, Model Runner V2).
 */
const GRAPHS = new Answers<CudaGraphMemory>();

export function cudaGraphMemory(arch: Architecture, gpu: Gpu, era: VllmEra, version: number[] | undefined, tp: number, dtypeBytes: number, maxNumSeqs: number): CudaGraphMemory {
  const key = `${era}|${versionKey(version)}|${tp}|${dtypeBytes}|${maxNumSeqs}`;
  return GRAPHS.get(arch, gpu, key, () => computeCudaGraphMemory(arch, gpu, era, version, tp, dtypeBytes, maxNumSeqs));
}

function computeCudaGraphMemory(arch: Architecture, gpu: Gpu, era: VllmEra, version: number[] | undefined, tp: number, dtypeBytes: number, maxNumSeqs: number): CudaGraphMemory {
  const { piecewise, full } = cudaGraphSizes(era, version, maxNumSeqs);
  const perGraph = constantValue('vllm', 'cudagraph_bytes_per_graph', { version, gpu });
  const graphs = piecewise.length + full.length;
  const largest = Math.max(...piecewise, 0);
  const firstCapture = perGraph + forwardBytes(arch, largest, tp, dtypeBytes, era, version).bytes;
  const charged = [piecewise, full].filter((sizes) => sizes.length > 0).reduce((sum, sizes) => sum + perGraph * (sizes.length - 1), 0);
  return {
    bytes: Math.round(firstCapture + charged),
    graphs,
    largest,
    formula: `${piecewise.length} PIECEWISE${full.length ? ` + ${full.length} FULL` : ''} graphs (largest ${largest} tokens): first capture + ${(perGraph / MiB).toFixed(1)} MiB a further graph`,
  };
}
