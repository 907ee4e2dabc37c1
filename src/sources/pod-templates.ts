// Pod templates wherever a resource embeds them: serving operators (KubeRay RayCluster and
// RayService, AIBrix RayClusterFleet and StormService, KServe LLMInferenceService, NVIDIA Dynamo,
// llm-d) keep ordinary pod specs under their own keys. Each is read like a Deployment's template,
// with the role it plays (Ray head or worker group, StormService role) and how many pods run it.

import type { Position, YamlValue } from '../manifest/parse.js';
import { at, entries, items, text } from './yaml-tree.js';

export interface EmbeddedPod {
  /** The pod spec (containers, nodeSelector, affinity). */
  spec: YamlValue;
  /** Role as the resource names it: "head", a Ray worker group's groupName, a StormService role's name. */
  role: string;
  /** Pods that run this template (a Ray worker group's or a role's replicas); 1 when not said. */
  replicas: number;
  replicasPos?: Position;
  /** KubeRay: the head pod, whose container runs `ray start --head` unless it says otherwise. */
  rayHead: boolean;
  rayWorker: boolean;
}

// Keys that never hold the serving pod: status, metadata, probes and volumes.
const SKIP = new Set(['metadata', 'status', 'volumes', 'initContainers', 'livenessProbe', 'readinessProbe', 'startupProbe', 'selector']);

function walk(node: YamlValue | undefined, role: string, replicas: { n: number; pos?: Position }, ray: 'head' | 'worker' | null, out: EmbeddedPod[]): void {
  if (!node) return;
  if (node.type === 'seq') {
    for (const item of node.items) {
      // A list item with its own name (a Ray worker group, a StormService role) is a role of its own.
      const name = text(at(item, 'groupName')) ?? text(at(item, 'name'));
      const count = at(item, 'replicas');
      const n = Number(text(count));
      walk(item, name ?? role, Number.isInteger(n) && n >= 0 ? { n, pos: count!.pos } : replicas, ray, out);
    }
    return;
  }
  if (node.type !== 'map') return;
  if (items(at(node, 'containers')).length > 0) {
    out.push({ spec: node, role, replicas: replicas.n, replicasPos: replicas.pos, rayHead: ray === 'head', rayWorker: ray === 'worker' });
    return;
  }
  for (const { key, value } of entries(node)) {
    if (SKIP.has(key)) continue;
    if (key === 'headGroupSpec') walk(value, 'head', { n: 1 }, 'head', out);
    else if (key === 'workerGroupSpecs') walk(value, 'worker', replicas, 'worker', out);
    else if (['worker', 'prefill', 'decode', 'leader'].includes(key)) walk(value, role === '' ? key : `${role}-${key}`, replicas, ray, out);
    else walk(value, role, replicas, ray, out);
  }
}

/** Every pod spec a document embeds, outside its metadata. */
export function embeddedPods(doc: YamlValue): EmbeddedPod[] {
  const out: EmbeddedPod[] = [];
  walk(at(doc, 'spec'), '', { n: 1 }, null, out);
  return out;
}
