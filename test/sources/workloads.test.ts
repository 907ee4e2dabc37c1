// What a deployment file says must reach the check: anchors and merge keys, `kind: List`, GPU
// counts that are not counts and flags without their values are read or refused at their line,
// never turned into a silent "fits". Each case sits beside an honest file whose verdict must not change.

import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../src/check.js';
import { extractDeployments } from '../../src/sources/extract.js';

const FILE = 'deploy/llama.yaml';

/** A vLLM Deployment on one L4 (Llama-3.1-8B at 16,384 tokens fits), with its limit and args as given. */
function deployment(gpus: string, args = ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--max-model-len', '"16384"']): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: llama
spec:
  template:
    spec:
      nodeSelector:
        cloud.google.com/gke-accelerator: nvidia-l4
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.10.1
          args:
${args.map((a) => `            - ${a}`).join('\n')}
          resources:
            limits:
              nvidia.com/gpu: ${gpus}
`;
}

async function verdicts(text: string): Promise<Array<{ name: string; verdict: string; errors: string[] }>> {
  const report = await checkTexts([], { minHeadroom: 0.1, failOn: 'undersized', sources: [{ file: FILE, text }] });
  return report.deployments.map((d) => ({ name: d.name, verdict: d.verdict, errors: d.errors.map((e) => `${e.line}: ${e.message}`) }));
}

describe('anchors, aliases and merge keys', () => {
  it('a container reading its args through an alias keeps its flags (an undersized Deployment stays undersized)', async () => {
    const written = deployment('1', ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--max-model-len', '"131072"', '--max-num-seqs', '"256"']);
    const anchored = `x-args: &args
  - --model
  - meta-llama/Llama-3.1-8B-Instruct
  - --max-model-len
  - "131072"
  - --max-num-seqs
  - "256"
${deployment('1', []).replace('          args:\n', '          args: *args\n')}`;
    const [plain] = await verdicts(written);
    const [aliased] = await verdicts(anchored);
    expect(plain.verdict).toBe('undersized');
    expect(aliased).toEqual(plain);
    // The flag points at the line where the anchor wrote it.
    const [d] = extractDeployments(anchored, FILE).deployments;
    expect(d.fields.find((f) => f.key === 'max_model_len')).toMatchObject({ value: '131072', pos: { line: 4 } });
  });

  it('Compose services built with `<<: *common` are read, their own keys winning over the anchor', async () => {
    const text = `x-common: &common
  image: vllm/vllm-openai:v0.10.1
  command: --model Qwen/Qwen2.5-0.5B-Instruct --max-model-len 4096
  deploy:
    resources:
      reservations:
        devices:
          - driver: nvidia
            count: 1
            capabilities: [gpu]
services:
  small:
    <<: *common
  large:
    <<: [*common]
    command: --model meta-llama/Llama-3.1-8B-Instruct --max-model-len 8192
`;
    const { deployments } = extractDeployments(text, FILE);
    const model = (name: string) => deployments.find((d) => d.name === name)?.fields.find((f) => f.key === 'model')?.value;
    expect(deployments.map((d) => d.name)).toEqual(['service/small', 'service/large']);
    expect(model('service/small')).toBe('Qwen/Qwen2.5-0.5B-Instruct');
    expect(model('service/large')).toBe('meta-llama/Llama-3.1-8B-Instruct');
  });

  it('an alias bomb is refused at the library limit, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const name of 'bcdefg') levels.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(',')}]`);
    const started = Date.now();
    const { deployments, errors } = extractDeployments(`${levels.join('\n')}\nservices: {}\n`, FILE);
    expect(deployments).toEqual([]);
    expect(errors[0].message).toMatch(/YAML aliases: .*resource exhaustion/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('an anchor used inside itself is read without looping', () => {
    const { errors } = extractDeployments('a: &a {b: *a}\n', FILE);
    expect(errors).toEqual([]);
  });
});

describe('kind: List', () => {
  it('reads the items of what `kubectl get -o yaml` prints', async () => {
    const item = deployment('1')
      .split('\n')
      .map((l, i) => (l ? `${i === 0 ? '  - ' : '    '}${l}` : l))
      .join('\n');
    const list = `apiVersion: v1\nkind: List\nmetadata:\n  resourceVersion: ""\nitems:\n${item}`;
    expect(await verdicts(list)).toEqual(await verdicts(deployment('1')));
    expect((await verdicts(list))[0]).toMatchObject({ name: 'Deployment/llama', verdict: 'fits' });
  });
});

