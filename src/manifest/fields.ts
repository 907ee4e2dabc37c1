// The manifest's fields (format version 1): one declaration drives validation, the "did you
// mean" suggestions and the published JSON Schema (`gpu-fit schema`). Names are vLLM's engine
// arguments and Hugging Face config.json keys.

import { WEIGHT_DTYPES } from '../core/dtype.js';
import { LLAMA_KV_TYPES } from '../core/gguf.js';
import { KV_CACHE_DTYPES } from '../core/kv-dtype.js';
import { ENGINES } from '../core/types.js';

export type FieldSpec =
  | { kind: 'string'; description: string }
  | { kind: 'enum'; values: readonly string[]; aliases?: Record<string, string>; description: string; nullable?: boolean }
  | { kind: 'integer'; min: number; max?: number; humanReadable?: boolean; auto?: boolean; description: string }
  | { kind: 'number'; min: number; max: number; exclusiveMin?: boolean; description: string }
  | { kind: 'boolean'; description: string }
  | { kind: 'count'; description: string }
  | { kind: 'quantization'; description: string }
  | { kind: 'gpu'; description: string }
  | { kind: 'object'; fields: Record<string, FieldSpec>; required: readonly string[]; description: string };

/** More layers than any model has (the largest have a few hundred): the bound on per-layer work. */
export const MAX_LAYERS = 10_000;

export const ARCHITECTURE_FIELDS: Record<string, FieldSpec> = {
  num_parameters: { kind: 'count', description: 'P: total parameters, e.g. 7.0e9 or "7B".' },
  // The largest models have a few hundred layers; the estimate's work grows with the count.
  num_hidden_layers: { kind: 'integer', min: 1, max: MAX_LAYERS, description: 'L: decoder layers.' },
  hidden_size: { kind: 'integer', min: 1, description: 'H: hidden size.' },
  num_attention_heads: { kind: 'integer', min: 1, description: 'Query heads.' },
  num_key_value_heads: {
    kind: 'integer',
    min: 1,
    description: 'K/V heads (grouped-query attention); defaults to num_attention_heads.',
  },
  head_dim: { kind: 'integer', min: 1, description: 'Size of one head; defaults to hidden_size / num_attention_heads.' },
  vocab_size: { kind: 'integer', min: 1, description: 'Vocabulary size.' },
  intermediate_size: { kind: 'integer', min: 1, description: 'MLP width.' },
  max_position_embeddings: { kind: 'integer', min: 1, description: 'Longest context the model supports.' },
};

