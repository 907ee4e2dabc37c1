// Settings each engine refuses before loading the model: its own message, beside the same
// deployment with an honest setting whose estimate must not change.

import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { engineRefusal } from '../../../src/core/engines/refusals.js';
import { judge } from '../../../src/core/verdict.js';
import { input } from '../../helpers/inputs.js';

const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct'; // 32 heads, 8 KV heads, 32 layers, 131,072 tokens
const QWEN = 'Qwen/Qwen2.5-0.5B-Instruct'; // 14 heads, 2 KV heads, 24 layers, 32,768 tokens

describe('tensor_parallel_size that does not divide the attention heads', () => {
  it.each([
    ['vllm', LLAMA, 3, /^Total number of attention heads \(32\) must be divisible by tensor parallel size \(3\)\.$/],
    ['vllm', QWEN, 3, /^Total number of attention heads \(14\) must be divisible by tensor parallel size \(3\)\.$/],
    ['vllm', QWEN, 4, /attention heads \(14\) must be divisible by tensor parallel size \(4\)/],
    ['sglang', LLAMA, 3, /total_num_heads % tp_size == 0 \(num_attention_heads 32 over tensor_parallel_size 3\)/],
    ['tgi', LLAMA, 3, /`num_heads` must be divisible by `num_shards` \(got `num_heads`: 32 and `num_shards`: 3/],
  ] as const)('%s refuses %s at tensor_parallel_size %i', (engine, model, tp, message) => {
    const result = estimate(input(model, 'H100', { engine, tensorParallelSize: tp, maxModelLen: 4096 }));
    expect(result.startupError).toMatch(message);
    expect(result.startupErrorField).toBe('tensor_parallel_size');
    expect(judge(result, 0.1).verdict).toBe('undersized');
    expect(result.notes.join(' ')).toMatch(/refuses this tensor_parallel_size before loading the model \((vLLM|SGLang|TGI) https:\/\/github\.com\//);
  });

  it.each(['vllm', 'sglang', 'tgi'] as const)('%s starts Llama-3.1-8B at tensor_parallel_size 2 (honest: fits)', (engine) => {
    const result = estimate(input(LLAMA, 'H100', { engine, tensorParallelSize: 2, maxModelLen: 4096 }));
    expect(result.startupError).toBeUndefined();
    expect(judge(result, 0.1).verdict).toBe('fits');
  });

  it('llama.cpp splits layers, not heads: 3 GPUs are fine', () => {
    const result = estimate(input(LLAMA, 'L4', { engine: 'llama.cpp', quantization: 'Q4_K_M', tensorParallelSize: 3, maxModelLen: 4096 }));
    expect(result.startupError).toBeUndefined();
  });
});

describe('num_key_value_heads over tensor parallel ranks, as vLLM and SGLang split or copy them', () => {
  it('8 KV heads over 16 ranks are copied (16 % 8 == 0): accepted', () => {
    expect(engineRefusal(input(LLAMA, 'H100', { engine: 'vllm', tensorParallelSize: 16, maxModelLen: 4096 }))).toBeNull();
  });

  it('KV heads that neither divide nor are divided by the ranks are refused', () => {
    const custom = input(LLAMA, 'H100', { engine: 'vllm', tensorParallelSize: 4, maxModelLen: 4096 });
    custom.model.architecture = { ...custom.model.architecture, numKeyValueHeads: 6 };
    expect(engineRefusal(custom)?.message).toMatch(/total_num_kv_heads % tp_size == 0 \(num_key_value_heads 6 over tensor_parallel_size 4\)/);
    const fewer = input(LLAMA, 'H100', { engine: 'sglang', tensorParallelSize: 8, maxModelLen: 4096 });
    fewer.model.architecture = { ...fewer.model.architecture, numKeyValueHeads: 3 };
    expect(engineRefusal(fewer)?.message).toMatch(/tp_size % total_num_kv_heads == 0 \(tensor_parallel_size 8 over num_key_value_heads 3\)/);
  });
});

describe('pipeline_parallel_size above the layer count', () => {
  it('is refused; the honest split is not', () => {
    const refused = estimate(input(QWEN, 'L4', { engine: 'vllm', pipelineParallelSize: 32, maxModelLen: 4096 }));
    expect(refused.startupError).toMatch(/^pipeline_parallel_size \(32\) is larger than the model's 24 layers: 8 pipeline stages would hold no layer/);
    expect(refused.startupErrorField).toBe('pipeline_parallel_size');
    const honest = estimate(input(QWEN, 'L4', { engine: 'vllm', pipelineParallelSize: 2, maxModelLen: 4096 }));
    expect(honest.startupError).toBeUndefined();
  });
});

describe('max_model_len above the model context', () => {
  it('vLLM refuses it unless VLLM_ALLOW_LONG_MAX_MODEL_LEN is set', () => {
    const refused = estimate(input(QWEN, 'H100', { engine: 'vllm', maxModelLen: 65536 }));
    expect(refused.startupError).toMatch(/^User-specified max_model_len \(65536\) is greater than the derived max_model_len \(max_position_embeddings=32768 .*VLLM_ALLOW_LONG_MAX_MODEL_LEN=1/);
    expect(refused.startupErrorField).toBe('max_model_len');
    const allowed = estimate(input(QWEN, 'H100', { engine: 'vllm', maxModelLen: 65536, allowLongMaxModelLen: true }));
    expect(allowed.startupError).toBeUndefined();
    expect(allowed.notes.join(' ')).toMatch(/starts only because VLLM_ALLOW_LONG_MAX_MODEL_LEN is set/);
    const honest = estimate(input(QWEN, 'H100', { engine: 'vllm', maxModelLen: 32768 }));
    expect(honest.startupError).toBeUndefined();
  });

  it('SGLang refuses it unless SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN is set', () => {
    const refused = estimate(input(QWEN, 'H100', { engine: 'sglang', maxModelLen: 65536 }));
    expect(refused.startupError).toMatch(/^User-specified context_length \(65536\) is greater than the derived context_length \(32768\).*SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1/);
    expect(estimate(input(QWEN, 'H100', { engine: 'sglang', maxModelLen: 65536, allowLongMaxModelLen: true })).startupError).toBeUndefined();
  });

  it('llama.cpp runs past the training context with a warning: no refusal', () => {
    expect(engineRefusal(input(QWEN, 'L4', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 65536 }))).toBeNull();
  });
});
