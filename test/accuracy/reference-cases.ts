// The measured start-up figures in ../shared/reference/measured-public.jsonl, each turned into the
// deployment a user would write for that run. Only the run's own settings are used (engine and
// version, model, GPU or the total memory it logged, context, parallelism, utilization); nothing
// here is tuned to the measured result.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/reference');
export const REFERENCE_FILE = join(REFERENCE_DIR, 'measured-public.jsonl');
/** The later sample (ids `f-`: vLLM 0.11/0.27, pipeline parallel, SGLang, TGI, Ollama), read where present. */
export const REFERENCE_FILE_2 = join(REFERENCE_DIR, 'measured-public-2.jsonl');

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
  // measured-public-2.jsonl
  'f-vllm-004': {
    deployment: { model: 'Qwen/Qwen3-32B', engine: 'vllm', engine_version: '0.27.1', max_model_len: 32768, gpu_memory_utilization: 0.426, gpu: { name: 'RTX PRO 6000 Blackwell Server Edition (95.01 GiB as printed)', memory: '95.01 GiB' } },
    reading: 'vllm/vllm-openai:latest read as 0.27.1 (the log says so); the card total as the author printed it (95.01 GiB); gmu 0.426 as run.',
  },
  'f-vllm-005': {
    deployment: { model: 'Qwen/Qwen3-32B', engine: 'vllm', engine_version: '0.27.1', max_model_len: 32768, gpu_memory_utilization: 0.426, tensor_parallel_size: 2, gpu: { name: 'RTX PRO 6000 Blackwell Server Edition (95.01 GiB as printed)', memory: '95.01 GiB' } },
    reading: 'As f-vllm-004 with TP 2 over PCIe (no NVLink).',
  },
  'f-vllm-009': {
    deployment: { model: 'openai/gpt-oss-20b', engine: 'vllm', engine_version: '0.11.0', max_model_len: 16000, block_size: 128, gpu: { name: 'H100 (79.18 GiB as logged)', memory: '79.18 GiB' } },
    reading: 'v0.11.0 image; GPU total as vLLM logged it (79.18 GiB); --block-size 128; gmu 0.9.',
  },
  'f-vllm-011': {
    deployment: { model: 'RedHatAI/Llama-3.3-70B-Instruct-FP8-dynamic', engine: 'vllm', engine_version: '0.11.0', max_model_len: 16000, block_size: 128, tensor_parallel_size: 2, gpu: { name: 'H100 (79.18 GiB as logged)', memory: '79.18 GiB' } },
    reading: 'v0.11.0 image; FP8-dynamic checkpoint of Llama-3.3-70B (compressed-tensors, read from the repository name); TP 2.',
  },
  'f-vllm-013': {
    deployment: { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', engine_version: '0.11.0', max_model_len: 16000, block_size: 128, gpu: { name: 'H100 (79.18 GiB as logged)', memory: '79.18 GiB' } },
    reading: 'v0.11.0 image; GPU total as logged.',
  },
  'f-vllm-015': {
    deployment: { model: 'Qwen/Qwen3-32B', engine: 'vllm', engine_version: '0.11.0', max_model_len: 16000, block_size: 128, gpu: { name: 'H100 (79.18 GiB as logged)', memory: '79.18 GiB' } },
    reading: 'v0.11.0 image; GPU total as logged.',
  },
  'f-vllm-017': {
    deployment: { model: 'Qwen/Qwen3-32B', engine: 'vllm', engine_version: '0.11.0', max_model_len: 16000, block_size: 128, tensor_parallel_size: 2, gpu: { name: 'H100 (79.18 GiB as logged)', memory: '79.18 GiB' } },
    reading: 'v0.11.0 image; GPU total as logged; TP 2.',
  },
  'f-vllm-030': {
    deployment: { model: 'google/gemma-3-4b-it', engine: 'vllm', engine_version: '0.10.0', gpu: { name: 'B200 (178.36 GiB as logged)', memory: '178.36 GiB' } },
    reading: 'PR #21489 branch (July 2025) read as 0.10.0; GPU total as logged; the model context (131072) as max_model_len; KV not compared (only the suggested --kv-cache-memory is printed).',
  },
  'f-sglang-002': {
    deployment: { model: 'Qwen/Qwen3-14B', engine: 'sglang', tensor_parallel_size: 4, mem_fraction_static: 0.8, max_model_len: 40960, gpu: 'RTX 4090' },
    reading: 'A June 2026 SGLang commit: the newest rules; context 40960 (the model default); --mem-fraction-static 0.80, TP 4.',
  },
  'f-tgi-002': {
    deployment: { model: 'meta-llama/Llama-3.1-70B-Instruct', engine: 'tgi', engine_version: '2.4.0', tensor_parallel_size: 2, max_model_len: 10000, gpu: 'A100 80GB' },
    reading: 'TGI 2.4 (Nov 2024); "Default max_batch_prefill_tokens to 10049" = max_input_tokens + 50 (launcher main.rs), so max_input_tokens 9999 and max_total_tokens 10000; 2 shards; bf16 assumed as the record does.',
  },
  'f-llamacpp-003': {
    deployment: { model: 'Qwen/Qwen2.5-Coder-7B-Instruct', engine: 'ollama', engine_version: '0.20.2', quantization: 'Q4_K_M', max_model_len: 32768, gpu: 'RTX 3060' },
    weightsScope: 'file',
    reading: 'ollama qwen2.5-coder:7b (Q4_K_M), context 32768 as loaded, all 29 layers on the GPU; weights = CUDA0 + CPU_Mapped model buffers (the whole file).',
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
  if (r.engine === 'sglang') {
    const weights = num(m.sglang_weights_mem_usage_gb); // SGLang prints GB but divides by 1024³
    return { weightsBytes: weights !== undefined ? weights * GiB : undefined, kvTokens: num(m.kv_cache_tokens) ?? num(m.max_total_num_tokens), started };
  }
  if (r.engine === 'tgi') return { kvTokens: num(m.tgi_max_batch_total_tokens), started };
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

function readRecords(file: string): ReferenceRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReferenceRecord);
}

export function loadReferenceCases(): ReferenceCase[] | null {
  if (!existsSync(REFERENCE_FILE)) return null;
  const records = [...readRecords(REFERENCE_FILE), ...(existsSync(REFERENCE_FILE_2) ? readRecords(REFERENCE_FILE_2) : [])];
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