export const DEPLOYMENT_FIELDS: Record<string, FieldSpec> = {
  model: {
    kind: 'string',
    description: 'Hugging Face model id: from the built-in catalog, else read from the Hub (config.json and the safetensors headers).',
  },
  from: {
    kind: 'string',
    description: 'A deployment file (Kubernetes, KServe, Helm output, Compose), relative to this manifest: its serving flags, GPU and model are used, and the fields here complete or override them.',
  },
  workload: { kind: 'string', description: 'With `from`: which workload (metadata.name or Compose service) of that file, when it has several.' },
  revision: { kind: 'string', description: 'Hub revision (branch, tag or commit) the model is read at (default main).' },
  gguf_file: {
    kind: 'string',
    description:
      'A .gguf file in the `model` repository (path inside it): llama.cpp, Ollama and vLLM (quantization: gguf) are sized from its header (tensor types and shapes, and the model\'s shape), read from the Hub with HTTP Range requests.',
  },
  config: {
    kind: 'string',
    description: 'Path of a config.json kept in the repository, relative to this manifest (instead of reading the Hub).',
  },
  architecture: {
    kind: 'object',
    fields: ARCHITECTURE_FIELDS,
    required: ['num_parameters', 'num_hidden_layers', 'hidden_size'],
    description: 'Raw architecture numbers (config.json names) instead of `model`.',
  },
  engine: { kind: 'enum', values: ENGINES, aliases: { llamacpp: 'llama.cpp', 'llama-cpp': 'llama.cpp', hf: 'transformers' }, description: 'Serving engine whose memory rules apply (default generic: the seed calculator).' },
  dtype: {
    kind: 'enum',
    values: WEIGHT_DTYPES,
    aliases: { fp32: 'float32', float: 'float32', fp16: 'float16', half: 'float16', bf16: 'bfloat16' },
    description: 'Weight dtype (auto: the checkpoint\'s torch_dtype).',
  },
  engine_version: {
    kind: 'string',
    description: 'Engine release the memory rules follow, e.g. "0.10.1" for vLLM (default: the newest modelled).',
  },
  quantization: {
    kind: 'quantization',
    description: 'Weight quantization: a vLLM --quantization name (fp8, awq, gptq, bitsandbytes, mxfp4, compressed-tensors, ...) or a GGUF type (Q4_K_M, Q8_0, ...). Default: the checkpoint\'s own.',
  },
  bits: { kind: 'integer', min: 2, max: 8, description: 'Bits per weight of GPTQ/AWQ-style formats (default 4).' },
  group_size: { kind: 'integer', min: -1, description: 'Weights per scale of GPTQ/AWQ-style formats (default 128; -1: one per channel).' },
  kv_cache_dtype: {
    kind: 'enum',
    values: [...Object.keys(KV_CACHE_DTYPES), ...Object.keys(LLAMA_KV_TYPES).filter((k) => !(k in KV_CACHE_DTYPES))],
    description: 'KV cache dtype (auto: the weights\' dtype): fp8 (e4m3/e5m2) for vLLM/SGLang, q8_0/q4_0 for llama.cpp/Ollama.',
  },
  max_model_len: {
    kind: 'integer',
    min: 1,
    humanReadable: true,
    auto: true,
    description: 'S: tokens per sequence (default: the model\'s max_position_embeddings). vLLM: auto (or -1) takes the longest that fits.',
  },
  pp_layer_partition: {
    kind: 'string',
    description: 'vLLM VLLM_PP_LAYER_PARTITION: decoder layers per pipeline stage, comma-separated ("24,40"); default an even split.',
  },
  kv_cache_memory_bytes: {
    kind: 'integer',
    min: 1,
    humanReadable: true,
    description: 'vLLM --kv-cache-memory: bytes for the KV cache on each GPU, instead of sizing it from gpu_memory_utilization.',
  },
  allow_long_max_model_len: {
    kind: 'boolean',
    description: 'vLLM/SGLang: the deployment sets VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 (SGLang: SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1), so a max_model_len above the model\'s context is accepted instead of refused.',
  },
  concurrency: { kind: 'integer', min: 1, description: 'B: full-length sequences held in the KV cache at once (default 1).' },
  gpu: { kind: 'gpu', description: 'GPU name or alias from the catalog, or {name, memory} with a unit, e.g. {name: my-card, memory: 47.5 GiB}.' },
  tensor_parallel_size: {
    kind: 'integer',
    min: 1,
    max: 1024,
    description: 'GPUs a replica splits its layers across (default 1). TGI: num_shard; llama.cpp/Ollama: GPUs the layers are split over.',
  },
  pipeline_parallel_size: { kind: 'integer', min: 1, max: 128, description: 'Pipeline stages, each tensor_parallel_size GPUs (default 1).' },
  max_num_seqs: { kind: 'integer', min: 1, description: 'vLLM: sequences per batch (default by engine version and GPU).' },
  max_num_batched_tokens: {
    kind: 'integer',
    min: 1,
    humanReadable: true,
    description: 'vLLM: tokens per batch, which sizes the profiling run (TGI: max_batch_prefill_tokens).',
  },
  block_size: { kind: 'integer', min: 1, description: 'vLLM: tokens per KV cache block (default 16; MLA backends 64/128).' },
  enforce_eager: { kind: 'boolean', description: 'vLLM: run without CUDA graphs.' },
  enable_prefix_caching: {
    kind: 'boolean',
    description: 'vLLM: automatic prefix caching; for hybrid (Mamba/linear-attention) models it keeps two state blocks per request (default on for hybrids from 0.27).',
  },
  n_gpu_layers: { kind: 'integer', min: 0, description: 'llama.cpp/Ollama: layers offloaded to the GPUs (default: all, output layer included).' },
  flash_attention: { kind: 'boolean', description: 'llama.cpp/Ollama: flash attention (default on for llama.cpp, per model for Ollama).' },
  mem_fraction_static: {
    kind: 'number',
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: 'SGLang: share of free memory for weights and KV cache (default by GPU size and version).',
  },
  gpu_memory_utilization: {
    kind: 'number',
    min: 0,
    max: 1,
    exclusiveMin: true,
    description: 'Fraction of each GPU the engine may use (vllm default 0.9; 1.0 otherwise).',
  },
};

export const TOP_LEVEL_FIELDS = ['version', 'deployments', 'prices'] as const;

export const MANIFEST_VERSION = 1;
