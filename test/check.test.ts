// The whole check against hostile model configs and files: each bad deployment is its own error
// at its line, naming the field; the honest deployment beside them keeps its verdict.

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../src/check.js';
import { createModelSource } from '../src/models/source.js';

const QWEN = {
  architectures: ['Qwen2ForCausalLM'], model_type: 'qwen2', hidden_size: 896, intermediate_size: 4864, num_attention_heads: 14,
  num_key_value_heads: 2, num_hidden_layers: 24, vocab_size: 151936, max_position_embeddings: 32768, torch_dtype: 'bfloat16', tie_word_embeddings: true,
};

const HOSTILE: Record<string, string> = {
  honest: JSON.stringify(QWEN),
  'zero-heads': JSON.stringify({ ...QWEN, num_attention_heads: 0 }),
  'negative-heads': JSON.stringify({ ...QWEN, num_attention_heads: -4, num_key_value_heads: -1 }),
  'million-layers': JSON.stringify({ ...QWEN, num_hidden_layers: 1_000_000 }),
  'text-heads': JSON.stringify({ ...QWEN, num_key_value_heads: '2' }),
  'huge-hidden': JSON.stringify({ ...QWEN, hidden_size: 1e308 }),
  'nested-text-config': `${JSON.stringify(QWEN).slice(0, -1)}, "text_config": ${'{"text_config": '.repeat(50_000)}{}${'}'.repeat(50_000)}}`,
  'garbage-quantization': JSON.stringify({ ...QWEN, quantization_config: { quant_method: 'gptq', bits: 'eight' } }),
  'text-quantization': JSON.stringify({ ...QWEN, quantization_config: 'gptq' }),
  'list-method': JSON.stringify({ ...QWEN, quantization_config: { quant_method: ['fp8'] } }),
};

async function workspace(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gpu-fit-hostile-'));
  const lines = ['version: 1', 'deployments:'];
  for (const [name, text] of Object.entries(HOSTILE)) {
    await mkdir(join(root, name));
    await writeFile(join(root, name, 'config.json'), text);
    lines.push(`  ${name}:`, `    config: ./${name}`, '    engine: vllm', '    max_model_len: 4096', '    gpu: H100 SXM');
  }
  // a misspelt field in an architecture block
  lines.push('  raw:', '    architecture:', '      num_parameters: 1.0e9', '      num_hiden_layers: 8', '      hidden_size: 2048', '    gpu: L4');
  await writeFile(join(root, 'gpu-fit.yaml'), `${lines.join('\n')}\n`);
  return root;
}

describe('one bad deployment stays one error', () => {
  it('hostile config.json files and a misspelt architecture field: each its own error at its line; the honest one fits', async () => {
    const root = await workspace();
    const models = createModelSource({ root, hub: null, tokenHint: '', hasToken: false, offlineHint: '' });
    const { report } = await checkManifests({ root, patterns: ['gpu-fit.yaml'], minHeadroom: 0.1, failOn: 'undersized', models });
    const by = Object.fromEntries(report.deployments.map((d) => [d.name, d]));
    const first = (name: string) => by[name].errors[0]?.message;

    expect(by.honest.verdict).toBe('fits');
    expect(first('zero-heads')).toBe('zero-heads/config.json: config.json num_attention_heads is 0: it must be a whole number from 1 to 2147483648.');
    expect(first('negative-heads')).toBe('negative-heads/config.json: config.json num_attention_heads is -4: it must be a whole number from 1 to 2147483648.');
    expect(first('million-layers')).toBe('million-layers/config.json: config.json num_hidden_layers is 1000000: it must be a whole number from 1 to 10000.');
    expect(first('text-heads')).toBe('text-heads/config.json: config.json num_key_value_heads is the text "2": it must be a whole number from 1 to 2147483648.');
    expect(first('huge-hidden')).toMatch(/config\.json hidden_size is 1e\+308/);
    expect(first('garbage-quantization')).toBe('garbage-quantization/config.json: config.json quantization_config.bits is the text "eight": it must be a whole number from 1 to 16.');
    expect(first('text-quantization')).toBe('text-quantization/config.json: config.json quantization_config must be an object; got the text "gptq".');
    expect(first('list-method')).toBe('list-method/config.json: config.json quantization_config.quant_method is a list: it must be a format name.');
    // deep nesting is read (only the first text_config counts) or refused, never a crash
    expect(['fits', 'error']).toContain(by['nested-text-config'].verdict);
    expect(by.raw.verdict).toBe('error');
    expect(by.raw.errors.map((e) => e.message)).toContain('`architecture.num_hiden_layers` is not a known field. Did you mean "architecture.num_hidden_layers"?');
    for (const d of report.deployments) {
      if (d.name === 'honest' || d.name === 'nested-text-config') continue;
      expect(d.verdict).toBe('error');
      expect(d.errors[0].line).toBeGreaterThan(2);
    }
  });
});

