// Measured start-up figures gpu-fit's developers collected from further public logs, each with
// its source, in the layout of ../shared/reference (figures as the engines printed them).
// Note: gpu-fit's vLLM non-torch figures for v0.18+ (0.25 GiB) and for TP > 1 on H100 (1.8 GiB)
// come from the same llm-d-planner report as the llmd-* cases, so those cases do not test that term.

import type { ReferenceCase } from './reference-cases.js';

const GiB = 1024 ** 3;
const LLMD = 'https://github.com/llm-d-incubation/llm-d-planner/blob/875a4fd609eef0d70810ac27174ca9b42156d13a/accuracy/accuracy_report.md';
const H100 = { name: 'H100', memory: '79.19 GiB' }; // "H100 physical VRAM is 79.19 GiB" (same report)

function vllm019(id: string, deployment: Record<string, unknown>, expected: ReferenceCase['expected'], reading: string, version = '0.19.0'): ReferenceCase {
  return {
    id,
    origin: 'own',
    engine: 'vllm',
    deployment: { engine: 'vllm', engine_version: version, gpu_memory_utilization: 0.95, max_model_len: 8192, gpu: H100, ...deployment },
    weightsScope: 'gpu',
    expected,
    reading: `llm-d-planner sweep on H100, gpu_memory_utilization 0.95, max_model_len 8192: ${reading}`,
    source: LLMD,
  };
}

