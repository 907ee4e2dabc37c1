// The GPU a pod is scheduled on, from its nodeSelector or required node affinity: the node labels
// that name a GPU model on each cloud and with GPU feature discovery (catalog/gpu-labels.json),
// Karpenter's GPU name (and memory), or a cloud instance type that carries one GPU model
// (catalog/instance-types.json). Also the accelerators gpu-fit does not check (TPUs, AMD GPUs).

import gpuLabels from '../catalog/figures/gpu-labels.json' with { type: 'json' };
import instanceTypes from '../catalog/figures/instance-types.json' with { type: 'json' };
import { findGpu, gpuByName } from '../catalog/gpus.js';
import type { Position, YamlValue } from '../manifest/parse.js';
import { at, entries, items, text } from './yaml-tree.js';

export interface GpuLabel {
  /** Catalog name of the GPU. */
  name: string;
  pos: Position;
  /** The label as written, e.g. cloud.google.com/gke-accelerator: nvidia-l4. */
  label: string;
  note?: string;
}

const INSTANCE_TYPES = instanceTypes.instance_types.map((t) => ({ ...t, re: new RegExp(`^(?:${t.pattern})$`, 'i') }));

const GPU_KEYS = gpuLabels.gpu_name_labels.filter((l) => !('instance_type' in l)).map((l) => l.key);
const INSTANCE_KEYS = [
  'node.kubernetes.io/instance-type', 'beta.kubernetes.io/instance-type', 'karpenter.k8s.aws/instance-family',
  ...gpuLabels.gpu_name_labels.filter((l) => 'instance_type' in l).map((l) => l.key),
];
const VENDOR_KEYS = gpuLabels.vendor_only_labels.map((l) => l.key);
/** All the label keys that say which GPU, for messages. */
export const GPU_LABEL_KEYS: readonly string[] = [...GPU_KEYS, 'node.kubernetes.io/instance-type'];

interface Requirement {
  key: string;
  values: Array<{ value: string; pos: Position }>;
}

