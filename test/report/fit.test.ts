import { describe, expect, it } from 'vitest';
import { chars, fitReport, fitToLimit, utf8Bytes } from '../../src/report/fit.js';

const render = (kept: number) => `${'x'.repeat(10 * kept)}${kept < 50 ? ` (${50 - kept} left out)` : ''}`;

describe('fitToLimit', () => {
  it('keeps the whole text when it fits', () => {
    expect(fitToLimit(50, render, 500, chars)).toEqual({ text: 'x'.repeat(500), omitted: 0 });
  });

  it('keeps the most entries that fit with the line about the rest', () => {
    const { text, omitted } = fitToLimit(50, render, 300, chars);
    expect(text.length).toBeLessThanOrEqual(300);
    expect(omitted).toBe(22); // 28 kept: 280 + " (22 left out)" = 294; 29 would be 304
    expect(text.endsWith('(22 left out)')).toBe(true);
  });

  it('measures bytes for the job summary, characters for a comment', () => {
    expect(chars('✅')).toBe(1);
    expect(utf8Bytes('✅')).toBe(3);
  });
});

describe('fitReport', () => {
  // 20 rows of 10 characters, each with a 40-character breakdown
  const render = (rows: number, details: number) => 'r'.repeat(10 * rows) + 'd'.repeat(40 * Math.min(rows, details));

  it('gives up breakdowns before rows', () => {
    expect(fitReport(20, render, 1000, chars)).toMatchObject({ omitted: 0, omittedDetails: 0 });
    const fitted = fitReport(20, render, 600, chars);
    expect(fitted).toMatchObject({ omitted: 0, omittedDetails: 10 }); // 200 + 10 × 40
  });

  it('then rows, with no breakdowns at all', () => {
    expect(fitReport(20, render, 150, chars)).toMatchObject({ omitted: 5, omittedDetails: 15 });
  });
});
