// The estimator's entry point: picks the engine's rules and returns a per-GPU breakdown.

import { estimateGeneric } from './engines/generic.js';
import { estimateRuntime } from './engines/runtime.js';
import type { Estimate, EstimateInput } from './types.js';

export function estimate(input: EstimateInput): Estimate {
  const engine = input.serving.engine;
  if (engine === 'generic') return estimateGeneric(input);
  return estimateRuntime(engine, input);
}
