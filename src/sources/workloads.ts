// The containers a deployment file runs, wherever its kind keeps them: Kubernetes Pod,
// Deployment, StatefulSet, ReplicaSet, DaemonSet, Job and CronJob; LeaderWorkerSet (multi-node
// groups); KServe InferenceService (with its ServingRuntime when the file has it); Docker Compose.

import type { Position, YamlValue } from '../manifest/parse.js';
import { containerCommands, type Env, type Word } from './command-line.js';
import { gpuCount, wholeGpus, type GpuCount } from './gpu-labels.js';
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
  gpus: { count: number; pos: Position } | null;
  /** A GPU count that is not one (0, -1, 2.5, "abc"): an error at its line, never a silent single GPU. */
  gpuError?: { message: string; pos: Position };
  /** Commands run beside the server (lifecycle hooks): where Ollama pulls its models. */
  hookCommands: Word[][];
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
  storageModel?: { value: string; pos: Position };
  /** KServe's Hugging Face server runs vLLM unless told --backend=huggingface. */
  kserveHuggingFace?: boolean;
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

function kubernetesContainer(node: YamlValue, extraEnv: Env = new Map(), extraArgs: YamlValue[] = []): Container {
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

function podWorkload(kind: string, name: string, pos: Position, pod: YamlValue | undefined, groupSize = 1, groupSizePos?: Position): Workload {
  const containers = items(at(pod, 'containers')).map((c) => kubernetesContainer(c));
  return { kind, name, pos, containers, scheduling: pod, groupSize, groupSizePos };
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
        found.push(workload);
        break;
      }
      case 'InferenceService':
        found.push(inferenceService(doc, name, pos, runtimes));
        break;
      default:
        break;
    }
  }
  return found;
}

