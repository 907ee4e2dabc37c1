// `gpu-fit plan`: the configurations (GPU × count × tensor/pipeline parallel) on which a model
// fits, sorted by cost (else by memory), with KV capacity, stretch, speed range and cost. Each row
// re-runs the engine's estimate on that configuration.

import { parse, stringify } from 'yaml';
import { findGpu, toGpu } from '../catalog/gpus.js';
import { CATALOG_GPUS } from '../check.js';
import { estimate } from '../core/estimate.js';
import { cost, type Cost, type GpuPrice } from '../core/plan/cost.js';
import { speed, type Speed } from '../core/plan/speed.js';
import { stretch, type Stretch } from '../core/plan/stretch.js';
import type { EstimateInput, Gpu } from '../core/types.js';
import { uncertaintyOf } from '../core/uncertainty.js';
import { judge, type Verdict } from '../core/verdict.js';
import { modelRefs, parseManifest, resolveManifest } from '../manifest/load.js';
import type { ModelSource } from '../models/source.js';
import { formatBytes, formatInteger, type DisplayUnit } from '../report/format.js';
import { DEPLOYMENT_FLAGS } from './estimate-command.js';
import { readPriceFile } from '../prices-file.js';

export interface Configuration {
  gpu: string;
  count: number;
  tensorParallelSize: number;
  pipelineParallelSize: number;
  verdict: Exclude<Verdict, 'error'>;
  totalBytes: number;
  availableBytes: number;
  kvCacheCapacityTokens: number | null;
  stretch: Stretch;
  speed: Speed | null;
  cost: Cost | null;
}

export interface PlanJson {
  model: string;
  engine: string;
  maxModelLen: number;
  concurrency: number;
  configurations: Configuration[];
}

/** Flags `plan` takes beside the deployment's: the GPUs to try and a price file. */
export const PLAN_ONLY = ['prices'] as const;

const TP_SIZES = [1, 2, 4, 8];

function gpusOf(names: readonly string[]): { gpus: Gpu[]; errors: string[] } {
  if (names.length === 0) return { gpus: [...CATALOG_GPUS], errors: [] };
  const gpus: Gpu[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const hit = findGpu(name);
    if ('gpu' in hit) gpus.push(toGpu(hit.gpu));
    else errors.push(`error: --gpu ${hit.error}`);
  }
  return { gpus, errors };
}

/** The smallest tensor-parallel size at which the model fits each GPU (attention heads must divide). */
export function planConfigurations(base: EstimateInput, gpus: readonly Gpu[], minHeadroom: number, prices: readonly GpuPrice[]): Configuration[] {
  const band = uncertaintyOf(base.serving.engine, base.serving.engineVersion).value;
  const heads = base.model.architecture.numAttentionHeads;
  const single = base.serving.engine === 'llama.cpp' || base.serving.engine === 'ollama';
  const pp = base.serving.pipelineParallelSize;
  const out: Configuration[] = [];
  for (const gpu of gpus) {
    for (const tp of single ? [base.serving.tensorParallelSize] : TP_SIZES) {
      if (tp > 1 && heads !== undefined && heads % tp !== 0) continue;
      const input: EstimateInput = { ...base, gpu, serving: { ...base.serving, tensorParallelSize: tp } };
      const result = estimate(input);
      const { verdict } = judge(result, minHeadroom, band);
      if (verdict !== 'fits') continue;
      const s = speed(input, result);
      out.push({
        gpu: gpu.name,
        count: tp * pp,
        tensorParallelSize: tp,
        pipelineParallelSize: pp,
        verdict,
        totalBytes: result.totalBytes,
        availableBytes: result.availableBytes,
        kvCacheCapacityTokens: result.kvCacheCapacityTokens ?? null,
        stretch: stretch(input, result),
        speed: s,
        cost: cost(gpu.name, tp * pp, s, prices),
      });
      break;
    }
  }
  // By cost where every row has one to compare, else priced rows first; then by the memory bought.
  const memory = (c: Configuration) => c.count * (gpus.find((g) => g.name === c.gpu)?.memoryBytes ?? 0);
  return out.sort((a, b) => {
    if (a.cost && b.cost) return a.cost.perHour - b.cost.perHour || memory(a) - memory(b);
    if (a.cost || b.cost) return a.cost ? -1 : 1;
    return memory(a) - memory(b) || a.gpu.localeCompare(b.gpu);
  });
}

const r = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

function pad(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
  return rows.map((row) => row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd());
}

