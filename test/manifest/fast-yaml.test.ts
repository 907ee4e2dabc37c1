// The fast reader for plain block YAML must give exactly what the `yaml` library path gives (values,
// types, entry order, every position, duplicate-key errors) or decline. Checked three ways: random
// documents in and near the subset (fast-check), every YAML file in the repository, and edge cases.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFastYaml, resolvePlain } from '../../src/manifest/fast-yaml.js';
import { parseYaml, parseYamlDocuments } from '../../src/manifest/parse.js';

const FILE = 'deploy/x.gpu-fit.yaml';

/** Whether the fast reader handled the text; when it did, both entry points match the library path. */
function agrees(text: string): boolean {
  const fast = parseFastYaml(text, FILE, true);
  if (fast === null) return false;
  expect(fast).toStrictEqual(parseYaml(text, FILE, { fast: false }));
  expect(parseYaml(text, FILE)).toStrictEqual(fast);
  expect(parseYamlDocuments(text, FILE)).toStrictEqual(parseYamlDocuments(text, FILE, { fast: false }));
  return true;
}

// ---- Random documents -------------------------------------------------------------------------

/** Scalars in every spelling the core schema knows, and text that must not be read as plain. */
const SPELLINGS = [
  'null', 'Null', 'NULL', 'nULL', '~', '', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
  '0', '-0', '+0', '+1', '-12', '007', '08', '0o17', '0o8', '0O17', '0x1F', '0xg', '0X1F', '-0x1', '1_000', '1,000', '99999999999999999999',
  '1.5', '1.', '.5', '-.5', '+.5e3', '1e5', '1E-5', '1.5e+300', '2e400', '-1e', 'e5', '.e5', '1.0', '10.50', '.', '-.', '+',
  '.inf', '-.Inf', '+.INF', '.INF', '.nan', '.NaN', '.NAN', '-.nan', 'NaN', 'inf', 'Infinity', '12:30', '2024-01-01', '0b101',
  'a,b', 'a[0]', 'a{x}', 'x]', 'x}', '-', '--port', '--port=8000', '-1x', '-x', '- a', ':x', ': x', 'a:b', 'a: b', 'a:', 'a :b', 'a #b', 'a#b',
  '#x', '?x', '? x', '&a x', '*a', '!t x', '!!str 1', '|', '>', '|-', '%x', '@x', '`x', '<<', 'http://x:80/y?q=1#f', 'Qwen/Qwen2.5-7B-Instruct',
  'A100 80GB', 'a  b', 'x\u00a0', '\u00a0x', 'é', '日本語', '😀', 'a\tb', 'a\rb', '---', '...', '--- a', '... a', '\ufeffx', 'a\u2028b',
  '"q"', "'s'", "'it''s'", "''", '""', "''''", '"a\\"b"', '"a\\nb"', '"tab\\tx"', '"a#b"', '"a: b"', "'a: b'", "'a # b'", '"unterminated', "'x",
  '"a" b', "'a' # c", '"a"# c', "'a'x", '[1, 2]', '{a: 1}', '[]', '{}', '"<<"',
];

/** Characters with a meaning in YAML, for random keys and values. */
const CHARS = ['a', 'b', 'Z', '1', '0', '.', '-', '+', ':', ' ', ' ', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '?', '%', '@', '`', '~', 'e', 'x', 'o', '\\', '<', '/', '\u00a0', 'é', '_'];

/** Spellings the core schema resolves to null, booleans and numbers, and text that only looks like them. */
const TYPED = SPELLINGS.filter((t) => /^[-+.~0-9a-zA-Z_:,]*$/.test(t));

// Mostly text the subset reads (so the fast path is exercised), sometimes anything (so it declines).
const scalarText = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...TYPED) },
  { weight: 20, arbitrary: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 _./@,\[\]{}'"-]{0,12}$/) },
  { weight: 4, arbitrary: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 _.:\/@#,\[\]{}'"-]{0,12}$/) },
  { weight: 4, arbitrary: fc.string({ maxLength: 6 }).map((s) => `'${s.replaceAll("'", "''")}'`) },
  { weight: 4, arbitrary: fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.constantFrom(...SPELLINGS) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((c) => c.join('')) },
);
const keyText = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('model', 'engine', 'gpu', 'max_model_len', 'name', 'args', 'a', 'b', 'a', 'b', 'x y', '"a"', "'b'", 'nvidia.com/gpu') },
  { weight: 3, arbitrary: fc.constantFrom('a ', '"a" ', "'a'  ", '-x', '--port', '1', '01', '1.0', 'true', '~', 'null', '"1"', '"a b"', 'a"b', "a'b", 'a#b', 'a.b/c', 'é', '日本') },
  { weight: 1, arbitrary: scalarText },
);
const comment = fc.oneof(
  { weight: 30, arbitrary: fc.constant('') },
  { weight: 10, arbitrary: fc.constantFrom(' # c', '  #c: d', ' #', ' # "q" - x', '   ') },
  { weight: 1, arbitrary: fc.constant('# not a comment') },
);
/** Mostly one to four elements; sometimes none (written `{}` or `[]`, a flow collection the fast path declines). */
const some = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: fc.array(arb, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant([] as T[]) });
const spaces = fc.integer({ min: 1, max: 3 });

