import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../src/check.js';
import type { DeploymentReport } from '../../src/report/report.js';

const chat = { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', max_model_len: 131072, gpu: 'L4' };

/** The report of these manifests (file name → manifest), checked in one run. */
async function check(manifests: Record<string, object>, minHeadroom = 0.1) {
  const texts = Object.entries(manifests).map(([file, m]) => ({ file, text: stringify({ version: 1, ...m }) }));
  return (await checkTexts(texts, { minHeadroom, failOn: 'undersized' })).deployments;
}

/** A row without what names and places it. */
function answer(row: DeploymentReport) {
  const { name: _name, file: _file, line: _line, decidedBy, ...rest } = row;
  return { ...rest, decidedBy: decidedBy && { field: decidedBy.field, line: decidedBy.line, column: decidedBy.column } };
}

describe('deployments that ask the same question', () => {
  // Repositories repeat a deployment (a manifest per region); its verdict, GPUs and planner fields are
  // worked out once and shared. Sharing must not leak between questions that differ.
  it('get the same verdict, GPUs and planner fields as a deployment checked alone', async () => {
    const both = await check({ 'eu.gpu-fit.yaml': { deployments: { eu: chat } }, 'us.gpu-fit.yaml': { deployments: { us: { ...chat } } } });
    const [alone] = await check({ 'solo.gpu-fit.yaml': { deployments: { solo: { ...chat } } } });
    expect(both.map((d) => d.verdict)).toEqual(['undersized', 'undersized']);
    expect(answer(both[0])).toEqual(answer(alone));
    expect(answer(both[1])).toEqual(answer(alone));
    expect(alone.fixes.length).toBeGreaterThan(0);
    expect(alone.recommendedGpus.length).toBeGreaterThan(0);
  });

  it('keep apart a manifest with its own prices', async () => {
    const rows = await check({
      'a.gpu-fit.yaml': { deployments: { a: chat } },
      'b.gpu-fit.yaml': { prices: [{ gpu: 'L4', usd_per_hour: 0.3, source: 'our contract' }], deployments: { b: chat } },
    });
    expect(rows[1].cost).toMatchObject({ perHour: 0.3, source: 'our contract' });
    expect(rows[0].cost?.perHour).not.toBe(0.3);
  });

  it('keep apart another headroom: the verdict and the fixes follow it', async () => {
    // 8K on one L4 leaves ~2.85 GB, ~15 % of what it needs: it fits with 10 % headroom, not with 30 %.
    const deployment = { deployments: { chat: { ...chat, max_model_len: 8192 } } };
    const [loose] = await check({ 'a.gpu-fit.yaml': deployment }, 0.1);
    const [strict] = await check({ 'a.gpu-fit.yaml': deployment }, 0.3);
    expect(loose.verdict).toBe('fits');
    expect(strict.verdict).toBe('tight');
    expect(strict.recommendedGpus.length).toBeGreaterThan(0);
    expect(loose.headroomBytes).toBe(strict.headroomBytes);
    expect(loose.fixes).toEqual([]);
  });
});
