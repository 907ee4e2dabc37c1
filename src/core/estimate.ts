// The estimator's entry point: picks the engine's rules and returns a per-GPU breakdown.

import { estimateGeneric } from './engines/generic.js';
import { estimateLlamaCpp } from './engines/llamacpp.js';
import { estimateSglang } from './engines/sglang.js';
import { estimateTgi } from './engines/tgi.js';
import { estimateTransformers } from './engines/transformers.js';
import { estimateVllm } from './engines/vllm.js';
import type { Estimate, EstimateInput } from './types.js';

export function estimate(input: EstimateInput): Estimate {
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
