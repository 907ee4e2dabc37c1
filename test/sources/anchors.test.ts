// Deployment files written with YAML anchors, aliases and merge keys read as the same file written
// out in full: Kubernetes (go-yaml) and Compose resolve them before they run anything, so gpu-fit
// must too. A property test rewrites every example and fixture deployment file with random
// anchors (hoisted under an `x-` key, as Compose files keep them) and compares the deployments
// and the verdicts with those of the file as written.

import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseAllDocuments, Scalar, YAMLMap, YAMLSeq, type Document, type Node, type Pair } from 'yaml';
import { checkTexts } from '../../src/check.js';
import { extractDeployments } from '../../src/sources/extract.js';
import { ROOT } from '../helpers/run-action.js';

const FOLDERS = ['examples/deployments', 'test/fixtures/deployments'];
const FILES = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((f) => /\.ya?ml$/.test(f) && !f.includes('gpu-fit'))
    .map((f) => `${folder}/${f}`)
    // An unrendered Helm template is not YAML: it has nothing to rewrite.
    .filter((f) => parseAllDocuments(readFileSync(join(ROOT, f), 'utf8')).every((d) => (d as Document).errors.length === 0)),
);

interface Pick {
  index: number;
  /** Rewrite a mapping as `<<: *anchor` plus some of its keys written out (one of them overriding the anchor's). */
  merge: boolean;
  /** `<<: [*anchor]` rather than `<<: *anchor`. */
  list: boolean;
  keep: number;
}

type Slot = { node: Node; replace: (next: Node) => void };

/** The file with the picked nodes moved under `x-anchors:` and aliased (or merged) where they were. */
function withAnchors(text: string, picks: readonly Pick[]): string {
  let anchorCount = 0;
  const docs = parseAllDocuments(text) as Document[];
  return docs
    .map((doc) => {
      if (!isMap(doc.contents)) return doc.toString();
      const root = doc.contents as YAMLMap;
      // Children before their parents, so an anchor is always defined before the alias to it.
      const slots: Slot[] = [];
      const walk = (node: unknown, replace: ((next: Node) => void) | null): void => {
        if (isMap(node)) for (const pair of node.items as Pair[]) walk(pair.value, (next) => (pair.value = next));
        else if (isSeq(node)) node.items.forEach((_, i) => walk(node.items[i], (next) => (node.items[i] = next)));
        if (replace && node) slots.push({ node: node as Node, replace });
      };
      walk(root, null);
      if (slots.length === 0) return doc.toString();
      const defs = new YAMLSeq();
      const chosen = [...new Map(picks.map((p) => [p.index % slots.length, p])).values()].sort((a, b) => (a.index % slots.length) - (b.index % slots.length));
      for (const pick of chosen) {
        const slot = slots[pick.index % slots.length];
        const name = `a${(anchorCount += 1)}`;
        const node = slot.node;
        if (pick.merge && isMap(node) && node.items.length > 0) {
          const keep = pick.keep % (node.items.length + 1);
          const anchored = new YAMLMap();
          anchored.items = node.items.slice(0, keep) as Pair[];
          const written = node.items.slice(keep) as Pair[];
          // The anchor also says something the map itself overrides: the map's own key must win.
          if (written.length > 0) anchored.items.push(doc.createPair((written[0].key as Scalar).value, 'overridden-by-the-map'));
          anchored.anchor = name;
          defs.items.push(anchored);
          const merged = new YAMLMap();
          const alias = doc.createAlias(anchored, name);
          merged.items = [doc.createPair('<<', pick.list ? Object.assign(new YAMLSeq(), { items: [alias] }) : alias), ...written];
          slot.replace(merged);
        } else {
          node.anchor = name;
          defs.items.push(node);
          slot.replace(doc.createAlias(node as never, name));
        }
      }
      root.items.unshift(doc.createPair('x-anchors', defs));
      return doc.toString();
    })
    .join('---\n');
}

/** What a file's deployments say, positions aside (the rewritten file has other lines). */
function summary(text: string, file: string) {
  const { deployments, errors } = extractDeployments(text, file);
  return {
    errors: errors.map((e) => e.message),
    deployments: deployments
      .map((d) => ({
        name: d.name,
        workload: d.workload,
        fields: d.fields.map((f) => `${f.key}=${String(f.value)} (${f.label})`).sort(),
        notes: [...d.notes].sort(),
        problems: d.problems.map((p) => `${p.field}: ${p.message}`).sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function withinAliasLimit(text: string): boolean {
  try {
    for (const doc of parseAllDocuments(text) as Document[]) doc.toJS({ maxAliasCount: 100 });
    return true;
  } catch {
    return false;
  }
}

async function verdicts(text: string, file: string): Promise<string[]> {
  const report = await checkTexts([], { minHeadroom: 0.1, failOn: 'undersized', sources: [{ file, text }] });
  return report.deployments.map((d) => `${d.name}: ${d.verdict}`).sort();
}

const pick = fc.record({ index: fc.nat(), merge: fc.boolean(), list: fc.boolean(), keep: fc.nat() });

describe('deployment files with anchors, aliases and merge keys', () => {
  it('finds the example and fixture files', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(FILES)('%s: the same deployments and verdicts written with anchors as written out', async (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const expected = summary(text, file);
    const expectedVerdicts = await verdicts(text, file);
    await fc.assert(
      fc.asyncProperty(fc.array(pick, { minLength: 1, maxLength: 10 }), async (picks) => {
        const anchored = withAnchors(text, picks);
        // Anchors nested in anchors can multiply past the yaml library's alias limit, which the reader
        // keeps on purpose (alias bombs are refused, tested elsewhere): such a rewrite is outside this property.
        fc.pre(withinAliasLimit(anchored));
        expect(summary(anchored, file)).toEqual(expected);
        expect(await verdicts(anchored, file)).toEqual(expectedVerdicts);
      }),
      { numRuns: 25 },
    );
  });
});
