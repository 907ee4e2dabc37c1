// DeepSeek Sparse Attention (DeepSeek-V3.2, GLM-5): besides the MLA latent, every layer caches
// one lightning-indexer key per token. What each engine stores for it, and the MLA latent
// layout vLLM picks for these models.

import type { Architecture } from './architecture.js';
import { atLeast } from './engine-version.js';

/** vLLM models/deepseek_v2.py Indexer: fp8 keys with one float32 scale per quant block of 128. */
const VLLM_INDEXER_QUANT_BLOCK = 128;

/**
 * vLLM's indexer cache per token and layer, in bytes: DeepseekV32IndexerCache registers an
 * MLAAttentionSpec(num_kv_heads=1, head_size=index_head_dim + index_head_dim // 128 × 4,
 * dtype=uint8) whatever kv_cache_dtype says. DeepSeek-V3.2: 128 + 4 = 132 bytes.
 */
export function vllmIndexerBytesPerToken(arch: Architecture): number {
  if (!arch.indexer) return 0;
  const d = arch.indexer.headDim;
  return d + Math.floor(d / VLLM_INDEXER_QUANT_BLOCK) * 4;
}

/**
 * Bytes per token and layer of vLLM's MLA latent for a DSA model. model_executor/models/config.py
 * DeepseekV32ForCausalLM.verify_and_update_config turns an fp8 kv_cache_dtype into "fp8_ds_mla"
 * (FlashMLA sparse): kv_lora_rank fp8 values, one float32 scale per 128 of them, and the rope part
 * in bf16: 512 + 4 × 4 + 64 × 2 = 656 bytes for DeepSeek-V3.2. Until about 0.12 it did so for
 * "auto" as well ("we use a custom fp8 format as default"); later releases keep "auto" at the
 * model dtype. Returns null when the plain values × bytes rule applies.
 */
export function vllmDsaLatentBytes(arch: Architecture, kvCacheDtype: string, version: number[] | undefined): number | null {
  if (!arch.indexer || !arch.mla) return null;
  const dtype = kvCacheDtype.toLowerCase();
  const fp8 = dtype.startsWith('fp8') || (dtype === 'auto' && !atLeast(version, '0.12.0'));
  if (!fp8) return null;
  const m = arch.mla;
  return m.kvLoraRank + Math.ceil(m.kvLoraRank / 128) * 4 + m.qkRopeHeadDim * 2;
}
