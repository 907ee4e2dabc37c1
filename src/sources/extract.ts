// A deployment file → the LLM deployments it runs, as gpu-fit fields with the place each was
// written: the engine and its flags from the container, the GPU from the pod's scheduling
// labels, the GPU count from its resource limits. What the file cannot say (a GPU type in a
// Compose file, a model behind a secret) is a problem that a manifest's `from:` entry can fill.

import type { ManifestError, Position } from '../manifest/parse.js';
import { parseYamlDocuments } from '../manifest/parse.js';
import { ollamaModel } from './ollama-models.js';
import { serverFields, type SourceField } from './server-fields.js';
import { findServer, type ServerCommand } from './servers.js';
import { gpuFromScheduling } from './gpu-labels.js';
import { findWorkloads, type Container, type Workload } from './workloads.js';

export interface SourceProblem {
  message: string;
  pos: Position;
  /** The manifest field that would settle it, named in `from:` overrides. */
  field: 'gpu' | 'model' | null;
}

export interface SourceDeployment {
  /** "Deployment/vllm-llama", "service/llama" (with "/container" when a pod runs several servers). */
  name: string;
  /** The workload's own name, for `workload:` in a manifest. */
  workload: string;
  file: string;
  pos: Position;
  fields: SourceField[];
  notes: string[];
  problems: SourceProblem[];
}

export interface ExtractedFile {
  file: string;
  deployments: SourceDeployment[];
  /** The file is not YAML. */
  errors: ManifestError[];
}

function deploymentsOf(workload: Workload, container: Container, engine: ServerCommand, file: string, several: boolean): SourceDeployment[] {
  const { fields, notes, missing, invalid } = serverFields(engine, container.env);
  const problems: SourceProblem[] = [...(missing ? [{ ...missing, field: 'model' as const }] : []), ...invalid.map((p) => ({ ...p, field: null }))];
  const has = (key: string) => fields.some((f) => f.key === key);

  // KServe's Hugging Face server: --model_id or the predictor's storageUri.
  if (workload.kserveHuggingFace || workload.storageModel) {
    const modelId = engine.options.get('model-id');
    const current = fields.findIndex((f) => f.key === 'model');
    const model = modelId ? { value: modelId.value.text, pos: modelId.value.pos, label: modelId.flag } : workload.storageModel ? { ...workload.storageModel, label: 'storageUri' } : undefined;
    if (model && (current < 0 || fields[current].label.startsWith('vLLM default'))) {
      if (current >= 0) fields.splice(current, 1);
      fields.push({ key: 'model', ...model });
    }
    if (engine.options.get('backend')?.value.text === 'huggingface') fields[0] = { ...fields[0], value: 'transformers' };
  }

  // The GPU: scheduling labels for the type, resource limits for the count.
  const gpu = gpuFromScheduling(workload.scheduling);
  if (gpu && 'gpu' in gpu) {
    fields.push({ key: 'gpu', value: gpu.gpu.name, pos: gpu.gpu.pos, label: gpu.gpu.label });
    if (gpu.gpu.note) notes.push(gpu.gpu.note);
  } else {
    const where = gpu ? gpu.pos : (container.gpus?.pos ?? workload.pos);
    problems.push({
      message:
        gpu?.error ??
        `No GPU type for ${workload.kind}/${workload.name} in ${file}: no nodeSelector or node affinity on nvidia.com/gpu.product, cloud.google.com/gke-accelerator, karpenter.k8s.aws/instance-gpu-name or a known instance type. Name it in a gpu-fit manifest: \`from: ${file}\` and \`gpu: <GPU>\`.`,
      pos: where,
      field: 'gpu',
    });
  }
  for (const wrong of [container.gpuError, workload.groupSizeError]) if (wrong) problems.push({ ...wrong, field: null });
  const total = container.gpus ? container.gpus.count * workload.groupSize : null;
  const tpField = fields.find((f) => f.key === 'tensor_parallel_size');
  const ppField = fields.find((f) => f.key === 'pipeline_parallel_size');
  const perReplica = Number(tpField?.value ?? 1) * Number(ppField?.value ?? 1);
  if (total !== null && Number.isFinite(perReplica) && total < perReplica) {
    problems.push({
      message: `${engine.engine} needs ${perReplica} GPUs (${[tpField, ppField].filter(Boolean).map((f) => `${f!.label} ${f!.value}`).join(' × ')}) but ${workload.kind}/${workload.name} gets ${total} (nvidia.com/gpu ${container.gpus!.count}${workload.groupSize > 1 ? ` × size ${workload.groupSize}` : ''}).`,
      pos: container.gpus!.pos,
      field: null,
    });
  }
  // llama.cpp and Ollama split the layers over every GPU they see.
  if ((engine.engine === 'llama.cpp' || engine.engine === 'ollama') && total && total > 1 && !has('tensor_parallel_size')) {
    fields.push({ key: 'tensor_parallel_size', value: total, pos: container.gpus!.pos, label: 'nvidia.com/gpu' });
  }

  const label = `${workload.kind}/${workload.name}${several ? `/${container.name}` : ''}`;
  const make = (name: string, extra: SourceField[] = [], extraProblems: SourceProblem[] = []): SourceDeployment => ({
    name,
    workload: workload.name,
    file,
    pos: workload.pos,
    fields: [...fields, ...extra],
    notes: [...notes],
    problems: [...problems, ...extraProblems],
  });

  if (engine.engine !== 'ollama') return [make(label)];
  // Ollama serves the models pulled into it: one deployment per model.
  const pulls = [...container.commands, ...container.hookCommands].flatMap((words) =>
    words.flatMap((w, i) => (w.text === 'ollama' || w.text.endsWith('/ollama')) && ['pull', 'run'].includes(words[i + 1]?.text ?? '') && words[i + 2] ? [words[i + 2]] : []),
  );
  if (pulls.length === 0) {
    return [make(label, [], [{ message: `No \`ollama pull\` in ${workload.kind}/${workload.name}: gpu-fit cannot tell the model. Name it in a gpu-fit manifest with \`from: ${file}\` and \`model:\`.`, pos: engine.pos, field: 'model' }])];
  }
  const unique = [...new Map(pulls.map((p) => [p.text, p])).values()];
  return unique.map((pull) => {
    const hit = ollamaModel(pull.text);
    const name = unique.length > 1 ? `${label}:${pull.text}` : label;
    if ('error' in hit) return make(name, [], [{ message: hit.error, pos: pull.pos, field: 'model' }]);
    return make(name, [
      { key: 'model', value: hit.model, pos: pull.pos, label: `ollama pull ${pull.text}` },
      { key: 'quantization', value: hit.quantization, pos: pull.pos, label: `ollama pull ${pull.text}` },
    ]);
  });
}

export function extractDeployments(text: string, file: string): ExtractedFile {
  const parsed = parseYamlDocuments(text, file);
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    const template = /\{\{/.test(text) ? ' It looks like an unrendered Helm template: check the output of `helm template` instead.' : '';
    return { file, deployments: [], errors: [{ ...first, message: `${first.message}.${template}` }] };
  }
  const deployments: SourceDeployment[] = [];
  for (const workload of findWorkloads(parsed.documents)) {
    const serving = workload.containers.flatMap((container) => {
      const server = findServer(container.commands, container.image, container.imagePos, container.argsOnly, workload.kserveHuggingFace ? 'vllm' : undefined);
      return server ? [{ container, server }] : [];
    });
    for (const { container, server } of serving) deployments.push(...deploymentsOf(workload, container, server, file, serving.length > 1));
  }
  return { file, deployments, errors: [] };
}

