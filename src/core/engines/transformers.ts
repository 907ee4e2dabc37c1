// Plain transformers `model.generate()`: weights at the loaded dtype, a DynamicCache that grows to
// concurrency × max_model_len (one extra layer while torch.cat builds the next step), the prefill
// activations of that batch, float32 logits of the last token, and the CUDA context. With several
// GPUs, device_map="auto" places whole layers on each (a pipeline, not tensor parallelism).
// Sources: transformers cache_utils.py DynamicLayer.update (torch.cat), generation/utils.py
// (logits_to_keep, float32 next-token logits, ≥ 4.47).

import { servedCheckpoint, withCheckpoint } from '../checkpoint.js';
import { forwardPeak } from '../activation.js';
import { DTYPE_BYTES, resolveWeightDtype } from '../dtype.js';
import { kvCacheDtypeBytes } from '../kv-dtype.js';
import { kvLayers } from '../layers.js';
import { recurrentLayerCount, stateShape } from '../recurrent-state.js';
import { countParameters } from '../parameters.js';
import { resolveFormat } from '../quantization.js';
import { CUDA_CONTEXT_BYTES, deviceTotalBytes } from '../runtime-memory.js';
import { busiestStage, stageWeights } from '../sharding.js';
import { bare, type Estimate, type EstimateInput } from '../types.js';
import { MiB } from '../units.js';

export function estimateTransformers({ model, serving, gpu }: EstimateInput, detail = true): Estimate {
  const arch = model.architecture;
  const gpus = serving.tensorParallelSize * serving.pipelineParallelSize;
  const notes: string[] = [];
  const dtype = resolveWeightDtype(serving.dtype, arch.torchDtype, false);
  if (serving.dtype === 'auto') notes.push(`dtype auto is the checkpoint's ${dtype}; transformers 4.x loads float32 unless from_pretrained gets torch_dtype="auto".`);
  const dtypeBytes = DTYPE_BYTES[dtype];
  const format = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize);
  const checkpoint = servedCheckpoint(model, serving, dtypeBytes, format);
  const stages = stageWeights(arch, { tensorParallelSize: 1, pipelineParallelSize: gpus, vocabPadding: 1, dtypeBytes, format, checkpointBytes: checkpoint?.bytes });
  const stage = busiestStage(stages);

  const kvBytes = kvCacheDtypeBytes(serving.kvCacheDtype, dtypeBytes);
  const layers = kvLayers(arch, 1, 'expanded').filter((l) => l.layer >= stage.firstLayer && l.layer <= stage.lastLayer);
  const sequences = serving.concurrency;
  const L = serving.maxModelLen;
  // Sliding-window layers keep the window (HybridCache for Gemma 2/3, gpt-oss), Llama 4's chunked
  // layers one chunk (HybridChunkedCache, attention_chunk_size).
  const perLayer = layers.map((l) => (l.kind === 'none' ? 0 : l.valuesPerToken * kvBytes * sequences * (l.kind === 'sliding' || l.kind === 'chunked' ? Math.min(l.window!, L) : L)));
  // Hybrids: conv and recurrent states per sequence in each recurrent layer (Qwen3NextDynamicCache,
  // HybridMambaAttentionDynamicCache in cache_utils.py / modeling_*.py). The delta-rule kernels
  // return their final state in float32 (modeling_qwen3_next.py torch_chunk_gated_delta_rule).
  const stateLayers = arch.recurrent ? recurrentLayerCount(arch, stage.firstLayer, stage.lastLayer) : 0;
  const shape = arch.recurrent ? stateShape(arch, 1) : undefined;
  const temporalBytes = arch.recurrent && ['gated_delta_net', 'kda'].includes(arch.recurrent.kind) ? 4 : dtypeBytes;
  const stateBytes = shape ? sequences * stateLayers * (shape.convElements * dtypeBytes + shape.temporalElements * temporalBytes) : 0;
  const kvCache = perLayer.reduce((a, b) => a + b, 0) + stateBytes;
  const transient = Math.max(0, ...perLayer); // torch.cat holds the old and the new tensor of one layer

  const prefill = forwardPeak(arch, sequences * L, 1, dtypeBytes);
  const logits = sequences * (arch.vocabSize ?? 0) * (dtypeBytes + 4);
  const activation = Math.max(prefill.bytes, logits) + transient;
  const total = deviceTotalBytes(gpu) * (serving.gpuMemoryUtilization ?? 1);
  const fixed = stage.bytes + activation + CUDA_CONTEXT_BYTES;
  const perToken = layers.reduce((sum, l) => sum + l.valuesPerToken * kvBytes, 0);
  const capacity = perToken > 0 ? Math.max(0, Math.floor((total - fixed) / perToken)) : 0;
  const totals = {
    totalBytes: Math.round(stage.bytes + kvCache + activation + CUDA_CONTEXT_BYTES),
    availableBytes: Math.floor(total),
    gpuMemoryBytes: gpu.memoryBytes,
    parameters: countParameters(arch),
    kvCacheCapacityTokens: capacity,
    kvCachePoolBytes: capacity * perToken,
    maxConcurrency: capacity / L,
  };
  if (!detail) return { engine: 'transformers', weights: bare(stage.bytes), kvCache: bare(Math.round(kvCache)), activations: bare(Math.round(activation)), overhead: bare(CUDA_CONTEXT_BYTES), ...totals, notes: [] };
  const rule = 'transformers: generate() with DynamicCache';
  if (gpus > 1) notes.push(`device_map="auto" spreads whole layers over ${gpus} GPUs; the busiest holds layers ${stage.firstLayer}–${stage.lastLayer}.`);
  return {
    engine: 'transformers',
    weights: withCheckpoint({
      bytes: stage.bytes,
      formula: 'parameters on this GPU × bytes per parameter',
      inputs: { dtype, quantization: format?.name ?? 'none', gpus, layers: `${stage.firstLayer}-${stage.lastLayer}` },
      rule,
    }, checkpoint),
    kvCache: {
      bytes: Math.round(kvCache),
      formula: `concurrency × max_model_len × layers × 2 × num_key_value_heads × head_dim × kv_bytes (sliding layers: window)${shape ? ` + concurrency × recurrent layers × (${shape.formula}) × state bytes` : ''}`,
      inputs: { concurrency: sequences, max_model_len: L, layers: layers.length, kv_bytes: kvBytes, ...(shape ? { recurrent_layers: stateLayers, recurrent_state_bytes: stateBytes } : {}) },
      rule: `${rule}: cache_utils.py DynamicLayer.update`,
    },
    activations: {
      bytes: Math.round(activation),
      formula: 'max(prefill of concurrency × max_model_len tokens, last-token logits in dtype and float32) + one layer of KV copied by torch.cat',
      inputs: { prefill_bytes_per_token: prefill.perToken, vocab_size: arch.vocabSize ?? 0, torch_cat_transient_bytes: Math.round(transient) },
      rule,
    },
    overhead: {
      bytes: CUDA_CONTEXT_BYTES,
      formula: 'CUDA context with lazy module loading',
      inputs: { cuda_context_mib: CUDA_CONTEXT_BYTES / MiB },
      rule: 'PyTorch: ~400 MB context for CUDA ≥ 11.7 (pytorch/pytorch#109888)',
    },
    ...totals,
    notes,
  };
}
