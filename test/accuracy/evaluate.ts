// Runs each reference case through the whole pipeline (manifest → catalog → estimator) and
// compares with what the engine logged; the seed formula's figures are computed beside them.

import { stringify } from 'yaml';
import { findCatalogDir, readCatalog } from '../../src/catalog/provenance.js';
import { normalizeFtype } from '../../src/core/gguf.js';
import { bandEngine, releaseLine } from '../../src/core/uncertainty.js';
import { estimate } from '../../src/core/estimate.js';
import { countParameters } from '../../src/core/parameters.js';
import { judge } from '../../src/core/verdict.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { ReferenceCase } from './reference-cases.js';

export interface Figures {
  weightsBytes?: number;
  kvTokens?: number;
  kvBytes?: number;
  started: boolean;
}

export interface CaseResult {
  id: string;
  origin: 'shared' | 'own';
  engine: string;
  /** The engine family and release line whose rules it tests (the error band's keys). */
  family: string;
  releaseLine: string;
  /** Why it does not count as evidence: a measured constant comes from the same source. */
  excluded?: string;
  expected: ReferenceCase['expected'];
  predicted: Figures;
  seed: Figures;
  /** Relative errors, |predicted − measured| / measured. */
  weightsError?: number;
  kvError?: number;
  kvMetric?: 'tokens' | 'bytes';
  seedWeightsError?: number;
  seedKvError?: number;
  verdictAgrees: boolean;
  seedVerdictAgrees: boolean;
  message?: string;
  knownGap?: string;
}

const rel = (predicted: number | undefined, measured: number | undefined): number | undefined =>
  predicted === undefined || measured === undefined || measured <= 0 ? undefined : Math.abs(predicted - measured) / measured;

/** Bytes per weight a seed-calculator user would type for the format (D). */
function seedBytesPerParameter(quantization: unknown, dtype: unknown): number {
  const q = typeof quantization === 'string' ? quantization.toLowerCase() : '';
  const ftype = q ? normalizeFtype(q) : undefined;
  if (ftype) {
    const bits = Number(/^[A-Z]+(\d)/.exec(ftype.replace('IQ', 'Q'))?.[1] ?? 16);
    return ftype.startsWith('F') || ftype.startsWith('BF') ? (ftype === 'F32' ? 4 : 2) : bits / 8;
  }
  if (/fp8|int8|w8a8/.test(q)) return 1;
  if (/gptq|awq|bitsandbytes|mxfp4|nvfp4|int4/.test(q)) return 0.5;
  return dtype === 'float32' ? 4 : 2;
}

