// Reads a manifest's YAML into values that remember where they were written (line, column),
// so every error can point at its field.

import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';
import { parseFastYaml } from './fast-yaml.js';

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

/** The `yaml` library's own limit on how far aliases may expand (its default): a file of nested aliases (an "alias bomb") is refused. */
export const MAX_ALIAS_COUNT = 100;

type Entry = { key: string; keyPos: Position; value: YamlValue };

/**
 * Converts a parsed YAML node to a YamlValue, with positions from the line counter. Aliases and
 * `<<` merge keys are resolved as Kubernetes (go-yaml) and Compose read them: an alias is its
 * anchored value, written where the anchor was; a merge adds the keys the map does not set itself
 * (the first of `<<: [*a, *b]` wins). An anchored node is converted once and shared. With
 * `duplicates`, a key written twice in one mapping (merged keys aside) is an error at its second
 * line: checked with a set here because the yaml library's own check (uniqueKeys) compares every
 * key with every other, quadratic in the keys of a map (10,000 deployments took seconds).
 */
function converter(file: string, lineCounter: LineCounter, duplicates?: ManifestError[]) {
  const at = (offset: number | undefined): Position => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col };
  };
  const converted = new Map<unknown, YamlValue>();
  const inProgress = new Set<unknown>();
  const convert = (node: unknown, doc: Document, source?: string): YamlValue => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      // A recursive alias (an anchor used inside itself) has no finite value.
      if (!target || inProgress.has(target)) return { type: 'scalar', value: null, pos: at(node.range?.[0]) };
      return convert(target, doc, source);
    }
    const done = converted.get(node);
    if (done) return done;
    inProgress.add(node);
    const value = convertNode(node, doc, source);
    inProgress.delete(node);
    if ((node as { anchor?: string }).anchor) converted.set(node, value);
    return value;
  };
  const convertNode = (node: unknown, doc: Document, source?: string): YamlValue => {
    if (isMap(node)) {
      const own: Entry[] = [];
      const merged: Entry[][] = [];
      const written = duplicates ? new Set<string>() : null;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyPos = at(keyNode?.range?.[0]);
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        if (written) {
          if (written.has(key)) duplicates!.push({ ...keyPos, message: `YAML syntax: Map keys must be unique; "${key.slice(0, 80)}" is written twice` });
          written.add(key);
        }
        const value: YamlValue = pair.value ? convert(pair.value, doc, source) : { type: 'scalar', value: null, pos: keyPos };
        if (key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
          const sources = value.type === 'seq' ? value.items : [value];
          merged.push(...sources.map((m) => (m.type === 'map' ? m.entries : [])));
        } else own.push({ key, keyPos, value });
      }
      const entries = [...own];
      const seen = new Set(own.map((e) => e.key));
      for (const entry of merged.flat()) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        entries.push(entry);
      }
      return { type: 'map', entries, pos: at(node.range?.[0]) };
    }
    if (isSeq(node)) {
      return { type: 'seq', items: node.items.map((item) => convert(item, doc, source)), pos: at((node as Node).range?.[0]) };
    }
    if (isScalar(node)) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      const lines = node.type === 'BLOCK_FOLDED' && source && node.range ? source.slice(node.range[0], node.range[1]).split('\n').slice(1) : undefined;
      return { type: 'scalar', value: node.value, pos: at(node.range?.[0]), ...(block ? { block } : {}), ...(lines ? { lines } : {}) };
    }
    return { type: 'scalar', value: null, pos: at(undefined) };
  };
  const errorsOf = (doc: Document): ManifestError[] => {
    // The library reports running out of stack as its own error: said as what it means.
    const errors = doc.errors.map((e) => ({ ...at(e.pos[0]), message: `YAML syntax: ${/call stack/i.test(e.message) ? 'collections nested too deeply to read (a manifest needs a few levels)' : e.message.split('\n')[0]}` }));
    if (errors.length > 0) return errors;
    try {
      // The library counts how far aliases expand; past its limit it refuses the file.
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // ReferenceError: the alias limit; anything else the library refuses is a message too, never a stack trace.
      const why = e instanceof ReferenceError ? ` (more than ${MAX_ALIAS_COUNT} expansions)` : '';
      return [{ ...at(doc.contents?.range?.[0]), message: `YAML aliases: ${(e as Error).message.split('\n')[0]}${why}` }];
    }
    return [];
  };
  return { convert, errorsOf };
}

export interface ParseOptions {
  /** Try the fast reader for plain block YAML first (fast-yaml.ts); false: the `yaml` library only (tests compare the two). */
  fast?: boolean;
}

export function parseYaml(text: string, file: string, options: ParseOptions = {}): ParsedYaml {
  if (options.fast !== false) {
    const fast = parseFastYaml(text, file, true);
    if (fast) return fast;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const duplicates: ManifestError[] = [];
  const { convert, errorsOf } = converter(file, lineCounter, duplicates);
  const errors = errorsOf(doc);
  if (errors.length > 0) return { root: null, errors };
  const root = doc.contents ? convert(doc.contents, doc, text) : null;
  if (duplicates.length > 0) return { root: null, errors: duplicates };
  return { root, errors };
}

/** Every document of a multi-document file (Kubernetes manifests, rendered Helm output). */
export function parseYamlDocuments(text: string, file: string, options: ParseOptions = {}): { documents: YamlValue[]; errors: ManifestError[] } {
  // The fast reader declines any file with a document marker, so what it reads is one document.
  if (options.fast !== false) {
    const fast = parseFastYaml(text, file, false);
    if (fast) return { documents: fast.root ? [fast.root] : [], errors: [] };
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  const { convert, errorsOf } = converter(file, lineCounter);
  const errors = list.flatMap(errorsOf);
  if (errors.length > 0) return { documents: [], errors };
  return { documents: list.filter((d) => d.contents).map((d) => convert(d.contents, d, text)), errors };
}

export function describe(value: YamlValue): string {
  if (value.type === 'map') return 'a mapping';
  if (value.type === 'seq') return 'a list';
  if (value.value === null) return 'empty';
  if (typeof value.value === 'string') return `the text "${value.value}"`;
  return `${typeof value.value} ${String(value.value)}`;
}
