import { describe, expect, it } from 'vitest';
import { constantValue } from '../../../src/core/constants.js';
import { cudaGraphSizes, nonTorch, profilePeak } from '../../../src/core/engines/vllm-profile.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { catalogArch, catalogGpu } from '../../helpers/inputs.js';

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

describe('vLLM fused-MoE workspace of non-gated and latent experts', () => {
  it('sizes Nemotron 3 Nano relu² experts with N = I (no gate half)', () => {
    // TritonExperts.workspace_shapes: (M·topk, max(act, K)) + (M·topk, max(N, K)); relu² (no mul):
    // N = act = moe_intermediate_size 1856, K = 2688. 8192 tokens × 6 experts = 49,152 rows
    // × (2688 + 2688) × 2 bytes = 528,482,304, plus H100's 32 MiB cuBLAS workspace = 562,036,736.
    // (With a gate half, N = 3712, it would be 49,152 × (2688 + 3712) × 2 + 32 MiB = 662,700,032.)
    const peak = profilePeak({
      arch: catalogArch('nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16'), gpu: catalogGpu('H100 SXM'), era: 'J',
      version: parseVersion('0.29.0'), tp: 1, dtypeBytes: 2, maxNumBatchedTokens: 8192, maxNumSeqs: 1024, mrv2: true, firstStage: true, lastStage: true,
    });
    expect(peak.persistentBytes).toBe(562_036_736);
  });

  it('sizes Nemotron 3 Super experts in the latent width (K = moe_latent_size 1024)', () => {
    // N = act = 2688 at tp 1, K = 1024: 8192 × 22 = 180,224 rows × (2688 + 2688) × 2 + 32 MiB = 1,971,322,880.
    const peak = profilePeak({
      arch: catalogArch('nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-BF16'), gpu: catalogGpu('H100 SXM'), era: 'J',
      version: parseVersion('0.29.0'), tp: 1, dtypeBytes: 2, maxNumBatchedTokens: 8192, maxNumSeqs: 1024, mrv2: true, firstStage: true, lastStage: true,
    });
    expect(peak.persistentBytes).toBe(1_971_322_880);
  });
});
