// The planner's lines in a deployment's breakdown (Markdown) and in the CLI's text: the fixes in the
// manifest's own field names, the stretch, the speed and cost ranges, and a Mermaid chart of memory
// against context length. Renderers only: every figure comes from the report.

import type { Fix } from '../core/plan/fixes.js';
import type { Range } from '../core/plan/speed.js';
import { formatBytes, type DisplayUnit } from './format.js';
import type { DeploymentReport } from './report.js';
import { VERDICT_LABEL } from './verdicts.js';

/** A change as YAML a reviewer can paste into the manifest: `max_model_len: 16384`. */
export function changeYaml(change: Fix['change']): string {
  return Object.entries(change)
    .map(([k, v]) => `${k}: ${typeof v === 'string' && !/^[A-Za-z0-9][\w .\/-]*$/.test(v) ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

/** A code span: backticks and line breaks cannot break out of it. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n\u2028\u2029]+/g, ' ')}\``;
}

const tokens = (n: number) => n.toLocaleString('en-US');
const rate = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const seconds = (s: number) => (s >= 10 ? `${s.toFixed(0)} s` : s >= 1 ? `${s.toFixed(1)} s` : `${(s * 1000).toFixed(0)} ms`);
const range = (r: Range, f: (n: number) => string) => `~${f(r.expected)} expected (bound ${f(r.bound)})`;
const money = (n: number) => (n >= 1 ? `$${n.toFixed(2)}` : `$${n.toFixed(3)}`);

/** Plain sentences, shared by Markdown and text; `source` wraps the one piece of user text (a price file's source). */
export function planSentences(d: DeploymentReport, source: (s: string) => string = (x) => x): { stretch?: string; speed?: string; ttft?: string; cost?: string } {
  const out: { stretch?: string; speed?: string; ttft?: string; cost?: string } = {};
  if (d.stretch) {
    const conc = d.stretch.maxConcurrency;
    out.stretch =
      d.stretch.maxModelLen > 0
        ? `Stretch: max_model_len up to ${tokens(d.stretch.maxModelLen)} tokens fits at this concurrency; ${conc} full-length sequences fit at once.`
        : 'Stretch: no context length fits on this GPU with these settings.';
  }
  if (d.speed) {
    const s = d.speed.decodeTokensPerSecond;
    out.speed = `Decode (estimate): ${range(s.perSequence, rate)} tokens/s per sequence; ${range(s.aggregate, rate)} tokens/s over ${d.speed.assumptions.concurrency} sequence${d.speed.assumptions.concurrency === 1 ? '' : 's'} at ${tokens(d.speed.assumptions.contextTokens)} tokens of context.`;
    const t = d.speed.timeToFirstTokenSeconds;
    if (t) out.ttft = `Time to first token for a ${tokens(d.speed.assumptions.promptTokens)}-token prompt (estimate): ${range(t, seconds)}.`;
  }
  if (d.cost) {
    const perM = d.cost.perMillionOutputTokens;
    out.cost = `Cost: ${money(d.cost.perHour)} per hour per replica${perM !== null ? `, ${money(perM)} per million output tokens at the expected rate` : ''} (${source(d.cost.source)}).`;
  }
  return out;
}

export function fixText(f: Pick<Fix, 'change' | 'totalBytes' | 'verdict'>, units: DisplayUnit): string {
  return `${changeYaml(f.change)}  →  ${formatBytes(f.totalBytes, units)} per GPU, ${VERDICT_LABEL[f.verdict]}`;
}

/** The breakdown's planner section, Markdown. `escape` is the report's Markdown escaper. */
export function planMarkdown(d: DeploymentReport, units: DisplayUnit, escape: (s: string) => string): string[] {
  const lines: string[] = [];
  if (d.fixes.length > 0) {
    lines.push('**Fixes**, best first (each checked again with the change; copy it into the manifest):', '');
    for (const f of d.fixes) lines.push(`- ${code(changeYaml(f.change))} → ${formatBytes(f.totalBytes, units)} per GPU, ${VERDICT_LABEL[f.verdict]}`);
    lines.push('');
  }
  const s = planSentences(d, escape);
  for (const line of [s.stretch, s.speed, s.ttft, s.cost]) if (line) lines.push(line, '');
  lines.push(...memoryChart(d, units));
  return lines;
}

/** "33K": axis labels Mermaid reads as plain strings. */
function kTokens(n: number): string {
  return n >= 1024 ? `${Math.round(n / 1024)}K` : String(n);
}

/**
 * A Mermaid xychart of memory needed against max_model_len, the GPU's limit as a second line and
 * the stretch marked on the axis. A sentence before it carries the same facts where Mermaid is not rendered.
 */
export function memoryChart(d: DeploymentReport, units: DisplayUnit): string[] {
  if (d.memoryByContext.length < 2 || d.availableBytes === null || !d.stretch) return [];
  const unit = units === 'GiB' ? 1024 ** 3 : 1e9;
  const v = (b: number) => Math.round((b / unit) * 10) / 10;
  const labels = d.memoryByContext.map((p) => {
    const marks = [p.deployment ? 'this' : '', p.maxModelLen === d.stretch!.maxModelLen ? 'stretch' : ''].filter(Boolean);
    return JSON.stringify(`${kTokens(p.maxModelLen)}${marks.length ? ` (${marks.join(', ')})` : ''}`);
  });
  const needed = d.memoryByContext.map((p) => v(p.totalBytes));
  const limit = v(d.availableBytes);
  const top = Math.ceil(Math.max(limit, ...needed) * 1.1);
  return [
    `Memory needed against max_model_len (${units} per GPU), the rest unchanged: the rising line is the need, the flat line the ${formatBytes(d.availableBytes, units)} the engine may use; "this" marks the deployment's max_model_len, "stretch" the longest that fits.`,
    '',
    '```mermaid',
    'xychart-beta',
    `  x-axis "max_model_len (tokens)" [${labels.join(', ')}]`,
    `  y-axis "${units} per GPU" 0 --> ${top}`,
    `  line [${needed.join(', ')}]`,
    `  line [${needed.map(() => limit).join(', ')}]`,
    '```',
    '',
  ];
}

/** The same chart for a terminal: one row per context length, a bar to the limit. */
export function memoryChartText(d: DeploymentReport, units: DisplayUnit, width = 40): string[] {
  if (d.memoryByContext.length < 2 || d.availableBytes === null || !d.stretch) return [];
  const max = Math.max(d.availableBytes, ...d.memoryByContext.map((p) => p.totalBytes));
  const limitCol = Math.round((d.availableBytes / max) * width);
  const out = [`Memory needed against max_model_len (| = the ${formatBytes(d.availableBytes, units)} the engine may use):`];
  for (const p of d.memoryByContext) {
    const n = Math.round((p.totalBytes / max) * width);
    const bar = [...Array(width + 1)].map((_, i) => (i === limitCol ? '|' : i < n ? '#' : ' ')).join('');
    const mark = [p.deployment ? '  <- this deployment' : '', p.maxModelLen === d.stretch.maxModelLen ? '  <- stretch' : ''].join('');
    out.push(`  ${tokens(p.maxModelLen).padStart(9)}  ${bar} ${formatBytes(p.totalBytes, units)}${mark}`);
  }
  return out;
}