export const OWN_CASES: ReferenceCase[] = [
  vllm019('llmd-01', { model: 'meta-llama/Llama-3.1-8B-Instruct' }, { weightsBytes: 14.99 * GiB, kvBytes: 58.11 * GiB, kvTokens: 476_000, started: true }, 'Llama-3.1-8B bf16'),
  vllm019('llmd-02', { model: 'Qwen/Qwen2.5-7B-Instruct' }, { weightsBytes: 14.25 * GiB, kvBytes: 58.53 * GiB, kvTokens: 1_096_000, started: true }, 'Qwen2.5-7B bf16'),
  vllm019('llmd-03', { model: 'Qwen/Qwen2.5-7B-Instruct', kv_cache_dtype: 'fp8' }, { kvTokens: 2_192_000, kvBytes: 58.53 * GiB, started: true }, 'Qwen2.5-7B, --kv-cache-dtype fp8'),
  vllm019('llmd-04', { model: 'meta-llama/Llama-3.1-8B-Instruct', dtype: 'float32' }, { weightsBytes: 29.98 * GiB, kvBytes: 42.8 * GiB, kvTokens: 175_296, started: true }, 'Llama-3.1-8B, --dtype float32'),
  vllm019('llmd-05', { model: 'meta-llama/Llama-3.1-8B-Instruct', quantization: 'fp8' }, { weightsBytes: 8.49 * GiB, kvBytes: 64.61 * GiB, started: true }, 'Llama-3.1-8B, --quantization fp8 (online)'),
  vllm019('llmd-06', { model: 'Qwen/Qwen3-14B' }, { weightsBytes: 27.52 * GiB, kvBytes: 41.94 * GiB, started: true }, 'Qwen3-14B on v0.15.0', '0.15.0'),
  vllm019('llmd-07', { model: 'Qwen/Qwen3-14B' }, { weightsBytes: 27.52 * GiB, kvBytes: 45.34 * GiB, started: true }, 'Qwen3-14B on v0.17.0', '0.17.0'),
  vllm019('llmd-08', { model: 'meta-llama/Llama-3.1-8B-Instruct', tensor_parallel_size: 2 }, { weightsBytes: 7.51 * GiB, started: true }, 'Llama-3.1-8B, TP 2'),
  {
    ...vllm019('llmd-09', { model: 'openai/gpt-oss-20b' }, { started: false }, 'gpt-oss-20b, TP 1: "sampler warmup OOM (~786 MiB needed, <552 MiB free)"'),
    knownGap:
      'CUDA graphs outside the budget before 0.21: gpu-fit sizes the pool per captured graph (86 graphs × 12.4 MiB, llm-d-planner mean) plus the sampler warm-up after capture; vLLM found under 552 MiB free, so gpt-oss-20b kept far more than that after capture at gpu_memory_utilization 0.95.',
  },
  {
    ...vllm019('llmd-10', { model: 'openai/gpt-oss-20b', tensor_parallel_size: 2 }, { started: false }, 'gpt-oss-20b, TP 2 at 0.95: sampler warm-up OOM'),
    knownGap: 'as llmd-09',
  },
  vllm019('llmd-11', { model: 'openai/gpt-oss-20b', tensor_parallel_size: 2, gpu_memory_utilization: 0.9 }, { started: true }, 'gpt-oss-20b, TP 2 at 0.90: started'),
  {
    // The PP = 2 run beside f-vllm-005 (TP = 2): same box, model, budget and context.
    id: 'pp-01',
    origin: 'own',
    engine: 'vllm',
    deployment: {
      model: 'Qwen/Qwen3-32B',
      engine: 'vllm',
      engine_version: '0.27.1',
      max_model_len: 32768,
      gpu_memory_utilization: 0.426,
      pipeline_parallel_size: 2,
      gpu: { name: 'RTX PRO 6000 Blackwell Server Edition (95.01 GiB as printed)', memory: '95.01 GiB' },
    },
    weightsScope: 'gpu',
    expected: { weightsBytes: 30.52 * GiB, kvBytes: 6.92 * GiB, kvTokens: 56_640, started: true },
    reading:
      'vllm/vllm-openai:latest (0.27.1) with --pipeline-parallel-size 2 --gpu-memory-utilization 0.426 --max-model-len 32768 on two PCIe RTX PRO 6000 (95.01 GiB printed): "Model loading took 30.52 GiB" on both stages, "Available KV cache memory: 6.92 GiB" (PP0), "GPU KV cache size: 56,640 tokens".',
    source:
      'Blog post "Running a single LLM across two GPUs with vLLM" by saiyam-pathak, 2026-08-18 (slug running-a-single-llm-across-two-gpus-with-vllm), section "TP=2 vs PP=2, measured"; the same post as f-vllm-004/005',
  },
  {
    id: 'sglang-s1',
    origin: 'own',
    engine: 'sglang',
    deployment: { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'sglang', engine_version: '0.4.1', mem_fraction_static: 0.88, gpu: 'H100' },
    weightsScope: 'gpu',
    expected: { kvTokens: 444_500, started: true },
    reading: 'SGLang docs run (v0.4.1.post7 era), one 80 GB H100-class GPU, mem_fraction_static 0.88 as printed; max_total_num_tokens=444500.',
    source: 'https://docs.sglang.ai/start/send_request.html (captured 2025-01-23)',
  },
  {
    id: 'sglang-s2',
    origin: 'own',
    engine: 'sglang',
    deployment: { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'sglang', engine_version: '0.4.4', mem_fraction_static: 0.88, gpu: 'H100' },
    weightsScope: 'gpu',
    expected: { kvTokens: 442_750, started: true },
    reading: 'SGLang v0.4.4 test log, TP 1, default mem_fraction_static 0.88 (≤ v0.4.5 table); "KV Cache is allocated. #tokens: 442750".',
    source: 'https://github.com/sgl-project/sglang/pull/4760',
  },
  {
    id: 'tgi-t1',
    origin: 'own',
    engine: 'tgi',
    deployment: { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'tgi', engine_version: '2.2.0', max_model_len: 4096, max_num_batched_tokens: 4145, dtype: 'float16', gpu: 'A10G' },
    weightsScope: 'gpu',
    expected: { kvTokens: 19_056, started: true },
    reading: 'TGI 2.2.0 docker defaults (max_total_tokens 4096, max_batch_prefill_tokens 4145) on one A10G: "Setting max batch total tokens to 19056".',
    source: 'EC2 tutorial log, 2024-09-03 (TGI 2.2.0, meta-llama/Meta-Llama-3.1-8B-Instruct, g5 A10G)',
  },
];
