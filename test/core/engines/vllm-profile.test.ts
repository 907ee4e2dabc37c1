import { describe, expect, it } from 'vitest';
import { constantValue } from '../../../src/core/constants.js';
import { cudaGraphSizes, nonTorch } from '../../../src/core/engines/vllm-profile.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { catalogGpu } from '../../helpers/inputs.js';

describe('vLLM CUDA graph capture sizes (config/compilation.py defaults)', () => {
  it('capture PIECEWISE and FULL graphs from 0.11, up to min(2 × max_num_seqs, 512) tokens', () => {
    // [1, 2, 4] + 8..248 by 8 (31) + 256..512 by 16 (17) = 51; FULL up to 256: 3 + 31 + 1 = 35
    const sizes = cudaGraphSizes('H', parseVersion('0.21.0'), 1024);
    expect(sizes.piecewise).toHaveLength(51);
    expect(Math.max(...sizes.piecewise)).toBe(512);
    expect(sizes.full).toHaveLength(35);
    expect(Math.max(...sizes.full)).toBe(256);
  });

  it('capture PIECEWISE graphs only before 0.11, and V0 up to 256 sequences', () => {
    // V1 0.10, 256 sequences: [1, 2, 4] + 8..256 by 8 = 35
    expect(cudaGraphSizes('F', parseVersion('0.10.1'), 256)).toEqual({ piecewise: [1, 2, 4, ...Array.from({ length: 32 }, (_, i) => 8 * (i + 1))], full: [] });
    // V1 0.10, 1024 sequences: up to 512 = 3 + 64
    expect(cudaGraphSizes('F', parseVersion('0.10.1'), 1024).piecewise).toHaveLength(67);
    // V0 0.6: _BATCH_SIZES_TO_CAPTURE up to 256
    expect(cudaGraphSizes('C', parseVersion('0.6.6'), 1024).piecewise).toHaveLength(35);
  });
});

describe('vLLM memory outside PyTorch (measured constants, catalog/constants/vllm.json)', () => {
  it('charges NCCL and NVLink SHARP buffers before 0.11, and only the first all-reduce after', () => {
    const h100 = catalogGpu('H100 SXM');
    const gib = 1024 ** 3;
    // 0.10 at TP 8 on an NVSwitch H100 board: kernels 0.1 GiB + NCCL 1.8 GiB + 2 communicators × 8 ranks × 288 MiB
    const v10 = nonTorch('F', parseVersion('0.10.1'), h100, 8);
    expect(v10.bytes).toBe(Math.floor(0.1 * gib) + Math.floor(1.8 * gib) + 2 * 8 * 288 * 1024 ** 2);
    // 0.19 at TP 2: kernels 0.25 GiB + first all-reduce 1.8 GiB
    expect(nonTorch('G', parseVersion('0.19.0'), h100, 2).bytes).toBe(Math.floor(0.25 * gib) + Math.floor(1.8 * gib));
    // 0.11 below Hopper: nothing measured for NCCL
    expect(nonTorch('G', parseVersion('0.11.0'), catalogGpu('L40S'), 2).bytes).toBe(constantValue('vllm', 'lazy_loaded_kernels', { version: parseVersion('0.11.0') }));
  });
});
