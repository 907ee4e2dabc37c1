// Deployment files → deployments: which engine, which flags (and where they were written),
// which GPU and how many, from the realistic files in examples/deployments.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDeployments, type SourceDeployment } from '../../src/sources/extract.js';
import { ROOT } from '../helpers/run-action.js';

async function extract(file: string): Promise<SourceDeployment[]> {
  const { deployments, errors } = extractDeployments(await readFile(join(ROOT, file), 'utf8'), file);
  expect(errors).toEqual([]);
  return deployments;
}

/** field → "value @line (label)" */
function fields(d: SourceDeployment): Record<string, string> {
  return Object.fromEntries(d.fields.map((f) => [f.key, `${typeof f.value === 'object' ? JSON.stringify(f.value) : f.value} @${f.pos.line} (${f.label})`]));
}

describe('deployment files', () => {
  it('vLLM on GKE: args to the image entrypoint, GPU from the accelerator label, version from the tag', async () => {
    const [d] = await extract('examples/deployments/gke-vllm-l4.yaml');
    expect(d.name).toBe('Deployment/llama-chat');
    expect(fields(d)).toEqual({
      engine: 'vllm @22 (vllm)', // the image runs `vllm serve`
      engine_version: '0.10.1 @22 (image tag)',
      model: 'meta-llama/Llama-3.1-8B-Instruct @24 (--model)',
      max_model_len: '16384 @26 (--max-model-len)',
      gpu_memory_utilization: '0.92 @28 (--gpu-memory-utilization)',
      max_num_seqs: '64 @30 (--max-num-seqs)',
      gpu: 'L4 @19 (cloud.google.com/gke-accelerator: nvidia-l4)',
    });
    expect(d.problems).toEqual([]);
  });

  it('vLLM --kv-cache-memory and --max-model-len auto', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: chat}',
      'spec:',
      '  template:',
      '    spec:',
      '      nodeSelector: {cloud.google.com/gke-accelerator: nvidia-l4}',
      '      containers:',
      '        - name: vllm',
      '          image: vllm/vllm-openai:v0.27.1',
      '          args: [--model, meta-llama/Llama-3.1-8B-Instruct, --max-model-len, auto, --kv-cache-memory, "4294967296"]',
      '          resources: {limits: {nvidia.com/gpu: 1}}',
    ].join('\n');
    const { deployments, errors } = extractDeployments(text, 'chat.yaml');
    expect(errors).toEqual([]);
    expect(fields(deployments[0])).toMatchObject({
      max_model_len: 'auto @11 (--max-model-len)',
      kv_cache_memory_bytes: '4294967296 @11 (--kv-cache-memory)',
    });
  });

  it('KServe: --model_id=… of the Hugging Face runtime, GPU from GPU feature discovery', async () => {
    const [d] = await extract('examples/deployments/kserve-vllm.yaml');
    expect(fields(d)).toMatchObject({
      engine: expect.stringMatching(/^vllm /),
      model: 'Qwen/Qwen2.5-7B-Instruct @15 (--model_id)',
      max_model_len: '32768 @16 (--max-model-len)',
      dtype: 'bfloat16 @17 (--dtype)',
      gpu: 'A10G @9 (nvidia.com/gpu.product: NVIDIA-A10G)',
    });
  });

  it('Helm output: only the serving containers of several documents, $(MODEL) from env inside sh -c', async () => {
    const deployments = await extract('examples/deployments/helm-rendered.yaml');
    expect(deployments.map((d) => d.name)).toEqual(['Deployment/inference-llm-vllm', 'Deployment/inference-llm-tgi']);
    expect(fields(deployments[0])).toMatchObject({
      model: 'Qwen/Qwen2.5-72B-Instruct @47 (vllm serve MODEL)',
      tensor_parallel_size: '2 @48 (--tensor-parallel-size)',
      max_model_len: '65536 @49 (--max-model-len)',
      kv_cache_dtype: 'fp8 @50 (--kv-cache-dtype)',
      gpu: 'H100 SXM @40 (nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3)',
    });
    // TGI reads its settings from the environment
    expect(fields(deployments[1])).toMatchObject({
      engine_version: '3.0.1 @78 (image tag)',
      model: 'mistralai/Mistral-7B-Instruct-v0.3 @81 (env MODEL_ID)',
      quantization: 'awq @83 (env QUANTIZE)',
      max_model_len: '8192 @85 (env MAX_TOTAL_TOKENS)',
      gpu: 'T4 @75 (cloud.google.com/gke-accelerator: nvidia-tesla-t4)',
    });
  });

  it('SGLang StatefulSet: python -m sglang.launch_server flags, GPU from the EKS instance type', async () => {
    const [d] = await extract('examples/deployments/sglang-statefulset.yaml');
    expect(fields(d)).toMatchObject({
      engine: 'sglang @23 (sglang)',
      engine_version: '0.4.6 @23 (image tag)',
      model: 'Qwen/Qwen2.5-32B-Instruct @26 (--model-path)',
      tensor_parallel_size: '2 @28 (--tp)',
      mem_fraction_static: '0.85 @30 (--mem-fraction-static)',
      max_model_len: '32768 @32 (--context-length)',
      gpu: 'L40S @18 (node.kubernetes.io/instance-type: g6e.12xlarge)',
    });
  });

  it('LeaderWorkerSet: the leader\'s vllm serve after ray start, GPUs of the whole group', async () => {
    const [d] = await extract('examples/deployments/lws-vllm-multinode.yaml');
    expect(fields(d)).toMatchObject({
      model: expect.stringMatching(/^meta-llama\/Llama-3.1-405B-Instruct-FP8 /),
      tensor_parallel_size: expect.stringMatching(/^8 /),
      pipeline_parallel_size: expect.stringMatching(/^2 /),
      gpu: 'H100 SXM @14 (node.kubernetes.io/instance-type: p5.48xlarge)',
    });
    expect(d.problems).toEqual([]); // 8 GPUs × size 2 = tensor 8 × pipeline 2
  });

  it('Compose with llama.cpp: -c shared by -np slots, GGUF file name, and no GPU type (a problem a manifest settles)', async () => {
    const [d] = await extract('examples/deployments/compose.yaml');
    expect(d.name).toBe('service/llama');
    expect(fields(d)).toMatchObject({
      engine: 'llama.cpp @4 (llama.cpp)', // the image runs llama-server
      model: 'Meta-Llama-3.1-8B-Instruct-GGUF @6 (-m)',
      quantization: 'Q4_K_M @6 (-m)',
      max_model_len: '8192 @7 (-c ÷ -np)',
      concurrency: '4 @7 (-np)',
      n_gpu_layers: '99 @7 (-ngl)',
      kv_cache_dtype: 'q8_0 @8 (-ctk)',
      flash_attention: 'true @8 (-fa)',
    });
    expect(d.problems).toMatchObject([{ field: 'gpu', message: expect.stringContaining('`from: examples/deployments/compose.yaml` and `gpu: <GPU>`') }]);
  });

  it('llama-server -hf with --hf-file: the repository, the file (read from the Hub) and its type', () => {
    const compose = ['services:', '  llama:', '    image: ghcr.io/ggml-org/llama.cpp:server-cuda', '    command: -hf bartowski/Meta-Llama-3.1-8B-Instruct-GGUF --hf-file Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf -c 8192'].join('\n');
    const { deployments } = extractDeployments(compose, 'compose.yaml');
    expect(fields(deployments[0])).toMatchObject({
      model: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF @4 (-hf)',
      quantization: 'Q5_K_M @4 (-hf)',
      gguf_file: 'Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf @4 (--hf-file)',
    });
  });

  it('Ollama: the pulled model from postStart, settings from OLLAMA_* variables', async () => {
    const [d] = await extract('examples/deployments/ollama.yaml');
    expect(fields(d)).toMatchObject({
      engine: 'ollama @20 (ollama)',
      model: 'Qwen/Qwen2.5-14B-Instruct @33 (ollama pull qwen2.5:14b)',
      quantization: 'Q4_K_M @33 (ollama pull qwen2.5:14b)',
      concurrency: '4 @23 (env OLLAMA_NUM_PARALLEL)',
      max_model_len: '8192 @25 (env OLLAMA_CONTEXT_LENGTH)',
      kv_cache_dtype: 'q8_0 @27 (env OLLAMA_KV_CACHE_TYPE)',
      flash_attention: 'true @29 (env OLLAMA_FLASH_ATTENTION)',
      gpu: 'L4 @17 (nvidia.com/gpu.product: NVIDIA-L4)',
    });
  });

  it('flags win over the environment, and Karpenter\'s GPU memory label tells A100 40GB from 80GB', async () => {
    const [d] = await extract('test/fixtures/deployments/karpenter-tgi.yaml');
    expect(fields(d)).toMatchObject({ max_model_len: '16384 @16 (--max-total-tokens)', gpu: 'A100 80GB SXM4 @11 (karpenter.k8s.aws/instance-gpu-name: a100)' });
  });

  it('vLLM prefix caching switched on or off by flag (it sizes hybrid models\' state blocks)', () => {
    const yaml = (flag: string) => [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: qwen', 'spec:', '  template:', '    spec:',
      '      nodeSelector:', '        cloud.google.com/gke-accelerator: nvidia-h100-80gb', '      containers:',
      '        - name: vllm', '          image: vllm/vllm-openai:v0.27.0', '          args: ["--model", "Qwen/Qwen3.5-9B", "' + flag + '"]',
    ].join('\n');
    const off = extractDeployments(yaml('--no-enable-prefix-caching'), 'k8s.yaml').deployments[0];
    expect(fields(off).enable_prefix_caching).toBe('false @13 (--no-enable-prefix-caching)');
    const on = extractDeployments(yaml('--enable-prefix-caching'), 'k8s.yaml').deployments[0];
    expect(fields(on).enable_prefix_caching).toBe('true @13 (--enable-prefix-caching)');
  });
});

