// SGLang's pool for hybrid models (python/sglang/srt/model_executor/model_runner_kv_cache_mixin.py
// handle_max_mamba_cache, sgl-project/sglang): of the memory left for caches, the mamba pool takes
// mamba_full_memory_ratio / (1 + mamba_full_memory_ratio) (server_args.py default 0.9), in whole
// per-request states (max_mamba_cache_size = budget // mamba_cache_per_req); the rest becomes the
// token pool of the full-attention layers only. Running requests are capped at
// max_mamba_cache_size // MAMBA_CACHE_SIZE_MAX_RUNNING_REQUESTS_RATIO (3) with the radix cache on.
// State shapes as configs/mamba_utils.py (the same as vLLM's); the SSM state is
// server_args.mamba_ssm_dtype (default "float32"), the conv state the model dtype.

import type { Architecture } from '../architecture.js';
import { recurrentLayerCount, stateShape } from '../recurrent-state.js';

/** server_args.py defaults. */
export const MAMBA_FULL_MEMORY_RATIO = 0.9;
export const MAMBA_CACHE_SIZE_MAX_RUNNING_REQUESTS_RATIO = 3;
const SSM_DTYPE_BYTES = 4;

export interface SglangMambaPool {
  /** Bytes of one request's state over every recurrent layer on this rank (mamba_cache_per_req). */
  perRequestBytes: number;
  /** Request states the pool holds (max_mamba_cache_size). */
  size: number;
  poolBytes: number;
  /** Memory left for the full-attention token pool. */
  restBytes: number;
  /** Requests that can run at once. */
  maxRunningRequests: number;
  recurrentLayers: number;
}

export function sglangMambaPool(arch: Architecture, opts: { tp: number; dtypeBytes: number; restBytes: number; firstLayer: number; lastLayer: number }): SglangMambaPool {
  const shape = stateShape(arch, opts.tp);
  const layers = recurrentLayerCount(arch, opts.firstLayer, opts.lastLayer);
  const perRequestBytes = layers * (shape.convElements * opts.dtypeBytes + shape.temporalElements * SSM_DTYPE_BYTES);
  const budget = Math.max(0, opts.restBytes) * (MAMBA_FULL_MEMORY_RATIO / (1 + MAMBA_FULL_MEMORY_RATIO));
  const size = perRequestBytes > 0 ? Math.floor(budget / perRequestBytes) : 0;
  const poolBytes = size * perRequestBytes;
  return {
    perRequestBytes,
    size,
    poolBytes,
    restBytes: opts.restBytes - poolBytes,
    maxRunningRequests: Math.floor(size / MAMBA_CACHE_SIZE_MAX_RUNNING_REQUESTS_RATIO),
    recurrentLayers: layers,
  };
}
