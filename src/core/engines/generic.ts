// The seed's quick calculator: weights P·D, KV cache B·S·L·2·H·D, and 20% on top of both for
// everything else (framework, CUDA context, fragmentation). It knows no engine, so it may use
// the whole GPU. Kept exact so its worked examples reproduce to the byte.

import { servedCheckpoint } from '../checkpoint.js';
import { DTYPE_BYTES, resolveWeightDtype } from '../dtype.js';
import { kvWidth } from '../kv-cache.js';
import { countParameters } from '../parameters.js';
import { resolveFormat } from '../quantization.js';
import { ggufTensors, normalizeFtype } from '../gguf.js';
import { bare, type Component, type Estimate, type EstimateInput } from '../types.js';
import { weightBytes } from '../weights.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { recurrentLayerCount, stateShape } from '../recurrent-state.js';

/** The seed's flat allowance for everything that is not weights or KV cache. */
export const SEED_OVERHEAD_FACTOR = 1.2;

const RULE = 'generic: the seed calculator, (weights + KV cache) × 1.2';

export function estimateGeneric({ model, serving, gpu }: EstimateInput, detail = true): Estimate {
  const arch = model.architecture;
  const tp = serving.tensorParallelSize;
  const params = countParameters(arch);
  const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, false);
  const ftype = serving.quantization ? normalizeFtype(serving.quantization) : undefined;
  const format = ftype ? null : resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
  const checkpoint = ftype ? undefined : servedCheckpoint(model, serving, DTYPE_BYTES[dtype], format);
  const w = checkpoint
    ? {
        bytes: checkpoint.bytes,
        formula: 'bytes of the checkpoint\'s tensors (safetensors headers; floating tensors at the dtype)',
        inputs: { dtype, tensors: checkpoint.tensors, checkpoint_source: checkpoint.source } as Record<string, number | string>,
      }
    : ftype
      ? {
          bytes: ggufTensors(arch, ftype).reduce((a, t) => a + t.bytes, 0),
          formula: 'GGUF file tensors (llama-quantize type rules)',
          inputs: { gguf_type: ftype, num_parameters: params.total } as Record<string, number | string>,
        }
      : weightBytes(params, dtype, format);
  const width = kvWidth(arch, 'expanded');
  const kvBytesPerValue = kvCacheDtypeBytes(serving.kvCacheDtype, DTYPE_BYTES[dtype]);
  // Hybrids: the seed's L counts the attention layers; recurrent layers add a fixed state per sequence.
  const attentionLayers = arch.recurrent ? arch.recurrent.attentionLayers.filter(Boolean).length : arch.numHiddenLayers;
  const state = arch.recurrent ? stateShape(arch, 1) : undefined;
  const stateTotal = state ? serving.concurrency * recurrentLayerCount(arch) * (state.convElements + state.temporalElements) * DTYPE_BYTES[dtype] : 0;
  const kvTotal = serving.concurrency * serving.maxModelLen * attentionLayers * width.valuesPerTokenPerLayer * kvBytesPerValue + stateTotal;

  const weightsPerGpu = Math.round(w.bytes / tp);
  const kvPerGpu = Math.round(kvTotal / tp);
  const totalBytes = Math.round((weightsPerGpu + kvPerGpu) * SEED_OVERHEAD_FACTOR);
  if (!detail) {
    return { engine: 'generic', weights: bare(weightsPerGpu), kvCache: bare(kvPerGpu), activations: bare(0), overhead: bare(totalBytes - weightsPerGpu - kvPerGpu), totalBytes, availableBytes: gpu.memoryBytes, gpuMemoryBytes: gpu.memoryBytes, parameters: params, notes: [] };
  }
  const perGpu: Record<string, number> = tp > 1 ? { tensor_parallel_size: tp } : {};

  const weights: Component = {
    bytes: weightsPerGpu,
    formula: tp > 1 ? `(${w.formula}) / tensor_parallel_size` : w.formula,
    inputs: { ...w.inputs, ...perGpu },
    rule: RULE,
  };
  const kvCache: Component = {
    bytes: kvPerGpu,
    formula: `concurrency × max_model_len × ${state ? 'attention layers' : 'num_hidden_layers'} × ${width.formula} × kv_bytes${state ? ` + concurrency × recurrent layers × (${state.formula}) × dtype bytes` : ''}${tp > 1 ? ' / tensor_parallel_size' : ''}`,
    inputs: {
      concurrency: serving.concurrency,
      max_model_len: serving.maxModelLen,
      num_hidden_layers: attentionLayers,
      ...(state ? { recurrent_state_bytes: stateTotal } : {}),
      ...width.inputs,
      kv_cache_dtype: serving.kvCacheDtype,
      kv_bytes: kvBytesPerValue,
      ...perGpu,
    },
    rule: RULE,
  };
  return {
    engine: 'generic',
    weights,
    kvCache,
    activations: { bytes: 0, formula: 'included in the overhead', inputs: {}, rule: RULE },
    overhead: {
      bytes: totalBytes - weightsPerGpu - kvPerGpu,
      formula: '(weights + kv_cache) × (1.2 − 1)',
      inputs: { factor: SEED_OVERHEAD_FACTOR },
      rule: RULE,
    },
    totalBytes,
    availableBytes: gpu.memoryBytes,
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: params,
    notes: [],
  };
}
