// vLLM's release lines from 0.21 on, --kv-cache-memory, --max-model-len auto, its refusals and
// pipeline stages: each figure derived by hand from the rule in vllm-project/vllm it follows.

import { describe, expect, it } from 'vitest';
import { constantValue } from '../../../src/core/constants.js';
import { estimate } from '../../../src/core/estimate.js';
import { modelRunnerV2 } from '../../../src/core/engines/vllm.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { GiB } from '../../../src/core/units.js';
import { input } from '../../helpers/inputs.js';

const PER_GRAPH = constantValue('vllm', 'cudagraph_bytes_per_graph', {});
const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct';

describe('vLLM release lines', () => {
  it('take the newest line (0.29) when no engine_version is given, and say so for newer releases', () => {
    const none = estimate(input('Qwen/Qwen3-8B', 'H100 SXM', {}));
    expect(none.weights.rule).toMatch(/vLLM 0\.29 \(newest modelled, era J\)/);
    expect(none.notes.join(' ')).not.toMatch(/newer than/);
    const newer = estimate(input('Qwen/Qwen3-8B', 'H100 SXM', { engineVersion: '0.31.0' }));
    expect(newer.notes.join(' ')).toMatch(/vLLM 0\.31\.0 is newer than the newest release line gpu-fit models \(0\.29\): its rules are used/);
  });

  it('subtract the CUDA-graph estimate from 0.21 on (#30515), so the same gpu_memory_utilization gives less KV cache than 0.20', () => {
    // Llama-3.1-8B on an H100 at gmu 0.9, default 1024 sequences: 51 PIECEWISE graphs (up to 512
    // tokens) and 35 FULL graphs (up to 256). gpu_model_runner.py profile_cudagraph_memory:
    // first capture (the 512-token batch's intermediates: 512 × max(3h + 2q + 2kv, 3h + 3·intermediate)
    // × 2 B = 512 × 55296 × 2 = 56,623,104 B, plus the graph itself) + per-graph × (50 + 34).
    const v20 = estimate(input(LLAMA, 'H100 SXM', { engineVersion: '0.20.0', gpuMemoryUtilization: 0.9 }));
    const v21 = estimate(input(LLAMA, 'H100 SXM', { engineVersion: '0.21.0', gpuMemoryUtilization: 0.9 }));
    const graphs = 56_623_104 + PER_GRAPH + 84 * PER_GRAPH;
    expect(v21.activations.inputs.cudagraph_estimate_bytes).toBe(graphs);
    expect(v21.activations.inputs.cudagraphs).toMatch(/^51 PIECEWISE \+ 35 FULL graphs \(largest 512 tokens\)/);
    expect(v20.kvCachePoolBytes! - v21.kvCachePoolBytes!).toBeCloseTo(graphs, -1);
    expect(v21.kvCacheCapacityTokens!).toBeLessThan(v20.kvCacheCapacityTokens!);
  });

  it('capture fewer graphs for fewer sequences: max capture size min(2 × max_num_seqs, 512), FULL up to half of it', () => {
    // 128 sequences: PIECEWISE [1, 2, 4, 8..248 step 8, 256] = 35 graphs, FULL up to 128 = 3 + 16 = 19.
    const result = estimate(input(LLAMA, 'H100 SXM', { engineVersion: '0.21.0', maxNumSeqs: 128 }));
    expect(result.activations.inputs.cudagraphs).toMatch(/^35 PIECEWISE \+ 19 FULL graphs \(largest 256 tokens\)/);
  });

  it('run Model Runner V2 for Qwen3 dense from 0.22 (#39337), every dense model from 0.25 (#44443), every model from 0.29 (#53183)', () => {
    const v2 = (model: string, version: string) => modelRunnerV2(input(model, 'H100 SXM', {}), parseVersion(version));
    expect(v2('Qwen/Qwen3-8B', '0.21.0')).toBe(false);
    expect(v2('Qwen/Qwen3-8B', '0.22.0')).toBe(true);
    expect(v2(LLAMA, '0.24.0')).toBe(false);
    expect(v2(LLAMA, '0.25.0')).toBe(true);
    expect(v2('Qwen/Qwen3-30B-A3B', '0.28.0')).toBe(false);
    expect(v2('Qwen/Qwen3-30B-A3B', '0.29.0')).toBe(true);
  });

  it('estimate no CUDA graphs on Model Runner V2 in 0.25 (profile_cudagraph_memory returns 0, #49224), and sample from one FP32 copy of the logits', () => {
    // Llama-3.1-8B on an H100, 0.25: 1024 rows × (2 B logits over the vocabulary padded to 64 + 4 B FP32
    // copy) + the [8192, 4096] bf16 hidden states still held: 1024 × (2 × 128256 + 4 × 128256) + 8192 × 4096 × 2.
    const result = estimate(input(LLAMA, 'H100 SXM', { engineVersion: '0.25.1' }));
    expect(result.activations.inputs.model_runner).toBe('V2');
    expect(result.activations.inputs.cudagraph_estimate_bytes).toBeUndefined();
    expect(result.activations.inputs.sampler_bytes).toBe(1024 * (2 * 128256 + 4 * 128256) + 8192 * 4096 * 2);
    // the graphs are captured outside the budget instead: the first 512-token capture (512 ×
    // max(3h + 2q + 2kv, 3h + 3·intermediate) × 2 B = 512 × 55296 × 2) + 85 further graphs × 12.4 MiB ≈ 1.08 GiB
    expect(result.notes.join(' ')).toMatch(/CUDA graphs \(~1\.08 GiB, 51 PIECEWISE \+ 35 FULL/);
    // from 0.26 Model Runner V2 reserves them before sizing the KV cache (#50159)
    const v26 = estimate(input(LLAMA, 'H100 SXM', { engineVersion: '0.26.0' }));
    expect(v26.activations.inputs.cudagraph_estimate_bytes).toBe(56_623_104 + 85 * PER_GRAPH);
  });

  it('shard the sampler over tensor-parallel ranks from 0.29 (batch-sharded sampling)', () => {
    const v28 = estimate(input('Qwen/Qwen3-32B', 'H100 SXM', { engineVersion: '0.28.0', tensorParallelSize: 2 }));
    const v29 = estimate(input('Qwen/Qwen3-32B', 'H100 SXM', { engineVersion: '0.29.0', tensorParallelSize: 2 }));
    // 1024 rows on each rank before, 1024 / 2 after
    expect(v28.activations.inputs.sampler_bytes).toBe(1024 * 6 * 151936 + 8192 * 5120 * 2);
    expect(v29.activations.inputs.sampler_bytes).toBe(512 * 6 * 151936 + 8192 * 5120 * 2);
  });

  it('batch 16384 tokens on GPUs of 160 GiB and more from 0.28 (engine/arg_utils.py get_batch_defaults)', () => {
    const v27 = estimate(input('Qwen/Qwen3-8B', 'B200', { engineVersion: '0.27.0' }));
    const v28 = estimate(input('Qwen/Qwen3-8B', 'B200', { engineVersion: '0.28.0' }));
    expect(v27.activations.inputs.max_num_batched_tokens).toBe(8192);
    expect(v28.activations.inputs.max_num_batched_tokens).toBe(16384);
    expect(estimate(input('Qwen/Qwen3-8B', 'H200', { engineVersion: '0.28.0' })).activations.inputs.max_num_batched_tokens).toBe(8192);
  });

  it('use the GPU\'s own SM count for the Triton sampler rows, min(#SM, rows)', () => {
    // 0.19 on an L4 (58 SMs, 256 rows by default below 70 GiB): 4 B × 128256 × 58 + the 8.125 MiB cuBLAS workspace
    const l4 = estimate(input(LLAMA, 'L4', { engineVersion: '0.19.0', maxModelLen: 4096 }));
    expect(l4.activations.inputs.persistent_bytes).toBe(4 * 128256 * 58 + 8.125 * 1024 * 1024);
  });
});

describe('vLLM --kv-cache-memory and --max-model-len auto', () => {
  it('give the KV cache exactly kv_cache_memory_bytes (#21489)', () => {
    // 4 GiB / (16 tokens × 32 layers × 2 × 8 heads × 128 × 2 B = 2 MiB a block) = 2048 blocks = 32,768 tokens
    const result = estimate(input(LLAMA, 'L4', { engineVersion: '0.27.0', maxModelLen: 8192, kvCacheMemoryBytes: 4 * GiB }));
    expect(result.kvCachePoolBytes).toBe(4 * GiB);
    expect(result.kvCacheCapacityTokens).toBe(32_768);
    expect(result.kvCache.inputs.kv_cache_memory_bytes).toBe(4 * GiB);
    expect(result.startupError).toBeUndefined();
  });

  it('refuse a kv_cache_memory_bytes the GPU cannot hold beside the weights', () => {
    const result = estimate(input(LLAMA, 'L4', { engineVersion: '0.27.0', maxModelLen: 8192, kvCacheMemoryBytes: 12 * GiB }));
    expect(result.startupErrorField).toBe('gpu');
    expect(result.startupError).toMatch(/^CUDA out of memory: kv_cache_memory_bytes 12\.00 GiB/);
  });

  it('fit the longest context that fits for max_model_len auto (#29431), where a fixed one is refused', () => {
    const fixed = estimate(input(LLAMA, 'L4', { engineVersion: '0.27.0', maxModelLen: 131072 }));
    const auto = estimate(input(LLAMA, 'L4', { engineVersion: '0.27.0', maxModelLen: 131072, maxModelLenAuto: true }));
    expect(fixed.startupErrorField).toBe('max_model_len');
    const estimated = Number(/estimated maximum model length is (\d+)/.exec(fixed.startupError!)![1]);
    expect(auto.startupError).toBeUndefined();
    expect(auto.kvCache.inputs.max_model_len).toBe(estimated);
    // the whole pool is one request: the fitted length is the capacity, 16-token blocks of 128 KiB
    expect(estimated).toBe(auto.kvCacheCapacityTokens);
    expect(auto.notes.join(' ')).toMatch(new RegExp(`vLLM settles on ${estimated.toLocaleString('en-US')}`));
    const fits = estimate(input(LLAMA, 'H100 SXM', { engineVersion: '0.27.0', maxModelLen: 131072, maxModelLenAuto: true }));
    expect(fits.kvCache.inputs.max_model_len).toBe(131072);
  });
});

describe('vLLM refusals, in each release\'s words', () => {
  it('print the V1 refusal with the estimated maximum model length (kv_cache_utils.py _check_enough_kv_cache_memory)', () => {
    // Llama-3.1-8B at 131072 tokens: 8192 blocks × 2 MiB = 16.00 GiB
    const result = estimate(input(LLAMA, 'L4', { engineVersion: '0.27.0', maxModelLen: 131072 }));
    expect(result.startupError).toMatch(
      /^To serve at least one request with the models's max seq len \(131072\), \(16\.00 GiB KV cache is needed, which is larger than the available KV cache memory \(\d+\.\d\d GiB\)\. Based on the available memory, the estimated maximum model length is \d+\. Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine\.$/,
    );
  });

  it('print the 0.28 wording: "model\'s", the CPU-backend hint and the docs link', () => {
    const result = estimate(input(LLAMA, 'L4', { engineVersion: '0.28.0', maxModelLen: 131072 }));
    expect(result.startupError).toMatch(
      /^To serve at least one request with the model's max seq len \(131072\), \(16\.00 GiB KV cache is needed, .* Try increasing `gpu_memory_utilization` \(which also controls CPU memory on the CPU backend\) or decreasing `max_model_len` when initializing the engine\. See https:\/\/docs\.vllm\.ai\/en\/latest\/configuration\/conserving_memory\/ for more details\.$/,
    );
  });

  it('print "No available memory for the cache blocks" when the weights leave nothing, with the CPU-backend clause from 0.28', () => {
    const v27 = estimate(input('Qwen/Qwen3-32B', 'L40S', { engineVersion: '0.27.1' }));
    expect(v27.startupError).toBe('No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.');
    expect(v27.kvCachePoolBytes!).toBeLessThan(0);
    const v28 = estimate(input('Qwen/Qwen3-32B', 'L40S', { engineVersion: '0.28.0' }));
    expect(v28.startupError).toMatch(/despite its name\)\. See https:\/\/docs\.vllm\.ai\/en\/latest\/configuration\/conserving_memory\/ for more details\.$/);
  });

  it('fail before 0.21 when the CUDA graphs captured after the KV cache do not fit in what gpu_memory_utilization leaves', () => {
    // 0.19, gmu 0.99 on an H100, 512-token batches of 256 sequences: 0.79 GiB outside the budget, less
    // the CUDA context (0.39 GiB), plus the profiling peak freed again (the 256-row sampler,
    // 256 × 14 B × 128256 ≈ 0.43 GiB): ≈ 0.83 GiB for 86 graphs, 56,623,104 B + 85 × 12.4 MiB ≈ 1.08 GiB.
    const opts = { engineVersion: '0.19.0', gpuMemoryUtilization: 0.99, maxNumSeqs: 256, maxNumBatchedTokens: 512 };
    const graphs = estimate(input(LLAMA, 'H100 SXM', opts));
    expect(graphs.startupErrorField).toBe('gpu_memory_utilization');
    expect(graphs.startupError).toMatch(/^CUDA out of memory while capturing CUDA graphs: 86 graphs \(~1\.08 GiB\).*Set enforce_eager: true, or lower gpu_memory_utilization\.$/);
    const eager = estimate(input(LLAMA, 'H100 SXM', { ...opts, enforceEager: true }));
    expect(eager.startupError).toBeUndefined();
    // from 0.21 the estimate comes out of the budget instead, and the same deployment starts
    expect(estimate(input(LLAMA, 'H100 SXM', { ...opts, engineVersion: '0.21.0' })).startupError).toBeUndefined();
  });
});

