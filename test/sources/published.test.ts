// Deployment files as their projects publish them (test/fixtures/published, sources in its
// README): the reading a person makes of each — engine, model, GPU, count, the flags with their
// lines, or the message that says what is missing — and no file that passes in silence.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../src/check.js';
import { extractDeployments, type SourceDeployment } from '../../src/sources/extract.js';
import { ROOT } from '../helpers/run-action.js';

const DIR = 'test/fixtures/published';

/** field → "value @line (label)" */
function fields(d: SourceDeployment): Record<string, string> {
  return Object.fromEntries(d.fields.map((f) => [f.key, `${typeof f.value === 'object' ? JSON.stringify(f.value) : f.value} @${f.pos.line} (${f.label})`]));
}

interface Reading {
  name: string;
  /** Every field read, exactly. */
  fields: Record<string, string>;
  /** What the row says is missing, with the line it points at; none when the file says everything. */
  problems?: Array<{ field: 'gpu' | 'model' | 'engine' | null; line: number; message: RegExp }>;
  unchecked?: { line: number; message: RegExp };
  notes?: RegExp[];
}

const NO_GPU_TYPE = /^No GPU type for /;

// The reading a person makes of each file, written from the file itself.
const READINGS: Record<string, Reading[]> = {
  'gke-vllm-gemma-3-27b-it.yaml': [{
    name: 'Deployment/vllm-gemma-deployment',
    fields: {
      engine: 'vllm @47 (vllm)', engine_version: '0.10.0 @47 (image tag)', model: 'google/gemma-3-27b-it @49 (--model)',
      tensor_parallel_size: '1 @50 (--tensor-parallel-size)', gpu_memory_utilization: '0.95 @54 (--gpu-memory-utilization)',
      max_model_len: '32768 @55 (--max-model-len)', max_num_seqs: '4 @56 (--max-num-seqs)',
      gpu: 'A100 80GB SXM4 @75 (cloud.google.com/gke-accelerator: nvidia-a100-80gb)',
    },
  }],
  // TGI from Google's Deep Learning Container, configured through its environment.
  'gke-tgi-gemma-2-9b-it.yaml': [{
    name: 'Deployment/tgi-gemma-deployment',
    fields: {
      engine: 'tgi @35 (tgi)', model: 'google/gemma-2-9b-it @61 (env MODEL_ID)', tensor_parallel_size: '2 @51 (env NUM_SHARD)',
      max_model_len: '2048 @55 (env MAX_TOTAL_TOKENS)', max_num_batched_tokens: '2048 @57 (env MAX_BATCH_PREFILL_TOKENS)',
      gpu_memory_utilization: '0.93 @59 (env CUDA_MEMORY_FRACTION)', gpu: 'L4 @75 (cloud.google.com/gke-accelerator: nvidia-l4)',
    },
  }],
  // The same image with flags passed to its text-generation-launcher entrypoint.
  'gke-tgi-gemma-7b-bitsandbytes-nf4.yaml': [{
    name: 'Deployment/tgi-gemma-deployment',
    fields: {
      engine: 'tgi @47 (tgi)', model: 'google/gemma-7b @34 (--model-id)', tensor_parallel_size: '2 @35 (--num-shard)',
      quantization: 'bitsandbytes-nf4 @36 (--quantize)', gpu: 'L4 @64 (cloud.google.com/gke-accelerator: nvidia-l4)',
    },
  }],
  // TP 8 × PP 2 over a LeaderWorkerSet of 2 pods × 8 GPUs: 16 GPUs, no shortfall.
  'gke-lws-vllm-llama3-405b-a3.yaml': [{
    name: 'LeaderWorkerSet/vllm',
    fields: {
      engine: 'vllm @45 (vllm)', engine_version: '0.8.5 @45 (image tag)', model: 'meta-llama/Meta-Llama-3.1-405B-Instruct @45 (--model)',
      tensor_parallel_size: '8 @45 (--tensor-parallel-size)', pipeline_parallel_size: '2 @45 (--pipeline-parallel-size)',
      gpu: 'H100 SXM @32 (cloud.google.com/gke-accelerator: nvidia-h100-80gb)',
    },
  }],
  // A Ray Serve application loads the model from Python: said, with what to add, on the worker's L4.
  'gke-rayservice-llama-3-8b.yaml': [{
    name: 'RayService/llama-3-8b',
    fields: { gpu: 'L4 @104 (cloud.google.com/gke-accelerator: nvidia-l4)' },
    problems: [{ field: 'model', line: 21, message: /Ray Serve application ai-ml\.gke-ray\.rayserve\.llm\.serve_chat_completion:model .*`engine:`, `model:` and `gpu:` \(its runtime_env sets MODEL_ID meta-llama\/Meta-Llama-3-8B-Instruct\)/ }],
  }],
  'gke-rayservice-tpu-v6e.yaml': [{
    name: 'RayService/vllm-tpu',
    fields: {},
    unchecked: { line: 117, message: /google\.com\/tpu: 8 \(Google Cloud TPU\): gpu-fit checks NVIDIA GPUs only/ },
  }],
  'prodstack-vllmruntime.yaml': [{
    name: 'VLLMRuntime/vllmruntime-sample',
    fields: {
      engine: 'vllm @8 (vllm)', model: 'meta-llama/Llama-3.1-8B-Instruct @12 (modelURL)', max_model_len: '4096 @16 (--max-model-len)',
      dtype: 'bfloat16 @17 (--dtype)', max_num_seqs: '32 @18 (--max-num-seqs)', tensor_parallel_size: '1 @29 (--tensor-parallel-size)',
      gpu_memory_utilization: '0.8 @30 (--gpu-memory-utilization)',
    },
    problems: [{ field: 'gpu', line: 53, message: NO_GPU_TYPE }],
  }],
  'prodstack-values-14-vllm-v1.yaml': [{
    name: 'modelSpec/llama3',
    fields: {
      engine: 'vllm @4 (vllm)', model: 'meta-llama/Llama-3.1-8B-Instruct @7 (modelURL)', max_model_len: '4096 @20 (--max-model-len)',
      dtype: 'bfloat16 @21 (--dtype)', gpu_memory_utilization: '0.8 @22 (--gpu-memory-utilization)',
    },
    problems: [{ field: 'gpu', line: 12, message: NO_GPU_TYPE }],
  }],
  // vllm serve after `$KUBERAY_GEN_RAY_START_CMD`, TP 2 over the Ray head's GPU and one worker's.
  'aibrix-rayclusterfleet-two-node.yaml': [{
    name: 'RayClusterFleet/qwen-coder-7b-instruct/head',
    fields: {
      engine: 'vllm @45 (vllm)', model: 'Qwen/Qwen2.5-Coder-7B-Instruct @45 (vllm serve MODEL)',
      tensor_parallel_size: '2 @47 (--tensor-parallel-size)', dtype: 'half @51 (--dtype)',
    },
    problems: [{ field: 'gpu', line: 71, message: NO_GPU_TYPE }],
  }],
  // `bash -lc -- "…"`: TP 16 over the head's 8 GPUs and a worker's 8.
  'aibrix-deepseek-r1-huggingface.yaml': [{
    name: 'RayClusterFleet/deepseek-r1-671b/head',
    fields: { engine: 'vllm @96 (vllm)', model: 'deepseek-ai/DeepSeek-R1 @96 (vllm serve MODEL)', tensor_parallel_size: '16 @96 (--tensor-parallel-size)' },
    problems: [{ field: 'gpu', line: 108, message: NO_GPU_TYPE }],
  }],
  // KubeRay runs `ray start` in the vLLM image; nothing starts the server.
  'aibrix-raycluster.yaml': [{
    name: 'RayCluster/vllm-server',
    fields: { engine: 'vllm @16 (image)' },
    problems: [{ field: 'model', line: 16, message: /runs the vllm image aibrix\/vllm-openai:v0\.5\.2-distributed, but no container starts the server: KubeRay starts `ray start`/ }],
  }],
  // A local model folder named like a catalog model.
  'aibrix-stormservice-vllm-1p1d.yaml': ['prefill', 'decode'].map((role, i) => ({
    name: `StormService/vllm-1p1d/${role}`,
    fields: { engine: `vllm @${[44, 123][i]} (vllm)`, engine_version: `0.10.0 @${[44, 123][i]} (image tag)`, model: `Qwen/Qwen3-8B @${[48, 127][i]} (--model)` },
    problems: [{ field: 'gpu', line: [84, 163][i], message: NO_GPU_TYPE }],
    notes: [/--model \/models\/Qwen3-8B is a local folder: read as Qwen\/Qwen3-8B/],
  })),
  // SGLang TP 2 over --nnodes 2 pods of 1 GPU: no shortfall.
  'aibrix-stormservice-sglang-tp-1p1d.yaml': ['prefill', 'decode'].map((role, i) => ({
    name: `StormService/tp-1p1d/${role}`,
    fields: {
      engine: `sglang @${[66, 142][i]} (sglang)`, model: `Qwen/Qwen3-8B @${[67, 143][i]} (--model-path)`,
      tensor_parallel_size: `2 @${[77, 153][i]} (--tp-size)`, mem_fraction_static: `0.8 @${[78, 154][i]} (--mem-fraction-static)`,
    },
    problems: [{ field: 'gpu', line: [100, 176][i], message: NO_GPU_TYPE }],
    notes: [/local folder: read as Qwen\/Qwen3-8B/],
  })),
  // `--max-num-batched-token`: argparse's prefix of --max-num-batched-tokens.
  'kubeai-deepseek-r1-distill-llama-8b-l4.yaml': [{
    name: 'Model/deepseek-r1-distill-llama-8b-l4',
    fields: {
      engine: 'vllm @9 (vllm)', model: 'deepseek-ai/DeepSeek-R1-Distill-Llama-8B @8 (url)', max_model_len: '8192 @11 (--max-model-len)',
      max_num_batched_tokens: '8192 @12 (--max-num-batched-token)', max_num_seqs: '256 @13 (--max-num-seqs)',
      gpu_memory_utilization: '0.95 @14 (--gpu-memory-utilization)', kv_cache_dtype: 'fp8 @15 (--kv-cache-dtype)',
      quantization: 'fp8 @17 (--quantization)', enforce_eager: 'true @18 (--enforce-eager)', gpu: 'L4 @22 (resourceProfile: nvidia-gpu-l4:1)',
    },
    notes: [/KubeAI's L4 profile/],
  }],
  'kubeai-llama-3.1-70b-instruct-fp8-h100.yaml': [{
    name: 'Model/llama-3.1-70b-instruct-fp8-h100',
    fields: {
      engine: 'vllm @9 (vllm)', model: 'neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8 @8 (url)', max_model_len: '65536 @11 (--max-model-len)',
      max_num_batched_tokens: '65536 @12 (--max-num-batched-token)', max_num_seqs: '1024 @13 (--max-num-seqs)',
      gpu_memory_utilization: '0.9 @14 (--gpu-memory-utilization)', tensor_parallel_size: '2 @15 (--tensor-parallel-size)',
      enable_prefix_caching: 'true @16 (--enable-prefix-caching)', gpu: 'H100 SXM @20 (resourceProfile: nvidia-gpu-h100:2)',
    },
    notes: [/KubeAI's H100 SXM profile/],
  }],
  'kubeai-gemma-9b-ollama-l4.yaml': [{
    name: 'Model/gemma-9b-ollama-l4',
    fields: {
      engine: 'ollama @9 (ollama)', gpu: 'L4 @11 (resourceProfile: nvidia-gpu-l4:1)',
      model: 'google/gemma-2-9b-it @8 (ollama pull gemma2:9b)', quantization: 'Q4_K_M @8 (ollama pull gemma2:9b)',
    },
    notes: [/KubeAI's L4 profile/],
  }],
  'kubeai-deepseek-r1-mi300x.yaml': [{
    name: 'Model/deepseek-r1-mi300x',
    fields: {
      engine: 'vllm @9 (vllm)', model: 'deepseek-ai/DeepSeek-R1 @8 (url)', max_model_len: '32768 @12 (--max-model-len)',
      max_num_batched_tokens: '32768 @13 (--max-num-batched-token)', max_num_seqs: '1024 @14 (--max-num-seqs)',
      tensor_parallel_size: '8 @16 (--tensor-parallel-size)', gpu_memory_utilization: '0.90 @17 (--gpu-memory-utilization)',
      kv_cache_dtype: 'fp8 @21 (--kv-cache-dtype)',
    },
    unchecked: { line: 30, message: /resourceProfile: amd-gpu-mi300x:8 \(AMD GPU\)/ },
  }],
  'kubeai-gemma-2b-it-tpu.yaml': [{
    name: 'Model/gemma-2b-it-tpu',
    fields: { engine: 'vllm @9 (vllm)', model: 'google/gemma-2b-it @8 (url)' },
    unchecked: { line: 13, message: /resourceProfile: google-tpu-v5e-1x1:1 \(Google Cloud TPU\)/ },
  }],
  // KServe's template: vllm serve /mnt/models --tensor-parallel-size <parallelism.tensor> $VLLM_ADDITIONAL_ARGS.
  'kserve-llmisvc-dp-ep-deepseek-r1.yaml': [{
    name: 'LLMInferenceService/deepseek-coder-v2',
    fields: {
      engine: 'vllm @26 (vllm)', tensor_parallel_size: '1 @18 (--tensor-parallel-size)', model: 'deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct @11 (model.uri)',
      gpu_memory_utilization: '0.95 @38 (--gpu-memory-utilization)', max_model_len: '8192 @38 (--max-model-len)', enforce_eager: 'true @38 (--enforce-eager)',
    },
    problems: [{ field: 'gpu', line: 86, message: NO_GPU_TYPE }],
  }],
  // The llm-d image's tag is llm-d's release, not vLLM's: no engine_version.
  'kserve-llmisvc-single-gpu.yaml': [{
    name: 'LLMInferenceService/qwen3-coder-tool-calling',
    fields: { engine: 'vllm @20 (vllm)', model: 'Qwen/Qwen3-Coder-30B-A3B-Instruct-FP8 @12 (model.uri)' },
    problems: [{ field: 'gpu', line: 36, message: NO_GPU_TYPE }],
  }],
  // Dynamo's worker runs `python3 -m dynamo.vllm` with vLLM's flags; the frontend serves no model.
  'dynamo-vllm-agg.yaml': [{
    name: 'DynamoGraphDeployment/vllm-agg/VllmDecodeWorker',
    fields: { engine: 'vllm @30 (vllm)', model: 'Qwen/Qwen3-0.6B @34 (--model)' },
    problems: [{ field: 'gpu', line: 24, message: NO_GPU_TYPE }],
  }],
  // Volcengine's GPU label; a local model folder no catalog model is named after.
  'aibrix-heterogeneous-l20-vke.yaml': [{
    name: 'Deployment/deepseek-coder-7b-l20',
    fields: {
      engine: 'vllm @40 (vllm)', engine_version: '0.6.2 @40 (image tag)', max_model_len: '15000 @53 (--max-model-len)',
      gpu: 'L20 @37 (machine.cluster.vke.volcengine.com/gpu-name: NVIDIA-L20)',
    },
    problems: [{ field: 'model', line: 48, message: /^--model \/models\/deepseek-coder-6\.7b-instruct is a local folder gpu-fit cannot read/ }],
  }],
  // Rendered Helm output of llm-d's modelservice chart: prefill and decode Deployments.
  'llmd-modelservice-output-pd.yaml': [
    { name: 'Deployment/pd-llm-d-modelservice-decode', fields: { engine: 'vllm @71 (vllm)', model: 'facebook/opt-125m @73 (vllm serve MODEL)', enforce_eager: 'true @80 (--enforce-eager)' }, problems: [{ field: 'gpu', line: 115, message: NO_GPU_TYPE }] },
    { name: 'Deployment/pd-llm-d-modelservice-prefill', fields: { engine: 'vllm @164 (vllm)', model: 'facebook/opt-125m @166 (vllm serve MODEL)', enforce_eager: 'true @173 (--enforce-eager)' }, problems: [{ field: 'gpu', line: 208, message: NO_GPU_TYPE }] },
  ],
  // vLLM's Gaudi build, args only: read, and listed as not checked (Intel Gaudi).
  'llmd-modelservice-output-gaudi.yaml': [{
    name: 'Deployment/gaudi-llm-d-modelservice-decode',
    fields: {
      engine: 'vllm @50 (vllm)', model: 'meta-llama/Llama-3.1-8B-Instruct @53 (--model)', block_size: '128 @61 (--block-size)',
      max_num_seqs: '256 @62 (--max-num-seqs)', max_model_len: '2048 @64 (--max-model-len)', max_num_batched_tokens: '16000 @65 (--max-num-batched-token)',
    },
    unchecked: { line: 97, message: /habana\.ai\/gaudi: 1 \(Intel Gaudi\)/ },
  }],
  'sglang-k8s-service.yaml': [{
    name: 'Deployment/meta-llama-31-8b-instruct-sglang',
    fields: { engine: 'sglang @34 (sglang)', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct @35 (--model-path)' },
    problems: [{ field: 'gpu', line: 41, message: NO_GPU_TYPE }],
  }],
  'sglang-compose.yaml': [{
    name: 'service/sglang',
    fields: { engine: 'sglang @14 (sglang)', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct @16 (--model-path)' },
    problems: [{ field: 'gpu', line: 30, message: NO_GPU_TYPE }],
  }],
};

async function read(file: string): Promise<string> {
  return readFile(join(ROOT, DIR, file), 'utf8');
}

describe('published deployment files', () => {
  it('has a reading for every file of the folder', async () => {
    const files = (await readdir(join(ROOT, DIR))).filter((f) => f.endsWith('.yaml')).sort();
    expect(Object.keys(READINGS).sort()).toEqual(files);
  });

  for (const [file, readings] of Object.entries(READINGS)) {
    it(`reads ${file} as a person does`, async () => {
      const { deployments, errors } = extractDeployments(await read(file), file);
      expect(errors).toEqual([]);
      expect(deployments.map((d) => d.name)).toEqual(readings.map((r) => r.name));
      deployments.forEach((d, i) => {
        const want = readings[i];
        expect(fields(d)).toEqual(want.fields);
        expect(d.problems.map((p) => ({ field: p.field, line: p.pos.line }))).toEqual((want.problems ?? []).map((p) => ({ field: p.field, line: p.line })));
        d.problems.forEach((p, j) => expect(p.message).toMatch(want.problems![j].message));
        if (want.unchecked) {
          expect(d.unchecked?.pos.line).toBe(want.unchecked.line);
          expect(d.unchecked?.message).toMatch(want.unchecked.message);
        } else expect(d.unchecked).toBeUndefined();
        for (const note of want.notes ?? []) expect(d.notes.some((n) => note.test(n))).toBe(true);
      });
    });
  }

  it('passes none in silence: every file gets a row, and a TPU or AMD GPU is a row not checked, not a pass', async () => {
    const sources = await Promise.all(Object.keys(READINGS).map(async (file) => ({ file, text: await read(file) })));
    const report = await checkTexts([], { minHeadroom: 0.1, failOn: 'undersized', sources });
    expect(report.emptySources ?? []).toEqual([]);
    const filesWithRows = new Set(report.deployments.map((d) => d.file));
    expect([...filesWithRows].sort()).toEqual(Object.keys(READINGS).sort());
    expect(report.deployments.filter((d) => d.verdict === 'unchecked').map((d) => d.name).sort()).toEqual([
      'Deployment/gaudi-llm-d-modelservice-decode', 'Model/deepseek-r1-mi300x', 'Model/gemma-2b-it-tpu', 'RayService/vllm-tpu',
    ]);
    // No "gets 8 of 16 GPUs": tensor parallelism over LeaderWorkerSet pods, Ray workers and --nnodes counts every pod's GPUs.
    expect(report.deployments.flatMap((d) => d.errors.map((e) => e.message)).filter((m) => / but .* gets \d+/.test(m))).toEqual([]);
    expect(report.result).toBe('fail');
  });
});

describe('completing a published file with a manifest', () => {
  it('checks a RayService whose model only Python knows, once a `from:` entry names it', async () => {
    const file = 'gke-rayservice-llama-3-8b.yaml';
    const manifest = {
      file: 'ray.gpu-fit.yaml',
      text: `version: 1\ndeployments:\n  llama:\n    from: ${file}\n    engine: vllm\n    model: meta-llama/Llama-3.1-8B-Instruct\n    max_model_len: 8192\n`,
    };
    const report = await checkTexts([manifest], { minHeadroom: 0.1, failOn: 'undersized', sources: [{ file, text: await read(file) }] });
    expect(report.deployments.map((d) => ({ name: d.name, gpu: d.gpu?.name, verdict: d.verdict, errors: d.errors }))).toEqual([
      { name: 'llama', gpu: 'L4', verdict: 'fits', errors: [] },
    ]);
  });
});
