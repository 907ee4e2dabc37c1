// The GPU catalog (catalog/gpus.json) and name lookup. Names resolve case- and
// punctuation-insensitively, with or without vendor prefixes, so nvidia-smi product names,
// GPU feature discovery labels and cloud accelerator labels all find the same card. The figures
// come from catalog/gpus.json without their sources (scripts/catalog-figures.mjs).

import data from './figures/gpus.json' with { type: 'json' };
import { closest, didYouMean, normalizeName } from '../core/suggest.js';
import type { Gpu } from '../core/types.js';

export interface CatalogGpu {
  name: string;
  architecture: string;
  compute_capability: string;
  /** Streaming multiprocessors (vendor whitepaper or datasheet; the URL is sm_count_source in catalog/gpus.json). */
  sm_count: number;
  /** Usable memory of one device: nvidia-smi's total where known, else the spec sheet. */
  memory: { bytes: number; basis: 'nvidia-smi' | 'vendor' };
  /** What CUDA reports as total (torch.cuda.mem_get_info), which vLLM and SGLang budget from. */
  cuda_total: { bytes: number } | null;
  /** Absent where no public page gives the card's bandwidth. */
  memory_bandwidth?: { bytes_per_second: number };
  aliases: string[];
  interconnect?: { value: string };
  /** Dense tensor peaks per dtype (TFLOPS, no sparsity); the vendor datasheet is its `source` in catalog/gpus.json. */
  dense_tflops?: { bf16?: number; fp8?: number; int8?: number; fp4?: number };
}

export const GPUS: readonly CatalogGpu[] = (data as unknown as { gpus: CatalogGpu[] }).gpus;

const VENDOR_WORDS = ['nvidia', 'tesla', 'geforce', 'quadro'];

/** "NVIDIA-Tesla-T4" → "t4": normalised, vendor words removed from the front. */
export function gpuKey(name: string): string {
  let key = normalizeName(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of VENDOR_WORDS) {
      if (key.startsWith(word) && key.length > word.length) {
        key = key.slice(word.length);
        changed = true;
      }
    }
  }
  return key;
}

function buildIndex(key: (name: string) => string): Map<string, CatalogGpu[]> {
  const index = new Map<string, CatalogGpu[]>();
  for (const gpu of GPUS) {
    for (const alias of [gpu.name, ...gpu.aliases]) {
      const list = index.get(key(alias)) ?? [];
      if (!list.includes(gpu)) list.push(gpu);
      index.set(key(alias), list);
    }
  }
  return index;
}

// Exact spellings first (GKE's "nvidia-tesla-a100" means the 40 GB card), then without vendor words.
const EXACT = buildIndex(normalizeName);
const LOOSE = buildIndex(gpuKey);

export type GpuLookup =
  | { gpu: CatalogGpu }
  /** `ambiguous`: the name fits every card in `suggestions` (Karpenter's "a100"); else they are near misses. */
  | { error: string; suggestions: string[]; ambiguous?: boolean };

export function findGpu(name: string): GpuLookup {
  const exact = EXACT.get(normalizeName(name)) ?? [];
  const hits = exact.length === 1 ? exact : (LOOSE.get(gpuKey(name)) ?? []);
  if (hits.length === 1) return { gpu: hits[0] };
  if (hits.length > 1) {
    const names = hits.map((g) => g.name);
    return { error: `GPU "${name}" is ambiguous: it could be ${names.join(' or ')}.${didYouMean(names)}`, suggestions: names, ambiguous: true };
  }
  const suggestions = closest(name, GPUS.map((g) => g.name), 3);
  return {
    error: `GPU "${name}" is not in the catalog.${didYouMean(suggestions)} For another card, write gpu: {name: ${JSON.stringify(name)}, memory: "<size> GiB"}.`,
    suggestions,
  };
}

export function gpuByName(name: string): CatalogGpu | undefined {
  return GPUS.find((g) => g.name === name);
}

/**
 * nvidia-smi's total less what CUDA reports, on catalog cards where both were observed: the
 * driver's reservation. Its median stands in for cards with no CUDA observation.
 */
export const MEDIAN_DRIVER_RESERVATION_BYTES: number = (() => {
  const gaps = GPUS.filter((g) => g.cuda_total && g.memory.basis === 'nvidia-smi')
    .map((g) => g.memory.bytes - g.cuda_total!.bytes)
    .sort((a, b) => a - b);
  return gaps.length === 0 ? 0 : gaps[Math.floor(gaps.length / 2)];
})();

/** What CUDA reports as the card's total: observed, or estimated from nvidia-smi's total. */
export function cudaTotal(gpu: CatalogGpu): { bytes: number; observed: boolean } {
  if (gpu.cuda_total) return { bytes: gpu.cuda_total.bytes, observed: true };
  return { bytes: Math.max(0, gpu.memory.bytes - MEDIAN_DRIVER_RESERVATION_BYTES), observed: false };
}

/** A catalog card as the estimator sees it. */
const ESTIMATOR_GPUS = new WeakMap<CatalogGpu, Gpu>();

/** The estimator's view of a catalog card: one object per card, so answers kept per GPU are found again. */
export function toGpu(gpu: CatalogGpu): Gpu {
  let view = ESTIMATOR_GPUS.get(gpu);
  if (!view) {
    view = Object.freeze(gpuView(gpu));
    ESTIMATOR_GPUS.set(gpu, view);
  }
  return view;
}

function gpuView(gpu: CatalogGpu): Gpu {
  return {
    name: gpu.name,
    memoryBytes: gpu.memory.bytes,
    cudaTotalBytes: cudaTotal(gpu).bytes,
    architecture: gpu.architecture,
    computeCapability: gpu.compute_capability,
    interconnect: gpu.interconnect?.value,
    smCount: gpu.sm_count,
    ...(gpu.memory_bandwidth ? { memoryBandwidthBytesPerSecond: gpu.memory_bandwidth.bytes_per_second } : {}),
    ...(gpu.dense_tflops ? { denseTflops: denseTflops(gpu.dense_tflops) } : {}),
  };
}

function denseTflops(d: NonNullable<CatalogGpu['dense_tflops']>): NonNullable<Gpu['denseTflops']> {
  const out: NonNullable<Gpu['denseTflops']> = {};
  for (const k of ['bf16', 'fp8', 'int8', 'fp4'] as const) if (d[k] !== undefined) out[k] = d[k];
  return out;
}
