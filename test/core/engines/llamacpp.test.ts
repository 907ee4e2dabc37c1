import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { LLAMA_RUNTIME_BYTES } from '../../../src/core/runtime-memory.js';
import { MiB } from '../../../src/core/units.js';
import { input } from '../../helpers/inputs.js';

describe('llama.cpp', () => {
  it('puts all layers and the output on the GPU, token_embd in system RAM', () => {
    // llama.cpp logs for Llama-3-8B Q4_K_M: CPU buffer 281.81 MiB, CUDA0 buffer 4403.49 MiB.
    const result = estimate(input('meta-llama/Meta-Llama-3-8B', 'RTX 3070', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 512, flashAttention: false }));
    expect(result.weights.bytes / MiB).toBeCloseTo(4403.5, 0);
    expect(result.notes.join(' ')).toMatch(/282 MiB of weights stay in system RAM/);
  });

  it('sizes the KV buffer for n_ctx = context × slots, padded to 256', () => {
    const one = estimate(input('meta-llama/Meta-Llama-3-8B', 'RTX 4090', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 8192 }));
    // 32 layers × (1024 + 1024) × 2 B × 8192 = 1024 MiB
    expect(one.kvCache.bytes).toBe(1024 * MiB);
    const four = estimate(input('meta-llama/Meta-Llama-3-8B', 'RTX 4090', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 8000, concurrency: 4 }));
    expect(four.kvCacheCapacityTokens).toBe(8192 * 4);
    expect(four.maxConcurrency).toBe(4);
  });

  it('stores q8_0 caches at 34 bytes per 32 values when flash attention is on', () => {
    const result = estimate(input('meta-llama/Meta-Llama-3-8B', 'RTX 4090', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 8192, kvCacheDtype: 'q8_0', flashAttention: true }));
    expect(result.kvCache.bytes).toBe(1024 * MiB * (34 / 32) / 2);
  });

  it('keeps only the window plus a ubatch in sliding-window layers', () => {
    const result = estimate(input('google/gemma-2-9b-it', 'RTX 4090', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 8192 }));
    expect(result.kvCache.inputs).toMatchObject({ sliding_window: 4096, sliding_cells: 4608 });
    // 21 global layers at 8192 cells + 21 sliding at 4608, 8 KV heads × 256, f16
    expect(result.kvCache.bytes).toBe((21 * 8192 + 21 * 4608) * 2 * 8 * 256 * 2);
  });

  it('offloads only the last n_gpu_layers layers', () => {
    const full = estimate(input('Qwen/Qwen2-72B-Instruct', { name: 'GTX 1080 Ti', memoryBytes: 11264 * MiB }, { engine: 'ollama', quantization: 'Q4_K_M', maxModelLen: 2048 }));
    const partial = estimate(input('Qwen/Qwen2-72B-Instruct', { name: 'GTX 1080 Ti', memoryBytes: 11264 * MiB }, { engine: 'ollama', quantization: 'Q4_K_M', maxModelLen: 2048, nGpuLayers: 13 }));
    expect(partial.weights.bytes).toBeLessThan(full.weights.bytes / 5);
    expect(partial.weights.inputs.n_gpu_layers).toBe(13);
    expect(partial.totalBytes).toBeLessThan(partial.availableBytes);
    expect(full.totalBytes).toBeGreaterThan(full.availableBytes);
  });

  it('splits layers over several GPUs, the busiest deciding', () => {
    const one = estimate(input('Qwen/Qwen3-32B', 'T4', { engine: 'llama.cpp', quantization: 'Q5_K_M', maxModelLen: 8192 }));
    const two = estimate(input('Qwen/Qwen3-32B', 'T4', { engine: 'llama.cpp', quantization: 'Q5_K_M', maxModelLen: 8192, tensorParallelSize: 2 }));
    expect(two.weights.bytes).toBeLessThan(one.weights.bytes * 0.55);
    expect(two.overhead.bytes).toBe(LLAMA_RUNTIME_BYTES);
  });

  it('stores MLA models\' latent as K only', () => {
    const result = estimate(input('deepseek-ai/DeepSeek-V2-Lite', 'H100', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 4096 }));
    expect(result.kvCache.bytes).toBe(4096 * 27 * 576 * 2);
  });
});

describe('Ollama', () => {
  it('keeps an f16 cache when the KV type needs flash attention it does not enable for the model', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { engine: 'ollama', quantization: 'Q4_K_M', maxModelLen: 4096, kvCacheDtype: 'q8_0' }));
    expect(result.kvCache.inputs.cache_type).toBe('f16');
    expect(result.notes.join(' ')).toMatch(/needs flash attention/);
  });

  it('has flash attention on by default for OLMo 3, Qwen3-VL and GLM-4.7-Flash, so a q8_0 cache stays q8_0', () => {
    // fs/ggml/ggml.go FlashAttention(): olmo3, qwen3vl, qwen3vlmoe and glm4moelite are listed
    for (const model of ['allenai/Olmo-3-7B-Instruct', 'Qwen/Qwen3-VL-8B-Instruct', 'Qwen/Qwen3-VL-30B-A3B-Instruct', 'zai-org/GLM-4.7-Flash']) {
      const result = estimate(input(model, 'H100', { engine: 'ollama', quantization: 'Q4_K_M', maxModelLen: 4096, kvCacheDtype: 'q8_0' }));
      expect(result.kvCache.inputs.cache_type, model).toBe('q8_0');
      expect(result.notes.join(' '), model).not.toMatch(/needs flash attention/);
    }
  });
});

describe('llama.cpp 2026 attention layouts', () => {
  it('sizes Llama 4 chunked layers like sliding-window layers (LLAMA_SWA_TYPE_CHUNKED)', () => {
    // n_swa 8192: chunked layers keep min(n_ctx, pad(8192 + 512, 256)) = 8704 cells; 12 full layers 32768.
    // 2 × 8 KV heads × 128 × 2 bytes (f16) = 4096 bytes per cell and layer.
    const result = estimate(input('meta-llama/Llama-4-Scout-17B-16E-Instruct', 'H200', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 32768 }));
    expect(result.kvCache.inputs).toMatchObject({ sliding_window: 8192, sliding_cells: 8704 });
    expect(result.kvCache.bytes).toBe((36 * 8704 + 12 * 32768) * 4096);
  });

  it('adds the DSA indexer key cache beside the MLA latent (llama_kv_cache_dsa)', () => {
    // GLM-5: K-only latent 512 + 64 and an indexer cache of one 128-wide head, f16, 78 layers × 16384 cells
    const result = estimate(input('zai-org/GLM-5', 'H200', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 16384 }));
    expect(result.kvCache.bytes).toBe(78 * 16384 * (576 + 128) * 2);
  });
});
