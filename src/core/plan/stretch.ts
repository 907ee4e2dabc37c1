// How far a deployment stretches on its own GPU and settings: the longest max_model_len that fits
// at its concurrency, and the most full-length sequences at its max_model_len. Every figure comes
// from re-running the engine's own estimate with one setting changed.

import { estimate } from '../estimate.js';
import type { Estimate, EstimateInput, ServingConfig } from '../types.js';

export interface Stretch {
  /** Longest max_model_len whose KV cache fits at the deployment's concurrency; 0 when none does. */
  maxModelLen: number;
  /** Full-length sequences that fit at once: the engine's own figure where it sizes a pool (vLLM "Maximum concurrency"), else the largest whole number. */
  maxConcurrency: number;
}

/** Token granularity of the length search: vLLM's default block size (a length between two blocks holds as many blocks as the next one). */
const STEP = 16;

/** Engines that size their KV pool from what is left and log the concurrency it holds. */
const POOL_ENGINES = new Set(['vllm', 'sglang', 'tgi', 'transformers']);

/**
 * Whether the engine would hold the KV cache this setting asks for: the budget is not exceeded and
 * the engine raises no context or memory error. Other refusals (vLLM's sampler warm-up) do not depend
 * on the context, so, like vLLM's own estimate_max_model_len, they are left out.
 */
export function holds(result: Estimate): boolean {
  if (result.startupError && (result.startupErrorField === 'max_model_len' || result.startupErrorField === 'gpu')) return false;
  // SGLang and TGI start with a pool shorter than the context and cap requests at it: that length is not held.
  if (result.limitation) return false;
  return result.totalBytes <= result.availableBytes;
}

function withServing(input: EstimateInput, change: Partial<ServingConfig>): EstimateInput {
  return { ...input, serving: { ...input.serving, ...change } };
}

/** The deployment's estimate at another max_model_len. */
export type EstimateAtLength = (maxModelLen: number) => Estimate;

/**
 * The deployment's estimate at any max_model_len, each length estimated once: the stretch search,
 * the chart and the shorter-context fix ask about the same lengths (the model's context, the
 * stretch, the deployment's own).
 */
export function estimatesByLength(input: EstimateInput, current?: Estimate): EstimateAtLength {
  const done = new Map<number, Estimate>(current ? [[input.serving.maxModelLen, current]] : []);
  return (len) => {
    let result = done.get(len);
    if (!result) {
      result = estimate(withServing(input, { maxModelLen: len }), false);
      done.set(len, result);
    }
    return result;
  };
}

/** Largest n in [lo, hi] (step units) with ok(n), assuming ok is monotone; lo − 1 when none. */
export function largest(lo: number, hi: number, ok: (n: number) => boolean): number {
  let best = lo - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The longest max_model_len that fits at the deployment's concurrency, as vLLM's `--max-model-len auto`
 * finds it (vllm/v1/core/kv_cache_utils.py estimate_max_model_len: a binary search over the length whose
 * KV blocks fit the available KV memory), capped at the model's own context (max_position_embeddings, as
 * vLLM caps at the derived max_model_len). The same search over the engine's estimate serves SGLang, TGI
 * and llama.cpp. Searched in steps of 16 tokens.
 */
export function longestFittingLength(input: EstimateInput, ok: (r: Estimate) => boolean = holds, current?: Estimate, run: EstimateAtLength = estimatesByLength(input, current)): number {
  const cap = input.model.architecture.maxPositionEmbeddings ?? Math.max(input.serving.maxModelLen, 131072);
  const steps = Math.floor(cap / STEP);
  const top = run(cap);
  if (ok(top)) return cap;
  const at = (k: number) => ok(run(k * STEP));
  // Memory grows about linearly with the context: a first guess from two points, then a bracket
  // around it that doubles until it holds the answer, then bisection (a handful of estimates, not 13).
  const base = current && current.totalBytes < top.totalBytes && input.serving.maxModelLen < cap ? current : undefined;
  if (!base) return Math.max(0, largest(1, steps, at) * STEP);
  const slope = (top.totalBytes - base.totalBytes) / (cap - input.serving.maxModelLen);
  const guess = Math.min(steps - 1, Math.max(1, Math.floor((input.serving.maxModelLen + (base.availableBytes - base.totalBytes) / slope) / STEP)));
  let lo: number;
  let hi: number;
  if (at(guess)) {
    lo = guess;
    let width = 1;
    hi = Math.min(steps - 1, guess + width);
    while (hi < steps - 1 && at(hi)) {
      lo = hi;
      width *= 2;
      hi = Math.min(steps - 1, hi + width);
    }
    if (hi === steps - 1 && at(hi)) return hi * STEP;
  } else {
    hi = guess - 1;
    let width = 1;
    lo = Math.max(1, guess - width);
    while (lo > 1 && !at(lo)) {
      hi = lo - 1;
      width *= 2;
      lo = Math.max(1, lo - width);
    }
    if (lo === 1 && !at(1)) return 0;
  }
  // ok(lo) holds; the answer lies in [lo, hi].
  return largest(lo, hi, at) * STEP;
}

