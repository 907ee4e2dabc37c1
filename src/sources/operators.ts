// Serving resources that hold their own fields instead of (or besides) a pod template: KubeAI
// Model, the vLLM production-stack's VLLMRuntime and its Helm values, KServe LLMInferenceService.
// Each becomes the command line its operator builds, with the places the fields were written.

import gpuLabels from '../catalog/figures/gpu-labels.json' with { type: 'json' };
import { findGpu } from '../catalog/gpus.js';
import type { Position, YamlValue } from '../manifest/parse.js';
import type { Env, Word } from './command-line.js';
import { shellWords } from './command-line.js';
import { embeddedPods } from './pod-templates.js';
import { kubernetesContainer, podWorkload, type Container, type Workload } from './workloads.js';
import { at, entries, items, text } from './yaml-tree.js';

const word = (value: string, pos: Position): Word => ({ text: value, pos });

function mapEnv(node: YamlValue | undefined): Map<string, { value: string; pos: Position }> {
  const env = new Map<string, { value: string; pos: Position }>();
  for (const e of entries(node)) if (text(e.value) !== undefined) env.set(e.key, { value: text(e.value)!, pos: e.value.pos });
  for (const item of items(node)) {
    const name = text(at(item, 'name'));
    const value = at(item, 'value');
    if (name && text(value) !== undefined) env.set(name, { value: text(value)!, pos: value!.pos });
  }
  return env;
}

/** A list of flags as words (KubeAI args, production-stack extraArgs). */
const argWords = (node: YamlValue | undefined): Word[] => items(node).flatMap((i) => (text(i) !== undefined ? [word(text(i)!, i.pos)] : []));

function container(name: string, pos: Position, commands: Word[][], env: Env, gpus: Container['gpus'], image?: string, imagePos?: Position): Container {
  return { name, pos, image, imagePos: imagePos ?? pos, commands, argsOnly: null, env, gpus, hookCommands: [] };
}

