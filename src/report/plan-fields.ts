// The planner's fields of a deployment's report entry: stretch, fixes (only when undersized or
// tight), speed and cost. Each comes from re-running the engine's estimate (src/core/plan).

import { architectureOf, MODELS } from '../catalog/models.js';
import { impliedQuantization } from '../catalog/quantized.js';
import { checkpointQuantization } from '../core/quantization.js';
import { CATALOG_PRICES } from '../catalog/prices.js';
import { cost, priceOf, type Cost, type GpuPrice } from '../core/plan/cost.js';
import { findFixes, type Fix, type FixOptions, type ModelVariant } from '../core/plan/fixes.js';
import { speed, type Speed } from '../core/plan/speed.js';
import { estimatesByLength, memoryByContext, stretch, type ContextPoint, type Stretch } from '../core/plan/stretch.js';
import type { EstimateOn } from '../core/recommend.js';
import type { Estimate, EstimateInput, Gpu } from '../core/types.js';
import type { Verdict } from '../core/verdict.js';

export interface PlanFields {
  stretch: Stretch | null;
  fixes: Array<Pick<Fix, 'change' | 'totalBytes' | 'verdict'>>;
  speed: Speed | null;
  cost: Cost | null;
  /** Memory needed against max_model_len (the chart in the breakdown). */
  memoryByContext: ContextPoint[];
}

export interface PlanOptions {
  minHeadroom: number;
  uncertainty: number;
  catalog: readonly Gpu[];
  prices?: readonly GpuPrice[];
  /** The deployment's estimate on another GPU, shared with the GPU recommendation. */
  estimateOn?: EstimateOn;
}

let variantsByBase: Map<string, Array<{ id: string; variant: ModelVariant }>> | undefined;

/** Quantized checkpoints of the same model in the catalog ("…-AWQ", "…-FP8" of this base). */
export function quantizedVariants(id: string | null): ModelVariant[] {
  if (!id) return [];
  // Indexed once by base name: the catalog's ids are read once a run, not once a deployment.
  if (!variantsByBase) {
    variantsByBase = new Map();
    for (const m of MODELS) {
      const implied = impliedQuantization(m.id);
      if (!implied) continue;
      const qc = checkpointQuantization(m.config)?.value as Record<string, unknown> | undefined;
      const variant = { id: m.id, model: { id: m.id, architecture: architectureOf(m), quantizationConfig: qc }, quantization: qc ? null : implied.format, bits: implied.bits };
      const base = implied.baseName.toLowerCase();
      variantsByBase.set(base, [...(variantsByBase.get(base) ?? []), { id: m.id.toLowerCase(), variant }]);
    }
  }
  const name = (id.includes('/') ? id.slice(id.indexOf('/') + 1) : id).toLowerCase();
  return (variantsByBase.get(name) ?? []).filter((v) => v.id !== id.toLowerCase()).map((v) => v.variant);
}

const PRICED = new WeakMap<readonly Gpu[], WeakMap<readonly GpuPrice[], FixOptions['gpus']>>();

/** The catalog with each card's hourly price, once per catalog and price list (one list for every deployment). */
function pricedGpus(catalog: readonly Gpu[], prices: readonly GpuPrice[]): FixOptions['gpus'] {
  let byPrices = PRICED.get(catalog);
  if (!byPrices) PRICED.set(catalog, (byPrices = new WeakMap()));
  let list = byPrices.get(prices);
  if (!list) byPrices.set(prices, (list = catalog.map((gpu) => ({ gpu, pricePerGpuHour: priceOf(gpu.name, prices)?.usdPerGpuHour }))));
  return list;
}

export function planFields(input: EstimateInput, result: Estimate, verdict: Exclude<Verdict, 'error'>, gpuName: string, gpuCount: number, options: PlanOptions): PlanFields {
  const prices = options.prices ?? CATALOG_PRICES;
  // One estimate per length for the fix, the stretch and the chart together.
  const atLength = estimatesByLength(input, result);
  const fixes =
    verdict === 'fits'
      ? []
      : findFixes(input, result, {
          minHeadroom: options.minHeadroom,
          uncertainty: options.uncertainty,
          gpus: pricedGpus(options.catalog, prices),
          variants: quantizedVariants(input.model.id),
          estimateOn: options.estimateOn,
          estimateAtLength: atLength,
        }).map(({ change, totalBytes, verdict: v }) => ({ change, totalBytes, verdict: v }));
  const s = speed(input, result);
  const st = input.gpu.memoryBytes > 0 ? stretch(input, result, atLength) : null;
  return {
    stretch: st,
    memoryByContext: st ? memoryByContext(input, st.maxModelLen, 4, atLength) : [],
    fixes,
    speed: s,
    cost: cost(gpuName, gpuCount, s, prices),
  };
}
