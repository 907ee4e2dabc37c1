// The containers a deployment file runs, wherever its kind keeps them: Kubernetes Pod,
// Deployment, StatefulSet, ReplicaSet, DaemonSet, Job and CronJob; LeaderWorkerSet (multi-node
// groups); KServe InferenceService (with its ServingRuntime when the file has it); Docker Compose.

import type { EngineName } from '../core/types.js';
import type { Position, YamlValue } from '../manifest/parse.js';
import { containerCommands, type Env, type Word } from './command-line.js';
import { gpuCount, otherAccelerator, wholeGpus, type GpuCount, type GpuLabel, type MigSlice, type OtherAccelerator } from './gpu-labels.js';
import { operatorWorkloads } from './operators.js';
import { embeddedPods } from './pod-templates.js';
import { at, entries, field, items, text } from './yaml-tree.js';

export interface Container {
  name: string;
  pos: Position;
  image?: string;
  imagePos: Position;
  commands: Word[][];
  /** The words passed to the image's entrypoint when the container sets no command of its own. */
  argsOnly: Word[] | null;
  env: Env;
  gpus: { count: number; pos: Position; mig?: MigSlice } | null;
  /** A GPU count that is not one (0, -1, 2.5, "abc"): an error at its line, never a silent single GPU. */
  gpuError?: { message: string; pos: Position };
  /** Commands run beside the server (lifecycle hooks): where Ollama pulls its models. */
  hookCommands: Word[][];
  /** A TPU, AMD GPU or other accelerator it asks for or is pinned to: not checked. */
  other?: OtherAccelerator | null;
  /** The operator replaces the image's entrypoint (KubeRay runs `ray start`): the image alone starts no server. */
  entrypointReplaced?: boolean;
}

export interface Workload {
  kind: string;
  name: string;
  pos: Position;
  containers: Container[];
  /** The pod spec holding nodeSelector and affinity. */
  scheduling?: YamlValue;
  /** Pods that together run one replica (LeaderWorkerSet size); 1 otherwise. */
  groupSize: number;
  groupSizePos?: Position;
  /** A group size that is not a whole number above zero. */
  groupSizeError?: { message: string; pos: Position };
  /** KServe: the model the predictor names (storageUri hf://…), where the args do not. */
  storageModel?: { value: string; pos: Position; label?: string };
  /** The resource names its model where gpu-fit cannot read it (s3://, a PVC). */
  modelProblem?: { message: string; pos: Position };
  /** A serving resource whose engine gpu-fit does not estimate (KubeAI's Infinity): said, not checked. */
  unsupported?: { message: string; pos: Position };
  /** KServe's Hugging Face server runs vLLM unless told --backend=huggingface. */
  kserveHuggingFace?: boolean;
  /** Other pods of the same replica (LeaderWorkerSet workers, Ray worker groups): their labels name the GPU when this pod's do not. */
  otherScheduling?: YamlValue[];
  /** GPUs of all the pods that together run one replica (a Ray cluster), with how they add up. */
  gpuTotal?: { count: number; pos: Position; detail: string };
  /** The GPU, where the resource names it in its own fields (KubeAI's resourceProfile). */
  gpu?: GpuLabel;
  /** The accelerator, where the resource's own fields name one gpu-fit does not check. */
  accelerator?: OtherAccelerator;
  /** A resource that serves a model by its kind (KubeAI Model, RayService, …): what to say when no container is read. */
  serving?: { what: string; pos: Position; hint?: string };
  /** The engine the resource runs where no command says (the KServe runtime's template, KubeAI's engine). */
  engine?: EngineName;
  /** Flags the operator adds to the command it builds (KServe's parallelism, KubeAI's args), in the engine's words. */
  extraWords?: Word[];
}

function kubernetesEnv(list: YamlValue | undefined): Map<string, { value: string; pos: Position }> {
  const env = new Map<string, { value: string; pos: Position }>();
  for (const item of items(list)) {
    const name = text(at(item, 'name'));
    const value = at(item, 'value');
    if (name && text(value) !== undefined) env.set(name, { value: text(value)!, pos: value!.pos });
  }
  return env;
}

