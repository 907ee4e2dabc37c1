// A quantization method the GPU's generation cannot run: vLLM and SGLang refuse it before loading
// (get_min_capability), in their own words; the same deployment on a newer card starts.

import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../../src/check.js';
import { estimate } from '../../../src/core/estimate.js';
import { engineRefusal } from '../../../src/core/engines/refusals.js';
import { input } from '../../helpers/inputs.js';

const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct';
const refusal = (model: string, gpu: string, serving: Parameters<typeof input>[2]) => engineRefusal(input(model, gpu, serving))?.message ?? null;

describe('the GPU generation a quantization method needs', () => {
  it('vLLM before #29901 (0.11) refuses FP8 below Ampere; from 0.16 Turing runs it with Marlin, Volta still not', () => {
    expect(refusal(LLAMA, 'T4', { quantization: 'fp8', engineVersion: '0.11.0' })).toBe(
      'The quantization method fp8 is not supported for the current GPU. Minimum capability: 80. Current capability: 75.',
    );
    expect(refusal(LLAMA, 'A10G', { quantization: 'fp8', engineVersion: '0.11.0' })).toBeNull();
    expect(refusal(LLAMA, 'T4', { quantization: 'fp8', engineVersion: '0.16.0' })).toBeNull();
    expect(refusal(LLAMA, 'T4', { quantization: 'fp8' })).toBeNull();
    expect(refusal(LLAMA, 'V100 32GB', { quantization: 'fp8' })).toBe('The quantization method fp8 is not supported for the current GPU. Minimum capability: 75. Current capability: 70.');
    // 0.12 to 0.15: the release that first carried #29901 is not known, so only what all of them refuse.
    expect(refusal(LLAMA, 'T4', { quantization: 'fp8', engineVersion: '0.14.1' })).toBeNull();
    expect(refusal(LLAMA, 'V100 32GB', { quantization: 'fp8', engineVersion: '0.14.1' })).toMatch(/Minimum capability: 75\. Current capability: 70\.$/);
  });

  it("reads the checkpoint's own method: gpt-oss's MXFP4 needs Ampere, an AWQ checkpoint Turing", () => {
    expect(refusal('openai/gpt-oss-20b', 'T4', {})).toBe('The quantization method mxfp4 is not supported for the current GPU. Minimum capability: 80. Current capability: 75.');
    expect(refusal('openai/gpt-oss-20b', 'A10G', {})).toBeNull();
    expect(refusal('Qwen/Qwen2.5-7B-Instruct-AWQ', 'V100 32GB', {})).toBe('The quantization method awq is not supported for the current GPU. Minimum capability: 75. Current capability: 70.');
    expect(refusal('Qwen/Qwen2.5-7B-Instruct-AWQ', 'T4', {})).toBeNull();
  });

  it('SGLang keeps FP8 at Ampere and up; llama.cpp and TGI have no such check here', () => {
    expect(refusal(LLAMA, 'T4', { engine: 'sglang', quantization: 'fp8' })).toBe(
      'The quantization method fp8 is not supported for the current GPU. Minimum capability: 80. Current capability: 75.',
    );
    expect(refusal(LLAMA, 'L4', { engine: 'sglang', quantization: 'fp8' })).toBeNull();
    expect(refusal(LLAMA, 'T4', { engine: 'tgi', quantization: 'fp8' })).toBeNull();
    expect(refusal('openai/gpt-oss-20b', 'T4', { engine: 'llama.cpp' })).toBeNull();
  });

  it('makes the estimate undersized with the rule cited, the memory figures unchanged', () => {
    const refused = estimate(input(LLAMA, 'V100 32GB', { quantization: 'fp8' }));
    expect(refused.startupErrorField).toBe('quantization');
    expect(refused.notes.at(-1)).toMatch(/^vllm refuses this quantization before loading the model \(vLLM https:\/\/github\.com\/vllm-project\/vllm\/blob\/[0-9a-f]{40}\/vllm\/config\/vllm\.py#L\d+ _get_quantization_config; get_min_capability https:\/\/.*\/fp8\.py#L\d+\)\.$/);
  });
});

describe('in the report', () => {
  const check = async (deployment: Record<string, unknown>) =>
    (await checkTexts([{ file: 'gpu-fit.yaml', text: stringify({ version: 1, deployments: { app: deployment } }) }], { minHeadroom: 0.1, failOn: 'undersized' })).deployments[0];

  it('points at the quantization line it sets, or at the GPU for the checkpoint’s own, and no fix keeps the method on that card', async () => {
    const set = await check({ model: LLAMA, engine: 'vllm', engine_version: '0.11.0', quantization: 'fp8', max_model_len: 4096, gpu: 'T4' });
    expect(set.verdict).toBe('undersized');
    expect(set.engineError).toMatch(/^The quantization method fp8 is not supported/);
    expect(set.decidedBy).toMatchObject({ field: 'quantization', line: 7 });
    expect(set.recommendedGpus.length).toBeGreaterThan(0);

    const own = await check({ model: 'openai/gpt-oss-20b', engine: 'vllm', max_model_len: 4096, gpu: 'T4' });
    expect(own.verdict).toBe('undersized');
    expect(own.decidedBy?.field).toBe('gpu');
    // Every fix that fits moves to another GPU or another model (and there are some).
    expect(own.fixes.length).toBeGreaterThan(0);
    for (const fix of own.fixes.filter((f) => f.verdict !== 'undersized')) expect(Object.keys(fix.change).some((k) => k === 'gpu' || k === 'model'), JSON.stringify(fix.change)).toBe(true);
  });
});
