// A fast reader for the plain block YAML that nearly every manifest is written in, beside the
// `yaml` library rather than instead of it. Why: on `npm run bench`'s manifest of 10,000 deployments
// (70,000 lines, 1.5 MB) the library path took 1.0–1.3 s on the 2-core development machine (its
// parseDocument alone 600–800 ms, its CST parser ~500 ms), against a goal of 15× a bare Node start
// (~1 s) for the whole run; this reader takes 65–80 ms, most of it allocating the tree itself.
//
// It reads only this subset: block mappings and sequences (`- key: value` compact mappings,
// sequences at their key's indent), plain scalars, single-line quoted scalars without escapes,
// comments, blank lines and empty values. For anything else (anchors, aliases, tags, merge keys,
// flow collections, block scalars, multi-line scalars, complex keys, directives, document
// markers, tabs, CR, a BOM, odd characters, any syntax error) it returns null, and the library
// reads the file exactly as before, errors included. What it returns is the tree the library path
// gives (values, entry order, every position); test/manifest/fast-yaml.test.ts checks that on
// random documents and on every YAML file in the repository.

import type { ManifestError, ParsedYaml, Position, YamlValue } from './parse.js';

/** Thrown inside the reader to give the file to the library; never leaves this module. */
const DECLINE = Symbol('decline');

/**
 * Characters the subset never contains: tab and CR (indentation and line-break rules differ), other
 * C0/C1 controls, NEL and the Unicode line separators, the BOM, surrogates (the library's own
 * checks and errors apply to them).
 */
const OUTSIDE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;
/** Document markers `---` and `...` at a line start (a multi-document stream). */
const MARKER = /^(?:---|\.\.\.)/m;
/** The library's limit on an implicit key's length (it errors past 1024 characters). */
const MAX_KEY = 1000;
/**
 * Deeper nesting goes to the library: it recurses per level and fails ("Maximum call stack size
 * exceeded", a syntax error) somewhere near 900 levels with Node's default stack, so the subset
 * stops far below; real manifests nest about ten deep.
 */
const MAX_DEPTH = 100;

// The YAML 1.2 core schema as the `yaml` library resolves plain scalars, its regexes copied from
// node_modules/yaml/dist/schema/core/{bool,int,float}.js and common/null.js (yaml 2.x); its core
// schema (schema/core/schema.js) tries them in turn, and anything none matches is a string.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value, as the library's core schema resolves it. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Every non-string spelling starts with one of ~ n N t T f F + - . or a digit.
  const maybe = c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 || c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39);
  if (!maybe) return s;
  // The patterns exclude one another, so testing integers first (the common case) changes nothing.
  if (INT.test(s)) return parseInt(s, 10);
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 0x74 || c === 0x54;
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : c === 0x2d ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;

/** Indicators a plain scalar may not start with (YAML 1.2 c-indicator); `-` is checked apart. */
function isIndicator(c: number): boolean {
  // ? : , [ ] { } # & * ! | > ' " % @ `
  return c === 0x3f || c === COLON || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === HASH || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === SQUOTE || c === DQUOTE || c === 0x25 || c === 0x40 || c === 0x60;
}

/** Reads `text` if it is in the subset; null hands it to the library. With `duplicates`, a key written twice in one mapping is an error, as parseYaml reports it. */
export function parseFastYaml(text: string, file: string, duplicates: boolean): ParsedYaml | null {
  if (OUTSIDE.test(text) || MARKER.test(text)) return null;
  try {
    return new Reader(text, file, duplicates).read();
  } catch (e) {
    // RangeError: out of stack (a caller already deep); the library path answers as before.
    if (e === DECLINE || e instanceof RangeError) return null;
    throw e;
  }
}

type Entry = { key: string; keyPos: Position; value: YamlValue };

/** Mappings this small find a duplicate key by scanning their entries; larger ones switch to a set. */
const SCAN_KEYS = 8;

/**
 * Reads the subset line by line, at offsets into the text (no string per line). Helpers leave
 * their results in fields (`keyText`, `after`, `scalar`, `nextLine`) rather than in returned
 * objects: on 70,000 lines every allocation counts, most of the time was the garbage collector.
 */