describe('deployment files: multi-node, MIG, and what cannot be read', () => {
  const inline = (text: string) => extractDeployments(text, 'inline.yaml');

  it('counts a Ray cluster\'s GPUs over the head and every worker group, and says when they fall short', () => {
    const text = [
      'apiVersion: ray.io/v1', 'kind: RayCluster', 'metadata:', '  name: big', 'spec:', '  headGroupSpec:', '    template:', '      spec:',
      '        nodeSelector:', '          cloud.google.com/gke-accelerator: nvidia-l4', '        containers:', '        - name: head', '          image: vllm/vllm-openai:v0.10.1',
      '          command: ["bash", "-c", "ray start --head && vllm serve Qwen/Qwen2.5-7B-Instruct --tensor-parallel-size 8"]',
      '          resources: {limits: {nvidia.com/gpu: 2}}', '  workerGroupSpecs:', '  - groupName: gpus', '    replicas: 2', '    template:', '      spec:', '        containers:',
      '        - name: worker', '          image: vllm/vllm-openai:v0.10.1', '          resources: {limits: {nvidia.com/gpu: 2}}',
    ].join('\n');
    const { deployments } = inline(text);
    expect(deployments.map((d) => d.name)).toEqual(['RayCluster/big/head']);
    expect(deployments[0].problems).toEqual([{
      message: 'vllm needs 8 GPUs (--tensor-parallel-size 8) but RayCluster/big/head gets 6 (Ray cluster: head 2 + gpus 2 × 2).',
      pos: { file: 'inline.yaml', line: 9, column: 9 }, // the head pod, where the cluster's GPUs are listed from
      field: null,
    }]);
  });

  it('counts SGLang\'s --nnodes pods, and reads a MIG slice as a GPU of its memory', () => {
    const sglang = inline([
      'kind: StatefulSet', 'metadata: {name: sg}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: s', '        image: lmsysorg/sglang:latest',
      '        command: ["python3", "-m", "sglang.launch_server", "--model-path", "Qwen/Qwen2.5-7B-Instruct", "--tp", "16", "--nnodes", "2"]',
      '        resources: {limits: {nvidia.com/gpu: 4}}',
    ].join('\n'));
    expect(sglang.deployments[0].problems.filter((p) => p.field === null).map((p) => p.message)).toEqual([
      'sglang needs 16 GPUs (--tp 16) but StatefulSet/sg gets 8 (nvidia.com/gpu 4 × --nnodes 2).',
    ]);
    const mig = inline([
      'kind: Deployment', 'metadata: {name: small}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: v', '        image: vllm/vllm-openai:v0.10.1',
      '        args: ["Qwen/Qwen2.5-0.5B-Instruct"]', '        resources: {limits: {nvidia.com/mig-3g.40gb: 1}}',
    ].join('\n'));
    expect(fields(mig.deployments[0])).toMatchObject({ gpu: '{"name":"MIG 3g.40gb","memory":"40 GB"} @10 (nvidia.com/mig-3g.40gb)' });
    expect(mig.deployments[0].problems).toEqual([]);
  });

  it('gives an engine image that starts no server a row saying what to add, and asks for the model of an unknown local folder', () => {
    const idle = inline([
      'kind: Deployment', 'metadata: {name: idle}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: v', '        image: vllm/vllm-openai:v0.10.1',
      '        command: ["sleep", "infinity"]',
    ].join('\n'));
    expect(idle.deployments.map((d) => ({ name: d.name, unread: d.unread, problems: d.problems.map((p) => [p.field, p.pos.line, p.message]) }))).toEqual([{
      name: 'Deployment/idle',
      unread: true,
      problems: [['model', 8, 'Deployment/idle runs the vllm image vllm/vllm-openai:v0.10.1, but gpu-fit could not find the command that starts the server. Check it with a gpu-fit manifest entry: `from: inline.yaml`, `model:` and `gpu:`.']],
    }]);
    const local = inline([
      'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - name: v', '    image: vllm/vllm-openai:v0.10.1', '    args: ["--model", "/models/my-finetune"]',
    ].join('\n'));
    expect(fields(local.deployments[0]).model).toBeUndefined();
    expect(local.deployments[0].problems.map((p) => [p.field, p.pos.line, p.message])).toContainEqual([
      'model', 7, '--model /models/my-finetune is a local folder gpu-fit cannot read: name the model in a gpu-fit manifest with `from:` this file and `model:` (a Hugging Face id) or `config:` (its config.json in the repository).',
    ]);
  });
});

