// The bundled action on the deployment files teams already have (input `sources`): the
// examples in examples/deployments and the edge cases in test/fixtures/deployments, each checked
// end to end, with annotations on the flag or label that decides.

import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAction, type ActionRun } from '../helpers/run-action.js';

let run: ActionRun;
let report: { result: string; deployments: Array<Record<string, any>> };
const row = (name: string) => {
  const hit = report.deployments.find((d) => d.name === name);
  if (!hit) throw new Error(`no row ${name} in ${report.deployments.map((d) => d.name).join(', ')}`);
  return hit;
};

beforeAll(async () => {
  const workspace = await mkdtemp(join(tmpdir(), 'gpu-fit-sources-'));
  await cp(join(ROOT, 'examples/deployments'), join(workspace, 'deployments'), { recursive: true });
  await cp(join(ROOT, 'examples/local.gpu-fit.yaml'), join(workspace, 'local.gpu-fit.yaml'));
  await cp(join(ROOT, 'test/fixtures/deployments'), join(workspace, 'fixtures'), { recursive: true });
  run = await runAction({
    workspace,
    eventName: 'push',
    event: {},
    inputs: { sources: 'deployments/**\nfixtures/*.yaml', offline: 'true', 'fail-on': 'undersized' },
  });
  report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
});

describe('deployment files through the action', () => {
  it('checks every serving container of every file, and nothing else', () => {
    expect(report.deployments.map((d) => d.name).sort()).toEqual(
      [
        'Deployment/llama-chat',
        'Deployment/inference-llm-vllm',
        'Deployment/inference-llm-tgi',
        'InferenceService/qwen-support',
        'LeaderWorkerSet/llama-405b',
        'Deployment/ollama',
        'StatefulSet/qwen-32b',
        'workstation-llama', // deployments/compose.yaml, completed by local.gpu-fit.yaml
        'Deployment/mistral',
        'Deployment/too-few-gpus',
        'Job/batch-eval',
        'Deployment/tgi-llama',
        '(manifest)', // fixtures/helm-template.yaml
        'Deployment/ollama-custom:acme/support-bot',
        'Deployment/ollama-custom:llama3.2:1b',
        'vllm-workstation', // fixtures/compose-vllm.yaml, completed by fixtures/overrides.gpu-fit.yaml
        'private-model', // fixtures/secret-model.yaml, completed likewise
      ].sort(),
    );
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('estimates with each engine\'s flags, the GPU from the labels and the count from the limits', () => {
    expect(row('Deployment/llama-chat')).toMatchObject({ engine: 'vllm', model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: { name: 'L4', count: 1 }, verdict: 'fits' });
    expect(row('Deployment/llama-chat').breakdown.overhead.inputs.gpu_memory_utilization).toBe(0.92);
    expect(row('Deployment/llama-chat').breakdown.activations.inputs.max_num_seqs).toBe(64);
    expect(row('Deployment/llama-chat').breakdown.weights.rule).toMatch(/^vllm: vLLM 0\.10\.1/);
    expect(row('StatefulSet/qwen-32b')).toMatchObject({ engine: 'sglang', gpu: { name: 'L40S', count: 2 } });
    expect(row('LeaderWorkerSet/llama-405b')).toMatchObject({ engine: 'vllm', gpu: { name: 'H100 SXM', count: 16 }, verdict: 'fits' });
    expect(row('Deployment/inference-llm-tgi')).toMatchObject({ engine: 'tgi', gpu: { name: 'T4', count: 1 } });
    expect(row('Deployment/inference-llm-tgi').breakdown.weights.inputs.quantization).toBe('awq');
    expect(row('Deployment/ollama')).toMatchObject({ engine: 'ollama', model: 'Qwen/Qwen2.5-14B-Instruct', kvCacheCapacityTokens: 32768 });
    expect(row('InferenceService/qwen-support')).toMatchObject({ engine: 'vllm', model: 'Qwen/Qwen2.5-7B-Instruct', gpu: { name: 'A10G' } });
    expect(row('Deployment/tgi-llama').gpu.name).toBe('A100 80GB SXM4');
    expect(row('Deployment/mistral').notes).toContain('nvidia.com/gpu.product allows A100 80GB SXM4, L40S: checked on the smallest, L40S.');
  });

  it('annotates the line of the flag that decides: --max-model-len inside a Helm-rendered sh -c script', () => {
    const helm = row('Deployment/inference-llm-vllm');
    expect(helm.verdict).toBe('undersized');
    expect(helm.decidedBy).toEqual({ field: 'max_model_len', file: 'deployments/helm-rendered.yaml', line: 49, column: 1 });
    expect(run.stdout).toMatch(/::error title=gpu-fit%3A Deployment\/inference-llm-vllm is undersized,file=deployments\/helm-rendered.yaml,line=49::Deployment\/inference-llm-vllm needs [\d.]+ GiB per GPU/);
  });

  it('a manifest `from:` entry completes what a file cannot say, and the file is reported once', () => {
    expect(row('workstation-llama')).toMatchObject({ engine: 'llama.cpp', gpu: { name: 'RTX 4090', count: 1 }, file: 'local.gpu-fit.yaml', verdict: 'fits' });
    expect(row('workstation-llama').notes).toContain('Serving flags from deployments/compose.yaml (service/llama); the manifest sets gpu.');
    expect(row('vllm-workstation')).toMatchObject({ engine: 'vllm', gpu: { name: 'RTX 4090', count: 2 }, model: 'Qwen/Qwen2.5-7B-Instruct' });
    expect(row('private-model')).toMatchObject({ model: 'Qwen/Qwen2.5-7B-Instruct', gpu: { name: 'L4' }, verdict: 'fits' });
  });

  it('says what a file lacks, where, and how to complete it', () => {
    expect(row('Job/batch-eval').errors[0]).toMatchObject({ file: 'fixtures/no-gpu-label.yaml', line: 15 });
    expect(row('Job/batch-eval').errors[0].message).toContain('Name it in a gpu-fit manifest: `from: fixtures/no-gpu-label.yaml` and `gpu: <GPU>`.');
    expect(row('Deployment/too-few-gpus').errors[0]).toMatchObject({
      line: 16,
      message: 'vllm needs 4 GPUs (--tensor-parallel-size 4) but Deployment/too-few-gpus gets 2 (nvidia.com/gpu 2).',
    });
    expect(row('(manifest)').errors[0]).toMatchObject({ file: 'fixtures/helm-template.yaml', message: expect.stringContaining('unrendered Helm template') });
    expect(row('Deployment/ollama-custom:acme/support-bot').errors[0].message).toMatch(/^Ollama model "acme\/support-bot" is not in gpu-fit's list/);
    expect(row('Deployment/ollama-custom:llama3.2:1b')).toMatchObject({ model: 'meta-llama/Llama-3.2-1B-Instruct', gpu: { name: 'A10G' }, verdict: 'fits' });
    expect(run.stdout).toContain('::error title=gpu-fit%3A Deployment/too-few-gpus,file=fixtures/gpu-mismatch.yaml,line=16,col=');
  });
});