/** A source URL reduced to the page it names: repository + issue/PR number or file path, no commit or anchor. */
export function sourceKey(url: string): string {
  const m = /github\.com\/([^/]+\/[^/]+)\/(?:(?:issues|pull|discussions)\/(\d+)|blob\/[^/]+\/([^#?]+))/.exec(url);
  if (m) return `${m[1].toLowerCase()}:${m[2] ?? m[3]}`;
  return url.replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
}

/** Every measured constant with its source, read from catalog/constants (the code sees the figures alone). */
function sourcedConstants(): Array<{ engine: string; name: string; source: string | string[] }> {
  return readCatalog(findCatalogDir()!)
    .filter((f) => f.file.startsWith('constants/'))
    .flatMap((f) => {
      const file = f.data as { engine: string; constants: Array<{ name: string; source: string | string[] }> };
      return file.constants.map((k) => ({ engine: file.engine, name: k.name, source: k.source }));
    });
}

/** Measured constants (catalog/constants) whose source is the case's own: the case cannot test them. */
export function exclusionOf(c: ReferenceCase): string | undefined {
  if (!/^https?:\/\//.test(c.source)) return undefined;
  const key = sourceKey(c.source);
  const names = sourcedConstants()
    .filter((k) => (Array.isArray(k.source) ? k.source : [k.source]).some((s) => sourceKey(s) === key))
    .map((k) => `${k.engine}/${k.name}`);
  return names.length > 0 ? `its source also gave ${[...new Set(names)].join(', ')}` : undefined;
}

export function evaluateCase(c: ReferenceCase): CaseResult {
  const text = stringify({ version: 1, deployments: { [c.id]: c.deployment } });
  const loaded = loadManifest(text, `${c.id}.gpu-fit.yaml`);
  if (loaded.resolved.length === 0) {
    const message = loaded.failed.flatMap((f) => f.errors.map((e) => e.message)).join('; ');
    throw new Error(`${c.id}: the deployment does not load: ${message}`);
  }
  const d = loaded.resolved[0];
  const result = estimate(d.input);
  const { verdict } = judge(result, 0);
  const fileBytes = Number(result.weights.inputs.file_bytes ?? NaN);
  const predicted: Figures = {
    weightsBytes: c.weightsScope === 'file' ? fileBytes : result.weights.bytes,
    kvTokens: result.kvCacheCapacityTokens,
    kvBytes: result.kvCachePoolBytes,
    started: verdict !== 'undersized',
  };

  // The seed calculator: weights P·D, KV 2·L·H·D per token (D = 2 for the cache), total × 1.2 on the card.
  const arch = d.input.model.architecture;
  const params = countParameters(arch).total;
  const gpus = d.input.serving.tensorParallelSize * d.input.serving.pipelineParallelSize;
  const seedWeights = (params * seedBytesPerParameter(c.deployment.quantization, c.deployment.dtype)) / gpus;
  const seedPerToken = (2 * arch.numHiddenLayers * arch.hiddenSize * 2) / gpus;
  const card = d.input.gpu.memoryBytes;
  const seedTokens = Math.max(0, Math.floor((card / 1.2 - seedWeights) / seedPerToken));
  const contextTokens = d.input.serving.maxModelLen * d.input.serving.concurrency;
  const seed: Figures = {
    weightsBytes: c.weightsScope === 'gpu' ? seedWeights : seedWeights * gpus,
    kvTokens: seedTokens,
    kvBytes: c.engine === 'vllm' || c.engine === 'sglang' ? seedTokens * seedPerToken : contextTokens * seedPerToken * gpus,
    started: (seedWeights + contextTokens * seedPerToken) * 1.2 <= card,
  };

  const kvMetric = c.expected.kvTokens !== undefined ? 'tokens' : c.expected.kvBytes !== undefined ? 'bytes' : undefined;
  const pick = (f: Figures) => (kvMetric === 'tokens' ? f.kvTokens : kvMetric === 'bytes' ? f.kvBytes : undefined);
  const measuredKv = kvMetric === 'tokens' ? c.expected.kvTokens : c.expected.kvBytes;
  return {
    id: c.id,
    origin: c.origin,
    engine: c.engine,
    family: bandEngine(d.input.serving.engine),
    releaseLine: releaseLine(d.input.serving.engine, d.input.serving.engineVersion),
    excluded: exclusionOf(c),
    expected: c.expected,
    predicted,
    seed,
    weightsError: rel(predicted.weightsBytes, c.expected.weightsBytes),
    kvError: rel(pick(predicted), measuredKv),
    kvMetric,
    seedWeightsError: rel(seed.weightsBytes, c.expected.weightsBytes),
    seedKvError: rel(pick(seed), measuredKv),
    verdictAgrees: predicted.started === c.expected.started,
    seedVerdictAgrees: seed.started === c.expected.started,
    message: result.startupError,
    knownGap: c.knownGap,
  };
}

export interface Summary {
  cases: number;
  weights: { n: number; median: number; p90: number };
  kv: { n: number; median: number; p90: number };
  verdict: { agree: number; n: number };
  seedWeights: { n: number; median: number; p90: number };
  seedKv: { n: number; median: number; p90: number };
  seedVerdict: { agree: number; n: number };
}

export function stats(values: Array<number | undefined>): { n: number; median: number; p90: number } {
  const v = values.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: NaN, p90: NaN };
  const median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  const p90 = v[Math.min(v.length - 1, Math.ceil(0.9 * v.length) - 1)];
  return { n: v.length, median, p90 };
}

export function summarize(results: CaseResult[]): Summary {
  return {
    cases: results.length,
    weights: stats(results.map((r) => r.weightsError)),
    kv: stats(results.map((r) => r.kvError)),
    verdict: { agree: results.filter((r) => r.verdictAgrees).length, n: results.length },
    seedWeights: stats(results.map((r) => r.seedWeightsError)),
    seedKv: stats(results.map((r) => r.seedKvError)),
    seedVerdict: { agree: results.filter((r) => r.seedVerdictAgrees).length, n: results.length },
  };
}

const pct = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}%`);
const gib = (x: number | undefined) => (x === undefined ? '—' : (x / 1024 ** 3).toFixed(2));

function summaryLines(title: string, s: Summary): string[] {
  return [
    '',
    `${title.padEnd(30)} gpu-fit                              seed formula`,
    `weights   (n=${String(s.weights.n).padEnd(2)})    median ${pct(s.weights.median).padStart(6)}  p90 ${pct(s.weights.p90).padStart(6)}         median ${pct(s.seedWeights.median).padStart(6)}  p90 ${pct(s.seedWeights.p90).padStart(6)}`,
    `KV cap.   (n=${String(s.kv.n).padEnd(2)})    median ${pct(s.kv.median).padStart(6)}  p90 ${pct(s.kv.p90).padStart(6)}         median ${pct(s.seedKv.median).padStart(6)}  p90 ${pct(s.seedKv.p90).padStart(6)}`,
    `verdicts  (n=${String(s.verdict.n).padEnd(2)})    ${s.verdict.agree}/${s.verdict.n} agree (${pct(s.verdict.agree / s.verdict.n)})             ${s.seedVerdict.agree}/${s.seedVerdict.n} agree (${pct(s.seedVerdict.agree / s.seedVerdict.n)})`,
  ];
}

/** A case's error for the band: the larger of its weights and KV-capacity errors (either can decide the fit). */
export function decidingError(r: CaseResult): number | undefined {
  const errors = [r.kvError, r.weightsError].filter((e): e is number => e !== undefined);
  return errors.length > 0 ? Math.max(...errors) : undefined;
}

export interface Band {
  min_cases: number;
  overall: { p90: number; cases: number };
  lines: Array<{ engine: string; release_line: string; p90: number; cases: number }>;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Relative p90 of the deciding error per engine, per vLLM release line and over all counted cases. */
export function errorBand(results: CaseResult[], minCases = 5): Band {
  const counted = results.filter((r) => !r.excluded && decidingError(r) !== undefined);
  const p90 = (rs: CaseResult[]) => stats(rs.map(decidingError)).p90;
  const lines: Band['lines'] = [];
  for (const engine of [...new Set(counted.map((r) => r.family))].sort()) {
    const ofEngine = counted.filter((r) => r.family === engine);
    lines.push({ engine, release_line: '*', p90: round3(p90(ofEngine)), cases: ofEngine.length });
    for (const line of [...new Set(ofEngine.map((r) => r.releaseLine))].filter((l) => l !== '*').sort()) {
      const ofLine = ofEngine.filter((r) => r.releaseLine === line);
      lines.push({ engine, release_line: line, p90: round3(p90(ofLine)), cases: ofLine.length });
    }
  }
  return { min_cases: minCases, overall: { p90: round3(p90(counted)), cases: counted.length }, lines };
}

function perEngineLines(results: CaseResult[]): string[] {
  const out = ['', 'per engine and release line (excluded cases left out)', 'engine / line        weights n  median    p90   KV cap. n  median    p90   verdicts'];
  const counted = results.filter((r) => !r.excluded);
  const groups: Array<[string, CaseResult[]]> = [];
  for (const engine of [...new Set(counted.map((r) => r.family))].sort()) {
    const ofEngine = counted.filter((r) => r.family === engine);
    groups.push([engine, ofEngine]);
    for (const line of [...new Set(ofEngine.map((r) => r.releaseLine))].filter((l) => l !== '*').sort()) {
      groups.push([`  ${line}`, ofEngine.filter((r) => r.releaseLine === line)]);
    }
  }
  for (const [label, rs] of groups) {
    const w = stats(rs.map((r) => r.weightsError));
    const k = stats(rs.map((r) => r.kvError));
    const agree = rs.filter((r) => r.verdictAgrees).length;
    out.push(
      `${label.padEnd(20)} ${String(w.n).padStart(9)} ${pct(w.median).padStart(7)} ${pct(w.p90).padStart(6)}   ${String(k.n).padStart(9)} ${pct(k.median).padStart(7)} ${pct(k.p90).padStart(6)}   ${agree}/${rs.length}`,
    );
  }
  const excluded = results.filter((r) => r.excluded);
  if (excluded.length > 0) {
    out.push('', 'Excluded from the statistics and the error band (a constant comes from the same source):');
    for (const r of excluded) out.push(`  ${r.id}: ${r.excluded}`);
  }
  return out;
}

export function renderAccuracy(results: CaseResult[]): string {
  const lines = [
    'gpu-fit accuracy on ../shared/reference/measured-public*.jsonl and test/accuracy/own-cases.ts (errors are |predicted − logged| / logged)',
    '',
    'case          engine     weights GiB (logged/ours/seed)   err    seed   KV (logged/ours/seed)                err    seed   verdict (logged/ours/seed)',
  ];
  for (const r of results) {
    const kv = (f: Figures | ReferenceCaseExpected) =>
      r.kvMetric === 'tokens' ? String(f.kvTokens ?? '—') : r.kvMetric === 'bytes' ? `${gib(f.kvBytes)} GiB` : '—';
    const verdict = (started: boolean) => (started ? 'starts' : 'fails');
    lines.push(
      [
        r.id.padEnd(13),
        r.engine.padEnd(10),
        `${gib(r.expected.weightsBytes)} / ${gib(r.predicted.weightsBytes)} / ${gib(r.seed.weightsBytes)}`.padEnd(32),
        pct(r.weightsError).padStart(6),
        pct(r.seedWeightsError).padStart(6),
        `${kv(r.expected)} / ${kv(r.predicted)} / ${kv(r.seed)}`.padEnd(36),
        pct(r.kvError).padStart(6),
        pct(r.seedKvError).padStart(6),
        `${verdict(r.expected.started)} / ${verdict(r.predicted.started)}${r.verdictAgrees ? '' : ' ✗'} / ${verdict(r.seed.started)}${r.seedVerdictAgrees ? '' : ' ✗'}`,
      ].join(' '),
    );
  }
  const gaps = results.filter((r) => r.knownGap);
  if (gaps.length > 0) {
    lines.push('', 'Known gaps (printed, not asserted):');
    for (const r of gaps) lines.push(`  ${r.id}: ${r.knownGap}`);
  }
  const shared = results.filter((r) => r.origin === 'shared' && !r.excluded);
  const all = results.filter((r) => !r.excluded);
  lines.push(...summaryLines(`shared reference (${shared.length} cases)`, summarize(shared)));
  lines.push(...summaryLines(`all ${all.length} counted cases`, summarize(all)));
  lines.push(...perEngineLines(results));
  return lines.join('\n');
}

type ReferenceCaseExpected = ReferenceCase['expected'];
