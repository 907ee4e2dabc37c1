// Deployments that ask the same question get the same answer: estimate() and the GPU
// recommendation are pure, and repositories repeat a model on a GPU with the same settings many
// times (a manifest per region, per replica set). Each catalog model's architecture is one
// object, so answers are kept per architecture and keyed by the rest of the input; a model with
// its own checkpoint (read from the Hub) is not cached, its tensors being too large a key.

import type { EstimateInput } from '../core/types.js';

const answers = new WeakMap<object, Map<string, unknown>>();
const inputKeys = new WeakMap<EstimateInput, string>();

/** Every field but the architecture (the map's key) and the checkpoint, new fields included; written once per input. */
function inputKey(input: EstimateInput): string {
  let key = inputKeys.get(input);
  if (key === undefined) {
    const { architecture: _architecture, checkpoint: _checkpoint, ...model } = input.model;
    key = JSON.stringify([model, input.gpu, input.serving]);
    inputKeys.set(input, key);
  }
  return key;
}

/** `compute(input)`, or the answer it gave for an equal input before; `kind` keeps different questions apart. */
export function memoized<T>(kind: string, input: EstimateInput, compute: (input: EstimateInput) => T, extra = ''): T {
  if (input.model.checkpoint) return compute(input);
  let cache = answers.get(input.model.architecture);
  if (!cache) {
    cache = new Map();
    answers.set(input.model.architecture, cache);
  }
  const key = `${kind}\u0000${extra}\u0000${inputKey(input)}`;
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute(input);
  cache.set(key, value);
  return value;
}
