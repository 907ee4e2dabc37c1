// The fix for an undersized or tight deployment: candidate changes, each written in the manifest's
// own field names, re-estimated with the engine's rules and kept when it fits with the required
// headroom. Least disruptive first: the same GPU, then more of it, then other GPUs.

import { estimate } from '../estimate.js';
import { couldHold, estimatesByGpu, type EstimateOn } from '../recommend.js';
import type { Estimate, EstimateInput, Gpu, ModelInfo, ServingConfig } from '../types.js';
import { judge, type Verdict } from '../verdict.js';
import { estimatesByLength, largest, largestNear, weightsExceedGpu, type EstimateAtLength } from './stretch.js';

/** A manifest change: field name (as the manifest writes it) to its new value. */
export type ManifestChange = Record<string, string | number | boolean>;

export interface Fix {
  change: ManifestChange;
  /** Memory the changed deployment needs on its busiest GPU. */
  totalBytes: number;
  verdict: Exclude<Verdict, 'error'>;
  /** Same GPU, more of the same GPU, or another GPU: the order fixes are ranked in. */
  group: 'same-gpu' | 'more-gpus' | 'other-gpu';
  /** GPUs one replica then spans. */
  gpuCount: number;
}

/** Another checkpoint of the same model (a quantized one from the catalog): the `model` it is written as. */
export interface ModelVariant {
  id: string;
  model: ModelInfo;
  quantization: string | null;
  bits?: number;
}

export interface FixOptions {
  minHeadroom: number;
  /** The engine's error band (relative), as the verdict used it. */
  uncertainty: number;
  /** GPUs to move to, with an hourly price per GPU where known (ranks the other-GPU fixes). */
  gpus: ReadonlyArray<{ gpu: Gpu; pricePerGpuHour?: number }>;
  variants?: readonly ModelVariant[];
  /** Most fixes returned. */
  limit?: number;
  /** The deployment's estimate on another GPU, shared with the GPU recommendation. */
  estimateOn?: EstimateOn;
  /** The deployment's estimate at another max_model_len, shared with the stretch and the chart. */
  estimateAtLength?: EstimateAtLength;
}

interface Candidate {
  change: ManifestChange;
  input: EstimateInput;
  group: Fix['group'];
  /** Ranks other-GPU candidates (price, else memory). */
  rank?: number;
}

const serve = (input: EstimateInput, change: Partial<ServingConfig>): EstimateInput => ({ ...input, serving: { ...input.serving, ...change } });

/** A context length a reviewer would write: whole thousands of tokens (1024) when above 4096, else a multiple of 256. */
function roundLength(len: number): number {
  const unit = len >= 4096 ? 1024 : 256;
  return Math.floor(len / unit) * unit;
}

/** Whether vLLM-style engines can shard this model's attention over `tp` GPUs (num_attention_heads % tp == 0). */
function headsDivide(input: EstimateInput, tp: number): boolean {
  const heads = input.model.architecture.numAttentionHeads;
  return heads !== undefined && heads % tp === 0;
}

const RANKED = new WeakMap<FixOptions['gpus'], ReadonlyArray<{ gpu: Gpu; rank: number }>>();

/** The GPUs to move to, cheapest first (unpriced ones after, smallest first), ranked once per list. */
function ranked(gpus: FixOptions['gpus']): ReadonlyArray<{ gpu: Gpu; rank: number }> {
  let order = RANKED.get(gpus);
  if (!order) {
    order = gpus
      .map(({ gpu, pricePerGpuHour }) => ({ gpu, rank: pricePerGpuHour ?? Number.MAX_SAFE_INTEGER / 2 + gpu.memoryBytes / 1e6 }))
      .sort((a, b) => a.rank - b.rank || a.gpu.memoryBytes - b.gpu.memoryBytes);
    RANKED.set(gpus, order);
  }
  return order;
}

/**
 * Bounded: two searches of ≤ 13 steps, a handful of single checks, the first fitting TP size and the
 * first three fitting other GPUs (at worst one estimate per catalog GPU, as recommendGpus does).
 */
