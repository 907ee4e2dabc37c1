// A checkpoint's tensors as its safetensors headers list them (name, dtype, shape → bytes), and
// the bytes an engine holds for them. Exact bytes beat a parameter count × bytes per parameter
// whenever the engine serves the checkpoint in the format it is stored in.

import type { Architecture } from './architecture.js';
import { isGgufType } from './gguf.js';
import { resolveFormat, type QuantFormat } from './quantization.js';
import type { Component, ModelInfo, ServingConfig } from './types.js';

export interface CheckpointTensor {
  name: string;
  /** safetensors dtype: F32, F16, BF16, F8_E4M3, I32, U8, ... */
  dtype: string;
  elements: number;
  bytes: number;
}

export interface Checkpoint {
  /** Where the headers were read (the index or the single file). */
  source: string;
  files: number;
  tensors: CheckpointTensor[];
}

/** safetensors dtypes that hold unquantized floating-point weights (cast to the serving dtype). */
const FLOAT_DTYPES = new Set(['F64', 'F32', 'F16', 'BF16']);

/** Decoder layers of the language model; vision towers name their layers differently. */
const DECODER_LAYER = /^(?:model\.|language_model\.model\.|model\.language_model\.|transformer\.)?(?:layers|h)\.(\d+)\./;

export interface CheckpointBytes {
  /** Bytes the engine holds for the checkpoint, unsharded. */
  bytes: number;
  /** Bytes of the tensors as stored. */
  storedBytes: number;
  /** Bytes of tensors the engine does not load (layers past num_hidden_layers: MTP / next-token heads). */
  skippedBytes: number;
  tensors: number;
  /** as-stored: a quantized checkpoint loaded as packed; cast: floating tensors at the serving dtype. */
  mode: 'as-stored' | 'cast';
  source: string;
}

/** Sums a checkpoint at the serving dtype (cast) or as stored. */
export function sumCheckpoint(checkpoint: Checkpoint, arch: Architecture, mode: CheckpointBytes['mode'], dtypeBytes: number): CheckpointBytes {
  let bytes = 0;
  let stored = 0;
  let skipped = 0;
  let count = 0;
  for (const t of checkpoint.tensors) {
    stored += t.bytes;
    const layer = DECODER_LAYER.exec(t.name);
    // vLLM's model classes skip weights of layers beyond num_hidden_layers (DeepSeek V3's MTP layer).
    if (layer && Number(layer[1]) >= arch.numHiddenLayers) {
      skipped += t.bytes;
      continue;
    }
    count += 1;
    bytes += mode === 'cast' && FLOAT_DTYPES.has(t.dtype) ? t.elements * dtypeBytes : t.bytes;
  }
  return { bytes, storedBytes: stored, skippedBytes: skipped, tensors: count, mode, source: checkpoint.source };
}

/**
 * The checkpoint's bytes as the engine will hold them, or undefined when the engine does not
 * serve it as stored: a GGUF type, or quantization applied at load time to an unquantized
 * checkpoint (fp8, bitsandbytes), where the architecture's count decides instead.
 */
export function servedCheckpoint(model: ModelInfo, serving: ServingConfig, dtypeBytes: number, format: QuantFormat | null): CheckpointBytes | undefined {
  const checkpoint = model.checkpoint;
  if (!checkpoint || checkpoint.tensors.length === 0) return undefined;
  if (serving.quantization && isGgufType(serving.quantization)) return undefined;
  const stored = model.quantizationConfig ? resolveFormat(null, model.quantizationConfig) : null;
  if (stored) {
    if (!format || format.name !== stored.name) return undefined;
    return sumCheckpoint(checkpoint, model.architecture, 'as-stored', dtypeBytes);
  }
  if (format) return undefined;
  return sumCheckpoint(checkpoint, model.architecture, 'cast', dtypeBytes);
}

/** The weights line, saying that its figure is anchored to the checkpoint's exact bytes. */
export function withCheckpoint(component: Component, checkpoint: CheckpointBytes | undefined): Component {
  if (!checkpoint) return component;
  return {
    ...component,
    formula: `${component.formula}, scaled to the checkpoint's exact bytes`,
    inputs: {
      ...component.inputs,
      checkpoint_bytes: checkpoint.bytes,
      checkpoint_tensors: checkpoint.tensors,
      checkpoint_dtype_rule: checkpoint.mode === 'cast' ? 'floating tensors at the serving dtype' : 'as stored (pre-quantized)',
      ...(checkpoint.skippedBytes > 0 ? { checkpoint_skipped_bytes: checkpoint.skippedBytes } : {}),
      checkpoint_source: checkpoint.source,
    },
  };
}
