// Deployments that ask the same question get the same answer: estimate() and the GPU
// recommendation are pure, and repositories repeat a model on a GPU with the same settings many
// times (a manifest per region, per replica set). Each catalog model's architecture is one
// object, so answers are kept per architecture and keyed by the rest of the input; a model with
// its own checkpoint (read from the Hub) is not cached, its tensors being too large a key.

import type { EstimateInput } from '../core/types.js';

const answers = new WeakMap<object, Map<string, Map<string, Map<string, unknown>>>>();
const inputKeys = new WeakMap<EstimateInput, string>();

const texts = new WeakMap<object, string>();

/** The JSON text of an object shared by many inputs (a catalog GPU, a quantization_config), written once. */
function textOf(value: object | undefined): string {
  if (value === undefined) return '';
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

/** Every field but the architecture (the map's key) and the checkpoint, new fields included; written once per input. */
function inputKey(input: EstimateInput): string {
  let key = inputKeys.get(input);
  if (key === undefined) {
    const { architecture: _architecture, checkpoint: _checkpoint, quantizationConfig, gguf, ...model } = input.model;
    key = `${JSON.stringify([model, input.serving])}\u0000${textOf(quantizationConfig)}\u0000${textOf(gguf)}\u0000${textOf(input.gpu)}`;
    inputKeys.set(input, key);
  }
  return key;
}

/** `compute(input)`, or the answer it gave for an equal input before; `kind` keeps different questions apart. */
export function memoized<T>(kind: string, input: EstimateInput, compute: (input: EstimateInput) => T, extra = ''): T {
  if (input.model.checkpoint) return compute(input);
  let byQuestion = answers.get(input.model.architecture);
  if (!byQuestion) {
    byQuestion = new Map();
    answers.set(input.model.architecture, byQuestion);
  }
  // A map per question (kind, then extra), each key looked up as it is: the strings keep their hash, none is concatenated anew.
  let byExtra = byQuestion.get(kind);
  if (!byExtra) byQuestion.set(kind, (byExtra = new Map()));
  let cache = byExtra.get(extra);
  if (!cache) byExtra.set(extra, (cache = new Map()));
  const key = inputKey(input);
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute(input);
  cache.set(key, value);
  return value;
}
