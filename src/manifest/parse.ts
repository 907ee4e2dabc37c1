// Reads a manifest's YAML into values that remember where they were written (line, column),
// so every error can point at its field.

import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';

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
  | {
      type: 'scalar';
      value: unknown;
      pos: Position;
      /** A | or > block: its text starts on the next line. */
      block?: boolean;
      /** A > block's lines as written (its value folds them into one), so words keep their lines. */
      lines?: string[];
    }
  | { type: 'map'; entries: Array<{ key: string; keyPos: Position; value: YamlValue }>; pos: Position }
  | { type: 'seq'; items: YamlValue[]; pos: Position };

export interface ParsedYaml {
  root: YamlValue | null;
  errors: ManifestError[];
}

/**
 * Converts a parsed YAML node to a YamlValue, with positions from the line counter. With
 * `duplicates`, a key written twice in one mapping is an error at its second line: checked with a
 * set here because the yaml library's own check (uniqueKeys) compares every key with every other,
 * quadratic in the keys of a map (10,000 deployments took seconds).
 */
function converter(file: string, lineCounter: LineCounter, duplicates?: ManifestError[]) {
  const at = (offset: number | undefined): Position => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col };
  };
  const convert = (node: unknown, source?: string): YamlValue => {
    if (isMap(node)) {
      const entries: Array<{ key: string; keyPos: Position; value: YamlValue }> = [];
      const seen = duplicates ? new Set<string>() : null;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyPos = at(keyNode?.range?.[0]);
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        if (seen) {
          if (seen.has(key)) duplicates!.push({ ...keyPos, message: `YAML syntax: Map keys must be unique; "${key.slice(0, 80)}" is written twice` });
          seen.add(key);
        }
        const value: YamlValue = pair.value
          ? convert(pair.value, source)
          : { type: 'scalar', value: null, pos: keyPos };
        entries.push({ key, keyPos, value });
      }
      return { type: 'map', entries, pos: at(node.range?.[0]) };
    }
    if (isSeq(node)) {
      return { type: 'seq', items: node.items.map((item) => convert(item, source)), pos: at((node as Node).range?.[0]) };
    }
    if (isScalar(node)) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      const lines = node.type === 'BLOCK_FOLDED' && source && node.range ? source.slice(node.range[0], node.range[1]).split('\n').slice(1) : undefined;
      return { type: 'scalar', value: node.value, pos: at(node.range?.[0]), ...(block ? { block } : {}), ...(lines ? { lines } : {}) };
    }
    return { type: 'scalar', value: null, pos: at(undefined) };
  };
  const errorsOf = (doc: Document): ManifestError[] =>
    doc.errors.map((e) => ({ ...at(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0]}` }));
  return { convert, errorsOf };
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const duplicates: ManifestError[] = [];
  const { convert, errorsOf } = converter(file, lineCounter, duplicates);
  const errors = errorsOf(doc);
  if (errors.length > 0) return { root: null, errors };
  const root = doc.contents ? convert(doc.contents, text) : null;
  if (duplicates.length > 0) return { root: null, errors: duplicates };
  return { root, errors };
}

/** Every document of a multi-document file (Kubernetes manifests, rendered Helm output). */
export function parseYamlDocuments(text: string, file: string): { documents: YamlValue[]; errors: ManifestError[] } {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  const { convert, errorsOf } = converter(file, lineCounter);
  const errors = list.flatMap(errorsOf);
  if (errors.length > 0) return { documents: [], errors };
  return { documents: list.filter((d) => d.contents).map((d) => convert(d.contents, text)), errors };
}

export function describe(value: YamlValue): string {
  if (value.type === 'map') return 'a mapping';
  if (value.type === 'seq') return 'a list';
  if (value.value === null) return 'empty';
  if (typeof value.value === 'string') return `the text "${value.value}"`;
  return `${typeof value.value} ${String(value.value)}`;
}
