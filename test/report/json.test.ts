import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/report/json.js';
import { checkTexts } from '../../src/check.js';

const whole = (value: object) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    for (const value of [
      {},
      { a: [] },
      { a: [1, 'x', null, { b: [] }], b: 'y' },
      { a: undefined, b: () => 1, c: [undefined, () => 1], d: { e: undefined } },
      { deployments: [{ name: 'd\u2028"\\', n: [1, [2, { x: {} }]] }], warnings: ['w'] },
      { ['__proto__']: [1], constructor: { toJSON: () => 'j' } },
    ]) {
      expect(whole(value)).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('matches JSON.stringify on random objects', () => {
    let cases = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        cases += 1;
        expect(whole(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
    expect(cases).toBe(500);
  });

  it('gives each deployment of a report its own piece', async () => {
    const text = `version: 1\ndeployments:\n${Array.from({ length: 3 }, (_, i) => `  d${i}:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine: vllm\n    max_model_len: ${4096 * (i + 1)}\n    gpu: L4\n`).join('')}`;
    const report = await checkTexts([{ file: 'a.gpu-fit.yaml', text }], { minHeadroom: 0.1, failOn: 'undersized' });
    const pieces = [...jsonPieces(report)];
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    expect(pieces.filter((p) => p.includes('"name": "d'))).toHaveLength(3);
  });
});