describe('only regular files of a sane size are read', () => {
  it('a FIFO named by `config:` and by `from:` is an error each, without blocking; the honest deployment fits', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gpu-fit-fifo-'));
    await mkdir(join(root, 'honest'));
    await writeFile(join(root, 'honest/config.json'), JSON.stringify(QWEN));
    execFileSync('mkfifo', [join(root, 'pipe.json'), join(root, 'pipe.yaml')]);
    await writeFile(
      join(root, 'gpu-fit.yaml'),
      [
        'version: 1',
        'deployments:',
        '  honest: {config: ./honest, engine: vllm, max_model_len: 4096, gpu: L4}',
        '  piped: {config: ./pipe.json, engine: vllm, max_model_len: 4096, gpu: L4}',
        '  from-pipe: {from: ./pipe.yaml, gpu: L4}',
        '',
      ].join('\n'),
    );
    const models = createModelSource({ root, hub: null, tokenHint: '', hasToken: false, offlineHint: '' });
    const started = Date.now();
    const { report } = await checkManifests({ root, patterns: ['gpu-fit.yaml'], minHeadroom: 0.1, failOn: 'undersized', models });
    expect(Date.now() - started).toBeLessThan(5000);
    const by = Object.fromEntries(report.deployments.map((d) => [d.name, d]));
    expect(by.honest.verdict).toBe('fits');
    expect(by.piped.errors[0].message).toBe('`config` "./pipe.json": it is not a regular file (a FIFO, device or socket is never read).');
    expect(JSON.stringify(report)).toContain('it is not a regular file');
    expect(report.deployments.filter((d) => d.verdict === 'error').length).toBeGreaterThanOrEqual(2);
  });
});


describe('credentials in messages', () => {
  // Messages reach the job summary, the pull-request comment and the JSON file, which the token's
  // log masking does not cover: a URL's user:password and the tokens themselves are written as ***.
  it('removes URL credentials and the given tokens from every message of the report', async () => {
    const { checkTexts } = await import('../src/check.js');
    const token = 'hf_abcdefghijklmnopqrstuvwx';
    const text = [
      'version: 1',
      'deployments:',
      '  url:',
      '    model: https://someone:s3cret@mirror.example/org/model',
      '    gpu: L4',
      '  token:',
      `    model: ${token}`,
      '    gpu: L4',
      '  honest:',
      '    model: meta-llama/Llama-3.1-8B-Instruct',
      '    gpu: L4',
    ].join('\n');
    const report = await checkTexts([{ file: 'gpu-fit.yaml', text }], { minHeadroom: 0.1, failOn: 'undersized', secrets: [token] });
    const json = JSON.stringify(report);
    expect(json).not.toContain('s3cret');
    expect(json).not.toContain(token);
    const url = report.deployments.find((d) => d.name === 'url')!;
    expect(url.verdict).toBe('error');
    expect(url.errors[0].message).toContain('***@mirror.example');
    expect(report.deployments.find((d) => d.name === 'token')!.errors[0].message).toContain('***');
    expect(report.deployments.find((d) => d.name === 'honest')!.verdict).not.toBe('error');
  });
});
