// Engines other than `generic`, first cut: the seed's weights and KV cache (with the model's real
// KV heads) plus a fixed runtime allowance for the CUDA context and library workspaces, inside
// the share of the GPU the engine is allowed to use.

import { DTYPE_BYTES, resolveWeightDtype } from '../dtype.js';
import { kvWidth } from '../kv-cache.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { countParameters } from '../parameters.js';
import { quantFormat } from '../quantization.js';
import type { EngineName, Estimate, EstimateInput } from '../types.js';
import { MiB } from '../units.js';
import { weightBytes } from '../weights.js';

interface RuntimeProfile {
  /** Share of each GPU the engine allocates from by default. */
  defaultFraction: number;
  /** CUDA context, cuBLAS/NCCL workspaces and allocator slack per GPU. */
  runtimeBytes: number;
  source: string;
}

// A CUDA context with cuBLAS loaded takes roughly 300-600 MiB depending on GPU and CUDA version
// (PyTorch docs, "CUDA semantics: memory management"); engines add their own workspaces.
const PROFILES: Record<Exclude<EngineName, 'generic'>, RuntimeProfile> = {
  vllm: { defaultFraction: 0.9, runtimeBytes: 1024 * MiB, source: 'vLLM --gpu-memory-utilization default 0.9' },
  sglang: { defaultFraction: 0.88, runtimeBytes: 1024 * MiB, source: 'SGLang --mem-fraction-static' },
  tgi: { defaultFraction: 1.0, runtimeBytes: 1024 * MiB, source: 'TGI --cuda-memory-fraction default 1.0' },
  'llama.cpp': { defaultFraction: 1.0, runtimeBytes: 512 * MiB, source: 'llama.cpp allocates what it needs' },
  ollama: { defaultFraction: 1.0, runtimeBytes: 512 * MiB, source: 'Ollama (llama.cpp runner)' },
  transformers: { defaultFraction: 1.0, runtimeBytes: 512 * MiB, source: 'PyTorch caching allocator' },
};

export function defaultGpuMemoryUtilization(engine: EngineName): number {
  return engine === 'generic' ? 1 : PROFILES[engine].defaultFraction;
}

export function estimateRuntime(engine: Exclude<EngineName, 'generic'>, { model, serving, gpu }: EstimateInput): Estimate {
  const profile = PROFILES[engine];
  const arch = model.architecture;
  const tp = serving.tensorParallelSize;
  const params = countParameters(arch);
  const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, engine !== 'transformers');
  const w = weightBytes(params, dtype, quantFormat(serving.quantization));
  const width = kvWidth(arch, engine === 'transformers' ? 'expanded' : 'latent');
  const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, DTYPE_BYTES[dtype]);
  const kv = serving.concurrency * serving.maxModelLen * arch.numHiddenLayers * width.valuesPerTokenPerLayer * kvBytes;
  const fraction = serving.gpuMemoryUtilization ?? profile.defaultFraction;
  const rule = `${engine}: weights + KV cache + runtime allowance (${profile.source})`;
  const weightsPerGpu = Math.round(w.bytes / tp);
  const kvPerGpu = Math.round(kv / tp);
  return {
    engine,
    weights: { bytes: weightsPerGpu, formula: w.formula, inputs: { ...w.inputs, tensor_parallel_size: tp }, rule },
    kvCache: {
      bytes: kvPerGpu,
      formula: `concurrency × max_model_len × num_hidden_layers × ${width.formula} × kv_bytes / tensor_parallel_size`,
      inputs: {
        concurrency: serving.concurrency,
        max_model_len: serving.maxModelLen,
        num_hidden_layers: arch.numHiddenLayers,
        ...width.inputs,
        kv_bytes: kvBytes,
        tensor_parallel_size: tp,
      },
      rule,
    },
    activations: { bytes: 0, formula: 'not modelled yet', inputs: {}, rule },
    overhead: { bytes: profile.runtimeBytes, formula: 'runtime allowance', inputs: {}, rule },
    totalBytes: weightsPerGpu + kvPerGpu + profile.runtimeBytes,
    availableBytes: Math.floor(gpu.memoryBytes * fraction),
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: params,
    notes: [],
  };
}