export function renderPlanText(plan: PlanJson, units: DisplayUnit): string {
  const out = [`${plan.model} on ${plan.engine}, max_model_len ${formatInteger(plan.maxModelLen)}, concurrency ${plan.concurrency}: ${plan.configurations.length} configuration${plan.configurations.length === 1 ? '' : 's'} fit`, ''];
  if (plan.configurations.length === 0) return [...out, 'No configuration fits: try --kv-cache-dtype fp8, a --quantization, or a shorter --max-model-len.'].join('\n');
  const header = ['GPU', 'COUNT', 'TP x PP', 'NEEDED/GPU', 'KV TOKENS', 'STRETCH (LEN, CONC.)', 'DECODE TOK/S/SEQ', 'AGGREGATE TOK/S', 'TTFT', '$/HOUR', '$/M TOKENS'];
  const rows = plan.configurations.map((c) => {
    const d = c.speed?.decodeTokensPerSecond;
    const t = c.speed?.timeToFirstTokenSeconds;
    return [
      c.gpu,
      String(c.count),
      `${c.tensorParallelSize} x ${c.pipelineParallelSize}`,
      `${formatBytes(c.totalBytes, units)} of ${formatBytes(c.availableBytes, units)}`,
      c.kvCacheCapacityTokens !== null ? formatInteger(c.kvCacheCapacityTokens) : '-',
      `${formatInteger(c.stretch.maxModelLen)}, ${c.stretch.maxConcurrency}x`,
      d ? `${r(d.perSequence.expected)}-${r(d.perSequence.bound)}` : '-',
      d ? `${r(d.aggregate.expected)}-${r(d.aggregate.bound)}` : '-',
      t ? `${r(t.bound)}-${r(t.expected)} s` : '-',
      c.cost ? c.cost.perHour.toFixed(2) : '-',
      c.cost?.perMillionOutputTokens != null ? c.cost.perMillionOutputTokens.toFixed(2) : '-',
    ];
  });
  out.push(...pad([header, ...rows]));
  out.push(
    '',
    'Speeds are estimates: expected-bound, the bound from memory bandwidth (decode) and dense tensor peak (prompt),',
    'the expected value after the measured efficiency factors in catalog/plan-assumptions.json. Prices: on-demand',
    'list prices (catalog/prices.json) unless --prices gives your own.',
  );
  return out.join('\n');
}

export async function runPlan(
  values: Record<string, string | string[] | boolean | undefined>,
  units: DisplayUnit,
  format: 'table' | 'json',
  minHeadroom: number,
  cwd: string,
  models?: ModelSource,
): Promise<{ output: string; code: number }> {
  if (values.model === undefined && values.config === undefined) return { output: 'error: gpu-fit plan needs --model ID (or --config PATH/config.json)', code: 2 };
  const deployment: Record<string, unknown> = {};
  for (const flag of DEPLOYMENT_FLAGS) {
    if (flag === 'gpu' || flag === 'tensor-parallel-size') continue;
    const v = values[flag];
    if (typeof v === 'string') deployment[flag.replace(/-/g, '_')] = ['model', 'revision', 'config', 'engine_version', 'quantization'].includes(flag.replace(/-/g, '_')) ? v : parseScalar(v);
  }
  const gpuNames = ([] as string[]).concat((values.gpu as string[] | string | undefined) ?? []);
  const { gpus, errors } = gpusOf(gpuNames);
  if (errors.length > 0) return { output: errors.join('\n'), code: 2 };
  const parsed = parseManifest(stringify({ version: 1, deployments: { plan: deployment } }), 'command line', false);
  const loaded = resolveManifest(parsed, models ? await models.answer(modelRefs(parsed)) : undefined);
  if (loaded.failed.length > 0) {
    const messages = loaded.failed.flatMap((f) => f.errors.map((e) => `error: ${e.message.replace(/`([a-z_.]+)`/g, (_, f: string) => `--${f.replace(/_/g, '-')}`)}`));
    return { output: messages.join('\n'), code: 2 };
  }
  const prices = await readPriceFile(values.prices as string | undefined, cwd, '--prices');
  const d = loaded.resolved[0];
  const plan: PlanJson = {
    model: d.modelLabel,
    engine: d.input.serving.engine,
    maxModelLen: d.input.serving.maxModelLen,
    concurrency: d.input.serving.concurrency,
    configurations: planConfigurations(d.input, gpus, minHeadroom, prices),
  };
  return { output: format === 'json' ? JSON.stringify(plan, null, 2) : renderPlanText(plan, units), code: 0 };
}

/** Flag values typed as YAML would type them ("131072" → number, "fp8" → text). */
function parseScalar(value: string): unknown {
  try {
    return parse(value);
  } catch {
    return value;
  }
}
