// Which field of a deployment decides a verdict that is not `fits`, so the annotation lands on
// the line to change: the setting the engine's own start-up error is about; else the context
// length when the KV cache is what does not fit; else the GPU (its label or the manifest's line).

import type { Estimate } from '../core/types.js';
import type { Position } from '../manifest/parse.js';

export function decidingField(estimate: Estimate, fields: Readonly<Record<string, Position>>): string {
  const named = estimate.startupErrorField;
  if (named && named !== 'gpu' && fields[named]) return named;
  // What this GPU's generation cannot run (the checkpoint's own quantization or dtype, or the engine
  // itself), where the deployment does not write it: the GPU is what to change.
  if (named === 'quantization' || named === 'dtype' || named === 'compute_capability') return fields.gpu ? 'gpu' : 'deployment';
  const weightsFit = estimate.weights.bytes + estimate.activations.bytes + estimate.overhead.bytes <= estimate.availableBytes;
  if (weightsFit && estimate.kvCache.bytes > 0 && fields.max_model_len) return 'max_model_len';
  if (weightsFit && fields.concurrency) return 'concurrency';
  return fields.gpu ? 'gpu' : 'deployment';
}