/** hf://org/model → org/model; other schemes are storage gpu-fit cannot read. */
function hfModel(uri: YamlValue | undefined, label: string): Pick<Workload, 'storageModel' | 'serving'> & { problem?: string } {
  const value = text(uri);
  if (!value || !uri) return {};
  if (value.startsWith('hf://')) return { storageModel: { value: value.slice('hf://'.length).replace(/\/+$/, ''), pos: uri.pos, label } };
  if (!/^[a-z0-9]+:\/\//i.test(value)) return { storageModel: { value, pos: uri.pos, label } };
  return { problem: `${label} ${value} is storage gpu-fit cannot read: name the model in a gpu-fit manifest with \`from:\` this file and \`model:\` (a Hugging Face id) or \`config:\`.` };
}

/**
 * KubeAI Model (kubeai.org/v1): url, engine, args, env and resourceProfile "<profile>:<count>".
 * KubeAI runs vLLM as `vllm serve <model> <args>` (internal/modelcontroller/engine_vllm.go) and
 * Ollama pulling the url's model; profiles are its Helm values' resourceProfiles (catalog/gpu-labels.json).
 */
function kubeaiModel(doc: YamlValue, name: string, pos: Position): Workload[] {
  const spec = at(doc, 'spec');
  const engineNode = at(spec, 'engine');
  const engine = text(engineNode)?.toLowerCase();
  const url = at(spec, 'url');
  const profileNode = at(spec, 'resourceProfile');
  const [profile, countText] = (text(profileNode) ?? '').split(':');
  const count = Number(countText ?? '1');
  const env = mapEnv(at(spec, 'env'));
  const base: Workload = { kind: 'Model', name, pos, containers: [], groupSize: 1, serving: { what: `KubeAI Model (engine ${text(engineNode) ?? 'unset'})`, pos: engineNode?.pos ?? pos } };
  const gpus = profileNode && Number.isInteger(count) && count > 0 ? { count, pos: profileNode.pos } : null;

  const profiles = gpuLabels.kubeai_resource_profiles;
  const gpuName = (profiles.profiles as Record<string, string>)[profile];
  if (gpuName) base.gpu = { name: gpuName, pos: profileNode!.pos, label: `resourceProfile: ${text(profileNode)}`, note: `resourceProfile ${profile} is KubeAI's ${gpuName} profile (catalog/gpu-labels.json).` };
  else if (profileNode) {
    const other = Object.entries(profiles.other_accelerators).find(([prefix]) => profile.startsWith(prefix));
    if (other) base.accelerator = { what: other[1], label: `resourceProfile: ${text(profileNode)}`, pos: profileNode.pos };
    else {
      const hit = findGpu(profile.replace(/^nvidia-gpu-/, ''));
      if ('gpu' in hit) base.gpu = { name: hit.gpu.name, pos: profileNode.pos, label: `resourceProfile: ${text(profileNode)}` };
    }
  }

  if (engine === 'vllm') {
    const model = hfModel(url, 'url');
    const words = [word('vllm', engineNode!.pos), word('serve', engineNode!.pos), ...argWords(at(spec, 'args'))];
    return [{ ...base, ...model, modelProblem: model.problem ? { message: model.problem, pos: url!.pos } : undefined, containers: [container('server', pos, [words], env, gpus)] }];
  }
  if (engine === 'ollama') {
    const value = text(url) ?? '';
    const c = container('server', pos, [[word('ollama', engineNode!.pos), word('serve', engineNode!.pos)]], env, gpus);
    if (value.startsWith('ollama://')) c.hookCommands = [[word('ollama', url!.pos), word('pull', url!.pos), word(value.slice('ollama://'.length), url!.pos)]];
    return [{ ...base, containers: [c] }];
  }
  // Infinity, FasterWhisper: embedding and speech servers, not an LLM engine gpu-fit estimates.
  return [{ ...base, unsupported: { message: `KubeAI engine ${text(engineNode) ?? '(none)'} is not an engine gpu-fit estimates (vLLM, SGLang, TGI, llama.cpp, Ollama).`, pos: engineNode?.pos ?? pos } }];
}

/** A NodeSelectorTerm list as a pod's required node affinity, so the usual label reading applies. */
function affinityOf(terms: YamlValue | undefined): YamlValue | undefined {
  if (!terms) return undefined;
  const pos = terms.pos;
  const m = (key: string, value: YamlValue): YamlValue => ({ type: 'map', pos, entries: [{ key, keyPos: pos, value }] });
  return m('affinity', m('nodeAffinity', m('requiredDuringSchedulingIgnoredDuringExecution', m('nodeSelectorTerms', terms))));
}

/** Flags from a production-stack vllmConfig / model block: camelCase field → vLLM flag. */
function configWords(node: YamlValue | undefined, fields: Record<string, string>): Word[] {
  return Object.entries(fields).flatMap(([key, flag]) => {
    const v = at(node, key);
    return text(v) !== undefined ? [word(flag, v!.pos), word(text(v)!, v!.pos)] : [];
  });
}

const VLLM_CONFIG = { tensorParallelSize: '--tensor-parallel-size', gpuMemoryUtilization: '--gpu-memory-utilization', maxModelLen: '--max-model-len', dtype: '--dtype', maxNumSeqs: '--max-num-seqs', maxNumBatchedTokens: '--max-num-batched-tokens', kvCacheDtype: '--kv-cache-dtype' };

/**
 * vLLM production-stack VLLMRuntime (production-stack.vllm.ai/v1alpha1): operator/api/v1alpha1/vllmruntime_types.go,
 * turned into `vllm serve <modelURL>` with its flags by operator/internal/controller/vllmruntime_controller.go.
 */
function vllmRuntime(doc: YamlValue, name: string, pos: Position): Workload[] {
  const spec = at(doc, 'spec');
  const model = at(spec, 'model');
  const deployment = at(spec, 'deploymentConfig');
  const gpuNode = at(deployment, 'resources', 'gpu');
  const count = Number(text(gpuNode));
  const image = text(at(deployment, 'image', 'name'));
  const words = [word('vllm', pos), word('serve', pos), ...configWords(model, VLLM_CONFIG), ...configWords(at(spec, 'vllmConfig'), VLLM_CONFIG), ...argWords(at(spec, 'vllmConfig', 'extraArgs'))];
  const c = container('vllm', pos, [words], mapEnv(at(spec, 'vllmConfig', 'env')), gpuNode && Number.isInteger(count) && count > 0 ? { count, pos: gpuNode.pos } : null, image, at(deployment, 'image', 'name')?.pos);
  return [{
    kind: 'VLLMRuntime', name, pos, containers: [c], groupSize: 1,
    ...hfModel(at(model, 'modelURL'), 'modelURL'),
    scheduling: affinityOf(at(deployment, 'nodeSelectorTerms')),
    serving: { what: 'VLLMRuntime', pos },
  }];
}

/** The production-stack Helm chart's values (helm/values.yaml servingEngineSpec.modelSpec), one deployment per model. */
function productionStackValues(doc: YamlValue): Workload[] {
  return items(at(doc, 'servingEngineSpec', 'modelSpec')).map((spec) => {
    const nameNode = at(spec, 'name');
    const name = text(nameNode) ?? 'model';
    const pos = nameNode?.pos ?? spec.pos;
    const gpuNode = at(spec, 'requestGPU');
    const count = Number(text(gpuNode));
    const repo = text(at(spec, 'repository'));
    const tag = text(at(spec, 'tag'));
    const vllmConfig = at(spec, 'vllmConfig');
    const words = [word('vllm', pos), word('serve', pos), ...configWords(vllmConfig, VLLM_CONFIG), ...argWords(at(vllmConfig, 'extraArgs'))];
    const c = container('vllm', pos, [words], mapEnv(at(spec, 'env')), gpuNode && Number.isInteger(count) && count > 0 ? { count, pos: gpuNode.pos } : null, repo ? `${repo}${tag ? `:${tag}` : ''}` : undefined, at(spec, 'repository')?.pos);
    return {
      kind: 'modelSpec', name, pos, containers: [c], groupSize: 1,
      ...hfModel(at(spec, 'modelURL'), 'modelURL'),
      scheduling: affinityOf(at(spec, 'nodeSelectorTerms')),
      serving: { what: 'production-stack modelSpec', pos },
    };
  });
}

/**
 * KServe LLMInferenceService (serving.kserve.io/v1alpha1|2): the model's uri and the pod template's
 * `main` container, run by KServe's template `vllm serve /mnt/models … --tensor-parallel-size
 * <parallelism.tensor> ${VLLM_ADDITIONAL_ARGS}` (charts/kserve-runtime-configs/files/llmisvcconfigs/resources.yaml,
 * https://github.com/kserve/kserve/blob/aaac4e294dae2c7b1aa1886447793f3aa1c30912/charts/kserve-runtime-configs/files/llmisvcconfigs/resources.yaml#L161-L173).
 * With `worker`, one replica spans the template's pod and data/dataLocal pods in all.
 */
function llmInferenceService(doc: YamlValue, name: string, pos: Position): Workload[] {
  const spec = at(doc, 'spec');
  const model = hfModel(at(spec, 'model', 'uri'), 'model.uri');
  const out: Workload[] = [];
  for (const pod of embeddedPods(doc)) {
    if (pod.role.endsWith('worker')) continue; // the workers join the template pod's vLLM (data-parallel ranks, Ray)
    const prefix = pod.role.startsWith('prefill') ? 'prefill' : '';
    const parallelism = at(spec, ...(prefix ? ['prefill', 'parallelism'] : ['parallelism']));
    const tensor = at(parallelism, 'tensor');
    const workload = podWorkload('LLMInferenceService', prefix ? `${name}/prefill` : name, pos, pod.spec);
    const main = workload.containers.find((c) => c.name === 'main') ?? workload.containers[0];
    const extra = main.env.get('VLLM_ADDITIONAL_ARGS');
    const words = [
      word('vllm', main.pos), word('serve', main.pos),
      ...(text(tensor) !== undefined ? [word('--tensor-parallel-size', tensor!.pos), word(text(tensor)!, tensor!.pos)] : []),
      ...(extra ? shellWords(extra.value, extra.pos, false, main.env, true).flat() : []),
      ...(main.argsOnly ?? []),
    ];
    main.commands = [words];
    main.argsOnly = null;
    const data = Number(text(at(parallelism, 'data')) ?? 1);
    const local = Number(text(at(parallelism, 'dataLocal')) ?? data);
    const hasWorker = embeddedPods(doc).some((p) => p.role === (prefix ? 'prefill-worker' : 'worker'));
    if (hasWorker && main.gpus && local > 0 && data > local) workload.groupSize = Math.ceil(data / local);
    out.push({ ...workload, ...model, modelProblem: model.problem ? { message: model.problem, pos: at(spec, 'model', 'uri')!.pos } : undefined, serving: { what: 'LLMInferenceService', pos } });
  }
  return out;
}

/**
 * NVIDIA Dynamo DynamoGraphDeployment (nvidia.com/v1alpha1): each service's extraPodSpec.mainContainer
 * with the GPUs of its resources.limits.gpu (deploy/cloud/operator/api/v1alpha1/dynamocomponentdeployment_types.go).
 * Workers run `python3 -m dynamo.vllm|dynamo.sglang` with the engine's own flags.
 */
function dynamoGraph(doc: YamlValue, name: string): Workload[] {
  return entries(at(doc, 'spec', 'services')).flatMap(({ key, keyPos, value }) => {
    const main = at(value, 'extraPodSpec', 'mainContainer');
    if (!main) return [];
    const gpuNode = at(value, 'resources', 'limits', 'gpu') ?? at(value, 'resources', 'requests', 'gpu');
    const count = Number(text(gpuNode));
    const c = kubernetesContainer(main);
    c.name = key;
    c.gpus = gpuNode && Number.isInteger(count) && count > 0 ? { count, pos: gpuNode.pos } : c.gpus;
    return [{ kind: 'DynamoGraphDeployment', name: `${name}/${key}`, pos: keyPos, containers: [c], groupSize: 1, scheduling: at(value, 'extraPodSpec') }];
  });
}

/** The workloads of a resource read from its own fields, or null when the kind is not one of these. */
export function operatorWorkloads(doc: YamlValue, kind: string, name: string, pos: Position): Workload[] | null {
  const api = text(at(doc, 'apiVersion')) ?? '';
  if (kind === 'Model' && api.startsWith('kubeai.org/')) return kubeaiModel(doc, name, pos);
  if (kind === 'VLLMRuntime') return vllmRuntime(doc, name, pos);
  if (kind === 'LLMInferenceService') return llmInferenceService(doc, name, pos);
  if (kind === 'DynamoGraphDeployment') return dynamoGraph(doc, name);
  if (kind === '' && at(doc, 'servingEngineSpec', 'modelSpec')) return productionStackValues(doc);
  return null;
}
