// The report: one entry per deployment, in the JSON contract other tools read
// (version, result, deployments[name, file, line, engine, model, gpu, memory, availableBytes,
// headroomBytes, verdict, recommendedGpus, errors]). Built from estimates; renderers only format it.

import { estimate } from '../core/estimate.js';
import { estimatesByGpu, recommendGpus } from '../core/recommend.js';
import type { Component, EngineName, Estimate, EstimateInput, Gpu } from '../core/types.js';
import { uncertaintyOf } from '../core/uncertainty.js';
import { judge, type Verdict } from '../core/verdict.js';
import { GiB } from '../core/units.js';
import type { ManifestError, Position } from '../manifest/parse.js';
import { decidingField } from './decided-by.js';
import { memoized } from './memo.js';
import { planFields, type PlanFields } from './plan-fields.js';
import type { GpuPrice } from '../core/plan/cost.js';
import type { ResolvedDeployment } from '../manifest/resolve.js';

export const FAIL_ON = ['undersized', 'tight', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface MemoryFigures {
  weightsBytes: number;
  kvCacheBytes: number;
  activationBytes: number;
  overheadBytes: number;
  totalBytes: number;
}

export interface DeploymentReport {
  name: string;
  file: string;
  line: number;
  engine: EngineName | null;
  model: string | null;
  gpu: { name: string; count: number; memoryBytes: number } | null;
  /** Per GPU (the busiest one when a replica spans several). */
  memory: MemoryFigures | null;
  availableBytes: number | null;
  headroomBytes: number | null;
  verdict: Verdict;
  recommendedGpus: string[];
  errors: Array<{ message: string; file: string; line: number; column: number }>;
  /** How each figure was reached: formula, inputs and the engine rule. */
  breakdown: { weights: Component; kvCache: Component; activations: Component; overhead: Component } | null;
  parameters: { total: number; active: number; basis: 'architecture' | 'given' } | null;
  /** KV cache capacity in tokens, as the engine logs it (vLLM "GPU KV cache size"). */
  kvCacheCapacityTokens: number | null;
  /** Bytes the engine gives its KV cache on the busiest GPU (vLLM "Available KV cache memory", SGLang's pool, llama.cpp's KV buffers). */
  kvCachePoolBytes: number | null;
  /** Relative p90 error of this engine and release line on measured cases (0.06 = ± 6 %). */
  uncertainty: number | null;
  /** Full-length sequences that fit at once (vLLM "Maximum concurrency for max_model_len tokens"). */
  maxConcurrency: number | null;
  /** The engine's own start-up error, when it would refuse to start. */
  engineError: string | null;
  notes: string[];
  /** When not `fits`: the field whose line to change (a manifest line, or a flag or label in a deployment file). */
  decidedBy: { field: string; file: string; line: number; column: number } | null;
  /** Longest max_model_len that fits at this concurrency, and the full-length sequences that fit (src/core/plan/stretch.ts). */
  stretch: PlanFields['stretch'];
  /** When undersized or tight: manifest changes that fit with the headroom, best first. */
  fixes: PlanFields['fixes'];
  /** Decode tokens/s and time to first token: bound and expected (estimates). */
  speed: PlanFields['speed'];
  /** $ per hour per replica and per million output tokens; null when no price is known. */
  cost: PlanFields['cost'];
  /** Memory needed on the busiest GPU against max_model_len, the rest unchanged (the breakdown's chart). */
  memoryByContext: PlanFields['memoryByContext'];
}

export interface Report {
  version: 1;
  result: 'pass' | 'fail';
  deployments: DeploymentReport[];
  /** What the check could not read or will not follow (a folder without permission, a symbolic link), or that nothing matched. */
  warnings: string[];
  /** Deployment files given in `sources` in which gpu-fit found nothing that serves a model, with what it looked for. */
  emptySources?: Array<{ file: string; message: string }>;
}

export interface CheckOptions {
  minHeadroom: number;
  failOn: FailOn;
  /** GPUs to recommend from, smallest that fit first. */
  catalog: readonly Gpu[];
  /** $/GPU-hour rates (the user's first); default: catalog/prices.json. */
  prices?: readonly GpuPrice[];
}

/** A deployment, or a manifest, that could not be checked: its errors make its row. */
export interface FailedItem {
  name: string;
  file: string;
  line: number;
  errors: ManifestError[];
}

/** The first figure that is not a finite, exact number of bytes (or tokens), by name. */
function outOfRange(figures: Record<string, number | undefined>): { name: string; value: number } | null {
  for (const [name, value] of Object.entries(figures)) {
    if (value !== undefined && !(Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return { name, value };
  }
  return null;
}

export function reportDeployment(d: ResolvedDeployment, options: CheckOptions): DeploymentReport {
  const result = memoized('estimate', d.input, estimate);
  // Inputs past sense (a context of 2^60 tokens) must never become Infinity, NaN or a GPU that fits everything.
  const wrong = outOfRange({
    weights: result.weights.bytes,
    'KV cache': result.kvCache.bytes,
    activations: result.activations.bytes,
    overhead: result.overhead.bytes,
    'total needed': result.totalBytes,
    available: result.availableBytes,
    'KV cache capacity': result.kvCacheCapacityTokens,
    'maximum concurrency': result.maxConcurrency,
  });
  if (wrong) {
    const pos = d.pos;
    return reportFailure({
      name: d.name,
      file: pos.file,
      line: pos.line,
      errors: [{ file: pos.file, line: pos.line, column: pos.column, message: `The ${wrong.name} figure of "${d.name}" comes to ${wrong.value}, outside any real deployment: check max_model_len, concurrency, the GPU memory and the architecture numbers.` }],
    });
  }
  const { band, verdict, headroomBytes, closeNote, recommendedGpus, plan } = memoized(
    'judged',
    d.input,
    (input) => judged(input, result, d.gpuName, d.gpuCount, options),
    `${recommendKey(options.minHeadroom, options.catalog)}|${pricesKey(options.prices)}|${d.gpuCount}|${d.gpuName}`,
  );
  return {
    name: d.name,
    file: d.pos.file,
    line: d.pos.line,
    engine: result.engine,
    model: d.modelLabel,
    gpu: { name: d.gpuName, count: d.gpuCount, memoryBytes: d.input.gpu.memoryBytes },
    memory: {
      weightsBytes: result.weights.bytes,
      kvCacheBytes: result.kvCache.bytes,
      activationBytes: result.activations.bytes,
      overheadBytes: result.overhead.bytes,
      totalBytes: result.totalBytes,
    },
    availableBytes: result.availableBytes,
    headroomBytes,
    verdict,
    recommendedGpus,
    errors: [],
    breakdown: {
      weights: result.weights,
      kvCache: result.kvCache,
      activations: result.activations,
      overhead: result.overhead,
    },
    parameters: { total: result.parameters.total, active: result.parameters.active, basis: result.parameters.basis },
    kvCacheCapacityTokens: result.kvCacheCapacityTokens ?? null,
    kvCachePoolBytes: result.kvCachePoolBytes ?? null,
    uncertainty: band.value,
    maxConcurrency: result.maxConcurrency ?? null,
    engineError: result.startupError ?? null,
    notes: [...d.notes, ...result.notes, ...closeNote],
    decidedBy: verdict === 'fits' ? null : decided(decidingField(result, d.fieldPositions), d.fieldPositions),
    ...plan,
  };
}

/**
 * What a deployment's report says beyond its name and place: the verdict against the headroom and
 * the error band, the GPUs that fit and the planner's fields. It depends on the input and the
 * options only, so deployments asking the same question share it (memo.ts).
 */
function judged(input: EstimateInput, result: Estimate, gpuName: string, gpuCount: number, options: CheckOptions) {
  const band = uncertaintyOf(result.engine, input.serving.engineVersion);
  const { verdict, headroomBytes, withinBand } = judge(result, options.minHeadroom, band.value);
  const estimateOn = estimatesByGpu(input, result);
  const bandPct = `± ${Math.round(band.value * 100)} %`;
  const closeNote = !withinBand
    ? []
    : verdict === 'undersized'
      ? [`Close: the margin (${(headroomBytes / GiB).toFixed(2)} GiB) lies inside this estimate's error band (${bandPct}, ${band.basis}); the engine may start, but plan as if it will not.`]
      : [`Close: the headroom (${(headroomBytes / GiB).toFixed(2)} GiB) lies inside this estimate's error band (${bandPct}, ${band.basis}), so it is marked tight: it may not fit.`];
  return {
    band,
    verdict,
    headroomBytes,
    closeNote,
    recommendedGpus: verdict === 'fits' ? [] : recommendGpus(input, options.catalog, options.minHeadroom, 3, estimateOn),
    plan: planFields(input, result, verdict, gpuName, gpuCount, { minHeadroom: options.minHeadroom, uncertainty: band.value, catalog: options.catalog, prices: options.prices, estimateOn }),
  };
}

const priceKeys = new WeakMap<readonly GpuPrice[], string>();

/** A price list as part of a memo key: one id per list (a manifest's own prices make a new list). */
function pricesKey(prices: readonly GpuPrice[] | undefined): string {
  if (!prices) return '';
  let key = priceKeys.get(prices);
  if (key === undefined) priceKeys.set(prices, (key = `p${priceKeyCount++}`));
  return key;
}
let priceKeyCount = 0;

const recommendKeys = new WeakMap<readonly Gpu[], Map<number, string>>();

/** The headroom and the catalog as part of a memo key: one string per pair, not one per deployment. */
function recommendKey(minHeadroom: number, catalog: readonly Gpu[]): string {
  let byHeadroom = recommendKeys.get(catalog);
  if (!byHeadroom) recommendKeys.set(catalog, (byHeadroom = new Map()));
  let key = byHeadroom.get(minHeadroom);
  if (key === undefined) {
    key = `${minHeadroom}:${catalog.map((g) => `${g.name}=${g.memoryBytes}`).join(',')}`;
    byHeadroom.set(minHeadroom, key);
  }
  return key;
}

function decided(field: string, positions: Readonly<Record<string, Position>>): DeploymentReport['decidedBy'] {
  const pos = positions[field] ?? positions.deployment;
  return { field, file: pos.file, line: pos.line, column: pos.column };
}

export function reportFailure(item: FailedItem): DeploymentReport {
  return {
    name: item.name,
    file: item.file,
    line: item.line,
    engine: null,
    model: null,
    gpu: null,
    memory: null,
    availableBytes: null,
    headroomBytes: null,
    verdict: 'error',
    recommendedGpus: [],
    errors: item.errors.map(({ message, file, line, column }) => ({ message, file, line, column })),
    breakdown: null,
    parameters: null,
    kvCacheCapacityTokens: null,
    kvCachePoolBytes: null,
    uncertainty: null,
    maxConcurrency: null,
    engineError: null,
    notes: [],
    decidedBy: null,
    stretch: null,
    fixes: [],
    speed: null,
    cost: null,
    memoryByContext: [],
  };
}

/** A deployment gpu-fit lists but does not estimate (a TPU, an AMD GPU): its row says why. */
export function reportUnchecked(item: { name: string; file: string; line: number; message: string }): DeploymentReport {
  return { ...reportFailure({ name: item.name, file: item.file, line: item.line, errors: [] }), verdict: 'unchecked', notes: [item.message] };
}

export function isFailing(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (verdict === 'undersized' || verdict === 'error') return true;
  return failOn === 'tight' && verdict === 'tight';
}

export function buildReport(deployments: DeploymentReport[], failOn: FailOn, warnings: readonly string[] = [], emptySources: Report['emptySources'] = []): Report {
  return {
    version: 1,
    result: deployments.some((d) => isFailing(d.verdict, failOn)) ? 'fail' : 'pass',
    deployments,
    warnings: [...warnings],
    ...(emptySources.length > 0 ? { emptySources } : {}),
  };
}
