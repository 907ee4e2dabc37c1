// The estimator's inputs and outputs. Every memory figure is an integer number of bytes, per GPU.

import type { Architecture } from './architecture.js';
import type { Checkpoint } from './checkpoint.js';
import type { GgufTensor } from './gguf.js';
import type { WeightDtypeName } from './dtype.js';
import type { ParameterCount } from './parameters.js';

export const ENGINES = ['generic', 'vllm', 'sglang', 'tgi', 'llama.cpp', 'ollama', 'transformers'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface ModelInfo {
  /** Catalog or Hub id; null when the manifest gave raw architecture numbers. */
  id: string | null;
  architecture: Architecture;
  /** quantization_config of a pre-quantized checkpoint, as config.json has it. */
  quantizationConfig?: Record<string, unknown>;
  /** The checkpoint's tensors from its safetensors headers, where they were read. */
  checkpoint?: Checkpoint;
  /** A GGUF file's tensors from its header, where the deployment names one (gguf_file). */
  gguf?: GgufFile;
}

/** The tensors of one .gguf file as its header lists them, typed and sized. */
export interface GgufFile {
  /** Where the header was read. */
  source: string;
  tensors: GgufTensor[];
  /** llama-quantize's name of the file type (Q4_K_M), where the header says. */
  fileType?: string;
}

/** A deployment's serving settings, in vLLM's names, with defaults applied by the manifest layer. */
export interface ServingConfig {
  engine: EngineName;
  /** Engine release the rules should follow ("0.6.4", "0.10.1"); undefined: the newest modelled. */
  engineVersion?: string;
  dtype: WeightDtypeName;
  /** Weight quantization: a vLLM --quantization name or a GGUF type; null for none. */
  quantization: string | null;
  /** Bits and group size of formats that need them (GPTQ, AWQ). */
  bits?: number;
  groupSize?: number;
  kvCacheDtype: string;
  /** Tokens per sequence (llama.cpp/Ollama: the context of one slot). */
  maxModelLen: number;
  /** max_model_len was not given: the manifest filled in the model's context (engines with their own default may use it instead). */
  maxModelLenDefault?: boolean;
  /** vLLM `--max-model-len auto` (or -1): the longest context that fits, up to maxModelLen (the model's). */
  maxModelLenAuto?: boolean;
  /** vLLM `--kv-cache-memory`: bytes given to the KV cache instead of profiling gpu_memory_utilization. */
  kvCacheMemoryBytes?: number;
  /** Full-length sequences the KV cache must hold at once (llama.cpp/Ollama: parallel slots). */
  concurrency: number;
  tensorParallelSize: number;
  pipelineParallelSize: number;
  /** vLLM VLLM_PP_LAYER_PARTITION: decoder layers per pipeline stage. */
  ppLayerPartition?: number[];
  /** Fraction of each GPU the engine may use; undefined takes the engine's default. */
  gpuMemoryUtilization?: number;
  /** vLLM scheduler limits that size the profiling run; undefined takes the engine's defaults. */
  maxNumSeqs?: number;
  maxNumBatchedTokens?: number;
  blockSize?: number;
  enforceEager?: boolean;
  /** vLLM automatic prefix caching; undefined takes the release's default (hybrids: on from 0.27). */
  enablePrefixCaching?: boolean;
  /** llama.cpp/Ollama: layers offloaded to the GPU (default: all, output layer included). */
  nGpuLayers?: number;
  /** llama.cpp/Ollama: flash attention (default on where the engine turns it on). */
  flashAttention?: boolean;
  /** vLLM/SGLang: the environment override that lets max_model_len exceed the model's context. */
  allowLongMaxModelLen?: boolean;
}

export interface Gpu {
  name: string;
  /** Memory of one device as nvidia-smi reports it, bytes. */
  memoryBytes: number;
  /** What CUDA reports as total (torch.cuda.mem_get_info), where known. */
  cudaTotalBytes?: number;
  /** Catalog architecture ("Ampere", "Hopper", ...), where known. */
  architecture?: string;
  computeCapability?: string;
  /** How the GPUs of one machine connect ("NVSwitch" on HGX boards), where known. */
  interconnect?: string;
  /** Streaming multiprocessors, where known: sizes per-SM workspaces (catalog smCount). */
  smCount?: number;
  /** Memory bandwidth of one device, bytes per second, where known (the planner's decode bound). */
  memoryBandwidthBytesPerSecond?: number;
  /** Dense (no sparsity) tensor peak per dtype, TFLOPS, where the datasheet gives it (the planner's prefill bound). */
  denseTflops?: Partial<Record<'bf16' | 'fp8' | 'int8' | 'fp4', number>>;
}

export interface EstimateInput {
  model: ModelInfo;
  serving: ServingConfig;
  gpu: Gpu;
}

/** One line of the breakdown: its bytes, the formula, the inputs it used, and the rule it follows. */
export interface Component {
  bytes: number;
  formula: string;
  inputs: Record<string, number | string>;
  /** Which engine rule produced it (engine, source file and function where one exists). */
  rule: string;
}

const NO_INPUTS: Record<string, number | string> = Object.freeze({});

/**
 * A component with its bytes alone. The planner's searches (estimate(input, false)) read only the
 * figures: the formulas and notes of their trials were written to be thrown away.
 */
export const bare = (bytes: number): Component => ({ bytes, formula: '', inputs: NO_INPUTS, rule: '' });

export interface Estimate {
  engine: EngineName;
  weights: Component;
  kvCache: Component;
  activations: Component;
  overhead: Component;
  /** Memory the deployment needs on its busiest GPU. */
  totalBytes: number;
  /** Memory the engine may use on one GPU (gpu_memory_utilization × GPU memory, or the whole GPU). */
  availableBytes: number;
  gpuMemoryBytes: number;
  parameters: ParameterCount;
  /** Tokens the engine's KV cache holds per replica, as the engine logs it (engines that preallocate). */
  kvCacheCapacityTokens?: number;
  /** Bytes the engine gives its KV cache on the busiest GPU (vLLM: "Available KV cache memory"). */
  kvCachePoolBytes?: number;
  /** Full-length (max_model_len) sequences that fit at once, as the engine logs it. */
  maxConcurrency?: number;
  /** The engine refuses to start: its own message with its own numbers. */
  startupError?: string;
  /** The setting the engine's error is about: the context it cannot hold, the batch its sampler cannot warm up, or the memory. */
  startupErrorField?: 'max_model_len' | 'max_num_seqs' | 'max_num_batched_tokens' | 'gpu_memory_utilization' | 'gpu' | 'tensor_parallel_size' | 'pipeline_parallel_size' | 'quantization' | 'dtype' | 'compute_capability';
  /**
   * The engine starts but serves less than asked (SGLang caps requests at its pool when the pool
   * is shorter than the context): the verdict is at best `tight`, and this says why.
   */
  limitation?: string;
  /** Things the user should know about how the figure was reached. */
  notes: string[];
}
