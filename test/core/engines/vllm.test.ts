import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { inFlightTokens, vllmEra } from '../../../src/core/engines/vllm.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { GiB, MiB } from '../../../src/core/units.js';
import { input } from '../../helpers/inputs.js';
import { normalizeConfig } from '../../../src/core/architecture.js';

const custom = (gib: number) => ({ name: `${gib} GiB GPU`, memoryBytes: Math.round(gib * GiB) });

describe('vLLM eras', () => {
  it('map releases to the memory-profiling code they ran', () => {
    const era = (v: string) => vllmEra(parseVersion(v));
    expect(era('0.2.5')).toBe('A');
    expect(era('0.6.4')).toBe('B');
    expect(era('0.6.6')).toBe('C');
    expect(era('0.7.3')).toBe('D');
    expect(era('0.8.5')).toBe('E');
    expect(era('0.10.1.1')).toBe('F');
    expect(era('0.11.0')).toBe('G');
    expect(era('0.21.0')).toBe('H');
    expect(era('0.24.1')).toBe('H');
    expect(era('0.25.0')).toBe('I');
    expect(era('0.28.1')).toBe('I');
    expect(era('0.29.0')).toBe('J');
    // no engine_version: the newest release line modelled
    expect(vllmEra(undefined)).toBe('J');
  });
});

describe('vLLM weights ("Model loading took")', () => {
  it('are the parameters at bf16 plus the shared rotary cache', () => {
    // Llama-3.1-8B: 8,030,261,248 × 2 B + cos/sin cache 131072 positions × 128 × 2 B = 14.9888 GiB (vLLM logs 14.9888 GB)
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', custom(23.58), { maxModelLen: 8192 }));
    expect(result.weights.bytes).toBe(8_030_261_248 * 2 + 131072 * 128 * 2);
    expect((result.weights.bytes / GiB).toFixed(4)).toBe('14.9888');
  });

  it('split over tensor-parallel ranks, with the vocabulary padded and K/V heads replicated', () => {
    const one = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'H100', {}));
    const two = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'H100', { tensorParallelSize: 2 }));
    // the rotary cache and the norms stay whole on each rank
    expect(two.weights.bytes).toBeGreaterThan(one.weights.bytes / 2);
    expect(two.weights.bytes).toBeLessThan(one.weights.bytes / 2 + 64 * MiB);
    // 4 KV heads over 8 ranks: one head each, replicated, so each rank caches 28 layers × 2 × 1 × 128 values
    const eight = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'H100', { tensorParallelSize: 8 }));
    expect(eight.kvCache.inputs).toMatchObject({ layers_per_block: 28, block_size: 16 });
    expect(eight.kvCachePoolBytes! / eight.kvCacheCapacityTokens!).toBeCloseTo(28 * 2 * 1 * 128 * 2, -3);
  });

  it('keep FP8 block-quantized experts at one byte plus their scales', () => {
    const result = estimate(input('Qwen/Qwen3-235B-A22B-FP8', 'H100', { tensorParallelSize: 4 }));
    expect(result.weights.inputs.quantization).toBe('fp8');
    // ≈ 235B params, mostly FP8, over 4 GPUs: 55-56 GiB per GPU
    expect(result.weights.bytes / GiB).toBeGreaterThan(54);
    expect(result.weights.bytes / GiB).toBeLessThan(57);
  });

  it('lay out gpt-oss MXFP4 experts with the kernel padding of the GPU', () => {
    // On an A100 (Marlin) vLLM pads the expert width to 128 and hidden to 256: 13.72 GiB logged by vLLM 0.19.
    const a100 = estimate(input('openai/gpt-oss-20b', 'A100 80GB', { maxModelLen: 131072, engineVersion: '0.19.0' }));
    expect(a100.weights.bytes / GiB).toBeGreaterThan(13.5);
    expect(a100.weights.bytes / GiB).toBeLessThan(13.9);
  });
});