/** nodeSelector entries and the In expressions of required node affinity. */
function requirements(pod: YamlValue | undefined): Requirement[] {
  const found: Requirement[] = [];
  for (const e of entries(at(pod, 'nodeSelector'))) {
    const value = text(e.value);
    if (value !== undefined) found.push({ key: e.key, values: [{ value, pos: e.keyPos }] });
  }
  const terms = items(at(pod, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
  for (const term of terms) {
    for (const expression of items(at(term, 'matchExpressions'))) {
      const key = text(at(expression, 'key'));
      if (!key || text(at(expression, 'operator')) !== 'In') continue;
      const values = items(at(expression, 'values')).flatMap((v) => (text(v) !== undefined ? [{ value: text(v)!, pos: v.pos }] : []));
      found.push({ key, values });
    }
  }
  return found;
}

function byInstanceType(value: string, key: string): string | undefined {
  const name = key.endsWith('instance-family') ? `${value}.xlarge` : value;
  return INSTANCE_TYPES.find((t) => t.re.test(name))?.gpu;
}

const memoryOf = (name: string) => gpuByName(name)?.memory.bytes ?? 0;

/** One label value → catalog GPU name(s): several when the value is ambiguous (karpenter's "a100"). */
function gpusFor(key: string, value: string): string[] {
  if (INSTANCE_KEYS.includes(key)) {
    const gpu = byInstanceType(value, key);
    return gpu ? [gpu] : [];
  }
  const hit = findGpu(value);
  if ('gpu' in hit) return [hit.gpu.name];
  return hit.ambiguous ? hit.suggestions : [];
}

export type GpuFromLabels = { gpu: GpuLabel } | { error: string; pos: Position } | null;

export function gpuFromScheduling(pod: YamlValue | undefined): GpuFromLabels {
  const reqs = requirements(pod);
  const gpuMemoryMiB = Number(reqs.find((r) => r.key === 'karpenter.k8s.aws/instance-gpu-memory')?.values[0]?.value);
  for (const key of [...GPU_KEYS, ...INSTANCE_KEYS]) {
    const req = reqs.find((r) => r.key === key);
    if (!req || req.values.length === 0) continue;
    const options = req.values.map((v) => ({ ...v, gpus: gpusFor(key, v.value) }));
    const unknown = options.find((o) => o.gpus.length === 0);
    if (unknown) {
      if (INSTANCE_KEYS.includes(key)) continue; // an instance type without a known GPU says nothing
      return { error: `${key}: ${unknown.value} is not a GPU gpu-fit knows. Name the GPU in a gpu-fit manifest with \`from:\` this file and \`gpu:\`.`, pos: unknown.pos };
    }
    let candidates = [...new Set(options.flatMap((o) => o.gpus))];
    if (candidates.length > 1 && Number.isFinite(gpuMemoryMiB)) {
      // Karpenter's instance-gpu-memory (MiB) tells A100 40GB from 80GB.
      const closest = [...candidates].sort((a, b) => Math.abs(memoryOf(a) / 2 ** 20 - gpuMemoryMiB) - Math.abs(memoryOf(b) / 2 ** 20 - gpuMemoryMiB));
      candidates = [closest[0]];
    }
    const smallest = [...candidates].sort((a, b) => memoryOf(a) - memoryOf(b))[0];
    const source = options.find((o) => o.gpus.includes(smallest))!;
    return {
      gpu: {
        name: smallest,
        pos: source.pos,
        label: `${key}: ${source.value}`,
        note: candidates.length > 1 ? `${key} allows ${candidates.join(', ')}: checked on the smallest, ${smallest}.` : undefined,
      },
    };
  }
  const vendor = reqs.find((r) => VENDOR_KEYS.includes(r.key));
  if (vendor) {
    return {
      error: `${vendor.key}: ${vendor.values[0]?.value ?? ''} names the vendor, not the GPU model: select the VM size (node.kubernetes.io/instance-type) or name the GPU in a gpu-fit manifest with \`from:\` this file and \`gpu:\`.`,
      pos: vendor.values[0]?.pos ?? { file: '', line: 1, column: 1 },
    };
  }
  return null;
}

/** A GPU count as written, or why it is not one: Kubernetes takes extended resources such as nvidia.com/gpu in whole units only. */
export type GpuCount = { count: number; pos: Position; mig?: MigSlice } | { error: string; pos: Position };

/** A whole number of GPUs above zero, or why the value is not one; `what` names the field for the message. */
export function wholeGpus(node: YamlValue, what: string): GpuCount {
  const raw = node.type === 'scalar' ? node.value : undefined;
  const written = typeof raw === 'string' ? raw.trim() : raw;
  const value = typeof written === 'number' ? written : typeof written === 'string' && /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(written) ? Number(written) : NaN;
  if (Number.isSafeInteger(value) && value > 0) return { count: value, pos: node.pos };
  const shown = node.type === 'scalar' ? JSON.stringify(raw) ?? String(raw) : node.type === 'map' ? 'a mapping' : 'a list';
  const why =
    value === 0
      ? 'the container gets no GPU, so the model cannot be served on one'
      : typeof value === 'number' && Number.isFinite(value) && value < 0
        ? 'a GPU count cannot be negative'
        : Number.isFinite(value) && !Number.isInteger(value)
          ? 'GPUs are whole devices (Kubernetes refuses fractions of nvidia.com/gpu)'
          : Number.isFinite(value)
            ? 'it is more GPUs than any node has'
            : 'it is not a whole number';
  return { error: `${what} is ${shown}: ${why}. Write a whole number of GPUs above zero.`, pos: node.pos };
}

export interface OtherAccelerator {
  /** "Google Cloud TPU", "AMD GPU". */
  what: string;
  /** As written: google.com/tpu: 4, cloud.google.com/gke-tpu-accelerator: tpu-v6e-slice. */
  label: string;
  pos: Position;
}

/** A TPU, AMD GPU or other accelerator the container asks for (resources) or the pod is pinned to (labels). */
export function otherAccelerator(container: YamlValue | undefined, pod: YamlValue | undefined): OtherAccelerator | null {
  for (const kind of ['limits', 'requests']) {
    for (const e of entries(at(container, 'resources', kind))) {
      const known = gpuLabels.other_accelerators.find((a) => a.resource === e.key);
      if (known) return { what: known.what, label: `${e.key}: ${text(e.value) ?? ''}`, pos: e.keyPos };
    }
  }
  for (const req of requirements(pod)) {
    const known = gpuLabels.other_accelerators.find((a) => a.label === req.key);
    if (known && req.values[0]) return { what: known.what, label: `${req.key}: ${req.values[0].value}`, pos: req.values[0].pos };
  }
  return null;
}

/** A MIG slice: nvidia.com/mig-3g.40gb → one 40 GB slice per unit. */
export interface MigSlice {
  profile: string;
  memoryBytes: number;
}

/** GPUs a container asks for: resources.limits (or requests) nvidia.com/gpu, or a MIG slice. */
export function gpuCount(container: YamlValue | undefined): GpuCount | null {
  for (const kind of ['limits', 'requests']) {
    const node = at(container, 'resources', kind, 'nvidia.com/gpu');
    if (node) return wholeGpus(node, `resources.${kind}["nvidia.com/gpu"]`);
  }
  // MIG, mixed strategy: the slice's profile is the resource name (catalog/gpu-labels.json "mig").
  for (const kind of ['limits', 'requests']) {
    for (const e of entries(at(container, 'resources', kind))) {
      const mig = /^nvidia\.com\/mig-(\d+g\.(\d+)gb)$/.exec(e.key);
      const value = Number(text(e.value));
      if (mig && Number.isInteger(value) && value > 0) return { count: value, pos: e.keyPos, mig: { profile: mig[1], memoryBytes: Number(mig[2]) * 1e9 } };
    }
  }
  return null;
}