function composeEnv(node: YamlValue | undefined): Map<string, { value: string; pos: Position }> {
  const env = new Map<string, { value: string; pos: Position }>();
  for (const e of entries(node)) if (text(e.value) !== undefined) env.set(e.key, { value: text(e.value)!, pos: e.value.pos });
  for (const item of items(node)) {
    const line = text(item);
    const eq = line?.indexOf('=') ?? -1;
    if (line && eq > 0) env.set(line.slice(0, eq), { value: line.slice(eq + 1), pos: item.pos });
  }
  return env;
}

/** A container's GPUs from a count that may be wrong: the count, or the error in its place. */
function gpusOf(count: GpuCount | null): Pick<Container, 'gpus' | 'gpuError'> {
  if (!count) return { gpus: null };
  return 'error' in count ? { gpus: null, gpuError: { message: count.error, pos: count.pos } } : { gpus: count };
}

export function kubernetesContainer(node: YamlValue, extraEnv: Env = new Map(), extraArgs: YamlValue[] = []): Container {
  const env = new Map([...extraEnv, ...kubernetesEnv(at(node, 'env'))]);
  const command = at(node, 'command');
  const args = at(node, 'args');
  const merged: YamlValue | undefined =
    extraArgs.length > 0 ? { type: 'seq', items: [...items(args), ...extraArgs], pos: args?.pos ?? node.pos } : args;
  const commands = containerCommands(command, merged, env);
  const argsOnly = command ? null : (commands[0] ?? []);
  const hook = at(node, 'lifecycle', 'postStart', 'exec', 'command');
  return {
    name: text(at(node, 'name')) ?? 'container',
    pos: node.pos,
    image: text(at(node, 'image')),
    imagePos: at(node, 'image')?.pos ?? node.pos,
    commands,
    argsOnly,
    env,
    ...gpusOf(gpuCount(node)),
    hookCommands: hook ? containerCommands(hook, undefined, env) : [],
  };
}

export function podWorkload(kind: string, name: string, pos: Position, pod: YamlValue | undefined, groupSize = 1, groupSizePos?: Position): Workload {
  const containers = items(at(pod, 'containers')).map((c) => ({ ...kubernetesContainer(c), other: otherAccelerator(c, pod) }));
  return { kind, name, pos, containers, scheduling: pod, groupSize, groupSizePos };
}

/** GPUs one pod asks for, all containers together. */
const podGpus = (pod: YamlValue) =>
  items(at(pod, 'containers')).reduce((sum, c) => {
    const count = gpuCount(c);
    return sum + (count && 'count' in count ? count.count : 0);
  }, 0);

/**
 * A resource that embeds pod templates: each template read like a Deployment's. A Ray cluster
 * (KubeRay, AIBrix RayClusterFleet) is one replica over all its pods: vLLM's Ray executor uses
 * the GPUs of the head and every worker (https://docs.ray.io/en/latest/cluster/kubernetes/user-guides/config.html).
 */
function embeddedWorkloads(kind: string, name: string, pos: Position, doc: YamlValue): Workload[] {
  const pods = embeddedPods(doc);
  const ray = pods.some((p) => p.rayHead || p.rayWorker);
  const rayTotal = ray
    ? {
        count: pods.reduce((sum, p) => sum + podGpus(p.spec) * p.replicas, 0),
        pos: pods.find((p) => p.rayHead)?.spec.pos ?? pos,
        detail: pods.filter((p) => podGpus(p.spec) > 0).map((p) => `${p.role} ${p.replicas > 1 || p.rayWorker ? `${p.replicas} × ` : ''}${podGpus(p.spec)}`).join(' + '),
      }
    : undefined;
  const several = new Set(pods.map((p) => p.role)).size > 1;
  // KubeRay RayService: the model is loaded by the Ray Serve application its serveConfigV2 names.
  const serveConfig = text(at(doc, 'spec', 'serveConfigV2'));
  const importPath = serveConfig && /import_path:\s*(\S+)/.exec(serveConfig)?.[1];
  const modelId = serveConfig && /MODEL_ID:\s*"?([^"\s]+)/.exec(serveConfig)?.[1];
  const serveApp = serveConfig
    ? { what: `RayService whose Ray Serve application ${importPath ?? '(serveConfigV2)'} loads the model`, pos: at(doc, 'spec', 'serveConfigV2')!.pos, hint: modelId ? `its runtime_env sets MODEL_ID ${modelId}` : undefined }
    : undefined;
  return pods.map((p) => {
    const workload = podWorkload(kind, several && p.role ? `${name}/${p.role}` : name, pos, p.spec);
    workload.otherScheduling = pods.filter((o) => o !== p).map((o) => o.spec);
    if (rayTotal && rayTotal.count > 0) workload.gpuTotal = rayTotal;
    // KubeRay starts each Ray container with `ray start` (plus its own command, if any), never the image's entrypoint.
    if (p.rayHead || p.rayWorker) for (const c of workload.containers) c.entrypointReplaced = true;
    if (serveApp) workload.serving = serveApp;
    return workload;
  });
}