export function findFixes(input: EstimateInput, current: Estimate, options: FixOptions): Fix[] {
  const s = input.serving;
  const fits = (r: Estimate) => judge(r, options.minHeadroom, options.uncertainty).verdict === 'fits';
  const candidates: Candidate[] = [];
  const same = (change: ManifestChange, serving: Partial<ServingConfig>, model?: ModelInfo) =>
    candidates.push({ change, input: { ...serve(input, serving), ...(model ? { model } : {}) }, group: 'same-gpu' });

  // Changes that keep the weights cannot fit where the weights alone exceed the card.
  const keepsWeights = !weightsExceedGpu(input, current);
  // A shorter max_model_len: the longest that fits with the headroom, rounded down to a length people write.
  if (keepsWeights && s.maxModelLen > 256) {
    const steps = Math.floor((s.maxModelLen - 1) / 256);
    const atLength = options.estimateAtLength ?? estimatesByLength(input, current);
    // A first guess where the line through the shortest and the current length meets the memory a fit may use.
    const shortest = atLength(256);
    const slope = (current.totalBytes - shortest.totalBytes) / (s.maxModelLen - 256);
    const usable = Math.min(current.availableBytes * (1 - options.minHeadroom), current.availableBytes / (1 + options.uncertainty));
    const guess = slope > 0 ? (s.maxModelLen + (usable - current.totalBytes) / slope) / 256 : steps;
    const n = largestNear(1, steps, Number.isFinite(guess) ? Math.floor(guess) : 1, (k) => fits(atLength(k * 256)));
    const len = roundLength(n * 256);
    if (len >= 256) same({ max_model_len: len }, { maxModelLen: len });
  }
  // An 8-bit KV cache.
  const fp8Kv = s.engine === 'vllm' || s.engine === 'sglang';
  const llamaKv = s.engine === 'llama.cpp' || s.engine === 'ollama';
  if (keepsWeights && fp8Kv && !/fp8/i.test(s.kvCacheDtype)) same({ kv_cache_dtype: 'fp8' }, { kvCacheDtype: 'fp8' });
  if (keepsWeights && llamaKv && !/q[48]_0/i.test(s.kvCacheDtype)) same({ kv_cache_dtype: 'q8_0' }, { kvCacheDtype: 'q8_0' });
  // A quantized checkpoint of the same model, or vLLM's/SGLang's own FP8 quantization of this one.
  for (const v of options.variants ?? []) same({ model: v.id }, { quantization: v.quantization, bits: v.bits }, v.model);
  if (fp8Kv && s.quantization === null && !input.model.quantizationConfig) same({ quantization: 'fp8' }, { quantization: 'fp8' });
  // Fewer full-length sequences.
  if (keepsWeights && s.concurrency > 1) {
    const n = largest(1, s.concurrency - 1, (c) => fits(estimate(serve(input, { concurrency: c }), false)));
    if (n >= 1) same({ concurrency: n }, { concurrency: n });
  }
  // vLLM: what does not fit is the CUDA graphs (the sampler warm-up after capture), or the budget is below what the card allows.
  if (keepsWeights && s.engine === 'vllm') {
    if (!s.enforceEager && current.startupErrorField === 'max_num_seqs') same({ enforce_eager: true }, { enforceEager: true });
    // No bfloat16 on this GPU: what the refusal itself says to do.
    if (current.startupErrorField === 'dtype') same({ dtype: 'float16' }, { dtype: 'float16' });
    for (const u of [0.92, 0.95]) {
      if ((s.gpuMemoryUtilization ?? 0.9) < u) same({ gpu_memory_utilization: u }, { gpuMemoryUtilization: u });
    }
  }
  // More of the same GPU: tensor parallel where the attention heads divide.
  if (s.engine !== 'llama.cpp' && s.engine !== 'ollama') {
    for (const tp of [2, 4, 8]) {
      if (tp > s.tensorParallelSize && headsDivide(input, tp)) {
        candidates.push({ change: { tensor_parallel_size: tp }, input: serve(input, { tensorParallelSize: tp }), group: 'more-gpus', rank: tp });
      }
    }
  }
  // Other GPUs with more memory, the same deployment otherwise, cheapest (else smallest) first.
  for (const { gpu, rank } of ranked(options.gpus)) {
    // A card smaller than the weights and KV cache alone cannot take them: not worth an estimate.
    if (gpu.name === input.gpu.name || gpu.memoryBytes <= input.gpu.memoryBytes || !couldHold(gpu, current)) continue;
    candidates.push({ change: { gpu: gpu.name }, input: { ...input, gpu }, group: 'other-gpu', rank });
  }

  const on = options.estimateOn ?? estimatesByGpu(input, current);
  const kept: Array<Fix & { rank: number }> = [];
  let more = 0;
  let other = 0;
  for (const c of candidates) {
    // Only the first fitting TP size and the three cheapest other GPUs are worth showing; stop estimating after them.
    if ((c.group === 'more-gpus' && more >= 1) || (c.group === 'other-gpu' && other >= 3)) continue;
    const result = c.group === 'other-gpu' ? on(c.input.gpu) : estimate(c.input, false);
    const { verdict } = judge(result, options.minHeadroom, options.uncertainty);
    if (verdict !== 'fits') continue;
    if (c.group === 'more-gpus') more += 1;
    if (c.group === 'other-gpu') other += 1;
    const count = c.input.serving.tensorParallelSize * c.input.serving.pipelineParallelSize;
    kept.push({ change: c.change, totalBytes: result.totalBytes, verdict, group: c.group, gpuCount: count, rank: c.group === 'same-gpu' ? result.totalBytes : (c.rank ?? 0) });
  }
  const order = { 'same-gpu': 0, 'more-gpus': 1, 'other-gpu': 2 } as const;
  kept.sort((a, b) => order[a.group] - order[b.group] || a.rank - b.rank);
  return kept
    .slice(0, options.limit ?? 8)
    .map(({ rank: _rank, ...fix }) => fix);
}