describe('deployment files: servers gpu-fit does not estimate, runtimes defined elsewhere', () => {
  const inline = (text: string) => extractDeployments(text, 'inline.yaml');
  const rows = (text: string) => inline(text).deployments.map((d) => ({ name: d.name, unchecked: d.unchecked?.message, problems: d.problems.map((p) => p.message) }));

  it('lists NVIDIA NIM and KubeAI\'s Infinity as not checked', () => {
    expect(rows([
      'kind: Deployment', 'metadata: {name: nim}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: nim',
      '        image: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3', '        resources: {limits: {nvidia.com/gpu: 1}}',
    ].join('\n'))).toEqual([{
      name: 'Deployment/nim',
      unchecked: 'Deployment/nim runs NVIDIA NIM (nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3): gpu-fit estimates vLLM, SGLang, TGI, llama.cpp and Ollama, so this deployment is not checked.',
      problems: [],
    }]);
    expect(rows('apiVersion: kubeai.org/v1\nkind: Model\nmetadata: {name: e5}\nspec:\n  url: hf://intfloat/e5-mistral-7b-instruct\n  engine: Infinity\n  resourceProfile: nvidia-gpu-l4:1\n')).toEqual([{
      name: 'Model/e5',
      unchecked: 'KubeAI engine Infinity is not an engine gpu-fit estimates (vLLM, SGLang, TGI, llama.cpp, Ollama).',
      problems: [],
    }]);
  });

  it('gives a KServe InferenceService whose LLM runtime is defined elsewhere a row saying so', () => {
    expect(rows([
      'apiVersion: serving.kserve.io/v1beta1', 'kind: InferenceService', 'metadata: {name: llama}', 'spec:', '  predictor:', '    model:',
      '      modelFormat: {name: vllm}', '      runtime: kserve-vllm-runtime', '      storageUri: hf://meta-llama/Llama-3.1-8B-Instruct',
    ].join('\n'))).toEqual([{
      name: 'InferenceService/llama',
      unchecked: undefined,
      problems: [expect.stringMatching(/^InferenceService\/llama is a KServe InferenceService \(modelFormat vllm, runtime kserve-vllm-runtime, defined outside this file\), but gpu-fit could not find the command that starts the server\. Check it with a gpu-fit manifest entry: `from: inline\.yaml`, `engine:`, `model:` and `gpu:`\.$/)],
    }]);
    // A classic model server is not an LLM: nothing to say.
    expect(rows('kind: InferenceService\nmetadata: {name: iris}\nspec:\n  predictor:\n    model:\n      modelFormat: {name: sklearn}\n      storageUri: gs://models/iris\n')).toEqual([]);
  });
});