/** KServe: the predictor's model (a container in all but name), run by its ServingRuntime when the file has it. */
function inferenceService(doc: YamlValue, name: string, pos: Position, runtimes: Map<string, YamlValue>): Workload {
  const predictor = at(doc, 'spec', 'predictor');
  const model = at(predictor, 'model');
  const base: Omit<Workload, 'containers'> = { kind: 'InferenceService', name, pos, scheduling: predictor, groupSize: 1 };
  if (!model) return { ...base, containers: items(at(predictor, 'containers')).map((c) => kubernetesContainer(c)) };
  const storage = at(model, 'storageUri');
  const storageText = text(storage);
  const storageModel = storageText?.startsWith('hf://') ? { value: storageText.slice('hf://'.length).replace(/\/+$/, ''), pos: storage!.pos } : undefined;
  const runtime = runtimes.get(text(at(model, 'runtime')) ?? '');
  const runtimeContainer = items(at(runtime, 'spec', 'containers'))[0];
  if (runtimeContainer) {
    // The runtime's command with the predictor's args and env appended, as KServe merges them.
    const container = kubernetesContainer(runtimeContainer, kubernetesEnv(at(model, 'env')), items(at(model, 'args')));
    const own = gpuCount(model);
    return { ...base, storageModel, containers: [{ ...container, ...(own ? gpusOf(own) : {}) }] };
  }
  const format = text(at(model, 'modelFormat', 'name'));
  const container = kubernetesContainer(model);
  // A runtime defined elsewhere (a ClusterServingRuntime) that serves LLMs: said, not skipped.
  const runtimeName = text(at(model, 'runtime'));
  const llm = /vllm|huggingface|tgi|text-generation|sglang|llama|ollama/i.test(`${format ?? ''} ${runtimeName ?? ''}`);
  if (llm) base.serving = { what: `KServe InferenceService (modelFormat ${format ?? 'unset'}, runtime ${runtimeName ?? 'unset'}, defined outside this file)`, pos: model.pos };
  return { ...base, storageModel, kserveHuggingFace: format === 'huggingface', containers: [{ ...container, name: 'kserve-container', image: container.image ?? 'kserve/huggingfaceserver' }] };
}

function composeServices(doc: YamlValue): Workload[] {
  return entries(at(doc, 'services')).map(({ key, keyPos, value }) => {
    const env = composeEnv(at(value, 'environment'));
    const entrypoint = at(value, 'entrypoint');
    const command = at(value, 'command');
    const commands = containerCommands(entrypoint, command, env);
    const devices = items(at(value, 'deploy', 'resources', 'reservations', 'devices'));
    const nvidia = devices.find((d) => text(at(d, 'driver')) === 'nvidia' || items(at(d, 'capabilities')).some((c) => text(c) === 'gpu'));
    // count: a whole number or "all" (every GPU of the host: how many is not in the file); or device_ids.
    const countNode = at(nvidia, 'count');
    const ids = items(at(nvidia, 'device_ids'));
    const count: GpuCount | null =
      countNode && text(countNode) !== 'all' ? wholeGpus(countNode, 'deploy.resources.reservations.devices[].count') : ids.length > 0 ? { count: ids.length, pos: at(nvidia, 'device_ids')!.pos } : null;
    const container: Container = {
      name: key,
      pos: keyPos,
      image: text(at(value, 'image')),
      imagePos: at(value, 'image')?.pos ?? keyPos,
      commands,
      argsOnly: entrypoint ? null : (commands[0] ?? []),
      env,
      ...gpusOf(nvidia ? count : null),
      hookCommands: [],
    };
    return { kind: 'service', name: key, pos: keyPos, containers: [container], groupSize: 1 };
  });
}

