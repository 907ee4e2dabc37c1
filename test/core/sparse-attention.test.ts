import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../src/core/engine-version.js';
import { vllmDsaLatentBytes, vllmIndexerBytesPerToken } from '../../src/core/sparse-attention.js';
import { catalogArch } from '../helpers/inputs.js';

describe('vLLM DSA cache layout', () => {
  const v32 = catalogArch('deepseek-ai/DeepSeek-V3.2');

  it('stores one fp8 indexer key with a float32 scale per 128 values', () => {
    // DeepseekV32IndexerCache: head_size = 128 + 128 // 128 × 4 = 132 uint8
    expect(vllmIndexerBytesPerToken(v32)).toBe(132);
    expect(vllmIndexerBytesPerToken(catalogArch('deepseek-ai/DeepSeek-V3.1'))).toBe(0);
  });

  it('uses fp8_ds_mla (656 bytes) for fp8 caches, and for "auto" only in the first releases', () => {
    // 512 fp8 + 512 / 128 × 4 scale bytes + 64 × 2 bf16 rope = 656
    expect(vllmDsaLatentBytes(v32, 'fp8', undefined)).toBe(656);
    expect(vllmDsaLatentBytes(v32, 'auto', parseVersion('0.11.0'))).toBe(656);
    expect(vllmDsaLatentBytes(v32, 'auto', undefined)).toBeNull();
    expect(vllmDsaLatentBytes(catalogArch('deepseek-ai/DeepSeek-V3.1'), 'fp8', undefined)).toBeNull();
  });
});