type Tree =
  | { t: 'scalar'; text: string; comment: string; spaces: number }
  | { t: 'map'; entries: Array<{ key: string; value: Tree }>; indent: number; comment: string }
  | { t: 'seq'; items: Tree[]; indent: number; sameIndent: boolean; compact: boolean; comment: string };

const { tree } = fc.letrec<{ tree: Tree; scalar: Tree; map: Tree; seq: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('map'), tie('seq')),
  scalar: fc.record({ t: fc.constant('scalar' as const), text: scalarText, comment, spaces }),
  map: fc.record({
    t: fc.constant('map' as const),
    entries: some(fc.record({ key: keyText, value: tie('tree') })),
    indent: fc.integer({ min: 1, max: 4 }),
    comment,
  }),
  seq: fc.record({
    t: fc.constant('seq' as const),
    items: some(tie('tree')),
    indent: fc.integer({ min: 1, max: 4 }),
    sameIndent: fc.boolean(),
    compact: fc.boolean(),
    comment,
  }),
}));

const pad = (n: number): string => ' '.repeat(n);

/** The lines of a block node at indent n. */
function render(node: Tree, n: number): string[] {
  if (node.t === 'scalar') return [`${pad(n)}${node.text}${node.comment}`];
  if (node.t === 'map') {
    if (node.entries.length === 0) return [`${pad(n)}{}`];
    return node.entries.flatMap(({ key, value }) => {
      if (value.t === 'scalar') return [`${pad(n)}${key}:${value.text === '' ? '' : pad(value.spaces)}${value.text}${value.comment}`];
      const empty = (value.t === 'map' ? value.entries : value.items).length === 0;
      if (empty) return [`${pad(n)}${key}: ${value.t === 'map' ? '{}' : '[]'}`];
      const inner = value.t === 'seq' && value.sameIndent ? n : n + value.indent;
      return [`${pad(n)}${key}:${value.comment}`, ...render(value, inner)];
    });
  }
  if (node.items.length === 0) return [`${pad(n)}[]`];
  return node.items.flatMap((item) => {
    if (item.t === 'scalar') return [`${pad(n)}-${item.text === '' ? '' : pad(item.spaces)}${item.text}${item.comment}`];
    const empty = (item.t === 'map' ? item.entries : item.items).length === 0;
    if (empty) return [`${pad(n)}- ${item.t === 'map' ? '{}' : '[]'}`];
    // `- - x` (a compact sequence in a sequence) is outside the subset: written now and then.
    if (node.compact && (item.t === 'map' || item.indent === 4)) {
      // `- key: value` (or `- - x`): the first line of the item shares the dash's line.
      const inner = n + 1 + item.indent;
      const lines = render(item, inner);
      return [`${pad(n)}-${pad(item.indent)}${lines[0].slice(inner)}`, ...lines.slice(1)];
    }
    return [`${pad(n)}-${item.comment}`, ...render(item, n + item.indent)];
  });
}

