// The estimator's inputs and outputs. Every memory figure is an integer number of bytes, per GPU.

import type { Architecture } from './architecture.js';
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
}

/** A deployment's serving settings, in vLLM's names, with defaults applied by the manifest layer. */
export interface ServingConfig {
  engine: EngineName;
  dtype: WeightDtypeName;
  /** Weight quantization (vLLM --quantization or a GGUF type); null for none. */
  quantization: string | null;
  kvCacheDtype: string;
  maxModelLen: number;
  /** Full-length sequences the KV cache must hold at once. */
  concurrency: number;
  tensorParallelSize: number;
  /** Fraction of each GPU the engine may use; undefined takes the engine's default. */
  gpuMemoryUtilization?: number;
}

export interface Gpu {
  name: string;
  /** Memory of one device, bytes. */
  memoryBytes: number;
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
  /** Things the user should know about how the figure was reached. */
  notes: string[];
}
