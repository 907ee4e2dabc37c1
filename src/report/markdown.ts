// The Markdown report for the job summary and the pull-request comment: a headline a reviewer
// reads in five seconds, one table, then a collapsed breakdown per deployment.

import type { Component } from '../core/types.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { formatBand, formatBytes, formatCapacity, formatCount, formatInput, formatPercent, type DisplayUnit } from './format.js';
import type { DeploymentReport, Report } from './report.js';
import { VERDICT_ICON, VERDICT_LABEL, VERDICT_ORDER } from './verdicts.js';

export interface MarkdownOptions {
  units: DisplayUnit;
  minHeadroom: number;
  /** Shown in the footer, e.g. "gpu-fit 0.1.0". */
  footer?: string;
}

/** "1 deployment", "2 deployments". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function count(report: Report, verdict: DeploymentReport['verdict']): number {
  return report.deployments.filter((d) => d.verdict === verdict).length;
}

export function headline(report: Report): string {
  const total = report.deployments.length;
  if (total === 0) return 'No gpu-fit deployments found';
  const parts: string[] = [];
  const undersized = report.deployments.filter((d) => d.verdict === 'undersized');
  if (undersized.length > 0) {
    const gpus = [...new Set(undersized.map((d) => d.gpu?.name ?? '?'))];
    parts.push(`${undersized.length} undersized on ${gpus.map(escapeMarkdown).join(', ')}`);
  }
  if (count(report, 'error') > 0) parts.push(`${count(report, 'error')} invalid`);
  if (count(report, 'tight') > 0) parts.push(`${count(report, 'tight')} tight`);
  if (count(report, 'unchecked') > 0) parts.push(`${count(report, 'unchecked')} not checked`);
  const icon = report.result === 'fail' ? '❌' : parts.length > 0 ? '⚠️' : '✅';
  if (parts.length === 0) return `${icon} ${total === 1 ? 'The deployment fits' : `All ${total} deployments fit`} their GPUs`;
  return `${icon} ${plural(total, 'deployment')} checked: ${parts.join(', ')}`;
}

function location(d: DeploymentReport): string {
  return `${escapeMarkdown(d.file)}:${d.line}`;
}

export function tableRow(d: DeploymentReport, options: MarkdownOptions): string {
  const u = options.units;
  const gpu = d.gpu ? `${d.gpu.count} × ${escapeMarkdown(d.gpu.name)}` : '—';
  const needed = d.memory ? `${formatBytes(d.memory.totalBytes, u)}${formatBand(d.uncertainty)}` : '—';
  const available = d.availableBytes !== null ? formatBytes(d.availableBytes, u) : '—';
  const headroom =
    d.headroomBytes !== null && d.availableBytes
      ? `${formatBytes(d.headroomBytes, u)} (${formatPercent(d.headroomBytes / d.availableBytes)})`
      : '—';
  const name = `**${escapeMarkdown(d.name)}**<br><sub>${location(d)}</sub>`;
  const capacity = formatCapacity(d.kvCacheCapacityTokens, d.maxConcurrency);
  return `| ${name} | ${d.model ? escapeMarkdown(d.model) : '—'} | ${gpu} | ${needed} | ${available} | ${headroom} | ${capacity} | ${VERDICT_ICON[d.verdict]} ${VERDICT_LABEL[d.verdict]} |`;
}

/** A code span inside a table cell: no Markdown to escape, but pipes still end the cell. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\``;
}

function inputsText(inputs: Component['inputs']): string {
  const entries = Object.entries(inputs);
  if (entries.length === 0) return '';
  return entries.map(([k, v]) => code(`${k}=${formatInput(v)}`)).join(' ');
}

function componentRow(label: string, c: Component, units: DisplayUnit): string {
  return `| ${label} | ${formatBytes(c.bytes, units)} | ${code(c.formula)} | ${inputsText(c.inputs)} | ${escapeMarkdown(c.rule)} |`;
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
    lines.push(`Engine **${escapeMarkdown(d.engine ?? '')}**, figures per GPU (the busiest one).`, '');
    if (d.engineError) lines.push(`**The engine would refuse to start:** ${escapeMarkdown(d.engineError)}`, '');
    lines.push('| Component | Memory | Formula | Inputs | Engine rule |', '|---|---:|---|---|---|');
    lines.push(componentRow('Weights', d.breakdown.weights, u));
    lines.push(componentRow('KV cache', d.breakdown.kvCache, u));
    lines.push(componentRow('Activations', d.breakdown.activations, u));
    lines.push(componentRow('Overhead', d.breakdown.overhead, u));
    lines.push(`| **Total needed** | **${formatBytes(d.memory.totalBytes, u)}**${formatBand(d.uncertainty)} | | | |`);
    if (d.availableBytes !== null && d.headroomBytes !== null) {
      lines.push(`| Available | ${formatBytes(d.availableBytes, u)} | | | |`);
      lines.push(`| Headroom | ${formatBytes(d.headroomBytes, u)} | | | |`);
    }
    lines.push('');
    if (d.kvCachePoolBytes !== null) lines.push(`KV cache pool the engine allocates: ${formatBytes(d.kvCachePoolBytes, u)}.`, '');
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
  for (const note of d.notes) lines.push(`> ${escapeMarkdown(note)}`, '');
  lines.push('</details>');
  return lines.join('\n');
}

export const TABLE_HEADER = [
  '| Deployment | Model | GPU | Needed | Available | Headroom | KV tokens (concurrency) | Verdict |',
  '|---|---|---|---:|---:|---:|---:|---|',
];

export function renderTable(deployments: DeploymentReport[], options: MarkdownOptions): string {
  const lines = [...TABLE_HEADER];
  for (const d of deployments) lines.push(tableRow(d, options));
  return lines.join('\n');
}

export function sortForReview(deployments: DeploymentReport[]): DeploymentReport[] {
  return [...deployments].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
}

export function footerLine(options: MarkdownOptions): string {
  const unitNote = options.units === 'GiB' ? 'GiB = 2³⁰ bytes' : 'GB = 10⁹ bytes';
  return `<sub>Memory per GPU in ${unitNote}. Tight: less than ${formatPercent(options.minHeadroom)} of the available memory left.${options.footer ? ` ${escapeMarkdown(options.footer)}` : ''}</sub>`;
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

/** How much of a report to draw, to fit a size limit: rows and breakdowns left out from the end. */
export interface Cut {
  rows?: number;
  details?: number;
  /** Where the left-out deployments can be read, e.g. "the job summary has them". */
  where?: string;
}

/** The whole report: headline, table, a collapsed breakdown per deployment (worst first). */
export function renderMarkdown(report: Report, options: MarkdownOptions, cut: Cut = {}): string {
  const where = cut.where ?? 'see the JSON report (output `report`)';
  const all = sortForReview(report.deployments);
  const rows = all.slice(0, cut.rows ?? Infinity);
  const details = rows.slice(0, cut.details ?? Infinity);
  const parts = [`### GPU fit: ${headline(report)}`, ''];
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