describe('vLLM KV cache blocks', () => {
  it('divide what is left of the budget into 16-token blocks across all layers', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', custom(79.22), { engineVersion: '0.10.1' }));
    const pageAllLayers = 16 * 2 * 8 * 128 * 2 * 32; // block × (K+V) × KV heads × head_dim × bf16 × layers
    const blocks = Math.floor(Math.floor(result.kvCachePoolBytes! / (pageAllLayers / 32)) / 32);
    expect(result.kvCacheCapacityTokens).toBe(blocks * 16);
    expect(result.maxConcurrency).toBeCloseTo(blocks / Math.ceil(8192 / 16), 10);
    expect(result.availableBytes).toBe(Math.floor(0.9 * 79.22 * GiB));
  });

  it('cache the MLA latent once per token (no separate V) in 64-token blocks on Hopper', () => {
    const hopper = estimate(input('deepseek-ai/DeepSeek-V2-Lite', 'H100', { maxModelLen: 8192 }));
    expect(hopper.kvCache.inputs.block_size).toBe(64);
    // 27 layers × (512 + 64) values × 2 B per token
    expect(hopper.kvCachePoolBytes! / hopper.kvCacheCapacityTokens!).toBeCloseTo(27 * 576 * 2, -3);
    const ampere = estimate(input('deepseek-ai/DeepSeek-V2-Lite', 'A100 80GB', { maxModelLen: 8192 }));
    expect(ampere.kvCache.inputs.block_size).toBe(16);
  });

  it('give sliding-window layers only the window in hybrid models (gpt-oss)', () => {
    // 12 full + 12 sliding (window 128) layers: two groups of 12; per request: all blocks of the
    // full group, and (window − 1 + in-flight tokens) / 16 + 1 of the sliding one. Up to 0.25 one
    // batch of max_num_batched_tokens (8192 on an H100) is in flight.
    const before = estimate(input('openai/gpt-oss-20b', 'H100', { maxModelLen: 131072, engineVersion: '0.25.1' }));
    expect(before.kvCache.inputs).toMatchObject({ layers_per_block: 12, kv_cache_groups: 2 });
    expect(before.kvCache.inputs.blocks_per_request).toBe(131072 / 16 + Math.ceil((127 + 8192) / 16) + 1);
    // From 0.26 (#47728) two batches under async scheduling: V1's runner (gpt-oss is MoE, V2 only from 0.29)
    // at one stage, and Model Runner V2 at pipeline_parallel_size + 1.
    for (const engineVersion of ['0.26.0', '0.29.0']) {
      const after = estimate(input('openai/gpt-oss-20b', 'H100', { maxModelLen: 131072, engineVersion }));
      expect(after.kvCache.inputs.blocks_per_request).toBe(131072 / 16 + Math.ceil((127 + 2 * 8192) / 16) + 1);
    }
  });

  it('group the layers of two kinds by the larger count when it is under 1.5 × the smaller (#29303; issue #54104)', () => {
    // 16 full + 12 sliding layers (1.33 ×): groups of 16, one per kind (4 sliding slots padded); 16 full +
    // 8 sliding (2 ×): groups of 8, two full and one sliding.
    const layers = (full: number, sliding: number) => [...Array(sliding).fill('sliding_attention'), ...Array(full).fill('full_attention')];
    const arch = (full: number, sliding: number) =>
      normalizeConfig({
        model_type: 'llama', num_hidden_layers: full + sliding, hidden_size: 1024, num_attention_heads: 8, num_key_value_heads: 8,
        intermediate_size: 2048, vocab_size: 32000, max_position_embeddings: 32768, sliding_window: 1024, layer_types: layers(full, sliding),
      });
    const kv = (full: number, sliding: number) => {
      const base = input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { maxModelLen: 32768, engineVersion: '0.20.0' });
      return estimate({ ...base, model: { id: 'test/hybrid', architecture: arch(full, sliding) } }).kvCache.inputs;
    };
    expect(kv(16, 12)).toMatchObject({ layers_per_block: 16, kv_cache_groups: 2 });
    expect(kv(16, 8)).toMatchObject({ layers_per_block: 8, kv_cache_groups: 3 });
  });

  it('count the batches in flight as vllm/config/vllm.py max_concurrent_batches does', () => {
    // V2: pipeline_parallel_size + 1; V1: 2 at one stage, else pipeline_parallel_size; before 0.26 one batch
    expect(inFlightTokens(parseVersion('0.25.1'), 8192, true, 2)).toBe(8192);
    expect(inFlightTokens(parseVersion('0.26.0'), 8192, false, 1)).toBe(16384);
    expect(inFlightTokens(parseVersion('0.26.0'), 8192, false, 2)).toBe(16384);
    expect(inFlightTokens(parseVersion('0.26.0'), 8192, false, 4)).toBe(32768);
    expect(inFlightTokens(parseVersion('0.29.0'), 2048, true, 1)).toBe(4096);
    expect(inFlightTokens(parseVersion('0.29.0'), 2048, true, 2)).toBe(6144);
    expect(inFlightTokens(undefined, 8192, true, 1)).toBe(16384);
  });

  it('log "GPU KV cache size" per release: num_blocks // groups × block size up to 0.20, max concurrency × max_model_len from 0.21', () => {
    // gpt-oss-20b, two groups of 12 layers at 16 tokens a block
    const old = estimate(input('openai/gpt-oss-20b', 'H100', { maxModelLen: 131072, engineVersion: '0.20.0' }));
    const blocks = old.kvCache.inputs.num_gpu_blocks as number;
    expect(old.kvCacheCapacityTokens).toBe(Math.floor(blocks / 2) * 16);
    // issue #43308: the figure changed between 0.20.0 and 0.21.0 (kv_cache_utils.py get_kv_cache_capacity)
    const now = estimate(input('openai/gpt-oss-20b', 'H100', { maxModelLen: 131072, engineVersion: '0.21.0' }));
    const perRequest = now.kvCache.inputs.blocks_per_request as number;
    expect(now.kvCacheCapacityTokens).toBe(Math.floor(((now.kvCache.inputs.num_gpu_blocks as number) / perRequest) * 131072));
    // a single-group model: the same as blocks × block size where the block size divides max_model_len
    const dense = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'H100', { maxModelLen: 8192, engineVersion: '0.21.0' }));
    expect(dense.kvCacheCapacityTokens).toBe((dense.kvCache.inputs.num_gpu_blocks as number) * 16);
  });

  it('raise V0\'s own error when max_model_len does not fit', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', custom(23.58), { maxModelLen: 29000, engineVersion: '0.6.4' }));
    expect(result.startupError).toMatch(/^The model's max seq len \(29000\) is larger than the maximum number of tokens that can be stored in KV cache \(\d+\)\./);
    expect(result.kvCacheCapacityTokens!).toBeLessThan(29000);
  });

  it('raise V1\'s own error, in GiB with an estimated maximum length', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { maxModelLen: 131072, engineVersion: '0.27.0' }));
    expect(result.startupError).toMatch(/^To serve at least one request with the models's max seq len \(131072\), \(16\.00 GiB KV cache is needed, which is larger than the available KV cache memory \(\d+\.\d\d GiB\)\. Based on the available memory, the estimated maximum model length is \d+\./);
  });

  it('say there is no memory at all when the weights do not fit', () => {
    const result = estimate(input('meta-llama/Llama-3.1-70B-Instruct', 'L4', {}));
    expect(result.startupError).toMatch(/^No available memory for the cache blocks/);
  });

  it('needs concurrency × full-length requests of KV cache', () => {
    const one = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'A100 80GB', { maxModelLen: 16384, concurrency: 1 }));
    const four = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'A100 80GB', { maxModelLen: 16384, concurrency: 4 }));
    expect(four.kvCache.bytes).toBe(one.kvCache.bytes * 4);
    expect(one.kvCache.bytes).toBe(16384 * 28 * 2 * 4 * 128 * 2);
  });
});

