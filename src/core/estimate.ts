// The estimator's entry point: picks the engine's rules and returns a per-GPU breakdown.

import { estimateGeneric } from './engines/generic.js';
import { estimateLlamaCpp } from './engines/llamacpp.js';
import { estimateSglang } from './engines/sglang.js';
import { estimateTgi } from './engines/tgi.js';
import { estimateTransformers } from './engines/transformers.js';
import { estimateVllm } from './engines/vllm.js';
import { engineRefusal, overrideNote } from './engines/refusals.js';
import type { Estimate, EstimateInput } from './types.js';

/** The engine's estimate; a setting the engine refuses (heads, stages, context) is its start-up error, ahead of any memory error. */
export function estimate(input: EstimateInput): Estimate {
  const result = engineEstimate(input);
  const refusal = engineRefusal(input);
  const note = overrideNote(input);
  if (!refusal) return note ? { ...result, notes: [...result.notes, note] } : result;
  return {
    ...result,
    startupError: refusal.message,
    startupErrorField: refusal.field,
    notes: [...result.notes, `${input.serving.engine} refuses this ${refusal.field} before loading the model (${refusal.rule}).`],
  };
}

function engineEstimate(input: EstimateInput): Estimate {
  switch (input.serving.engine) {
    case 'generic':
      return estimateGeneric(input);
    case 'vllm':
      return estimateVllm(input);
    case 'sglang':
      return estimateSglang(input);
    case 'tgi':
      return estimateTgi(input);
    case 'llama.cpp':
      return estimateLlamaCpp(input, { ollama: false });
    case 'ollama':
      return estimateLlamaCpp(input, { ollama: true });
    case 'transformers':
      return estimateTransformers(input);
  }
}
