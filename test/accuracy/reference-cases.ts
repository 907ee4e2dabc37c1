// The measured start-up figures in ../shared/reference/measured-public.jsonl, each turned into the
// deployment a user would write for that run. Only the run's own settings are used (engine and
// version, model, GPU or the total memory it logged, context, parallelism, utilization); nothing
// here is tuned to the measured result.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REFERENCE_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/reference/measured-public.jsonl');

export interface ReferenceRecord {
  case_id: string;
  engine: string;
  engine_version: string;
  model_id: string;
  outcome: 'started' | 'failed_kv_cache_too_small' | 'failed_oom' | 'failed_other';
  measured: Record<string, unknown>;
  derived: Record<string, number>;
  source: { url: string | null; where: string };
  reliability: string;
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

export interface Expected {
  /** Weights per GPU as the engine logged them (llama.cpp: all model buffers together). */
  weightsBytes?: number;
  /** KV cache capacity in tokens as the engine logged it. */
  kvTokens?: number;
  /** KV cache bytes as the engine logged them (vLLM per GPU; llama.cpp all devices). */
  kvBytes?: number;
  started: boolean;
}

export interface ReferenceCase {
  id: string;
  /** shared: ../shared/reference (the published sample); own: test/accuracy/own-cases.ts. */
  origin: 'shared' | 'own';
  engine: string;
  /** The deployment, in manifest fields. */
  deployment: Record<string, unknown>;
  /** Which logged figure the weights compare with: per-GPU (vLLM) or the whole GGUF (llama.cpp). */
  weightsScope: 'gpu' | 'file' | 'gpu-offloaded';
  expected: Expected;
  /** How the deployment was read from the record. */
  reading: string;
  /** A known limit of gpu-fit's rules this case shows: printed, not asserted. */
  knownGap?: string;
  source: string;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const sum = (v: unknown): number => Object.values((v ?? {}) as Record<string, number>).reduce((a, b) => a + b, 0);

/** The deployment for each case: only what the run itself says, with the reading explained. */
const DEPLOYMENTS: Record<string, { deployment: Record<string, unknown>; weightsScope?: ReferenceCase['weightsScope']; reading: string }> = {
  'vllm-002': {
    deployment: { model: 'meta-llama/Meta-Llama-3-8B', engine: 'vllm', engine_version: '0.6.5', max_model_len: 8192, gpu: { name: 'H100 80GB (79.22 GiB as logged)', memory: '79.22 GiB' } },
    reading: 'GPU total from the log (total_gpu_memory 79.22 GiB); PR #10511 branch read as 0.6.5; Meta-Llama-3-8B default context 8192.',
  },
  'vllm-005': {
    deployment: { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', engine_version: '0.6.4', max_model_len: 20000, gpu: { name: 'RTX 3090 (23.58 GiB as logged)', memory: '23.58 GiB' } },
    reading: 'GPU total from the log (23.58 GiB).',
  },
  'vllm-006': {
    deployment: { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', engine_version: '0.6.4', max_model_len: 29000, gpu: { name: 'RTX 3090 (23.58 GiB as logged)', memory: '23.58 GiB' } },
    reading: 'GPU total from the log (23.58 GiB).',
  },
  'vllm-009': {
    deployment: { model: 'openai/gpt-oss-20b', engine: 'vllm', engine_version: '0.19.0', max_model_len: 131072, gpu_memory_utilization: 0.65, gpu: 'A100 80GB' },
    reading: 'A100 80 GB as the record infers.',
  },
  'vllm-014': {
    deployment: { model: 'Qwen/Qwen1.5-7B-Chat-GPTQ-Int4', engine: 'vllm', engine_version: '0.3.0', quantization: 'gptq', gpu: 'RTX 3090' },
    reading: 'Defaults: max_model_len 32768 (the model context), gpu_memory_utilization 0.9.',
  },
  'vllm-017': {
    deployment: { model: 'lmsys/vicuna-7b-v1.3', engine: 'vllm', engine_version: '0.1.2', dtype: 'float16', gpu: 'T4' },
    reading: 'Defaults of vLLM 0.1 (context 2048, fp16).',
  },
  'vllm-022': {
    deployment: { model: 'Qwen/Qwen2-7B-Instruct', engine: 'vllm', engine_version: '0.10.1.1', max_model_len: 16384, gpu_memory_utilization: 0.25, gpu: 'A100 80GB' },
    reading: 'A100 80 GB per the repository README.',
  },
  'vllm-025': {
    deployment: { model: 'Qwen/Qwen2-7B-Instruct', engine: 'vllm', engine_version: '0.10.1.1', max_model_len: 16384, gpu_memory_utilization: 0.25, tensor_parallel_size: 2, gpu: 'A100 80GB' },
    reading: 'A100 80 GB per the repository README; TP 2.',
  },
  'vllm-028': {
    deployment: { model: 'meta-llama/Llama-2-7b-hf', engine: 'vllm', engine_version: '0.2.5', dtype: 'float16', gpu: 'A100 80GB' },
    reading: 'Defaults: context 4096, gpu_memory_utilization 0.9.',
  },
  'vllm-030': {
    deployment: { model: 'Qwen/Qwen3-8B', engine: 'vllm', engine_version: '0.9.2', gpu: 'NVIDIA A100-SXM4-40GB' },
    reading: 'Defaults: context 40960, gpu_memory_utilization 0.9.',
  },
  'vllm-034': {
    deployment: { model: 'meta-llama/Llama-3.1-405B-Instruct-FP8', engine: 'vllm', engine_version: '0.5.3', tensor_parallel_size: 8, gpu: 'H100' },
    reading: 'Defaults (context 131072); the run failed at start-up.',
  },
  'vllm-038': {
    deployment: { model: 'Qwen/Qwen2.5-7B-Instruct', engine: 'vllm', engine_version: '0.6.6', max_model_len: 8192, max_num_seqs: 16, gpu: { name: 'RTX 3090 (23.57 GiB as logged)', memory: '23.57 GiB' } },
    reading: 'GPU total from the log (23.57 GiB).',
  },
  'sglang-001': {
    deployment: { model: 'Qwen/Qwen3-235B-A22B-FP8', engine: 'sglang', engine_version: '0.4.9', tensor_parallel_size: 4, mem_fraction_static: 0.93, gpu: 'H100' },
    reading: 'July 2025 SGLang read as 0.4.9; H100 80 GB as stated.',
  },
  'llamacpp-001': {
    deployment: { model: 'Qwen/Qwen2-72B-Instruct', engine: 'ollama', engine_version: '0.2.0', quantization: 'Q4_K_M', n_gpu_layers: 13, max_model_len: 2048, gpu: { name: 'GTX 1080 Ti', memory: '11264 MiB' } },
    weightsScope: 'file',
    reading: 'ollama qwen2:72b-instruct-q4_K_M with 13 layers offloaded; GTX 1080 Ti (11264 MiB, not in the catalog); context 2048 (Ollama default then).',
  },
  'llamacpp-004': {
    deployment: { model: 'meta-llama/Meta-Llama-3-8B', engine: 'llama.cpp', quantization: 'Q4_K_M', max_model_len: 512, flash_attention: false, gpu: 'RTX 3070' },
    weightsScope: 'file',
    reading: 'A Llama-3-8B fine-tune: the Llama-3-8B architecture; n_ctx 512, flash attention off.',
  },
  'llamacpp-006': {
    deployment: { model: 'Qwen/Qwen3-30B-A3B', engine: 'llama.cpp', quantization: 'Q4_K_M', max_model_len: 32768, tensor_parallel_size: 2, flash_attention: true, gpu: 'T4' },
    weightsScope: 'file',
    reading: 'Unsloth UD-Q4_K_XL, whose header says Q4_K - Medium: read as Q4_K_M; two T4s.',
  },
  'llamacpp-010': {
    deployment: { model: 'meta-llama/Llama-2-7b-hf', engine: 'llama.cpp', quantization: 'Q8_0', max_model_len: 11000, flash_attention: false, gpu: 'RTX 4090' },
    weightsScope: 'gpu-offloaded',
    reading: 'LlongOrca-7B-16K is Llama-2-7B; GPU weights = total VRAM used − KV − scratch buffer as logged.',
  },
  'llamacpp-012': {
    deployment: { model: 'google/gemma-7b-it', engine: 'llama.cpp', quantization: 'Q4_0', max_model_len: 2048, flash_attention: false, gpu: 'RTX 3080 10GB' },
    weightsScope: 'file',
    reading: 'gemma-7b-it Q4_0, n_ctx 2048.',
  },
  'llamacpp-015': {
    deployment: { model: 'Qwen/Qwen3-32B', engine: 'llama.cpp', quantization: 'Q5_K_M', max_model_len: 8192, tensor_parallel_size: 2, flash_attention: true, gpu: 'T4' },
    weightsScope: 'file',
    reading: 'Two T4s; the run used row split (all KV on GPU 0), gpu-fit models layer split.',
  },
};

function expectedOf(r: ReferenceRecord): Expected {
  const m = r.measured;
  const started = r.outcome === 'started';
  if (r.engine === 'sglang') return { kvTokens: num(m.kv_cache_tokens), started };
  if (r.engine === 'vllm') {
    const weights = num(m.weights_per_gpu_gib);
    const blocks = num(m.num_gpu_blocks);
    const tokens = num(m.kv_cache_tokens) ?? num(m.error_kv_cache_tokens) ?? (blocks !== undefined && blocks > 0 ? blocks * 16 : undefined);
    const kv = num(m.kv_cache_per_gpu_gib);
    return {
      weightsBytes: weights !== undefined ? weights * GiB : undefined,
      kvTokens: tokens,
      kvBytes: kv !== undefined && kv > 0 ? kv * GiB : undefined,
      started,
    };
  }
  // llama.cpp family: model buffers of every device; KV self size.
  const buffers = sum(m.model_buffer_mib);
  const vram = num(m.vram_used_mib_total);
  const kvTotal = num(m.kv_total_mib);
  const scratch = num(m.scratch_buffer_mib);
  const weights = buffers > 0 ? buffers * MiB : vram !== undefined && kvTotal !== undefined ? (vram - kvTotal - (scratch ?? 0)) * MiB : undefined;
  return { weightsBytes: weights, kvBytes: kvTotal !== undefined ? kvTotal * MiB : undefined, started };
}

export function loadReferenceCases(): ReferenceCase[] | null {
  if (!existsSync(REFERENCE_FILE)) return null;
  const records = readFileSync(REFERENCE_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReferenceRecord);
  return records.map((r) => {
    const entry = DEPLOYMENTS[r.case_id];
    if (!entry) throw new Error(`reference case ${r.case_id} has no deployment reading in reference-cases.ts: add one`);
    return {
      id: r.case_id,
      origin: 'shared' as const,
      engine: r.engine,
      deployment: entry.deployment,
      weightsScope: entry.weightsScope ?? 'gpu',
      expected: expectedOf(r),
      reading: entry.reading,
      source: r.source.url ?? r.source.where,
    };
  });
}
