// Which field of a deployment decides a verdict that is not `fits`, so the annotation lands on
// the line to change: the context length when the engine refuses it or the KV cache is what
// does not fit, else the GPU (its label or the manifest's gpu line).

import type { Estimate } from '../core/types.js';
import type { Position } from '../manifest/parse.js';

export function decidingField(estimate: Estimate, fields: Readonly<Record<string, Position>>): string {
  const kvBound = estimate.startupError !== undefined && /max(?:imum)? (?:seq|model) len|max_total_tokens/i.test(estimate.startupError);
  const weightsFit = estimate.weights.bytes + estimate.activations.bytes + estimate.overhead.bytes <= estimate.availableBytes;
  if ((kvBound || (weightsFit && estimate.kvCache.bytes > 0)) && fields.max_model_len) return 'max_model_len';
  if (weightsFit && fields.concurrency) return 'concurrency';
  return fields.gpu ? 'gpu' : 'deployment';
}