/**
 * Largest n in [lo, hi] with ok(n), ok monotone, searched outward from a guess: a bracket that doubles
 * until it holds the answer, then bisection. A good guess costs a handful of estimates, not 2 log n.
 */
export function largestNear(lo: number, hi: number, guess: number, ok: (n: number) => boolean): number {
  const g = Math.min(hi, Math.max(lo, Math.round(guess)));
  let width = 1;
  if (ok(g)) {
    let good = g;
    while (good < hi) {
      const next = Math.min(hi, good + width);
      if (!ok(next)) return largest(good + 1, next - 1, ok);
      good = next;
      width *= 2;
    }
    return hi;
  }
  let bad = g;
  while (bad > lo) {
    const next = Math.max(lo, bad - width);
    if (ok(next)) return largest(next + 1, bad - 1, ok);
    bad = next;
    width *= 2;
  }
  return lo - 1;
}

/**
 * The most concurrent sequences of `max_model_len` tokens, searched over the engine's estimate:
 * memory grows about linearly with the sequences, so a first guess from two points (one sequence
 * and the deployment's own count, or two), then outward from it.
 */
export function mostSequences(input: EstimateInput, ok: (r: Estimate) => boolean = holds, limit = 4096, current?: Estimate): number {
  const done = new Map<number, Estimate>(current ? [[input.serving.concurrency, current]] : []);
  const run = (c: number): Estimate => {
    let r = done.get(c);
    if (!r) {
      r = estimate(withServing(input, { concurrency: c, maxNumSeqs: input.serving.maxNumSeqs }), false);
      done.set(c, r);
    }
    return r;
  };
  const one = run(1);
  if (!ok(one)) return 0;
  const c2 = input.serving.concurrency > 1 && current ? input.serving.concurrency : 2;
  const other = run(c2);
  const slope = (other.totalBytes - one.totalBytes) / (c2 - 1);
  const guess = slope > 0 ? 1 + (one.availableBytes - one.totalBytes) / slope : limit;
  return largestNear(1, limit, Number.isFinite(guess) ? Math.floor(guess) : limit, (c) => ok(run(c)));
}

/**
 * Whether the weights alone exceed the card. No engine's weights depend on the context, the number
 * of sequences, the KV cache dtype or the memory fraction (test/core/plan/weights-exceed-gpu.test.ts),
 * so none of those changes can then fit, and the searches over them are skipped.
 */
export function weightsExceedGpu(input: EstimateInput, result: Estimate): boolean {
  return result.weights.bytes > input.gpu.memoryBytes;
}

export function stretch(input: EstimateInput, result: Estimate = estimate(input), atLength: EstimateAtLength = estimatesByLength(input, result)): Stretch {
  const hopeless = weightsExceedGpu(input, result);
  const maxConcurrency =
    POOL_ENGINES.has(result.engine) && result.maxConcurrency !== undefined
      ? Math.max(0, Math.floor(result.maxConcurrency * 100) / 100)
      : hopeless
        ? 0
        : mostSequences(input, holds, 4096, result);
  return { maxModelLen: hopeless ? 0 : longestFittingLength(input, holds, result, atLength), maxConcurrency };
}

export interface ContextPoint {
  maxModelLen: number;
  /** Memory needed on the busiest GPU at this context, the rest of the deployment unchanged. */
  totalBytes: number;
  /** The deployment's own max_model_len. */
  deployment: boolean;
}

/**
 * Memory needed against context length, for the chart: the engine's estimate at `points` lengths
 * from a quarter of the longest shown (the model's context, or the deployment's if longer), plus
 * the deployment's own length and the stretch. Sorted by length, each length once.
 */
export function memoryByContext(input: EstimateInput, stretchLen: number, points = 4, atLength: EstimateAtLength = estimatesByLength(input)): ContextPoint[] {
  const top = Math.max(input.serving.maxModelLen, input.model.architecture.maxPositionEmbeddings ?? 0, stretchLen);
  const lengths = new Set<number>([input.serving.maxModelLen]);
  if (stretchLen > 0) lengths.add(stretchLen);
  for (let k = 1; k <= points; k += 1) lengths.add(Math.max(STEP, Math.round((top * k) / points / STEP) * STEP));
  return [...lengths]
    .sort((a, b) => a - b)
    .map((len) => ({ maxModelLen: len, totalBytes: atLength(len).totalBytes, deployment: len === input.serving.maxModelLen }));
}
