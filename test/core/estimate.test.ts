// estimate(input, false), the planner's trial estimate, gives the figures, the start-up error and
// the limitation of the full estimate, without its formulas, inputs, rules and notes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GPUS } from '../../src/catalog/gpus.js';
import { MODELS } from '../../src/catalog/models.js';
import { estimate } from '../../src/core/estimate.js';
import { ENGINES, type Estimate } from '../../src/core/types.js';
import { input } from '../helpers/inputs.js';

const figures = (e: Estimate) => {
  const { weights, kvCache, activations, overhead, notes: _notes, ...rest } = e;
  return { ...rest, weights: weights.bytes, kvCache: kvCache.bytes, activations: activations.bytes, overhead: overhead.bytes };
};

describe('estimate without detail', () => {
  it('gives the same figures, errors and limitations as the full estimate', () => {
    let cases = 0;
    fc.assert(
      fc.property(
        fc.record({
          id: fc.constantFrom(...MODELS.map((m) => m.id)),
          gpu: fc.constantFrom(...GPUS.map((g) => g.name)),
          engine: fc.constantFrom(...ENGINES),
          maxModelLen: fc.integer({ min: 1, max: 262_144 }),
          concurrency: fc.integer({ min: 1, max: 256 }),
          tensorParallelSize: fc.constantFrom(1, 2, 4, 8),
          kvCacheDtype: fc.constantFrom('auto', 'fp8', 'q8_0'),
        }),
        ({ id, gpu, ...serving }) => {
          const i = input(id, gpu, serving);
          const full = estimate(i);
          const brief = estimate(i, false);
          expect(figures(brief)).toEqual(figures(full));
          expect(brief.weights.formula).toBe('');
          cases += 1;
        },
      ),
      { numRuns: 600, seed: 7 },
    );
    console.log(`estimate without detail: ${cases} generated cases equal to the full estimate`);
  });
});