describe('vLLM profiling run', () => {
  it('sizes the batch by GPU class (V1 vllm serve defaults)', () => {
    const h100 = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'H100', {}));
    const a100 = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'A100 80GB', {}));
    const l4 = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'L4', {}));
    expect(h100.activations.inputs).toMatchObject({ max_num_batched_tokens: 8192, max_num_seqs: 1024 });
    expect(a100.activations.inputs).toMatchObject({ max_num_batched_tokens: 2048, max_num_seqs: 256 });
    expect(l4.activations.inputs).toMatchObject({ max_num_batched_tokens: 2048, max_num_seqs: 256 });
  });

  it('profiles a whole max_model_len prompt in V0 without chunked prefill, which can exceed the budget', () => {
    const short = estimate(input('meta-llama/Llama-3.1-8B-Instruct', custom(23.58), { maxModelLen: 20000, engineVersion: '0.6.4' }));
    const long = estimate(input('meta-llama/Llama-3.1-8B-Instruct', custom(23.58), { maxModelLen: 29000, engineVersion: '0.6.4' }));
    expect(long.activations.bytes).toBeGreaterThan(short.activations.bytes);
    // above 32K tokens V0 turns chunked prefill on: a small profile batch again
    const chunked = estimate(input('meta-llama/Llama-3.1-8B-Instruct', custom(23.58), { maxModelLen: 35000, engineVersion: '0.6.4' }));
    expect(chunked.activations.inputs.max_num_batched_tokens).toBe(512);
  });

  it('charges NCCL NVLink SHARP buffers on NVSwitch boards for more than two GPUs where NCCL is inside the budget', () => {
    const v05 = estimate(input('meta-llama/Llama-3.1-70B-Instruct', 'H100', { tensorParallelSize: 8, engineVersion: '0.5.3' }));
    expect(String(v05.overhead.formula)).toMatch(/NVLink SHARP/);
    const v011 = estimate(input('meta-llama/Llama-3.1-70B-Instruct', 'H100', { tensorParallelSize: 8, engineVersion: '0.11.0' }));
    expect(String(v011.overhead.formula)).not.toMatch(/NVLink SHARP/);
  });
});
