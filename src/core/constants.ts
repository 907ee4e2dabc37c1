// Measured engine constants (catalog/constants/<engine>.json): figures no engine source states
// (NCCL buffers, CUDA-graph pools, kernel workspaces), each with the engine releases and GPUs it
// was measured on and the public page it comes from. Rules read from an engine's own code stay in
// that engine's module; a figure is either here or there, never both. The code reads the figures
// without `measured` and `source` (scripts/catalog-figures.mjs); catalog/ keeps them.

import data from '../catalog/figures/constants.json' with { type: 'json' };
import { compareVersions, parseVersion, versionKey } from './engine-version.js';
import type { Gpu } from './types.js';

export interface GpuCondition {
  /** Compute capability range, e.g. ">=9.0 <10.0". */
  compute_capability?: string;
  /** Interconnect as the GPU catalog names it ("NVSwitch"). */
  interconnect?: string;
}

export interface MeasuredConstant {
  name: string;
  /** Bytes for memory figures (integers); plain numbers otherwise (see `unit`). */
  value: number;
  unit: 'bytes' | 'bytes_per_sm' | 'bytes_per_token' | 'ratio' | 'count';
  /** Release range of the engine it holds for, e.g. ">=0.11.0 <0.21.0"; "*" for all. */
  releases: string;
  gpu?: GpuCondition;
  // What was measured and its public source stay in catalog/constants (`gpu-fit ... --sources`).
}

/** Each engine's constants, by the `engine` its catalog file names. */
const FILES = data as unknown as Record<string, readonly MeasuredConstant[]>;

const RANGES = new Map<string, boolean>();

/** ">=0.11.0 <0.21.0" holds for version; an unknown version takes the newest rules (true for open ranges). Answered once per range and release. */
export function inRange(range: string, version: number[] | undefined): boolean {
  const key = `${range}\u0000${versionKey(version)}`;
  let holds = RANGES.get(key);
  if (holds === undefined) {
    holds = rangeHolds(range, version);
    if (RANGES.size < 10_000) RANGES.set(key, holds);
  }
  return holds;
}

function rangeHolds(range: string, version: number[] | undefined): boolean {
  if (range.trim() === '*' || range.trim() === '') return true;
  return range
    .trim()
    .split(/\s+/)
    .every((clause) => {
      const m = /^(>=|<=|>|<|=)?(.+)$/.exec(clause);
      if (!m) return false;
      const bound = parseVersion(m[2]);
      if (!bound) return false;
      if (!version) return m[1] === '>=' || m[1] === '>'; // the newest release: above every lower bound, below no upper one
      const c = compareVersions(version, bound);
      switch (m[1]) {
        case '>=':
          return c >= 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        case '<':
          return c < 0;
        default:
          return c === 0;
      }
    });
}

export function gpuMatches(cond: GpuCondition | undefined, gpu: Gpu | undefined): boolean {
  if (!cond) return true;
  if (!gpu) return false;
  if (cond.interconnect && gpu.interconnect !== cond.interconnect) return false;
  if (cond.compute_capability) {
    if (!gpu.computeCapability) return false;
    if (!inRange(cond.compute_capability, parseVersion(gpu.computeCapability))) return false;
  }
  return true;
}

/** Every constant of an engine (their sources are in catalog/constants, read by src/catalog/provenance.ts). */
export function engineConstants(engine: string): readonly MeasuredConstant[] {
  return FILES[engine] ?? [];
}

/**
 * The first entry of `name` whose release range and GPU condition hold (entries are listed most
 * specific first). Throws when none does: a missing constant is a bug in the data file, not input.
 */
export function measuredConstant(engine: string, name: string, ctx: { version?: number[]; gpu?: Gpu }): MeasuredConstant {
  // Looked up once per GPU, release and name: estimates ask for the same constants thousands of times.
  const byGpu = cacheFor(ctx.gpu ?? NO_GPU);
  const key = `${engine}\u0000${name}\u0000${versionKey(ctx.version)}`;
  let hit = byGpu.get(key);
  if (!hit) {
    hit = engineConstants(engine).find((c) => c.name === name && inRange(c.releases, ctx.version) && gpuMatches(c.gpu, ctx.gpu));
    if (!hit) throw new Error(`no measured constant ${engine}/${name} for this release and GPU (catalog/constants)`);
    byGpu.set(key, hit);
  }
  return hit;
}

const NO_GPU = {};
const FOUND = new WeakMap<object, Map<string, MeasuredConstant>>();

function cacheFor(gpu: object): Map<string, MeasuredConstant> {
  let byKey = FOUND.get(gpu);
  if (!byKey) {
    byKey = new Map();
    FOUND.set(gpu, byKey);
  }
  return byKey;
}

/** The constant's value in bytes (or its plain value), per-SM figures scaled by the GPU's SM count. */
export function constantValue(engine: string, name: string, ctx: { version?: number[]; gpu?: Gpu }): number {
  const c = measuredConstant(engine, name, ctx);
  if (c.unit === 'bytes_per_sm') {
    const sms = ctx.gpu?.smCount;
    if (!sms) throw new Error(`${engine}/${name} is per SM and the GPU has no smCount`);
    return Math.round(c.value * sms);
  }
  return c.value;
}
