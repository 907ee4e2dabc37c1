// The terminal table the CLI prints: aligned plain text, then the problems with file:line:column.

import { formatBand, formatBytes, formatCapacity, formatPercent, type DisplayUnit } from './format.js';
import type { Report } from './report.js';
import { headline, sortForReview } from './markdown.js';
import { fitBar } from './cells.js';
import { fixText, memoryChartText } from './plan-markdown.js';

function pad(rows: string[][]): string[] {
  // A loop, not Math.max(...rows): spreading 140,000 rows as arguments overflows the stack.
  const widths = rows[0].map((_, i) => rows.reduce((widest, r) => Math.max(widest, [...r[i]].length), 0));
  return rows.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd());
}

export function renderText(report: Report, units: DisplayUnit): string {
  const rows = sortForReview(report.deployments);
  const out: string[] = [];
  const header = ['DEPLOYMENT', 'MODEL', 'GPU', 'NEEDED', 'AVAILABLE', 'HEADROOM', 'FIT', 'KV TOKENS (CONC.)', 'VERDICT'];
  const body = rows.map((d) => [
    d.name,
    d.model ?? '-',
    d.gpu ? `${d.gpu.count} x ${d.gpu.name}` : '-',
    d.memory ? `${formatBytes(d.memory.totalBytes, units)}${formatBand(d.uncertainty).replace(/\u00a0/g, ' ')}` : '-',
    d.availableBytes !== null ? formatBytes(d.availableBytes, units) : '-',
    d.headroomBytes !== null && d.availableBytes
      ? `${formatBytes(d.headroomBytes, units)} (${formatPercent(d.headroomBytes / d.availableBytes)})`
      : '-',
    d.memory && d.availableBytes ? fitBar(d.memory.totalBytes, d.availableBytes).replace(/\u00a0/g, ' ') : '-',
    formatCapacity(d.kvCacheCapacityTokens, d.maxConcurrency).replace('—', '-'),
    d.verdict.toUpperCase(),
  ]);
  out.push(headline(report).replace(/^\S+\s/, ''), '');
  for (const w of report.warnings ?? []) out.push(`warning: ${w}`);
  if ((report.warnings ?? []).length > 0) out.push('');
  // Row by row, never push(...rows): 140,000 arguments overflow the stack.
  if (rows.length > 0) for (const line of pad([header, ...body])) out.push(line);
  const problems: string[] = [];
  for (const d of rows) {
    for (const e of d.errors) problems.push(`${e.file}:${e.line}:${e.column}: error: ${e.message}`);
    if (d.verdict === 'unchecked') for (const note of d.notes) problems.push(`${d.file}:${d.line}: not checked: ${note}`);
    const at = d.decidedBy ? `${d.decidedBy.file}:${d.decidedBy.line}` : `${d.file}:${d.line}`;
    if (d.engineError) problems.push(`${at}: ${d.engine} would refuse to start: ${d.engineError}`);
    if ((d.verdict === 'undersized' || d.verdict === 'tight') && d.memory && d.availableBytes !== null) {
      const fit = d.recommendedGpus.length > 0 ? ` Smallest GPUs that fit: ${d.recommendedGpus.join(', ')}.` : '';
      problems.push(
        `${at}: ${d.verdict}: ${d.name} needs ${formatBytes(d.memory.totalBytes, units)} per GPU, ${formatBytes(d.availableBytes, units)} available.${fit}`,
      );
      for (const f of d.fixes) problems.push(`  fix: ${fixText(f, units)}`);
      problems.push(...memoryChartText(d, units).map((l) => `  ${l}`));
    }
  }
  for (const empty of report.emptySources ?? []) problems.push(`${empty.file}: ${empty.message}`);
  if (problems.length > 0) {
    out.push('');
    for (const line of problems) out.push(line);
  }
  return out.join('\n');
}
