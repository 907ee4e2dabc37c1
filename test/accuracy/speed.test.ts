// The planner's speed ranges against published measurements (test/accuracy/speed-cases.ts): how often
// the measured value falls inside [expected, bound] (decode) or [bound, expected] (time to first token).
// GPU_FIT_SPEED_OUT=file writes the table `npm run speed-accuracy` prints.

import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/core/estimate.js';
import { speed } from '../../src/core/plan/speed.js';
import { loadManifest } from '../../src/manifest/load.js';
import { SPEED_CASES } from './speed-cases.js';

interface Row {
  id: string;
  measured: number;
  low: number;
  high: number;
  inside: boolean;
}

/** Null where the catalog gives the GPU no memory bandwidth (no public page for it): not compared. */
function rangeOf(c: (typeof SPEED_CASES)[number]): { low: number; high: number } | null {
  const loaded = loadManifest(stringify({ version: 1, deployments: { c: c.deployment } }), 'speed.gpu-fit.yaml');
  expect(loaded.failed, c.id).toEqual([]);
  const d = loaded.resolved[0];
  const s = speed(d.input, estimate(d.input));
  if (!s) return null;
  if (c.metric === 'decodePerSequence' || c.metric === 'decodeAggregate') {
    const r = c.metric === 'decodePerSequence' ? s.decodeTokensPerSecond.perSequence : s.decodeTokensPerSecond.aggregate;
    return { low: r.expected, high: r.bound };
  }
  if (!s.timeToFirstTokenSeconds) return null;
  return { low: s.timeToFirstTokenSeconds.bound, high: s.timeToFirstTokenSeconds.expected };
}

describe('speed ranges against published measurements', () => {
  const compared = SPEED_CASES.map((c) => ({ c, range: rangeOf(c) }));
  const cases = compared.filter((x) => x.range !== null).map((x) => x.c);
  const skipped = compared.filter((x) => x.range === null).map((x) => x.c.id);
  const rows: Row[] = compared
    .filter((x) => x.range !== null)
    .map(({ c, range }) => ({ id: c.id, measured: c.measured, low: range!.low, high: range!.high, inside: c.measured >= range!.low && c.measured <= range!.high }));

  it('every measured decode speed stays under its bound (a bound the hardware cannot beat)', () => {
    for (const [i, c] of cases.entries()) {
      if (c.metric !== 'timeToFirstToken') expect(c.measured, c.id).toBeLessThanOrEqual(rows[i].high * 1.0001);
      else expect(c.measured, c.id).toBeGreaterThanOrEqual(rows[i].low);
    }
  });

  it('reports how often the measured value falls inside the range', () => {
    const inside = rows.filter((r) => r.inside).length;
    const f = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(3));
    const table = [
      '| Case | Measured | Range (expected … bound) | Inside |',
      '|---|---:|---:|---|',
      ...rows.map((r) => `| ${r.id} | ${f(r.measured)} | ${f(r.low)} … ${f(r.high)} | ${r.inside ? 'yes' : 'no'} |`),
      '',
      `Inside the range: ${inside} of ${rows.length}. Sources: ${[...new Set(cases.map((c) => c.source))].join(', ')}`,
      ...(skipped.length > 0 ? [`Not compared (the catalog has no memory bandwidth or dense peak for the GPU): ${skipped.join('; ')}`] : []),
    ].join('\n');
    if (process.env.GPU_FIT_SPEED_OUT) writeFileSync(process.env.GPU_FIT_SPEED_OUT, table);
    console.log(table);
    expect(inside / rows.length).toBeGreaterThanOrEqual(0.5);
  });
});
