// "Did you mean": near misses suggested, and bounded work whatever the input's length.

import { describe, expect, it } from 'vitest';
import { findModel } from '../../src/catalog/models.js';
import { checkTexts } from '../../src/check.js';
import { closest, editDistance, shortText } from '../../src/core/suggest.js';

describe('did you mean', () => {
  it('still suggests the near miss of an honest id', () => {
    expect(closest('meta-llama/Llama-3.1-8B-Instrukt', ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-7B-Instruct'])).toEqual(['meta-llama/Llama-3.1-8B-Instruct']);
    const lookup = findModel('meta-llama/Llama-3.1-8B-Instrukt');
    expect('error' in lookup && lookup.error).toMatch(/Did you mean .*"meta-llama\/Llama-3\.1-8B-Instruct"/);
  });

  it('a distance past its budget stops early', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a'.repeat(5000), 'b'.repeat(10), 4)).toBe(5);
  });

  it('a 20 MB model id is answered at once, quoted short', async () => {
    const id = `org/${'x'.repeat(20 * 1024 * 1024)}`;
    const started = Date.now();
    const lookup = findModel(id);
    expect('error' in lookup && lookup.error.length).toBeLessThan(400);
    expect(shortText(id)).toHaveLength(119);
    expect(closest(id, ['meta-llama/Llama-3.1-8B-Instruct'])).toEqual([]);
    const manifest = `version: 1\ndeployments:\n  big:\n    model: ${id}\n    gpu: L4\n`;
    const report = await checkTexts([{ file: 'gpu-fit.yaml', text: manifest }], { minHeadroom: 0.1, failOn: 'undersized' });
    expect(report.deployments[0].verdict).toBe('error');
    expect(JSON.stringify(report).length).toBeLessThan(10_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
