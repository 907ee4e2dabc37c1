// Small readers over positioned YAML values, for walking Kubernetes and Compose documents.

import type { Position, YamlValue } from '../manifest/parse.js';

export function field(node: YamlValue | undefined, key: string): YamlValue | undefined {
  if (node?.type !== 'map') return undefined;
  return node.entries.find((e) => e.key === key)?.value;
}

/** The value at a path of keys, or undefined. */
export function at(node: YamlValue | undefined, ...keys: string[]): YamlValue | undefined {
  let current = node;
  for (const key of keys) current = field(current, key);
  return current;
}

/** A scalar as text (numbers and booleans too), or undefined. */
export function text(node: YamlValue | undefined): string | undefined {
  if (node?.type !== 'scalar' || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

export function items(node: YamlValue | undefined): YamlValue[] {
  return node?.type === 'seq' ? node.items : [];
}

export function entries(node: YamlValue | undefined): Array<{ key: string; keyPos: Position; value: YamlValue }> {
  return node?.type === 'map' ? node.entries : [];
}
