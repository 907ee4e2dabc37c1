// How fast a deployment runs, as ranges: a bound from the hardware (bytes per decode step over the
// GPU's memory bandwidth; prompt FLOPs over its dense tensor peak) and an expected value with the
// measured efficiency factors of catalog/plan-assumptions.json (imported as figures, without their
// sources, from src/catalog/figures). Estimates, labelled as such.

import data from '../../catalog/figures/plan-assumptions.json' with { type: 'json' };
import type { Estimate, EstimateInput } from '../types.js';

export const PLAN_ASSUMPTIONS = data;
const DECODE_EFFICIENCY = data.decode_bandwidth_efficiency.value;
const PREFILL_EFFICIENCY = data.prefill_flops_efficiency.value;

export interface Range {
  bound: number;
  expected: number;
}

export interface Speed {
  decodeTokensPerSecond: { perSequence: Range; aggregate: Range };
  /** Null where the GPU's dense peak is not in the catalog. */
  timeToFirstTokenSeconds: Range | null;
  assumptions: {
    /** Context each sequence holds while decoding: half of max_model_len, the mean over a sequence that grows to it. */
    contextTokens: number;
    concurrency: number;
    /** Tokens of the prompt the time to first token is for: a full-length prompt. */
    promptTokens: number;
    memoryBandwidthBytesPerSecond: number;
    /** Weight bytes one GPU reads per decode step: one sequence, and all of them at once (MoE: the experts they route to). */
    weightBytesReadPerSequence: number;
    weightBytesReadAggregate: number;
    kvBytesReadPerSequence: number;
    computeDtype: string | null;
    denseTflops: number | null;
    decodeEfficiency: number;
    prefillEfficiency: number;
    interconnect: string | null;
    note: string;
  };
}

/** The dtype the tensor cores run the prompt in: FP8 for FP8 checkpoints on cards that have it, else 16-bit. */
function computeDtype(input: EstimateInput, weightsQuantization: string): 'bf16' | 'fp8' | 'fp4' {
  const peaks = input.gpu.denseTflops ?? {};
  if (/nvfp4|mxfp4/i.test(weightsQuantization) && peaks.fp4) return 'fp4';
  if (/fp8/i.test(weightsQuantization) && peaks.fp8) return 'fp8';
  return 'bf16';
}

/** Experts a batch of `b` sequences routes to, as a fraction of all experts, each token picking k of E uniformly. */
function expertsTouched(k: number, e: number, b: number): number {
  return 1 - Math.pow(1 - k / e, b);
}

/** Time of the two all-reduces per layer of tensor parallelism, moving `bytes` each (ring: 2(tp − 1)/tp of them). */
function allReduceSeconds(input: EstimateInput, bytes: number, layers: number): number {
  const tp = input.serving.tensorParallelSize;
  if (tp <= 1) return 0;
  const link = input.gpu.interconnect === 'NVSwitch' ? data.interconnect_bytes_per_second.NVSwitch.value : data.interconnect_bytes_per_second.PCIe.value;
  const one = data.allreduce_latency_seconds.value + ((2 * (tp - 1)) / tp) * (bytes / link);
  return 2 * layers * one;
}

/** Null when the GPU's memory bandwidth is unknown (a custom card). */
export function speed(input: EstimateInput, result: Estimate): Speed | null {
  const bandwidth = input.gpu.memoryBandwidthBytesPerSecond;
  if (!bandwidth) return null;
  const { serving, model } = input;
  const arch = model.architecture;
  const L = serving.maxModelLen;
  const B = Math.max(1, serving.concurrency);
  const pp = serving.pipelineParallelSize;
  const context = Math.max(1, Math.floor(L / 2));
  const hiddenBytes = arch.hiddenSize * 2;

  // Weights one GPU reads per step. MoE: the shared part always, each expert only when a token routes to it.
  const weights = result.weights.bytes;
  const total = result.parameters.total;
  const active = result.parameters.active;
  const moe = arch.moe;
  let perSeqWeights = weights;
  let aggWeights = weights;
  if (moe && total > active && moe.numExperts > 0) {
    const share = moe.numExpertsPerTok / moe.numExperts;
    const expertParams = (total - active) / (1 - share);
    const expertFraction = Math.min(1, expertParams / total);
    const shared = weights * (1 - expertFraction);
    const experts = weights * expertFraction;
    perSeqWeights = shared + experts * share;
    aggWeights = shared + experts * expertsTouched(moe.numExpertsPerTok, moe.numExperts, B);
  }
  // KV cache one sequence reads per step on one GPU, at the mean context (the estimate holds `concurrency` sequences of L tokens).
  const kvPerSeqFull = result.kvCache.bytes / Math.max(1, serving.concurrency);
  const kvPerSeq = kvPerSeqFull * (context / L);

  // Decode: each stage reads its weights and KV once per step; a lone sequence passes the stages one after another.
  const layersPerStage = Math.ceil(arch.numHiddenLayers / pp);
  const stepOne = (perSeqWeights + kvPerSeq) / bandwidth + allReduceSeconds(input, hiddenBytes, layersPerStage);
  const stepAll = (aggWeights + B * kvPerSeq) / bandwidth + allReduceSeconds(input, B * hiddenBytes, layersPerStage);
  const perSeqBound = 1 / (stepOne * pp);
  // With at least `pp` sequences in flight the stages overlap: a step of the whole batch per stage time.
  const aggBound = B / (stepAll * (B >= pp ? 1 : pp));

  // Prefill of a full-length prompt: 2 × active parameters per token, plus causal attention (2 × layers × L² × heads × head_dim).
  const quant = String(result.weights.inputs.quantization ?? 'none');
  const dtype = computeDtype(input, quant);
  const peak = input.gpu.denseTflops?.[dtype] ?? null;
  let ttft: Range | null = null;
  if (peak) {
    const heads = arch.numAttentionHeads ?? 0;
    const headDim = arch.headDim ?? (heads > 0 ? arch.hiddenSize / heads : 0);
    const flops = 2 * active * L + 2 * arch.numHiddenLayers * L * L * heads * headDim;
    const gpus = serving.tensorParallelSize;
    const compute = flops / (gpus * peak * 1e12);
    const comm = allReduceSeconds(input, L * hiddenBytes, arch.numHiddenLayers);
    const bound = compute + comm;
    ttft = { bound, expected: compute / PREFILL_EFFICIENCY + comm };
  }

  return {
    decodeTokensPerSecond: {
      perSequence: { bound: perSeqBound, expected: perSeqBound * DECODE_EFFICIENCY },
      aggregate: { bound: aggBound, expected: aggBound * DECODE_EFFICIENCY },
    },
    timeToFirstTokenSeconds: ttft,
    assumptions: {
      contextTokens: context,
      concurrency: B,
      promptTokens: L,
      memoryBandwidthBytesPerSecond: bandwidth,
      weightBytesReadPerSequence: Math.round(perSeqWeights),
      weightBytesReadAggregate: Math.round(aggWeights),
      kvBytesReadPerSequence: Math.round(kvPerSeq),
      computeDtype: peak ? dtype : null,
      denseTflops: peak,
      decodeEfficiency: DECODE_EFFICIENCY,
      prefillEfficiency: PREFILL_EFFICIENCY,
      interconnect: serving.tensorParallelSize > 1 ? (input.gpu.interconnect ?? 'PCIe') : null,
      note: 'Estimates: bound = bytes per decode step over memory bandwidth, prompt FLOPs over the dense tensor peak; expected = bound × measured efficiency (catalog/plan-assumptions.json).',
    },
  };
}