class Reader {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Each line's indentation in spaces; -1 for a blank or comment-only line. */
  private readonly indent: Int32Array;
  private readonly count: number;
  private readonly errors: ManifestError[] = [];
  /** Set by key(): the key's text, and the offset just after its colon. */
  private keyText = '';
  private after = 0;
  /** Set by quoted() and inline(): the scalar's value, and the offset just after it. */
  private scalar: unknown = null;
  private scalarEnd = 0;
  /** Set by node(), map() and seq(): the first content line after the node. */
  private nextLine = 0;
  /** Mappings and sequences open around the one being read. */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly duplicates: boolean,
  ) {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count += 1;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const indent = new Int32Array(count);
    let start = 0;
    for (let i = 0; i < count; i += 1) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let p = start;
      while (p < end && text.charCodeAt(p) === SPACE) p += 1;
      starts[i] = start;
      ends[i] = end;
      indent[i] = p === end || text.charCodeAt(p) === HASH ? -1 : p - start;
      start = end + 1;
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.indent = indent;
  }

  read(): ParsedYaml {
    const first = this.next(0);
    if (first === this.count) return { root: null, errors: [] };
    const root = this.node(first, this.indent[first]);
    // Content left over (a line less indented than the root) is not YAML the subset knows.
    if (this.nextLine !== this.count) throw DECLINE;
    if (this.errors.length > 0) return { root: null, errors: this.errors };
    return { root, errors: [] };
  }

  private pos(line: number, col: number): Position {
    return { file: this.file, line: line + 1, column: col + 1 };
  }

  /** The first line at or after i with content (not blank, not only a comment). */
  private next(i: number): number {
    while (i < this.count && this.indent[i] < 0) i += 1;
    return i;
  }

  /** A `- ` (or a `-` ending the line) at offset at. */
  private isSeqItem(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A mapping or sequence starting at line i, column col. */
  private node(i: number, col: number): YamlValue {
    const at = this.starts[i] + col;
    const end = this.ends[i];
    if (this.isSeqItem(at, end)) return this.seq(i, col);
    if (this.key(at, end)) return this.map(i, col, true);
    // A scalar alone on its line (a root scalar, a value on the line below its key): the library's.
    throw DECLINE;
  }

  /** Whether a `key: value` entry starts at offset at; if so sets keyText and after (just past the colon). */
  private key(at: number, end: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(at);
    let i: number;
    if (c === DQUOTE || c === SQUOTE) {
      this.quoted(at, end);
      i = this.scalarEnd;
      while (text.charCodeAt(i) === SPACE) i += 1;
      if (i === end || text.charCodeAt(i) !== COLON) return false;
      this.keyText = this.scalar as string;
    } else {
      if (isIndicator(c) || (c === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE))) return false;
      let colon = -1;
      for (i = at + 1; i < end; i += 1) {
        const ch = text.charCodeAt(i);
        if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
          colon = i;
          break;
        }
        // A comment starts before any colon: a scalar, not a key.
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return false;
      }
      if (colon < 0) return false;
      let last = colon;
      while (text.charCodeAt(last - 1) === SPACE) last -= 1;
      this.keyText = String(resolvePlain(text.slice(at, last)));
    }
    if (i + 1 < end && text.charCodeAt(i + 1) !== SPACE) return false;
    // Merge keys and over-long implicit keys take the library's path.
    if (this.keyText === '<<' || i - at > MAX_KEY) throw DECLINE;
    this.after = i + 1;
    return true;
  }

  /** A single-line quoted scalar whose quote is at offset at; sets scalar and scalarEnd. */
  private quoted(at: number, end: number): void {
    const text = this.text;
    if (text.charCodeAt(at) === DQUOTE) {
      const close = text.indexOf('"', at + 1);
      // Escapes, and a scalar that goes on past the line, are left to the library.
      if (close < 0 || close >= end || text.lastIndexOf('\\', close) > at) throw DECLINE;
      this.scalar = text.slice(at + 1, close);
      this.scalarEnd = close + 1;
      return;
    }
    let i = at + 1;
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0 || close >= end) throw DECLINE;
      if (text.charCodeAt(close + 1) === SQUOTE) {
        i = close + 2;
        continue;
      }
      this.scalar = text.slice(at + 1, close).replaceAll("''", "'");
      this.scalarEnd = close + 1;
      return;
    }
  }

  /** The value of a scalar written at offset at after `key: ` or `- `, up to the line's end or its comment. */
  private inline(at: number, end: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      this.quoted(at, end);
      let i = this.scalarEnd;
      while (i < end && text.charCodeAt(i) === SPACE) i += 1;
      // Only a comment (after a space) may follow a quoted scalar.
      if (i < end && (text.charCodeAt(i) !== HASH || i === this.scalarEnd)) throw DECLINE;
      return this.scalar;
    }
    if (isIndicator(c) || (c === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE))) throw DECLINE;
    let last = end;
    for (let i = at + 1; i < end; i += 1) {
      const ch = text.charCodeAt(i);
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) {
        last = i;
        break;
      }
      // `key: a: b` is an error in YAML; a colon ending the scalar is too.
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) throw DECLINE;
    }
    while (text.charCodeAt(last - 1) === SPACE) last -= 1;
    return resolvePlain(text.slice(at, last));
  }

  /** The first offset at or after at that is not a space. */
  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === SPACE) at += 1;
    return at;
  }

  /** Whether the mapping already has this key: a scan while it is small, then a set. */
  private written(entries: Entry[], seen: Set<string> | null, key: string): boolean {
    if (seen) return seen.has(key);
    for (let e = 0; e < entries.length; e += 1) if (entries[e].key === key) return true;
    return false;
  }

  /** A block mapping whose keys are at column col, the first on line i (already read by key() when `keyed`). */
  private map(i: number, col: number, keyed: boolean): YamlValue {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const entries: Entry[] = [];
    const node: YamlValue = { type: 'map', entries, pos: this.pos(i, col) };
    let seen: Set<string> | null = null;
    for (;;) {
      const start = this.starts[i];
      const end = this.ends[i];
      if (keyed) keyed = false;
      else if (!this.key(start + col, end)) throw DECLINE;
      const key = this.keyText;
      const keyPos = this.pos(i, col);
      if (this.duplicates) {
        if (this.written(entries, seen, key)) this.errors.push({ ...keyPos, message: `YAML syntax: Map keys must be unique; "${key.slice(0, 80)}" is written twice` });
        if (seen) seen.add(key);
        else if (entries.length >= SCAN_KEYS) seen = new Set([...entries.map((e) => e.key), key]);
      }
      const p = this.skipSpaces(this.after, end);
      let value: YamlValue;
      let j: number;
      if (p === end || this.text.charCodeAt(p) === HASH) {
        // The value is on the lines below: more indented, or a sequence at the key's own indent.
        j = this.next(i + 1);
        if (j < this.count && this.indent[j] > col) {
          value = this.node(j, this.indent[j]);
          j = this.nextLine;
        } else if (j < this.count && this.indent[j] === col && this.isSeqItem(this.starts[j] + col, this.ends[j])) {
          value = this.seq(j, col);
          j = this.nextLine;
        } else {
          // The library places an empty value just after the colon and the spaces that follow it.
          value = { type: 'scalar', value: null, pos: this.pos(i, p - start) };
        }
      } else {
        value = { type: 'scalar', value: this.inline(p, end), pos: this.pos(i, p - start) };
        j = this.next(i + 1);
      }
      entries.push({ key, keyPos, value });
      if (j === this.count || this.indent[j] < col) {
        this.nextLine = j;
        this.depth -= 1;
        return node;
      }
      // A sibling key; anything more indented (a scalar's second line) or a `- ` here is not the subset.
      if (this.indent[j] > col || this.isSeqItem(this.starts[j] + col, this.ends[j])) throw DECLINE;
      i = j;
    }
  }

  /** A block sequence whose dashes are at column col, the first on line i. */
  private seq(i: number, col: number): YamlValue {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const items: YamlValue[] = [];
    const node: YamlValue = { type: 'seq', items, pos: this.pos(i, col) };
    for (;;) {
      const start = this.starts[i];
      const end = this.ends[i];
      const p = this.skipSpaces(start + col + 1, end);
      let item: YamlValue;
      let j: number;
      if (p === end || this.text.charCodeAt(p) === HASH) {
        j = this.next(i + 1);
        if (j < this.count && this.indent[j] > col) {
          item = this.node(j, this.indent[j]);
          j = this.nextLine;
        } else item = { type: 'scalar', value: null, pos: this.pos(i, p - start) };
      } else if (this.isSeqItem(p, end)) {
        // `- - a`, a sequence in a sequence on one line: the library's.
        throw DECLINE;
      } else if (this.key(p, end)) {
        item = this.map(i, p - start, true);
        j = this.nextLine;
      } else {
        item = { type: 'scalar', value: this.inline(p, end), pos: this.pos(i, p - start) };
        j = this.next(i + 1);
      }
      items.push(item);
      this.nextLine = j;
      if (this.indent[j] > col && j < this.count) throw DECLINE;
      // At this indent, either the next item or (for a sequence under a key at its own indent) the next key.
      if (j === this.count || this.indent[j] < col || !this.isSeqItem(this.starts[j] + col, this.ends[j])) {
        this.depth -= 1;
        return node;
      }
      i = j;
    }
  }
}
