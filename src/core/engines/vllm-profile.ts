// What vLLM's profiling run charges to the budget besides the weights: the PyTorch peak of one
// dummy batch and the sampler warm-up, and memory allocated outside PyTorch (non-torch), per
// release era. Code facts cite vllm-project/vllm; measured figures cite the public logs they come
// from (none of them is a gpu-fit test case).

import type { Architecture } from '../architecture.js';
import { atLeast } from '../engine-version.js';
import { kvHeadsPerRank } from '../sharding.js';
import type { Gpu } from '../types.js';
import { GiB, MiB } from '../units.js';
import { CUDA_CONTEXT_BYTES } from '../runtime-memory.js';
import type { VllmEra } from './vllm.js';

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
function samplerBytesPerLogit(era: VllmEra, version: number[] | undefined, rows: number): { bytes: number; path: string } {
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

/** Streaming multiprocessors of an H100, the cap of the Triton sampler's buffer rows (min(#SM, rows)). */
const TRITON_SAMPLER_ROWS = 132;

/** cuBLAS workspace, allocated by PyTorch's caching allocator on the first GEMM (CublasHandlePool.cpp). */
function cublasWorkspace(gpu: Gpu): number {
  return Number(gpu.computeCapability ?? '0') >= 9 && Number(gpu.computeCapability) < 10 ? 32 * MiB : 8.125 * MiB;
}

/** Fused-MoE chunk size (VLLM_FUSED_MOE_CHUNK_SIZE default) by version. */
function moeChunk(version: number[] | undefined, era: VllmEra): number {
  if (!atLeast(version, '0.6.0')) return 65536;
  if (!atLeast(version, '0.12.0')) return 32768;
  if (era === 'H') return Infinity;
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
    const n = (2 * m.moeIntermediateSize) / tp;
    const k = h;
    const routed = Math.min(tokens, moeChunk(version, era)) * m.numExpertsPerTok;
    const caches = atLeast(version, '0.8.0') ? routed * (Math.max(n, k) + n / 2) : routed * (n + n / 2 + k);
    const shared = (3 * (m.numSharedExperts * m.moeIntermediateSize + m.sharedExpertIntermediateSize)) / tp;
    moeBytes = tokens * (3 * h + shared + allReduce) * dtypeBytes + caches * dtypeBytes;
    // bf16 MoE runs through the modular kernel's persistent workspace from #31827 (2026-01).
    if (atLeast(version, '0.15.0')) persistent = routed * (Math.max(n / 2, k) + Math.max(n, k)) * dtypeBytes;
  }
  return { bytes: Math.max(tokens * perToken * dtypeBytes, moeBytes), persistent };
}

export function profilePeak(
  arch: Architecture,
  gpu: Gpu,
  era: VllmEra,
  version: number[] | undefined,
  tp: number,
  dtypeBytes: number,
  maxNumBatchedTokens: number,
  maxNumSeqs: number,
): ProfilePeak {
  const tokens = maxNumBatchedTokens;
  const rows = Math.min(maxNumSeqs, tokens);
  const forward = forwardBytes(arch, tokens, tp, dtypeBytes, era, version);
  const vocab = arch.vocabSize ?? 0;
  const paddedVocab = Math.ceil(vocab / 64) * 64;
  const { bytes: perLogit, path } = samplerBytesPerLogit(era, version, rows);
  // Logits in the model dtype, then the sampler's float32 work; the forward's [T, hidden] output is
  // still referenced (V0 always; V1 from 0.9.2, #16188).
  const hiddenAlive = !isV1(era) || atLeast(version, '0.9.2') ? tokens * arch.hiddenSize * dtypeBytes : 0;
  const sampler = rows * (dtypeBytes * paddedVocab + perLogit * vocab) + hiddenAlive;
  const triton = isV1(era) && atLeast(version, '0.17.0') ? 4 * vocab * Math.min(TRITON_SAMPLER_ROWS, rows) : 0;
  const persistent = cublasWorkspace(gpu) + forward.persistent + triton;
  return {
    bytes: Math.round(Math.max(forward.bytes, sampler) + persistent),
    forwardBytes: Math.round(forward.bytes),
    samplerBytes: Math.round(sampler),
    persistentBytes: Math.round(persistent),
    samplerPath: path,
    postCaptureSamplerBytes: Math.round(rows * (dtypeBytes * paddedVocab + perLogit * vocab)),
    samplerRows: rows,
  };
}

