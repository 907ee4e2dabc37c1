// The planner's fields of a deployment's report entry: stretch, fixes (only when undersized or
// tight), speed and cost. Each comes from re-running the engine's estimate (src/core/plan).

import { architectureOf, MODELS } from '../catalog/models.js';
import { impliedQuantization } from '../catalog/quantized.js';
import { CATALOG_PRICES } from '../catalog/prices.js';
import { cost, priceOf, type Cost, type GpuPrice } from '../core/plan/cost.js';
import { findFixes, type Fix, type ModelVariant } from '../core/plan/fixes.js';
import { speed, type Speed } from '../core/plan/speed.js';
import { memoryByContext, stretch, type ContextPoint, type Stretch } from '../core/plan/stretch.js';
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
}

/** Quantized checkpoints of the same model in the catalog ("…-AWQ", "…-FP8" of this base). */
export function quantizedVariants(id: string | null): ModelVariant[] {
  if (!id) return [];
  const name = (id.includes('/') ? id.slice(id.indexOf('/') + 1) : id).toLowerCase();
  const out: ModelVariant[] = [];
  for (const m of MODELS) {
    const implied = impliedQuantization(m.id);
    if (!implied || m.id.toLowerCase() === id.toLowerCase() || implied.baseName.toLowerCase() !== name) continue;
    const qc = m.config.quantization_config as Record<string, unknown> | undefined;
    out.push({ id: m.id, model: { id: m.id, architecture: architectureOf(m), quantizationConfig: qc }, quantization: qc ? null : implied.format, bits: implied.bits });
  }
  return out;
}

export function planFields(input: EstimateInput, result: Estimate, verdict: Exclude<Verdict, 'error'>, gpuName: string, gpuCount: number, options: PlanOptions): PlanFields {
  const prices = options.prices ?? CATALOG_PRICES;
  const fixes =
    verdict === 'fits'
      ? []
      : findFixes(input, result, {
          minHeadroom: options.minHeadroom,
          uncertainty: options.uncertainty,
          gpus: options.catalog.map((gpu) => ({ gpu, pricePerGpuHour: priceOf(gpu.name, prices)?.usdPerGpuHour })),
          variants: quantizedVariants(input.model.id),
        }).map(({ change, totalBytes, verdict: v }) => ({ change, totalBytes, verdict: v }));
  const s = speed(input, result);
  const st = input.gpu.memoryBytes > 0 ? stretch(input, result) : null;
  return {
    stretch: st,
    memoryByContext: st ? memoryByContext(input, st.maxModelLen) : [],
    fixes,
    speed: s,
    cost: cost(gpuName, gpuCount, s, prices),
  };
}
