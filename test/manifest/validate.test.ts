// Numbers outside sense and versions no release had: errors naming the field, or a warning
// saying which rules were used; never Infinity, NaN or a GPU that fits everything. Each beside
// the honest manifest whose verdict must not change.

import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../src/check.js';

const FILE = 'gpu-fit.yaml';

async function check(fields: Record<string, string>) {
  const base: Record<string, string> = { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', max_model_len: '8192', gpu: 'L4', ...fields };
  const text = `version: 1\ndeployments:\n  chat:\n${Object.entries(base).map(([k, v]) => `    ${k}: ${v}`).join('\n')}\n`;
  const report = await checkTexts([{ file: FILE, text }], { minHeadroom: 0.1, failOn: 'undersized' });
  const [d] = report.deployments;
  return { d, json: JSON.stringify(report) };
}

describe('numbers outside sense', () => {
  it('the honest deployment fits', async () => {
    const { d } = await check({});
    expect(d.verdict).toBe('fits');
    expect(d.errors).toEqual([]);
  });

  it.each([
    ['max_model_len', '1e308', /`max_model_len` is 1e\+308, beyond any real setting/],
    ['concurrency', '18446744073709551616', /`concurrency` is 18446744073709552000, beyond any real setting/],
    ['gpu', '{name: huge, memory: "1e400 GiB"}', /`gpu.memory`: "1e400 GiB" is beyond any GPU's memory/],
    ['gpu', '{name: huge, memory: "2e20 TiB"}', /beyond any GPU's memory/],
    // The smaller unit by mistake: a GPU nothing fits on would be reported as undersized.
    ['gpu', '{name: mine, memory: "24 MB"}', /^`gpu.memory`: "24 MB" is below any GPU gpu-fit checks \(at least 1 GB\)\. Did you mean "24 GB"\?$/],
    ['gpu', '{name: mine, memory: "24 MiB"}', /^`gpu.memory`: "24 MiB" is below any GPU gpu-fit checks \(at least 1 GB\)\. Did you mean "24 GiB"\?$/],
    ['gpu', '{name: mine, memory: "1e-9 GiB"}', /^`gpu.memory`: "1e-9 GiB" is below any GPU gpu-fit checks \(at least 1 GB\)\.$/],
  ])('%s: %s is an error naming the field', async (field, value, message) => {
    const { d, json } = await check({ [field]: value });
    expect(d.verdict).toBe('error');
    expect(d.errors.map((e) => e.message)).toEqual([expect.stringMatching(message)]);
    expect(json).not.toMatch(/Infinity|NaN|null,"availableBytes":null,"headroomBytes":null,"verdict":"fits"/);
  });

  it('a parameter count of 1e308 is an error naming the field', async () => {
    const text = `version: 1\ndeployments:\n  raw:\n    architecture:\n      num_parameters: 1e308\n      num_hidden_layers: 32\n      hidden_size: 4096\n    max_model_len: 2048\n    gpu: L4\n`;
    const [d] = (await checkTexts([{ file: FILE, text }], { minHeadroom: 0.1, failOn: 'undersized' })).deployments;
    expect(d.verdict).toBe('error');
    expect(d.errors[0].message).toMatch(/`architecture.num_parameters` is 1e\+308, beyond any model/);
  });

  it('a layer count past any model is an error before any per-layer work', async () => {
    const text = `version: 1\ndeployments:\n  raw:\n    architecture:\n      num_parameters: 7e9\n      num_hidden_layers: 1000000000\n      hidden_size: 4096\n    max_model_len: 2048\n    gpu: L4\n`;
    const started = Date.now();
    const [d] = (await checkTexts([{ file: FILE, text }], { minHeadroom: 0.1, failOn: 'undersized' })).deployments;
    expect(d.errors[0].message).toBe('`architecture.num_hidden_layers` must be at most 10000, got 1000000000.');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a figure that still comes out past exact integers is an error, not a number', async () => {
    // Each input is a safe integer; their product is not.
    const text = `version: 1\ndeployments:\n  raw:\n    architecture:\n      num_parameters: 7e9\n      num_hidden_layers: 10000\n      hidden_size: 100000000\n    max_model_len: 1000000000\n    gpu: L4\n`;
    const report = await checkTexts([{ file: FILE, text }], { minHeadroom: 0.1, failOn: 'undersized' });
    const [d] = report.deployments;
    expect(d.verdict).toBe('error');
    expect(d.errors[0].message).toMatch(/^The KV cache figure of "raw" comes to .*outside any real deployment/);
    expect(JSON.stringify(report)).not.toMatch(/Infinity|NaN/);
  });
});

describe('engine_version', () => {
  it('a real release gets no warning', async () => {
    const { d } = await check({ engine_version: '"0.10.1"' });
    expect(d.notes.filter((n) => n.startsWith('Warning'))).toEqual([]);
    expect(d.verdict).toBe('fits');
  });

  it.each([
    ['"0.0.0"', /older than vllm's first release \(0\.1\.0\): no release had it; the oldest rules \(vllm 0\.1\.0\) were used/],
    ['"999.0"', /past any vllm release gpu-fit knows: the newest rules \(vllm 0\.29\) were used/],
    ['"../../"', /"\.\.\/\.\.\/" is not a vllm release number: the newest rules gpu-fit has \(vllm 0\.29\) were used/],
  ])('%s gets a warning saying which rules were used', async (value, warning) => {
    const { d } = await check({ engine_version: value });
    expect(d.notes).toContainEqual(expect.stringMatching(warning));
  });

  it('an unquoted 0.10 (the YAML number 0.1) gets a hint to quote it', async () => {
    const { d } = await check({ engine_version: '0.10' });
    expect(d.verdict).toBe('error');
    expect(d.errors[0].message).toMatch(/`engine_version` is the number 0\.1: YAML reads unquoted versions as numbers \(0\.10 becomes 0\.1\)\. Quote it/);
  });
});
