// Reads a manifest's YAML into values that remember where they were written (line, column),
// so every error can point at its field.

import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface ManifestError extends Position {
  message: string;
}

/** A YAML node with its position: scalars keep their value, maps keep their entries in order. */
export type YamlValue =
  | { type: 'scalar'; value: unknown; pos: Position }
  | { type: 'map'; entries: Array<{ key: string; keyPos: Position; value: YamlValue }>; pos: Position }
  | { type: 'seq'; items: YamlValue[]; pos: Position };

export interface ParsedYaml {
  root: YamlValue | null;
  errors: ManifestError[];
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): Position => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col };
  };
  const errors: ManifestError[] = doc.errors.map((e) => ({
    ...at(e.pos[0]),
    message: `YAML syntax: ${e.message.split('\n')[0]}`,
  }));
  if (errors.length > 0) return { root: null, errors };

  const convert = (node: unknown): YamlValue => {
    if (isMap(node)) {
      const entries: Array<{ key: string; keyPos: Position; value: YamlValue }> = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyPos = at(keyNode?.range?.[0]);
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const value: YamlValue = pair.value
          ? convert(pair.value)
          : { type: 'scalar', value: null, pos: keyPos };
        entries.push({ key, keyPos, value });
      }
      return { type: 'map', entries, pos: at(node.range?.[0]) };
    }
    if (isSeq(node)) {
      return { type: 'seq', items: node.items.map(convert), pos: at((node as Node).range?.[0]) };
    }
    if (isScalar(node)) return { type: 'scalar', value: node.value, pos: at(node.range?.[0]) };
    return { type: 'scalar', value: null, pos: at(undefined) };
  };
  return { root: doc.contents ? convert(doc.contents) : null, errors };
}

export function describe(value: YamlValue): string {
  if (value.type === 'map') return 'a mapping';
  if (value.type === 'seq') return 'a list';
  if (value.value === null) return 'empty';
  if (typeof value.value === 'string') return `the text "${value.value}"`;
  return `${typeof value.value} ${String(value.value)}`;
}