/** Small damage near the subset: what a hand-edited manifest looks like, and what must fall back. */
const MUTATIONS: Array<(lines: string[], at: number) => void> = [
  (l, i) => l.splice(i, 0, ''),
  (l, i) => l.splice(i, 0, pad(1 + (i % 6))),
  (l, i) => l.splice(i, 0, `${pad(i % 5)}# comment ${i}`),
  (l, i) => l.splice(i, 0, l[i] ?? ''),
  (l, i) => (l[i] = ` ${l[i] ?? ''}`),
  (l, i) => (l[i] = (l[i] ?? '').replace(/^ /, '')),
  (l, i) => (l[i] = `${l[i] ?? ''}   `),
  (l, i) => (l[i] = (l[i] ?? '').replace(': ', ': &a ')),
  (l, i) => (l[i] = (l[i] ?? '').replace(': ', ': *a ')),
  (l, i) => (l[i] = (l[i] ?? '').replace(': ', ': !!str ')),
  (l, i) => (l[i] = (l[i] ?? '').replace(': ', ': |\n  ')),
  (l, i) => (l[i] = (l[i] ?? '').replace(/^( *)/, '$1\t')),
  (l, i) => (l[i] = `${l[i] ?? ''}\r`),
  (l, i) => l.splice(i, 0, '---'),
  (l, i) => l.splice(i, 0, '...'),
  (l, i) => l.splice(i, 0, `${pad(i % 4)}<<: {}`),
  (l, i) => (l[i] = (l[i] ?? '').replace(':', '')),
  (l, i) => (l[i] = (l[i] ?? '').replace('- ', '- - ')),
  (l, i) => (l[i] = (l[i] ?? '').replace('-', '')),
  (l, i) => (l[i] = `${l[i] ?? ''} continued`),
  (l, i) => l.splice(i + 1, 0, `${pad(((l[i] ?? '').match(/^ */)?.[0].length ?? 0) + 2)}continued`),
  (l) => l.unshift('\ufeff'),
  (l) => l.unshift('%YAML 1.2', '---'),
];

const document = fc
  .record({
    root: fc.oneof({ weight: 1, arbitrary: tree }, { weight: 6, arbitrary: tree.filter((t) => t.t !== 'scalar') }),
    indent: fc.constantFrom(0, 0, 0, 2),
    mutations: fc.oneof(fc.constant([]), fc.constant([]), fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), fc.nat({ max: 40 })), { minLength: 1, maxLength: 2 })),
    finalNewline: fc.boolean(),
  })
  .map(({ root, indent, mutations, finalNewline }) => {
    const lines = render(root, indent);
    for (const [m, at] of mutations) MUTATIONS[m](lines, at % (lines.length + 1));
    return lines.join('\n') + (finalNewline ? '\n' : '');
  });

describe('the fast reader gives what the yaml library gives, or declines', () => {
  it('on random documents in and near the subset', () => {
    let cases = 0;
    let handled = 0;
    let duplicates = 0;
    fc.assert(
      fc.property(document, (text) => {
        cases += 1;
        if (agrees(text)) {
          handled += 1;
          if (parseYaml(text, FILE).errors.length > 0) duplicates += 1;
        }
      }),
      { numRuns: 4000, seed: 1111 },
    );
    console.log(`fast YAML reader: ${cases} generated documents, ${handled} read by the fast path (${duplicates} with duplicate keys), the rest declined`);
    // The property is only worth its name if both outcomes happen often.
    expect(handled).toBeGreaterThan(cases * 0.3);
    expect(handled).toBeLessThan(cases);
    expect(duplicates).toBeGreaterThan(0);
  }, 120_000);
});

// ---- Every YAML file in the repository -------------------------------------------------------

const ROOT = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', '.git', 'dist'].includes(e.name) ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

describe('every YAML file in the repository', () => {
  it('reads the same through both paths', () => {
    const files = yamlFiles(ROOT);
    let handled = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const file = relative(ROOT, path);
      const fast = parseFastYaml(text, file, true);
      expect(parseYamlDocuments(text, file), file).toStrictEqual(parseYamlDocuments(text, file, { fast: false }));
      expect(parseYaml(text, file), file).toStrictEqual(parseYaml(text, file, { fast: false }));
      if (fast) handled += 1;
    }
    console.log(`fast YAML reader: ${handled} of ${files.length} repository YAML files read by the fast path`);
    expect(files.length).toBeGreaterThan(40);
    // The project's own manifests are plain block YAML; deployment files often use flow lists (`args: [...]`).
    expect(handled).toBeGreaterThanOrEqual(5);
  });
});

// ---- Edge cases -------------------------------------------------------------------------------

