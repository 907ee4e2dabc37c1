import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan, type PlanJson } from '../../src/cli/plan-command.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/prices');

async function plan(values: Record<string, string | string[] | undefined>): Promise<PlanJson> {
  const { output, code } = await runPlan(values, 'GiB', 'json', 0.1, FIXTURES);
  expect(code, output).toBe(0);
  return JSON.parse(output) as PlanJson;
}

describe('gpu-fit plan', () => {
  // Llama-3.1-8B at 128K with vLLM needs ~34 GB on one GPU (16 GB of weights, 16 GiB of KV, profile and
  // non-torch memory): one L4 (19.8 GiB usable) is too small, two take it (TP 2: 32 heads divide, 8 GB of
  // weights and 8 GiB of KV per GPU); an H100 takes it alone.
  it('lists the configurations that fit, cheapest first, with stretch, speed and cost', async () => {
    const p = await plan({ model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', 'max-model-len': '131072', gpu: ['L4', 'H100 SXM', 'T4'] });
    expect(p.model).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(p.engine).toBe('vllm');
    const byGpu = Object.fromEntries(p.configurations.map((c) => [c.gpu, c]));
    expect(byGpu.L4).toMatchObject({ count: 2, tensorParallelSize: 2, pipelineParallelSize: 1, verdict: 'fits' });
    expect(byGpu['H100 SXM']).toMatchObject({ count: 1, tensorParallelSize: 1 });
    // Two L4s on g2-standard-4 list prices ($0.7068 each) cost less than four T4s ($0.526 each), which cost less
    // than one H100 ($88.49 / 8 on a3-highgpu-8g).
    expect(p.configurations.map((c) => `${c.count} x ${c.gpu}`)).toEqual(['2 x L4', '4 x T4', '1 x H100 SXM']);
    expect(byGpu.L4.cost!.perHour).toBeCloseTo(2 * 0.7068, 4);
    expect(byGpu['H100 SXM'].cost!.perHour).toBeCloseTo(88.49 / 8, 4);
    for (const c of p.configurations) {
      expect(c.stretch.maxModelLen).toBeGreaterThanOrEqual(131072);
      expect(c.speed!.decodeTokensPerSecond.perSequence.expected).toBeLessThan(c.speed!.decodeTokensPerSecond.perSequence.bound);
    }
  });

  it('takes negotiated rates from --prices', async () => {
    const p = await plan({ model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', 'max-model-len': '8192', gpu: ['L4', 'H100 SXM'], prices: 'negotiated.yaml' });
    const l4 = p.configurations.find((c) => c.gpu === 'L4')!;
    expect(l4.cost).toMatchObject({ perHour: 0.4, source: 'our 2026 reserved contract' });
    expect(p.configurations.find((c) => c.gpu === 'H100 SXM')!.cost!.perHour).toBe(5);
  });

  it('prints a table by default and names a bad GPU or price file', async () => {
    const table = await runPlan({ model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', gpu: ['L4'] }, 'GiB', 'table', 0.1, FIXTURES);
    expect(table.output).toMatch(/^GPU +COUNT +TP x PP/m);
    expect(table.output).toMatch(/^L4 +\d/m);
    const bad = await runPlan({ model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: ['L5'] }, 'GiB', 'table', 0.1, FIXTURES);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('Did you mean');
    await expect(runPlan({ model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: ['L4'], prices: 'missing.json' }, 'GiB', 'json', 0.1, FIXTURES)).rejects.toThrow(/--prices missing.json: cannot read the file \(ENOENT\)/);
  });
});
