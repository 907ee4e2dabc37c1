import { describe, expect, it } from 'vitest';
import { bytesPerQuantizedWeight, checkpointQuantization, formatFromConfig, isConverted, resolveFormat } from '../../src/core/quantization.js';

describe('quantization formats', () => {
  it('count scales and zero points per group', () => {
    // AWQ/GPTQ 4-bit, group 128: half a byte, plus a float16 scale and a 4-bit zero per 128 weights
    expect(bytesPerQuantizedWeight(resolveFormat('awq', undefined)!)).toBe(0.5 + 2.5 / 128);
    expect(bytesPerQuantizedWeight(resolveFormat('gptq', undefined, 8, 64)!)).toBe(1 + 3 / 64);
    // MXFP4: 4 bits and one E8M0 scale per 32
    expect(bytesPerQuantizedWeight(resolveFormat('mxfp4', undefined)!)).toBe(4.25 / 8);
    // block FP8 (DeepSeek): one float32 per 128 × 128
    expect(bytesPerQuantizedWeight(formatFromConfig({ quant_method: 'fp8', weight_block_size: [128, 128] })!)).toBe(1 + 4 / 16384);
  });

  it('read a checkpoint\'s quantization_config', () => {
    expect(formatFromConfig({ quant_method: 'gptq', bits: 4, group_size: 128, desc_act: false })).toMatchObject({ name: 'gptq', bits: 4, groupSize: 128 });
    expect(formatFromConfig({ quant_method: 'awq', bits: 4, group_size: -1 })).toMatchObject({ groupSize: null });
    expect(formatFromConfig({ quant_method: 'mxfp4', modules_to_not_convert: ['model.layers.*.self_attn'] })).toMatchObject({ scope: 'experts' });
    expect(
      formatFromConfig({ quant_method: 'compressed-tensors', config_groups: { g: { weights: { num_bits: 4, type: 'int', group_size: 128, symmetric: true } } } }),
    ).toMatchObject({ bits: 4, groupSize: 128, zeroBits: 0 });
  });

  it('let the manifest override the checkpoint, keeping its details when the method is the same', () => {
    const checkpoint = { quant_method: 'fp8', weight_block_size: [128, 128] };
    expect(resolveFormat('fp8', checkpoint)?.block).toEqual([128, 128]);
    expect(resolveFormat(null, checkpoint)?.name).toBe('fp8');
    expect(resolveFormat('none', checkpoint)).toBeNull();
  });

  it('leave modules_to_not_convert in the serving dtype', () => {
    const format = formatFromConfig({ quant_method: 'fbgemm_fp8', modules_to_not_convert: ['model.layers.0', 'model.layers.*.self_attn', 'lm_head'] })!;
    expect(isConverted(format, 'model.layers.0.mlp')).toBe(false);
    expect(isConverted(format, 'model.layers.5.self_attn')).toBe(false);
    expect(isConverted(format, 'model.layers.5.mlp')).toBe(true);
    expect(isConverted(format, 'model.layers.01.mlp')).toBe(true);
  });
});

describe('NVIDIA ModelOpt checkpoints', () => {
  // config.json quantization_config as ModelOpt exports it ({quant_method: modelopt, quant_algo, exclude_modules});
  // vLLM's modelopt.py matches exclude_modules with fnmatch, so `*` crosses the dots of a module path.
  it('reads quant_algo into the layout vLLM loads', () => {
    expect(formatFromConfig({ quant_method: 'modelopt', quant_algo: 'FP8' })).toMatchObject({ name: 'fp8', bits: 8 });
    expect(formatFromConfig({ quant_method: 'modelopt', quant_algo: 'FP8_PER_CHANNEL_PER_TOKEN' })).toMatchObject({ name: 'fp8', perChannel: true });
    expect(formatFromConfig({ quant_method: 'modelopt', quant_algo: 'FP8_PB_WO' })).toMatchObject({ name: 'fp8', block: [128, 128] });
    expect(formatFromConfig({ quant_method: 'modelopt', quant_algo: 'NVFP4' })).toMatchObject({ name: 'nvfp4', bits: 4, groupSize: 16 });
    // Per-layer formats have no single layout: the checkpoint's own tensors size it where read.
    expect(formatFromConfig({ quant_method: 'modelopt', quant_algo: 'MIXED_PRECISION' })).toBeNull();
  });

  it('keeps exclude_modules in the serving dtype, matched as fnmatch matches them', () => {
    const f = formatFromConfig({ quant_method: 'modelopt', quant_algo: 'NVFP4', exclude_modules: ['lm_head', '*.mlp.gate', 'model.layers.0.*'] })!;
    expect(isConverted(f, 'lm_head')).toBe(false);
    expect(isConverted(f, 'model.layers.7.mlp.gate')).toBe(false);
    expect(isConverted(f, 'model.layers.0.self_attn.q_proj')).toBe(false);
    expect(isConverted(f, 'model.layers.7.mlp.gate_proj')).toBe(true);
    expect(isConverted(f, 'model.layers.10.self_attn.q_proj')).toBe(true);
  });

  it('takes `quantization: modelopt` as vLLM\'s ModelOpt FP8 method', () => {
    expect(resolveFormat('modelopt', undefined)).toMatchObject({ name: 'fp8' });
  });
});

// vLLM config/model.py ModelConfig._parse_quant_hf_config / _verify_quantization
describe('where a checkpoint keeps its quantization', () => {
  const int4 = { quant_method: 'compressed-tensors', config_groups: { group_0: { weights: { num_bits: 4, type: 'int', group_size: 32, symmetric: true } } } };

  it('reads quantization_config, then compression_config, then the same keys of text_config', () => {
    expect(checkpointQuantization({ quantization_config: { quant_method: 'fp8' } })).toEqual({ key: 'quantization_config', value: { quant_method: 'fp8' } });
    expect(checkpointQuantization({ compression_config: int4 })).toEqual({ key: 'compression_config', value: int4 });
    expect(checkpointQuantization({ model_type: 'kimi_k25', text_config: { model_type: 'deepseek_v3', quantization_config: int4 } })).toEqual({ key: 'text_config.quantization_config', value: int4 });
    expect(checkpointQuantization({ text_config: { compression_config: int4 } })?.key).toBe('text_config.compression_config');
  });

  it('prefers the top level, and finds nothing where neither level has one', () => {
    expect(checkpointQuantization({ quantization_config: { quant_method: 'fp8' }, text_config: { quantization_config: int4 } })?.key).toBe('quantization_config');
    expect(checkpointQuantization({ model_type: 'llama' })).toBeUndefined();
    expect(checkpointQuantization({ quantization_config: null, text_config: 'not an object' })).toBeUndefined();
  });

  it('hands back what is written, for the caller to refuse a value that is not an object', () => {
    expect(checkpointQuantization({ text_config: { quantization_config: 'int4' } })).toEqual({ key: 'text_config.quantization_config', value: 'int4' });
  });
});
