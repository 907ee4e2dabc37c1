// The Markdown report for the job summary and the pull-request comment: a headline a reviewer
// reads in five seconds, one table, then a collapsed breakdown per deployment.

import type { Component } from '../core/types.js';
import { bytesText, figure, fitBar, NBSP, shorten, unbroken } from './cells.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { formatBand, formatCapacity, formatCount, formatInput, formatPercent, type DisplayUnit } from './format.js';
import { isFailing, type DeploymentReport, type FailOn, type Report } from './report.js';
import { planMarkdown } from './plan-markdown.js';
import { VERDICT_ICON, VERDICT_LABEL, VERDICT_ORDER } from './verdicts.js';

export interface MarkdownOptions {
  units: DisplayUnit;
  minHeadroom: number;
  /** What fails the job (the action's fail-on): the headline names those deployments. Default undersized. */
  failOn?: FailOn;
  /** Shown in the footer, e.g. "gpu-fit 0.1.0". */
  footer?: string;
}

/** "1 deployment", "2 deployments". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 undersized, 3 tight, 13 fit": verdict counts, worst first. */
export function verdictCounts(deployments: DeploymentReport[]): string {
  const order: Array<DeploymentReport['verdict']> = ['error', 'undersized', 'tight', 'unchecked', 'fits'];
  const words: Record<DeploymentReport['verdict'], string> = { error: 'invalid', undersized: 'undersized', tight: 'tight', unchecked: 'not checked', fits: 'fit' };
  return order
    .map((v) => [v, deployments.filter((d) => d.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${words[v]}`)
    .join(', ');
}

/** The deployments that fail the job under fail-on, worst first. */
export function failing(deployments: DeploymentReport[], options: Pick<MarkdownOptions, 'failOn'>): DeploymentReport[] {
  return sortForReview(deployments.filter((d) => isFailing(d.verdict, options.failOn ?? 'undersized')));
}

/**
 * The deployments that made this report fail: none when it passes (fail-on never, or nothing failing),
 * else those fail-on names (a report that fails with no undersized or invalid one failed on tight).
 */
export function failedOf(report: Report, options: Pick<MarkdownOptions, 'failOn'>): DeploymentReport[] {
  if (report.result !== 'fail') return [];
  const named = failing(report.deployments, options);
  return named.length > 0 ? named : failing(report.deployments, { failOn: 'tight' });
}

/** What makes the job fail: "3 of 19 deployments undersized (on L4, T4), 1 invalid". */
export function failureCause(failed: DeploymentReport[], total: number): string {
  const parts: string[] = [];
  const undersized = failed.filter((d) => d.verdict === 'undersized');
  const of = (n: number) => (n === total ? (n === 1 ? 'the deployment' : `all ${n} deployments`) : `${n} of ${plural(total, 'deployment')}`);
  if (undersized.length > 0) {
    const gpus = [...new Set(undersized.map((d) => d.gpu?.name ?? '?'))];
    parts.push(`${of(undersized.length)} undersized (on ${gpus.map((g) => escapeMarkdown(shorten(g, 24))).join(', ')})`);
  }
  const invalid = failed.filter((d) => d.verdict === 'error').length;
  if (invalid > 0) parts.push(`${invalid} invalid`);
  const tight = failed.filter((d) => d.verdict === 'tight').length;
  if (tight > 0) parts.push(`${tight} tight`);
  return parts.join(', ');
}

/** The job's outcome and its cause, in one line. */
export function headline(report: Report, options: Pick<MarkdownOptions, 'failOn'> = {}): string {
  const total = report.deployments.length;
  if (total === 0) return '⚠️ No gpu-fit deployments found: nothing was checked';
  const failed = failedOf(report, options);
  if (failed.length > 0) return `❌ fails: ${failureCause(failed, total)}`;
  const close = report.deployments.filter((d) => d.verdict !== 'fits');
  if (close.length > 0) return `⚠️ passes: ${verdictCounts(report.deployments)}`;
  return `✅ passes: ${total === 1 ? 'the deployment fits its GPU' : `all ${total} deployments fit their GPUs`}`;
}

function location(d: DeploymentReport): string {
  return unbroken(escapeMarkdown(`${d.file}:${d.line}`));
}

export function gpuCell(d: Pick<DeploymentReport, 'gpu'> | null): string {
  return d?.gpu ? `${d.gpu.count}×${NBSP}${escapeMarkdown(shorten(d.gpu.name, 24)).replace(/ /g, NBSP)}` : '—';
}

export function nameCell(d: DeploymentReport, label = ''): string {
  return `**${escapeMarkdown(shorten(d.name))}**${label}<br><sub>${location(d)}</sub>`;
}

export function verdictCell(d: Pick<DeploymentReport, 'verdict'> | null): string {
  return d ? `${VERDICT_ICON[d.verdict]}${NBSP}${VERDICT_LABEL[d.verdict]}` : '—';
}

export function barCell(d: DeploymentReport | null): string {
  return d?.memory && d.availableBytes ? `\`${fitBar(d.memory.totalBytes, d.availableBytes)}\`` : '—';
}

export function tableRow(d: DeploymentReport, options: MarkdownOptions): string {
  const u = options.units;
  const needed = d.memory ? `${figure(d.memory.totalBytes, u)}${formatBand(d.uncertainty)}` : '—';
  const available = d.availableBytes !== null ? figure(d.availableBytes, u) : '—';
  const headroom =
    d.headroomBytes !== null && d.availableBytes ? `${figure(d.headroomBytes, u)}${NBSP}(${formatPercent(d.headroomBytes / d.availableBytes)})` : '—';
  const capacity = formatCapacity(d.kvCacheCapacityTokens, d.maxConcurrency).replace(' ', NBSP);
  const model = d.model ? escapeMarkdown(shorten(d.model)) : '—';
  return `| ${nameCell(d)} | ${verdictCell(d)} | ${barCell(d)} | ${gpuCell(d)} | ${needed} | ${available} | ${headroom} | ${capacity} | ${model} |`;
}

/** A code span inside a table cell: no Markdown to escape, but pipes still end the cell. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n\u2028\u2029]+/g, ' ')}\``;
}

function inputsText(inputs: Component['inputs']): string {
  const entries = Object.entries(inputs);
  if (entries.length === 0) return '';
  return entries.map(([k, v]) => code(`${k}=${formatInput(v)}`)).join(' ');
}

/** One line a reviewer reads before the formula. */
const EXPLAIN: Record<string, string> = {
  Weights: 'the parameters this GPU holds',
  'KV cache': 'keys and values of the sequences served at once',
  Activations: 'peak working memory of a forward pass (the engine profiles it)',
  Overhead: 'memory outside the tensors: CUDA context, NCCL, kernels',
};

function componentRow(label: string, c: Component, units: DisplayUnit): string {
  return `| ${label} | ${figure(c.bytes, units)} | ${EXPLAIN[label]} |`;
}

function componentSource(label: string, c: Component): string[] {
  const inputs = inputsText(c.inputs);
  return [`- **${label}**: ${code(c.formula)}`, ...(inputs ? [`  - inputs: ${inputs}`] : []), `  - rule: ${escapeMarkdown(c.rule)}`];
}

export function deploymentDetails(d: DeploymentReport, options: MarkdownOptions): string {
  const u = options.units;
  const lines: string[] = [];
  const summary = `${VERDICT_ICON[d.verdict]} <b>${escapeHtml(d.name)}</b>: ${escapeHtml(d.model ?? (d.verdict === 'unchecked' ? 'not checked' : 'invalid'))}${d.gpu ? ` on ${d.gpu.count} × ${escapeHtml(d.gpu.name)}` : ''}`;
  lines.push(`<details><summary>${summary}</summary>`, '');
  if (d.errors.length > 0) {
    for (const e of d.errors) lines.push(`- ${code(`${e.file}:${e.line}:${e.column}`)} ${escapeMarkdown(e.message)}`);
    lines.push('');
  }
  if (d.breakdown && d.memory) {
    lines.push(`Engine **${escapeMarkdown(d.engine ?? '')}**, figures per GPU (the busiest one), in ${u}.`, '');
    if (d.engineError) lines.push(`**The engine would refuse to start:** ${escapeMarkdown(d.engineError)}`, '');
    lines.push(`| Component | ${u} | What it is |`, '|---|---:|---|');
    lines.push(componentRow('Weights', d.breakdown.weights, u));
    lines.push(componentRow('KV cache', d.breakdown.kvCache, u));
    lines.push(componentRow('Activations', d.breakdown.activations, u));
    lines.push(componentRow('Overhead', d.breakdown.overhead, u));
    lines.push(`| **Total needed** | **${figure(d.memory.totalBytes, u)}**${formatBand(d.uncertainty)} | ${d.uncertainty ? 'with the error band of this engine on measured logs' : ''} |`);
    if (d.availableBytes !== null && d.headroomBytes !== null) {
      lines.push(`| Available | ${figure(d.availableBytes, u)} | what the engine may use on this GPU |`);
      lines.push(`| Headroom | ${figure(d.headroomBytes, u)} | ${d.memory && d.availableBytes ? `\`${fitBar(d.memory.totalBytes, d.availableBytes)}\` used` : ''} |`);
    }
    lines.push('');
    lines.push('How each figure is reached:', '');
    lines.push(...componentSource('Weights', d.breakdown.weights));
    lines.push(...componentSource('KV cache', d.breakdown.kvCache));
    lines.push(...componentSource('Activations', d.breakdown.activations));
    lines.push(...componentSource('Overhead', d.breakdown.overhead));
    lines.push('');
    if (d.model && d.model.length > 40) lines.push(`Model: ${escapeMarkdown(d.model)}.`, '');
    if (d.kvCachePoolBytes !== null) lines.push(`KV cache pool the engine allocates: ${bytesText(d.kvCachePoolBytes, u)}.`, '');
    if (d.kvCacheCapacityTokens !== null) {
      const conc = d.maxConcurrency === null ? '' : `; maximum concurrency at max_model_len: ${d.maxConcurrency.toFixed(2)}×`;
      lines.push(`KV cache capacity: ${formatCapacity(d.kvCacheCapacityTokens, null)} tokens${conc}.`, '');
    }
    if (d.parameters) {
      const active = d.parameters.active !== d.parameters.total ? `, ${formatCount(d.parameters.active)} active per token` : '';
      lines.push(`Parameters: ${formatCount(d.parameters.total)} (${d.parameters.basis === 'given' ? 'as given' : 'counted from the architecture'}${active}).`, '');
    }
  }
  if (d.verdict === 'undersized' || d.verdict === 'tight') {
    lines.push(
      d.recommendedGpus.length > 0
        ? `Smallest catalog GPUs that fit (same count): ${d.recommendedGpus.map(escapeMarkdown).join(', ')}.`
        : 'No catalog GPU fits this deployment at this count: add GPUs (tensor_parallel_size) or reduce max_model_len/concurrency.',
      '',
    );
  }
  if (d.breakdown) lines.push(...planMarkdown(d, u, escapeMarkdown));
  for (const note of d.notes) lines.push(`> ${escapeMarkdown(note)}`, '');
  lines.push('</details>');
  return lines.join('\n');
}

export function tableHeader(units: DisplayUnit): string[] {
  return [
    `| Deployment | Verdict | Fit | GPU | Needed (${units}) | Available (${units}) | Headroom (${units}) | KV tokens (concurrency) | Model |`,
    '|---|---|---|---|---:|---:|---:|---:|---|',
  ];
}

export function renderTable(deployments: DeploymentReport[], options: MarkdownOptions): string {
  const lines = tableHeader(options.units);
  for (const d of deployments) lines.push(tableRow(d, options));
  return lines.join('\n');
}

export function sortForReview(deployments: DeploymentReport[]): DeploymentReport[] {
  return [...deployments].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
}

export function footerLine(options: MarkdownOptions): string {
  const unitNote = options.units === 'GiB' ? 'GiB = 2³⁰ bytes' : 'GB = 10⁹ bytes';
  return `<sub>Memory per GPU in ${unitNote}. Fit: needed against available memory (▶ past 100 %). ± N %: the estimate's error band on measured logs. Tight: less than ${formatPercent(options.minHeadroom)} of the available memory left, or a margin inside the band.${options.footer ? ` ${escapeMarkdown(options.footer)}` : ''}</sub>`;
}

/** Deployment files given in `sources` with nothing to check: one quoted line each, then a blank line. */
export function emptySourceLines(report: Report): string[] {
  return (report.emptySources ?? []).flatMap((empty) => [`> ${code(empty.file)}: ${escapeMarkdown(empty.message)}`, '']);
}

export function leftOutLine(count: number, where: string): string {
  return `> ${plural(count, 'more deployment')} left out to fit the size limit: ${where}.`;
}

export function detailsLeftOutLine(count: number, where: string): string {
  return `> Breakdowns left out for ${plural(count, 'deployment')} to fit the size limit: ${where}.`;
}

/** The report's warnings as quoted lines (none when it has none). */
export function warningLines(report: Report): string[] {
  const warnings = report.warnings ?? [];
  return warnings.length === 0 ? [] : [...warnings.map((w) => `> ⚠️ ${escapeMarkdown(w)}`), ''];
}

/** How much of a report to draw, to fit a size limit: rows and breakdowns left out from the end. */
export interface Cut {
  rows?: number;
  details?: number;
  /** Where the left-out deployments can be read, e.g. "the job summary has them". */
  where?: string;
}

/** The whole report: headline, table, a collapsed breakdown per deployment (worst first). */
export function renderMarkdown(report: Report, options: MarkdownOptions, cut: Cut = {}, title = 'GPU fit'): string {
  const where = cut.where ?? 'see the JSON report (output `report`)';
  const all = sortForReview(report.deployments);
  const rows = all.slice(0, cut.rows ?? Infinity);
  const details = rows.slice(0, cut.details ?? Infinity);
  const parts = [`### ${title}: ${headline(report, options)}`, ''];
  parts.push(...warningLines(report));
  if (rows.length > 0) {
    parts.push(renderTable(rows, options), '');
    for (const d of details) parts.push(deploymentDetails(d, options), '');
  }
  if (details.length < rows.length) parts.push(detailsLeftOutLine(rows.length - details.length, where), '');
  if (rows.length < all.length) parts.push(leftOutLine(all.length - rows.length, where), '');
  parts.push(...emptySourceLines(report));
  parts.push(footerLine(options));
  return parts.join('\n');
}
