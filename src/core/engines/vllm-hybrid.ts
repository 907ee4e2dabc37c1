// vLLM's hybrid KV-cache manager for models with recurrent or linear-attention layers
// (V1, from v0.10.2 when Qwen3-Next landed). Rules, each from vllm-project/vllm:
// - State per layer and sequence: model_executor/layers/mamba/mamba_utils.py
//   MambaStateShapeCalculator (shapes) and MambaStateDtypeCalculator (conv state at the model
//   dtype, temporal state at mamba_ssm_cache_dtype; KDA's recurrent state float32). The
//   mamba_ssm_cache_dtype "auto" follows the checkpoint where vLLM reads it:
//   model_executor/models/config.py Qwen3_5ForConditionalGenerationConfig (text_config.mamba_ssm_dtype)
//   and NemotronHForCausalLMConfig (mamba_ssm_cache_dtype, else float16).
// - One page size for every layer kind: model_executor/models/config.py
//   HybridAttentionMambaModelConfig.verify_and_update_config (platforms/interface.py
//   _align_hybrid_block_size in 2026 releases) sets the attention block size to
//   alignment × cdiv(mamba_page, alignment × attention bytes per token) and pads the mamba page up to it.
// - Groups: v1/core/kv_cache_utils.py _get_kv_cache_groups_uniform_page_size puts group_size layers
//   of one kind in each group; num_blocks = available // page // group_size.
// - A request takes cdiv(max_model_len, block_size) blocks in each attention group and, in each
//   mamba group, one block (v1/kv_cache_interface.py MambaSpec.max_memory_usage_bytes, mamba_cache_mode
//   "none") or two with prefix caching (mamba_cache_mode "align": the running state and the cached
//   one); get_max_concurrency_for_kv_cache_config = num_blocks / blocks per request. Prefix caching
//   is opt-in for hybrids until PR #50991 (Aug 2026, first in 0.27) turned it on in "align" mode.
// - "GPU KV cache size": num_blocks // groups × min block size until 0.20 (issue #40691 at 0.19.0;
//   issue #43308: 0.20.0 still, 0.21.0 not); from 0.21 int(max_concurrency × max_model_len)
//   (kv_cache_utils.py get_kv_cache_capacity), for every model.

import type { Architecture } from '../architecture.js';
import { atLeast } from '../engine-version.js';
import { recurrentLayerCount, stateDtypeBytes, stateShape } from '../recurrent-state.js';

export interface VllmHybridPlan {
  /** Attention block size vLLM picks so that an attention page holds a mamba page. */
  blockSize: number;
  /** Bytes of one page (one block of one layer), the same for every layer kind. */
  pageBytes: number;
  /** Unpadded mamba state bytes per layer and sequence on this rank. */
  mambaPageBytes: number;
  convBytes: number;
  temporalBytes: number;
  attentionLayers: number;
  stateLayers: number;
  groupSize: number;
  attentionGroups: number;
  stateGroups: number;
  /** Blocks a request holds in each mamba group: 1, or 2 with prefix caching ("align"). */
  stateBlocksPerRequest: number;
  formula: string;
}

/** Whether vLLM caches prefixes of a hybrid model: the flag, else on from 0.27 (PR #50991). */
export function hybridPrefixCaching(flag: boolean | undefined, version: number[] | undefined): boolean {
  return flag ?? (!version || atLeast(version, '0.27.0'));
}

/** The temporal-state dtype vLLM allocates (bytes), per family. */
function temporalDtypeBytes(arch: Architecture, convBytes: number): number {
  const r = arch.recurrent!;
  if (r.kind === 'kda') return 4; // MambaStateDtypeCalculator.kda_state_dtype: recurrent state float32
  if (arch.modelType.startsWith('qwen3_5')) return stateDtypeBytes(r.ssmDtype, convBytes);
  if (arch.modelType === 'nemotron_h') return stateDtypeBytes(r.ssmDtype ?? 'float16', convBytes);
  return convBytes;
}

/**
 * The page geometry of a hybrid model on one rank: `attentionBytesPerToken` is what one
 * attention layer stores per token there, `alignment` the attention kernel's block multiple.
 */
export function vllmHybridPlan(
  arch: Architecture,
  opts: {
    tp: number;
    dtypeBytes: number;
    attentionBytesPerToken: number;
    attentionLayers: number;
    firstLayer: number;
    lastLayer: number;
    alignment: number;
    userBlockSize?: number;
    version: number[] | undefined;
    prefixCaching?: boolean;
  },
): VllmHybridPlan {
  const shape = stateShape(arch, opts.tp);
  const convBytes = shape.convElements * opts.dtypeBytes;
  const temporalBytes = shape.temporalElements * temporalDtypeBytes(arch, opts.dtypeBytes);
  const mambaPage = convBytes + temporalBytes;
  const align = opts.alignment;
  // No attention layer on this rank's stage: the mamba page is the page (one block per request).
  const aligned = opts.attentionBytesPerToken > 0 ? align * Math.ceil(mambaPage / (align * opts.attentionBytesPerToken)) : align;
  const blockSize = opts.userBlockSize && opts.userBlockSize >= aligned ? opts.userBlockSize : aligned;
  const stateLayers = recurrentLayerCount(arch, opts.firstLayer, opts.lastLayer);
  const a = opts.attentionLayers;
  const min = Math.min(a, stateLayers);
  const max = Math.max(a, stateLayers);
  // kv_cache_utils.py: group size is the smallest layer count, or the largest when under 1.5 × the smallest (#29303, ≈ v0.12; issue #54104).
  const groupSize = min === 0 ? max : atLeast(opts.version, '0.12.0') && max < min * 1.5 ? max : min;
  return {
    blockSize,
    pageBytes: opts.attentionBytesPerToken > 0 ? blockSize * opts.attentionBytesPerToken : mambaPage,
    mambaPageBytes: mambaPage,
    convBytes,
    temporalBytes,
    attentionLayers: a,
    stateLayers,
    groupSize,
    attentionGroups: a === 0 ? 0 : Math.ceil(a / groupSize),
    stateGroups: stateLayers === 0 ? 0 : Math.ceil(stateLayers / groupSize),
    stateBlocksPerRequest: opts.prefixCaching ? 2 : 1,
    formula: shape.formula,
  };
}

/** Blocks one request of `len` tokens takes: each attention group cdiv(len, block_size), each mamba group one or two. */
export function hybridBlocksPerRequest(plan: VllmHybridPlan, len: number): number {
  return plan.attentionGroups * Math.ceil(len / plan.blockSize) + plan.stateGroups * plan.stateBlocksPerRequest;
}

/**
 * vLLM's "GPU KV cache size" line for a hybrid model up to 0.20: num_blocks // len(groups) × min(block
 * sizes), the mamba groups' block size being max_model_len. From 0.21 every model logs
 * int(max_concurrency × max_model_len) (vllm.ts).
 */
export function hybridReportedTokens(plan: VllmHybridPlan, numBlocks: number, maxModelLen: number): number {
  const groups = plan.attentionGroups + plan.stateGroups;
  return Math.floor(numBlocks / groups) * Math.min(plan.blockSize, maxModelLen);
}
