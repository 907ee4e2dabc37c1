// Device memory that no engine log shows but every process pays: the CUDA context and library
// workspaces. Figures with their public sources.

import { MiB } from './units.js';
import type { Gpu } from './types.js';

/**
 * CUDA context of a PyTorch process with lazy module loading (CUDA ≥ 11.7): "around 400MB"
 * (PyTorch maintainer ptrblck, https://github.com/pytorch/pytorch/issues/109888); 287 MB measured
 * in https://github.com/pytorch/pytorch/issues/86509. Engines that budget from the CUDA total pay it
 * outside their budget except where a rule below says otherwise.
 */
export const CUDA_CONTEXT_BYTES = 400 * MiB;

/**
 * Ollama reserves this much per CUDA GPU for "context structures independent of model allocations"
 * (CUDA context, cuBLAS, the ggml pool): ollama ml/device.go MinimumMemory (457 MiB since v0.1.32).
 */
export const LLAMA_RUNTIME_BYTES = 457 * MiB;

/** The device total engines budget from: what CUDA reports where known, else the memory given. */
export function deviceTotalBytes(gpu: Gpu): number {
  return gpu.cudaTotalBytes ?? gpu.memoryBytes;
}
