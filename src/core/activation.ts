// Peak PyTorch memory of one forward pass over T tokens and of the sampler over R sequences:
// what vLLM's profiling run measures as "PyTorch activation peak memory". The tensors alive at
// the peak follow vLLM's layers (model_executor/layers: QKVParallelLinear, MergedColumnParallelLinear
// + SiluAndMul, FusedMoE intermediate caches) and its sampler (v1/sample/sampler.py).

import type { Architecture } from './architecture.js';
import { kvHeadsPerRank } from './sharding.js';

export interface ForwardPeak {
  bytes: number;
  /** Bytes per token, for the breakdown. */
  perToken: number;
  part: 'mlp' | 'attention' | 'moe';
}

/**
 * Tensors alive at once in a decoder layer over T tokens on one rank: the residual stream and
 * the normalised input (2 × hidden), then either the MLP (gate_up [T, 2I/tp] and its activation
 * [T, I/tp]), the attention (qkv [T, (q + 2kv)/tp·d] and its output), or the fused-MoE caches
 * (per routed token: gate_up [2I/tp], activation [I/tp], down output [hidden]).
 */
export function forwardPeak(arch: Architecture, tokens: number, tp: number, dtypeBytes: number): ForwardPeak {
  const h = arch.hiddenSize;
  const heads = arch.numAttentionHeads ?? 1;
  const hd = arch.headDim ?? h / heads;
  const qkv = (heads / tp + 2 * kvHeadsPerRank(arch, tp)) * hd + (heads / tp) * hd;
  const attention = 2 * h + qkv;
  const dense = 2 * h + (3 * (arch.intermediateSize ?? 4 * h)) / tp;
  let moe = 0;
  if (arch.moe) {
    const w = arch.moe.moeIntermediateSize / tp;
    const shared = (arch.moe.numSharedExperts * arch.moe.moeIntermediateSize + arch.moe.sharedExpertIntermediateSize) / tp;
    // A non-gated expert (Nemotron-H relu²) has no gate half: up [I/tp] and its activation [I/tp].
    const c = arch.traits.mlp === 'plain' ? 2 : 3;
    moe = 2 * h + arch.moe.numExpertsPerTok * (c * w + (arch.moe.latentSize ?? h)) + c * shared;
  }
  const perToken = Math.max(attention, arch.moe ? moe : dense, arch.moe && arch.moe.sparseLayers.some((s) => !s) ? dense : 0);
  const part = perToken === attention ? 'attention' : arch.moe && perToken === moe ? 'moe' : 'mlp';
  return { bytes: Math.round(tokens * perToken * dtypeBytes), perToken: perToken * dtypeBytes, part };
}
