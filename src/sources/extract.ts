// A deployment file → the LLM deployments it runs, as gpu-fit fields with the place each was
// written: the engine and its flags from the container, the GPU from the pod's scheduling
// labels, the GPU count from its resource limits. What the file cannot say (a GPU type in a
// Compose file, a model behind a secret) is a problem that a manifest's `from:` entry can fill.

import { MODELS } from '../catalog/models.js';
import type { EngineName } from '../core/types.js';
import type { ManifestError, Position } from '../manifest/parse.js';
import { parseYamlDocuments } from '../manifest/parse.js';
import { ollamaModel } from './ollama-models.js';
import { serverFields, type SourceField } from './server-fields.js';
import { findServer, imageEngine, otherServer, type ServerCommand } from './servers.js';
import { GPU_LABEL_KEYS, gpuFromScheduling, type GpuFromLabels } from './gpu-labels.js';
import { findWorkloads, type Container, type Workload } from './workloads.js';

export interface SourceProblem {
  message: string;
  pos: Position;
  /** The manifest field that would settle it, named in `from:` overrides. */
  field: 'gpu' | 'model' | 'engine' | null;
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
  /** Nothing in it says how the server starts: only its problem is reported (no "needs gpu" besides). */
  unread?: boolean;
  /** Runs on an accelerator or engine gpu-fit does not check (a TPU, an AMD GPU): why, and where; reported, not estimated. */
  unchecked?: { message: string; pos: Position };
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

  // KServe's Hugging Face server: --model_id or the predictor's storageUri (the model field of other operators).
  if (workload.kserveHuggingFace || workload.storageModel) {
    const modelId = engine.options.get('model-id');
    const current = fields.findIndex((f) => f.key === 'model');
    const model = modelId ? { value: modelId.value.text, pos: modelId.value.pos, label: modelId.flag } : workload.storageModel ? { ...workload.storageModel, label: workload.storageModel.label ?? 'storageUri' } : undefined;
    if (model && (current < 0 || fields[current].label.startsWith('vLLM default'))) {
      if (current >= 0) fields.splice(current, 1);
      fields.push({ key: 'model', ...model });
    }
    if (engine.options.get('backend')?.value.text === 'huggingface') fields[0] = { ...fields[0], value: 'transformers' };
  }

  if (workload.modelProblem) {
    const at = fields.findIndex((f) => f.key === 'model');
    if (at >= 0 && fields[at].label.endsWith('default --model')) fields.splice(at, 1);
    problems.push({ ...workload.modelProblem, field: 'model' });
  }
  const local = localModelPath(fields, notes);
  if (local) problems.push({ ...local, field: 'model' });