/**
 * The objects of a document: itself, or the items of a `kind: List` (what `kubectl get -o yaml`
 * prints; typed lists such as DeploymentList too), nested lists included.
 */
function objects(doc: YamlValue, depth = 0): YamlValue[] {
  const kind = text(field(doc, 'kind'));
  if (kind && /List$/.test(kind) && field(doc, 'items') && depth < 8) return items(field(doc, 'items')).flatMap((item) => objects(item, depth + 1));
  return [doc];
}

/** Every workload of the documents of one file. */
export function findWorkloads(files: readonly YamlValue[]): Workload[] {
  const documents = files.flatMap((doc) => objects(doc));
  const runtimes = new Map<string, YamlValue>();
  for (const doc of documents) {
    const kind = text(field(doc, 'kind'));
    if (kind === 'ServingRuntime' || kind === 'ClusterServingRuntime') runtimes.set(text(at(doc, 'metadata', 'name')) ?? '', doc);
  }
  const found: Workload[] = [];
  for (const doc of documents) {
    if (field(doc, 'services') && !field(doc, 'kind')) {
      found.push(...composeServices(doc));
      continue;
    }
    const kind = text(field(doc, 'kind'));
    const nameNode = at(doc, 'metadata', 'name');
    const name = text(nameNode) ?? '(unnamed)';
    const pos = nameNode?.pos ?? doc.pos;
    switch (kind) {
      case 'Pod':
        found.push(podWorkload(kind, name, pos, at(doc, 'spec')));
        break;
      case 'Deployment':
      case 'StatefulSet':
      case 'ReplicaSet':
      case 'DaemonSet':
      case 'Job':
        found.push(podWorkload(kind, name, pos, at(doc, 'spec', 'template', 'spec')));
        break;
      case 'CronJob':
        found.push(podWorkload(kind, name, pos, at(doc, 'spec', 'jobTemplate', 'spec', 'template', 'spec')));
        break;
      case 'LeaderWorkerSet': {
        const template = at(doc, 'spec', 'leaderWorkerTemplate');
        const size = at(template, 'size');
        const leader = at(template, 'leaderTemplate', 'spec') ?? at(template, 'workerTemplate', 'spec');
        const group = size ? wholeGpus(size, 'leaderWorkerTemplate.size') : null;
        const workload = podWorkload(kind, name, pos, leader, group && 'count' in group ? group.count : 1, size?.pos);
        if (group && 'error' in group) {
          workload.groupSizeError = { message: `leaderWorkerTemplate.size is ${JSON.stringify(size!.type === 'scalar' ? size!.value : size!.type)}: LeaderWorkerSet needs a whole number of pods per group, 1 or more.`, pos: group.pos };
        }
        // Workers carry the GPUs when the leader names none.
        const worker = items(at(template, 'workerTemplate', 'spec', 'containers')).map((c) => gpuCount(c)).find(Boolean);
        for (const c of workload.containers) if (!c.gpus && !c.gpuError && worker) Object.assign(c, gpusOf(worker));
        const workerSpec = at(template, 'workerTemplate', 'spec');
        if (workerSpec) workload.otherScheduling = [workerSpec];
        found.push(workload);
        break;
      }
      case 'InferenceService':
        found.push(inferenceService(doc, name, pos, runtimes));
        break;
      default: {
        const own = operatorWorkloads(doc, kind ?? '', name, pos);
        if (own) found.push(...own);
        else if (kind && !['ServingRuntime', 'ClusterServingRuntime'].includes(kind)) found.push(...embeddedWorkloads(kind, name, pos, doc));
        break;
      }
    }
  }
  return found;
}