describe('edge cases', () => {
  it.each([
    ['a sequence at its key’s indent, then the next key', 'a:\n- x\n-\n- y: 1\n  z:\nb: 2\n'],
    ['compact mappings with extra spaces after the dash', '-   name: a\n    args:\n    - --port\n    - 8000\n-  b: ~\n'],
    ['empty values before comments, with spaces', 'a:   # c\nb:\nc:  \n'],
    ['empty sequence items', '-\n-   # c\n- x\n'],
    ['an item on the lines below its dash', '- # c\n  a: 1\n  b: 2\n-\n  - x\n'],
    ['comments at any indent inside blocks', 'a:\n  # x\n  b: 1\n# y\n      # z\n  c: 2\n'],
    ['an indented root', '  a: 1\n  b:\n    c: 2\n'],
    ['quoted keys and values', `"a b": 'it''s'\n'c': "x # y"\n"": ''\n'd' : "e" # f\n`],
    ['numbers, booleans and nulls as keys', '1.0: a\n0x10: b\n-0: c\n~: d\n.inf: e\ntrue: f\n0o7: g\n1e3: h\n'],
    ['flow indicators inside plain scalars', 'k: a,b[0]{x}\nl[1]: x}\nm: a, b\n'],
    ['non-breaking spaces are text, not space', 'k: v\u00a0\nl: \u00a0x\n'],
    ['duplicate keys at every depth', 'a: 1\na: 2\nb:\n  c: 1\n  d:\n  c: 3\n  c: 4\n'],
    ['duplicates in a large mapping', `${Array.from({ length: 20 }, (_, i) => `k${i % 15}: ${i}`).join('\n')}\n`],
    ['keys that resolve to the same text', '1: a\n1.0: b\n"1": c\n01: d\n'],
    ['no final newline', 'a:\n  b: 1'],
    ['only comments', '# a\n\n  # b\n'],
    ['only spaces', '   \n\n  '],
  ])('%s', (_what, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a:\n  <<: {b: 1}\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a flow sequence', 'a: [1, 2]\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a folded scalar', 'a: >\n  text\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a multi-line quoted scalar', 'a: "b\n  c"\n'],
    ['a double-quoted escape', 'a: "b\\tc"\n'],
    ['a complex key', '? a\n: b\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document start', '---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document end', 'a: 1\n...\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['a CR', 'a: 1\r\nb: 2\r\n'],
    ['a BOM', '\ufeffa: 1\n'],
    ['a reserved indicator', 'a: @b\n'],
    ['a backtick', 'a: `b`\n'],
    ['a mapping on one line inside a value', 'a: b: c\n'],
    ['a sequence in a sequence on one line', '- - a\n'],
    ['a root scalar', 'text\n'],
    ['a value on the line below its key', 'a:\n  b\n'],
    ['a sibling less indented than its mapping', 'a:\n    b: 1\n  c: 2\n'],
    ['a dash after a mapping entry', 'a: 1\n- b\n'],
    ['an unterminated quote', 'a: "b\n'],
    ['text after a closing quote', `a: 'b' c\n`],
    ['a key over 1000 characters', `${'k'.repeat(1001)}: 1\n`],
  ])('declines %s (the library path reads it)', (_what, text) => {
    expect(parseFastYaml(text, FILE, true)).toBeNull();
    // parseYaml still answers, the library's way.
    expect(parseYaml(text, FILE)).toStrictEqual(parseYaml(text, FILE, { fast: false }));
  });

  it('hands nesting deeper than 100 levels to the library path (which fails near 900 for want of stack)', () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}${i % 3 === 2 ? '-' : 'k:'}`).join('\n');
    expect(agrees(nested(100))).toBe(true);
    expect(parseFastYaml(nested(101), FILE, true)).toBeNull();
    const deep = nested(3000);
    expect(parseFastYaml(deep, FILE, true)).toBeNull();
    expect(parseYaml(deep, FILE).errors[0].message).toBe('YAML syntax: collections nested too deeply to read (a manifest needs a few levels)');
    // Flow collections too: 50,000 brackets.
    expect(parseYaml(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, FILE).errors[0].message).toBe('YAML syntax: collections nested too deeply to read (a manifest needs a few levels)');
  });

  it('reports a duplicate key at its second line, as the library path does', () => {
    const parsed = parseYaml('deployments:\n  a:\n    gpu: L4\n    gpu: H100\n', FILE);
    expect(parsed).toStrictEqual({
      root: null,
      errors: [{ file: FILE, line: 4, column: 5, message: 'YAML syntax: Map keys must be unique; "gpu" is written twice' }],
    });
    // Deployment files read every document without the duplicate check, as before.
    expect(parseYamlDocuments('a: 1\na: 2\n', FILE).documents).toHaveLength(1);
  });

  it('resolves plain scalars as the core schema does', () => {
    expect([resolvePlain('0o17'), resolvePlain('0x1F'), resolvePlain('-0'), resolvePlain('+12'), resolvePlain('1e3'), resolvePlain('.5')]).toStrictEqual([15, 31, -0, 12, 1000, 0.5]);
    expect([resolvePlain('-.inf'), resolvePlain('.NaN'), resolvePlain('~'), resolvePlain('False')]).toStrictEqual([-Infinity, NaN, null, false]);
    expect([resolvePlain('yes'), resolvePlain('0O17'), resolvePlain('1_000'), resolvePlain('.nan.'), resolvePlain('nULL')]).toStrictEqual(['yes', '0O17', '1_000', '.nan.', 'nULL']);
  });
});
