// GPUs without bfloat16 (T4 7.5, V100 7.0): vLLM refused a bfloat16 checkpoint under `dtype: auto`
// until 0.9.0, then falls back to float16 (float32 for models unstable in it); an explicit bfloat16
// is refused in every release. SGLang loads float16 below sm80 and runs nothing below sm75.

import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../../src/check.js';
import { estimate } from '../../../src/core/estimate.js';
import { engineRefusal } from '../../../src/core/engines/refusals.js';
import { input } from '../../helpers/inputs.js';

const QWEN = 'Qwen/Qwen2.5-0.5B-Instruct'; // torch_dtype bfloat16
const refusal = (model: string, gpu: string, serving: Parameters<typeof input>[2]) => engineRefusal(input(model, gpu, serving))?.message ?? null;

describe('vLLM and bfloat16 below compute capability 8.0', () => {
  it('0.6 to 0.8 keep the checkpoint bfloat16 under auto and the worker refuses it (vllm#9990, 0.6.3.post1 on a T4)', () => {
    expect(refusal(QWEN, 'T4', { engineVersion: '0.6.3.post1' })).toBe(
      'Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your T4 GPU has compute capability 7.5. You can use float16 instead by explicitly setting the`dtype` flag in CLI, for example: --dtype=half.',
    );
    expect(refusal(QWEN, 'V100 32GB', { engineVersion: '0.8.5' })).toBe(
      'Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your V100 32GB GPU has compute capability 7.0. You can use float16 instead by explicitly setting the `dtype` flag in CLI, for example: --dtype=half.',
    );
    expect(refusal(QWEN, 'T4', { engineVersion: '0.6.3.post1', dtype: 'float16' })).toBeNull();
    expect(refusal(QWEN, 'L4', { engineVersion: '0.6.3.post1' })).toBeNull();
  });

  it('from 0.9.0 auto falls back to float16 and says so; an explicit bfloat16 is still refused', () => {
    for (const engineVersion of ['0.9.0', '0.16.0', undefined]) {
      expect(refusal(QWEN, 'T4', { engineVersion })).toBeNull();
      const result = estimate(input(QWEN, 'T4', { engineVersion }));
      expect(result.weights.inputs?.dtype).toBe('float16');
      expect(result.notes.some((n) => /no bfloat16 \(compute capability 7\.5\): vLLM serves the checkpoint's bfloat16 weights as float16/.test(n))).toBe(true);
    }
    expect(refusal(QWEN, 'T4', { dtype: 'bfloat16' })).toMatch(/^Bfloat16 is only supported on GPUs with compute capability of at least 8\.0\. Your T4 GPU/);
    expect(refusal(QWEN, 'H100', { dtype: 'bfloat16' })).toBeNull();
  });

  it('from 0.9.1 a model type unstable in float16 (gemma2) is served in float32 there: twice the weights', () => {
    const model = 'google/gemma-2-2b-it';
    const fp32 = estimate(input(model, 'T4', { maxModelLen: 4096 }));
    const fp16 = estimate(input(model, 'T4', { maxModelLen: 4096, engineVersion: '0.9.0' }));
    const ampere = estimate(input(model, 'L4', { maxModelLen: 4096 }));
    expect(fp32.weights.inputs?.dtype).toBe('float32');
    expect(fp16.weights.inputs?.dtype).toBe('float16');
    expect(ampere.weights.inputs?.dtype).toBe('bfloat16');
    // The rotary cache and padding scale with the dtype too: the whole figure doubles.
    expect(fp32.weights.bytes).toBe(2 * fp16.weights.bytes);
    expect(fp16.weights.bytes).toBe(ampere.weights.bytes);
  });
});

describe('SGLang below sm80', () => {
  it('refuses a V100 outright and loads float16 on a T4 whatever dtype was asked', () => {
    expect(refusal(QWEN, 'V100 32GB', { engine: 'sglang' })).toBe('RuntimeError: SGLang only supports sm75 and above.');
    expect(refusal(QWEN, 'T4', { engine: 'sglang', dtype: 'bfloat16' })).toBeNull();
    const t4 = estimate(input(QWEN, 'T4', { engine: 'sglang', dtype: 'float32', maxModelLen: 4096 }));
    const l4 = estimate(input(QWEN, 'L4', { engine: 'sglang', dtype: 'float32', maxModelLen: 4096 }));
    expect(l4.weights.bytes).toBeGreaterThan(1.9 * t4.weights.bytes);
    expect(t4.notes.some((n) => /below sm80: SGLang loads the weights in float16, not float32/.test(n))).toBe(true);
  });
});

describe('in the report', () => {
  it('points at the GPU, and offers the fix the error names (dtype: float16)', async () => {
    const text = stringify({ version: 1, deployments: { colab: { model: QWEN, engine: 'vllm', engine_version: '0.6.3.post1', max_model_len: 4096, gpu: 'T4' } } });
    const [d] = (await checkTexts([{ file: 'gpu-fit.yaml', text }], { minHeadroom: 0.1, failOn: 'undersized' })).deployments;
    expect(d.verdict).toBe('undersized');
    expect(d.engineError).toMatch(/^Bfloat16 is only supported/);
    expect(d.decidedBy?.field).toBe('gpu');
    expect(d.fixes[0]).toEqual({ change: { dtype: 'float16' }, totalBytes: expect.any(Number), verdict: 'fits' });
  });
});