export interface NonTorch {
  bytes: number;
  parts: string[];
}

/**
 * NCCL's communicator and channel buffers per rank where vLLM charges them, measured on H100
 * (llm-d-incubation/llm-d-planner accuracy/accuracy_report.md, v0.19, TP 2 and 4: ≈ 1.8 GiB above TP 1)
 * and on a PCIe L40S (vllm-project/vllm#15815, TP 2: ≈ 0.3 GiB).
 */
function ncclBytes(gpu: Gpu): number {
  return Number(gpu.computeCapability ?? '0') >= 9 ? 1.8 * GiB : 0.3 * GiB;
}

/**
 * NVLink SHARP buffers NCCL creates on NVSwitch boards (Hopper and later) for more than two GPUs:
 * nvlsPerRankSize 288 MiB per rank per communicator, and vLLM keeps two communicators (torch's
 * and pynccl's) per group: vllm-project/vllm#9699 (8 × H200: ≈ 5 GiB per GPU less KV cache).
 */
function nvlsBytes(gpu: Gpu, ranks: number): number {
  if (ranks <= 2 || gpu.interconnect !== 'NVSwitch' || Number(gpu.computeCapability ?? '0') < 9) return 0;
  return 2 * ranks * 288 * MiB;
}

/**
 * Memory outside PyTorch charged to the budget (memory_profiling non_torch_increase; eras B and E
 * charge everything on the device, the CUDA context included). TP 1 figures: lazily loaded kernels,
 * 0.1 GiB (V0: vllm#13882, #12126; V1 ≤ 0.17 on H100: llm-d-benchmark) and 0.25 GiB from v0.18
 * (llm-d-planner). Era A ≤ 0.2.4 measured the allocated peak only; 0.2.5–0.3.0 (#2031) the whole device.
 */
export function nonTorch(era: VllmEra, version: number[] | undefined, gpu: Gpu, ranks: number): NonTorch {
  const parts: string[] = [];
  let bytes = 0;
  const add = (b: number, what: string) => {
    if (b > 0) {
      bytes += b;
      parts.push(`${what} ${(b / GiB).toFixed(2)} GiB`);
    }
  };
  const deviceWide = era === 'B' || era === 'E' || (era === 'A' && atLeast(version, '0.2.5') && !atLeast(version, '0.3.1'));
  if (deviceWide) add(CUDA_CONTEXT_BYTES, 'CUDA context (charged in this era)');
  if (era !== 'A') add(atLeast(version, '0.18.0') && isV1(era) ? 0.25 * GiB : 0.1 * GiB, 'lazily loaded kernels');
  if (ranks > 1) {
    // NCCL is created after the memory snapshot up to 0.10 (eras A-F); from 0.11 (#25359) before it.
    const charged = era !== 'G' && era !== 'H';
    if (charged) {
      add(ncclBytes(gpu), 'NCCL buffers');
      add(nvlsBytes(gpu, ranks), 'NCCL NVLink SHARP buffers');
    } else if (Number(gpu.computeCapability ?? '0') >= 9) {
      // Still seen on H100 from v0.11: +0.4 GiB (≈ v0.11), +1.8 GiB (v0.19) above TP 1 (llm-d-planner).
      add(atLeast(version, '0.19.0') ? 1.8 * GiB : 0.4 * GiB, 'NCCL buffers allocated at the first all-reduce');
    }
  }
  return { bytes, parts };
}

/**
 * CUDA graph pool captured after the KV cache is allocated, outside the budget until v0.21:
 * 0.51–1.85 GiB, mean 1.04 GiB, over 58 vLLM v0.19 runs on H100 (llm-d-incubation/llm-d-planner
 * accuracy/accuracy_report.md, "CUDA graph pool memory").
 */
export const CUDA_GRAPH_POOL_BYTES = 1 * GiB;
