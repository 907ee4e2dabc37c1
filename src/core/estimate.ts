// The estimator's entry point: picks the engine's rules and returns a per-GPU breakdown.

import { estimateGeneric } from './engines/generic.js';
import { estimateLlamaCpp } from './engines/llamacpp.js';
import { estimateSglang } from './engines/sglang.js';
import { estimateTgi } from './engines/tgi.js';
import { estimateTransformers } from './engines/transformers.js';
import { estimateVllm } from './engines/vllm.js';
import { engineRefusal, overrideNote } from './engines/refusals.js';
import type { Estimate, EstimateInput } from './types.js';

/**
 * The engine's estimate; a setting the engine refuses (heads, stages, context) is its start-up error,
 * ahead of any memory error. `detail: false` gives the same figures, verdict and start-up error
 * without the formulas, inputs, rules and notes (for the planner's searches).
 */
export function estimate(input: EstimateInput, detail = true): Estimate {
  const result = engineEstimate(input, detail);
  const refusal = engineRefusal(input);
  const note = detail ? overrideNote(input) : undefined;
  if (!refusal) return note ? { ...result, notes: [...result.notes, note] } : result;
  return {
    ...result,
    startupError: refusal.message,
    startupErrorField: refusal.field,
    notes: [...result.notes, `${input.serving.engine} refuses this ${refusal.field} before loading the model (${refusal.rule}).`],
  };
}

function engineEstimate(input: EstimateInput, detail: boolean): Estimate {
  switch (input.serving.engine) {
    case 'generic':
      return estimateGeneric(input, detail);
    case 'vllm':
      return estimateVllm(input, detail);
    case 'sglang':
      return estimateSglang(input, detail);
    case 'tgi':
      return estimateTgi(input, detail);
    case 'llama.cpp':
      return estimateLlamaCpp(input, { ollama: false }, detail);
    case 'ollama':
      return estimateLlamaCpp(input, { ollama: true }, detail);
    case 'transformers':
      return estimateTransformers(input, detail);
  }
}