describe('GPU counts', () => {
  it('the honest count fits', async () => {
    expect(await verdicts(deployment('1'))).toEqual([{ name: 'Deployment/llama', verdict: 'fits', errors: [] }]);
  });

  it.each([
    ['0', /is 0: the container gets no GPU/],
    ['-1', /is -1: a GPU count cannot be negative/],
    ['2.5', /is 2.5: GPUs are whole devices/],
    ['"abc"', /is "abc": it is not a whole number/],
    ['1e308', /is 1e\+308: it is more GPUs than any node has/],
  ])('nvidia.com/gpu: %s is an error at its line', async (count, message) => {
    const [row] = await verdicts(deployment(count));
    expect(row.verdict).toBe('error');
    expect(row.errors).toEqual([expect.stringMatching(new RegExp(`^20: resources.limits\\["nvidia.com/gpu"\\] ${message.source}`))]);
  });

  it('a Compose count of 0 is an error; "all" is left to the manifest', () => {
    const compose = (count: string) =>
      `services:\n  llm:\n    image: vllm/vllm-openai:v0.10.1\n    command: --model Qwen/Qwen2.5-0.5B-Instruct\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: ${count}\n              capabilities: [gpu]\n`;
    const problems = (count: string) => extractDeployments(compose(count), FILE).deployments[0].problems.filter((p) => p.field === null).map((p) => p.message);
    expect(problems('0')).toEqual([expect.stringMatching(/^deploy.resources.reservations.devices\[\].count is 0/)]);
    expect(problems('all')).toEqual([]);
    expect(problems('2')).toEqual([]);
  });
});

describe('flags without their values', () => {
  it('--max-model-len last in args is an error at its line', async () => {
    const [row] = await verdicts(deployment('1', ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--max-model-len']));
    expect(row.verdict).toBe('error');
    expect(row.errors).toEqual([expect.stringMatching(/^16: --max-model-len is written without its value .*expected one argument/)]);
  });

  it('a valued flag followed by another flag is an error; a boolean flag is not', async () => {
    const [row] = await verdicts(deployment('1', ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--max-model-len', '--enforce-eager']));
    expect(row.errors).toEqual([expect.stringMatching(/^16: --max-model-len is written without/)]);
    const [honest] = await verdicts(deployment('1', ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--max-model-len', '"16384"', '--enforce-eager']));
    expect(honest).toMatchObject({ verdict: 'fits', errors: [] });
  });
});

describe('settings the engine refuses, from a deployment file', () => {
  it('--tensor-parallel-size 3 on Llama-3.1-8B is undersized at the flag, with vLLM\'s message', async () => {
    const report = await checkTexts([], {
      minHeadroom: 0.1,
      failOn: 'undersized',
      sources: [{ file: FILE, text: deployment('3', ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--max-model-len', '"16384"', '--tensor-parallel-size', '"3"']) }],
    });
    const [d] = report.deployments;
    expect(d.verdict).toBe('undersized');
    expect(d.engineError).toBe('Total number of attention heads (32) must be divisible by tensor parallel size (3).');
    expect(d.decidedBy).toMatchObject({ field: 'tensor_parallel_size', line: 18 });
  });

  it('max_model_len above the model\'s context is refused unless the container sets VLLM_ALLOW_LONG_MAX_MODEL_LEN', async () => {
    const long = deployment('1', ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--max-model-len', '"262144"']);
    const [refused] = (await checkTexts([], { minHeadroom: 0.1, failOn: 'undersized', sources: [{ file: FILE, text: long }] })).deployments;
    expect(refused.engineError).toMatch(/^User-specified max_model_len \(262144\) is greater than the derived max_model_len/);
    const allowed = long.replace('          resources:', '          env:\n            - name: VLLM_ALLOW_LONG_MAX_MODEL_LEN\n              value: "1"\n          resources:');
    const [override] = (await checkTexts([], { minHeadroom: 0.1, failOn: 'undersized', sources: [{ file: FILE, text: allowed }] })).deployments;
    expect(override.engineError ?? '').not.toMatch(/User-specified max_model_len/);
    expect(override.notes.join(' ')).toMatch(/starts only because VLLM_ALLOW_LONG_MAX_MODEL_LEN is set/);
  });
});