  // The GPU: scheduling labels for the type (a MIG slice by its resource), resource limits for the count.
  const other = container.other ?? workload.accelerator;
  const gpu: GpuFromLabels = workload.gpu ? { gpu: workload.gpu } : firstGpu([workload.scheduling, ...(workload.otherScheduling ?? [])]);
  const mig = container.gpus?.mig;
  if (mig) {
    fields.push({ key: 'gpu', value: { name: `MIG ${mig.profile}`, memory: `${mig.memoryBytes / 1e9} GB` }, pos: container.gpus!.pos, label: `nvidia.com/mig-${mig.profile}` });
    notes.push(`nvidia.com/mig-${mig.profile}: one MIG slice per unit, checked as ${mig.memoryBytes / 1e9} GB (the profile's name; nvidia-smi shows the slice a little larger).`);
  } else if (gpu && 'gpu' in gpu) {
    fields.push({ key: 'gpu', value: gpu.gpu.name, pos: gpu.gpu.pos, label: gpu.gpu.label });
    if (gpu.gpu.note) notes.push(gpu.gpu.note);
  } else if (!other) {
    const where = gpu ? gpu.pos : (container.gpus?.pos ?? workload.pos);
    problems.push({
      message:
        gpu?.error ??
        `No GPU type for ${workload.kind}/${workload.name} in ${file}: no nodeSelector or node affinity on ${GPU_LABEL_KEYS.join(', ')} or a known instance type. Name it in a gpu-fit manifest: \`from: ${file}\` and \`gpu: <GPU>\`.`,
      pos: where,
      field: 'gpu',
    });
  }
  for (const wrong of [container.gpuError, workload.groupSizeError]) if (wrong) problems.push({ ...wrong, field: null });
  // Pods of one replica: a Ray cluster's, a LeaderWorkerSet group, SGLang's --nnodes (python/sglang/srt/server_args.py: nnodes).
  const nnodes = engine.engine === 'sglang' ? Number(engine.options.get('nnodes')?.value.text) : NaN;
  const pods = Number.isInteger(nnodes) && nnodes > 1 ? nnodes : workload.groupSize;
  const total = workload.gpuTotal ? workload.gpuTotal.count : container.gpus ? container.gpus.count * pods : null;
  const tpField = fields.find((f) => f.key === 'tensor_parallel_size');
  const ppField = fields.find((f) => f.key === 'pipeline_parallel_size');
  const perReplica = Number(tpField?.value ?? 1) * Number(ppField?.value ?? 1);
  if (total !== null && Number.isFinite(perReplica) && total < perReplica) {
    problems.push({
      message: `${engine.engine} needs ${perReplica} GPUs (${[tpField, ppField].filter(Boolean).map((f) => `${f!.label} ${f!.value}`).join(' × ')}) but ${workload.kind}/${workload.name} gets ${total} (${workload.gpuTotal ? `Ray cluster: ${workload.gpuTotal.detail}` : `nvidia.com/gpu ${container.gpus!.count}${pods > 1 ? ` × ${pods === workload.groupSize ? 'size' : '--nnodes'} ${pods}` : ''}`}).`,
      pos: workload.gpuTotal?.pos ?? container.gpus!.pos,
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
    ...(other && !mig && !(gpu && 'gpu' in gpu) ? { unchecked: { message: `${workload.kind}/${workload.name} runs on ${other.label} (${other.what}): gpu-fit checks NVIDIA GPUs only, so this deployment is not checked.`, pos: other.pos } } : {}),
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

/** The first pod of a replica whose labels say something about the GPU. */
function firstGpu(pods: ReadonlyArray<Workload['scheduling']>): GpuFromLabels {
  let found: GpuFromLabels = null;
  for (const pod of pods) {
    const hit = gpuFromScheduling(pod);
    if (hit && 'gpu' in hit) return hit;
    found ??= hit;
  }
  return found;
}

/**
 * A model read from a local folder (/models/Qwen3-8B) is the catalog model of that name, when
 * exactly one has it; anything else stays a path, which a manifest's `model:` or `config:` settles.
 */
function localModelPath(fields: SourceField[], notes: string[]): { message: string; pos: Position } | undefined {
  const at = fields.findIndex((f) => f.key === 'model');
  const value = at >= 0 ? String(fields[at].value) : '';
  if (!/^(?:\/|\.{1,2}\/|[a-z]+:\/\/)/i.test(value)) return undefined;
  const name = value.replace(/\/+$/, '').slice(value.replace(/\/+$/, '').lastIndexOf('/') + 1).toLowerCase();
  const hits = MODELS.filter((m) => [m.id, ...(m.aliases ?? [])].some((a) => a.slice(a.indexOf('/') + 1).toLowerCase() === name));
  if (hits.length !== 1) {
    const [field] = fields.splice(at, 1);
    return {
      message: `${field.label} ${value} is a local folder gpu-fit cannot read: name the model in a gpu-fit manifest with \`from:\` this file and \`model:\` (a Hugging Face id) or \`config:\` (its config.json in the repository).`,
      pos: field.pos,
    };
  }
  fields[at] = { ...fields[at], value: hits[0].id };
  notes.push(`${fields[at].label} ${value} is a local folder: read as ${hits[0].id}, the catalog model of that name. Set \`model:\` in a gpu-fit manifest with \`from:\` this file if it holds something else.`);
  return undefined;
}

/** Engine images and serving kinds that yield no deployment still get a row: what was seen, what to add. */
function unread(workloads: Workload[], file: string, found: ReadonlySet<Workload>): SourceDeployment[] {
  const byDoc = new Map<string, Workload[]>();
  for (const w of workloads) {
    const key = `${w.pos.line}:${w.pos.column}:${w.kind}`;
    byDoc.set(key, [...(byDoc.get(key) ?? []), w]);
  }
  const rows: SourceDeployment[] = [];
  for (const group of byDoc.values()) {
    if (group.some((w) => found.has(w))) continue;
    const first = group[0];
    const docName = first.name.split('/')[0];
    const unsupported = group.find((w) => w.unsupported);
    // A Job or CronJob on an engine's image is usually a one-off task (a download, a benchmark), not a server.
    const image = /^(?:Cron)?Job$/.test(first.kind) ? undefined : group.flatMap((w) => w.containers).find((c) => imageEngine(c.image));
    const accelerator = group.flatMap((w) => [w.accelerator, ...w.containers.map((c) => c.other)]).find(Boolean);
    const engine: EngineName | undefined = image ? imageEngine(image.image) : first.engine;
    const ray = group.some((w) => w.gpuTotal) || /^Ray/.test(first.kind);
    const serving = group.find((w) => w.serving)?.serving;
    const otherContainer = group.flatMap((w) => w.containers).find((c) => otherServer(c.image, c.commands));
    if (!unsupported && !image && !serving && !otherContainer && !(ray && accelerator)) continue;
    const where = unsupported?.unsupported?.pos ?? image?.imagePos ?? serving?.pos ?? first.pos;
    const seen = image ? `runs the ${engine} image ${image.image}` : serving ? `is a ${serving.what}` : `is a ${first.kind}`;
    const why = ray
      ? 'but no container starts the server: KubeRay starts `ray start` in it and the server is started by an application (Ray Serve, a job) gpu-fit cannot read'
      : 'but gpu-fit could not find the command that starts the server';
    const row: SourceDeployment = {
      name: `${first.kind}/${docName}`,
      workload: docName,
      file,
      pos: first.pos,
      fields: engine ? [{ key: 'engine', value: engine, pos: where, label: image ? 'image' : first.kind }] : [],
      notes: [],
      problems: [],
      unread: true,
    };
    const gpu = firstGpu(group.flatMap((w) => [w.scheduling, ...(w.otherScheduling ?? [])]));
    if (gpu && 'gpu' in gpu) row.fields.push({ key: 'gpu', value: gpu.gpu.name, pos: gpu.gpu.pos, label: gpu.gpu.label });
    if (unsupported?.unsupported) row.unchecked = unsupported.unsupported;
    else if (otherContainer && !image) {
      const what = otherServer(otherContainer.image, otherContainer.commands)!;
      row.unchecked = { message: `${first.kind}/${docName} runs ${what} (${otherContainer.image ?? 'its command'}): gpu-fit estimates vLLM, SGLang, TGI, llama.cpp and Ollama, so this deployment is not checked.`, pos: otherContainer.imagePos };
    }
    else if (accelerator) row.unchecked = { message: `${first.kind}/${docName} runs on ${accelerator.label} (${accelerator.what}): gpu-fit checks NVIDIA GPUs only, so this deployment is not checked.`, pos: accelerator.pos };
    else {
      row.problems.push({
        message: `${first.kind}/${docName} ${seen}, ${why}. Check it with a gpu-fit manifest entry: \`from: ${file}\`${engine ? '' : ', `engine:`'}, \`model:\` and \`gpu:\`${serving?.hint ? ` (${serving.hint})` : ''}.`,
        pos: where,
        field: 'model',
      });
    }
    rows.push(row);
  }
  return rows;
}

export function extractDeployments(text: string, file: string): ExtractedFile {
  const parsed = parseYamlDocuments(text, file);
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    const template = /\{\{/.test(text) ? ' It looks like an unrendered Helm template: check the output of `helm template` instead.' : '';
    return { file, deployments: [], errors: [{ ...first, message: `${first.message}.${template}` }] };
  }
  const deployments: SourceDeployment[] = [];
  const workloads = findWorkloads(parsed.documents);
  const found = new Set<Workload>();
  for (const workload of workloads) {
    if (workload.unsupported) continue;
    const serving = workload.containers.flatMap((container) => {
      const image = container.entrypointReplaced ? undefined : container.image;
      const server = findServer(container.commands, image, container.imagePos, container.argsOnly, workload.kserveHuggingFace ? 'vllm' : workload.engine);
      return server ? [{ container, server }] : [];
    });
    if (serving.length > 0) found.add(workload);
    for (const { container, server } of serving) deployments.push(...deploymentsOf(workload, container, server, file, serving.length > 1));
  }
  deployments.push(...unread(workloads, file, found));
  deployments.sort((a, b) => a.pos.line - b.pos.line);
  return { file, deployments, errors: [] };
}