describe('vLLM pipeline parallel', () => {
  it('gives each stage its layers (get_pp_indices), the embeddings to the first, lm_head and the sampler to the last, and keeps the smaller block count', () => {
    // Qwen3-32B, 64 layers over 2 stages: 0-31 and 32-63. The second stage holds the received
    // hidden states and residual (2 × 8192 × 5120 × 2 B) and samples; the first does neither.
    const result = estimate(input('Qwen/Qwen3-32B', 'H100 SXM', { engineVersion: '0.27.0', pipelineParallelSize: 2 }));
    expect(result.weights.inputs.stage_layers).toBe('0-31, 32-63');
    expect(result.activations.inputs.persistent_bytes).toBe(2 * 8192 * 5120 * 2 + 32 * 1024 * 1024);
    const note = result.notes.find((n) => n.startsWith('Pipeline stages'))!;
    const kv = [...note.matchAll(/([\d.]+) GiB KV/g)].map((m) => Number(m[1]));
    expect(kv[1]).toBeLessThan(kv[0]);
    expect(note).toMatch(/keeps the smallest block count \(stage 2\)/);
    // 8 KV heads × 128 × 2 (K, V) × 2 B × 32 layers = 128 KiB a token on each stage
    expect(result.kvCacheCapacityTokens).toBe(Math.floor(result.kvCachePoolBytes! / (16 * 128 * 1024)) * 16);
  });

  it('splits the layers as VLLM_PP_LAYER_PARTITION says', () => {
    // 24 + 40 of Qwen3-32B's 64 layers: the second stage caches 40 layers, so it has the fewer blocks
    const result = estimate(input('Qwen/Qwen3-32B', 'H100 SXM', { engineVersion: '0.27.0', pipelineParallelSize: 2, ppLayerPartition: [24, 40] }));
    expect(result.weights.inputs.stage_layers).toBe('0-23, 24-63');
    expect(result.weights.rule).toMatch(/VLLM_PP_LAYER_PARTITION/);
    expect(result.kvCache.inputs.layers_per_block).toBe(40);
  });
});
