// `gpu-fit estimate`: the quick calculator. Flags are the manifest's field names with dashes,
// validated by the same rules as a manifest.

import { parse, stringify } from 'yaml';
import { CATALOG_GPUS } from '../check.js';
import { estimate } from '../core/estimate.js';
import { recommendGpus } from '../core/recommend.js';
import type { Component } from '../core/types.js';
import { judge } from '../core/verdict.js';
import { modelRefs, parseManifest, resolveManifest } from '../manifest/load.js';
import type { ModelSource } from '../models/source.js';
import { NO_GPU } from '../manifest/resolve.js';
import { formatBytes, formatCount, formatInput, formatInteger, type DisplayUnit } from '../report/format.js';

export const ARCHITECTURE_FLAGS = [
  'num-parameters',
  'num-hidden-layers',
  'hidden-size',
  'num-attention-heads',
  'num-key-value-heads',
  'head-dim',
  'vocab-size',
  'intermediate-size',
] as const;

export const DEPLOYMENT_FLAGS = [
  'model',
  'revision',
  'config',
  'engine',
  'engine-version',
  'dtype',
  'quantization',
  'bits',
  'group-size',
  'kv-cache-dtype',
  'max-model-len',
  'concurrency',
  'gpu',
  'tensor-parallel-size',
  'pipeline-parallel-size',
  'gpu-memory-utilization',
  'mem-fraction-static',
  'max-num-seqs',
  'max-num-batched-tokens',
  'block-size',
  'enforce-eager',
  'n-gpu-layers',
  'flash-attention',
] as const;

const snake = (flag: string) => flag.replace(/-/g, '_');

/** Flag values typed as YAML would type them ("7e9" → number, "bf16" → text). */
function typed(value: string): unknown {
  try {
    return parse(value);
  } catch {
    return value;
  }
}

function line(label: string, c: Component, units: DisplayUnit): string {
  const inputs = Object.entries(c.inputs)
    .map(([k, v]) => `${k}=${formatInput(v)}`)
    .join(', ');
  return `${label.padEnd(12)} ${formatBytes(c.bytes, units).padStart(12)}  ${c.formula}${inputs ? `\n${' '.repeat(27)}${inputs}` : ''}`;
}

export async function runEstimate(
  values: Record<string, string | undefined>,
  units: DisplayUnit,
  format: 'table' | 'json',
  minHeadroom: number,
  models?: ModelSource,
): Promise<{ output: string; code: number }> {
  const deployment: Record<string, unknown> = {};
  const architecture: Record<string, unknown> = {};
  for (const flag of DEPLOYMENT_FLAGS) if (values[flag] !== undefined) deployment[snake(flag)] = typed(values[flag]!);
  for (const flag of ARCHITECTURE_FLAGS) if (values[flag] !== undefined) architecture[snake(flag)] = typed(values[flag]!);
  if (Object.keys(architecture).length > 0) deployment.architecture = architecture;
  for (const key of ['gpu', 'engine_version', 'quantization', 'model', 'revision', 'config']) {
    if (typeof deployment[key] === 'number') deployment[key] = String(values[key.replace(/_/g, '-')]);
  }

  const parsed = parseManifest(stringify({ version: 1, deployments: { estimate: deployment } }), 'command line', false);
  const loaded = resolveManifest(parsed, models ? await models.answer(modelRefs(parsed)) : undefined);
  if (loaded.failed.length > 0) {
    const messages = loaded.failed.flatMap((f) => f.errors.map((e) => `error: ${e.message.replace(/`([a-z_.]+)`/g, (_, f: string) => `--${f.replace(/^architecture\./, '').replace(/_/g, '-')}`)}`));
    return { output: messages.join('\n'), code: 2 };
  }
  const d = loaded.resolved[0];
  const result = estimate(d.input);
  const hasGpu = d.input.gpu !== NO_GPU;
  const fitting = recommendGpus(d.input, CATALOG_GPUS, minHeadroom, Infinity);
  const judgement = hasGpu ? judge(result, minHeadroom) : null;

  if (format === 'json') {
    const json = {
      model: d.modelLabel,
      engine: result.engine,
      parameters: result.parameters.total,
      memory: {
        weightsBytes: result.weights.bytes,
        kvCacheBytes: result.kvCache.bytes,
        activationBytes: result.activations.bytes,
        overheadBytes: result.overhead.bytes,
        totalBytes: result.totalBytes,
      },
      breakdown: { weights: result.weights, kvCache: result.kvCache, activations: result.activations, overhead: result.overhead },
      gpu: hasGpu ? { name: d.gpuName, count: d.gpuCount, memoryBytes: d.input.gpu.memoryBytes } : null,
      availableBytes: hasGpu ? result.availableBytes : null,
      headroomBytes: judgement?.headroomBytes ?? null,
      verdict: judgement?.verdict ?? null,
      kvCacheCapacityTokens: hasGpu ? (result.kvCacheCapacityTokens ?? null) : null,
      maxConcurrency: hasGpu ? (result.maxConcurrency ?? null) : null,
      engineError: hasGpu ? (result.startupError ?? null) : null,
      fittingGpus: fitting,
      notes: [...d.notes, ...result.notes],
    };
    return { output: JSON.stringify(json, null, 2), code: 0 };
  }

  const out = [
    `Model       ${d.modelLabel} (${formatCount(result.parameters.total)} parameters)`,
    `Engine      ${result.engine}${d.gpuCount > 1 ? `, ${d.gpuCount} GPUs (figures per GPU)` : ''}`,
    '',
    line('Weights', result.weights, units),
    line('KV cache', result.kvCache, units),
    line('Activations', result.activations, units),
    line('Overhead', result.overhead, units),
    `${'Total'.padEnd(12)} ${formatBytes(result.totalBytes, units).padStart(12)}`,
  ];
  if (hasGpu && judgement) {
    out.push(
      '',
      `GPU         ${d.gpuCount} x ${d.gpuName}: ${formatBytes(result.availableBytes, units)} available, headroom ${formatBytes(judgement.headroomBytes, units)}: ${judgement.verdict.toUpperCase()}`,
    );
    if (result.kvCacheCapacityTokens !== undefined) {
      const times = result.maxConcurrency === undefined ? '' : ` = ${result.maxConcurrency.toFixed(2)} × max_model_len (${formatInteger(d.input.serving.maxModelLen)})`;
      out.push(`KV cache    ${formatInteger(result.kvCacheCapacityTokens)} tokens${times}`);
    }
    if (result.startupError) out.push(`${result.engine} would refuse to start: ${result.startupError}`);
  }
  out.push('', fitting.length > 0 ? `GPUs that fit, smallest first: ${fitting.join(', ')}` : 'No catalog GPU fits at this count.');
  for (const note of [...d.notes, ...result.notes]) out.push(`note: ${note}`);
  return { output: out.join('\n'), code: judgement && judgement.verdict === 'undersized' ? 1 : 0 };
}
