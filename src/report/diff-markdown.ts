// The pull-request comment: one line that says what the pull request does to GPU fit, a table of
// the deployments it changes (needed memory, headroom and verdict, before → after), their
// breakdowns, and the unchanged deployments folded away.

import { escapeMarkdown } from './escape.js';
import { formatBytes, formatPercent, formatSignedBytes } from './format.js';
import type { DeploymentChange, ReportDiff } from './diff.js';
import { deploymentDetails, detailsLeftOutLine, emptySourceLines, footerLine, leftOutLine, plural, tableRow, TABLE_HEADER, type Cut, type MarkdownOptions } from './markdown.js';
import type { DeploymentReport, Report } from './report.js';
import { VERDICT_ICON, VERDICT_LABEL, VERDICT_ORDER } from './verdicts.js';

function worsened(c: DeploymentChange): boolean {
  return c.before !== null && c.after !== null && VERDICT_ORDER[c.after.verdict] < VERDICT_ORDER[c.before.verdict];
}

/** "2 deployments changed: 1 now undersized on L4, 1 added". */
export function diffHeadline(diff: ReportDiff, head: Report): string {
  const icon = head.result === 'fail' ? '❌' : head.deployments.some((d) => d.verdict === 'tight' || d.verdict === 'undersized') ? '⚠️' : '✅';
  if (diff.changed === 0) {
    const total = head.deployments.length;
    const state = head.deployments.every((d) => d.verdict === 'fits') ? (total === 1 ? 'it fits' : `all ${total} fit`) : `${total} checked`;
    return `${icon} No deployment changed (${state})`;
  }
  const changes = diff.changes.filter((c) => c.status !== 'unchanged');
  const parts: string[] = [];
  const now = (verdict: DeploymentReport['verdict']) => changes.filter((c) => c.after?.verdict === verdict && (c.status === 'added' || c.before?.verdict !== verdict));
  const undersized = now('undersized');
  if (undersized.length > 0) {
    const gpus = [...new Set(undersized.map((c) => c.after!.gpu?.name ?? '?'))].map(escapeMarkdown).join(', ');
    parts.push(`${undersized.length} now undersized on ${gpus}`);
  }
  if (now('error').length > 0) parts.push(`${now('error').length} now invalid`);
  if (now('tight').length > 0) parts.push(`${now('tight').length} now tight`);
  const fixed = changes.filter((c) => c.status !== 'added' && c.after?.verdict === 'fits' && c.before && c.before.verdict !== 'fits');
  if (fixed.length > 0) parts.push(`${fixed.length} now fit${fixed.length === 1 ? 's' : ''}`);
  const added = changes.filter((c) => c.status === 'added').length;
  const removed = changes.filter((c) => c.status === 'removed').length;
  const renamed = changes.filter((c) => c.status === 'renamed').length;
  if (added > 0) parts.push(`${added} added`);
  if (removed > 0) parts.push(`${removed} removed`);
  if (renamed > 0) parts.push(`${renamed} renamed`);
  return `${icon} ${plural(diff.changed, 'deployment')} changed${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

function verdictText(d: DeploymentReport | null): string {
  return d ? `${VERDICT_ICON[d.verdict]} ${VERDICT_LABEL[d.verdict]}` : '—';
}

function neededCell(c: DeploymentChange, units: MarkdownOptions['units']): string {
  const b = c.before?.memory?.totalBytes;
  const a = c.after?.memory?.totalBytes;
  if (b === undefined && a === undefined) return '—';
  if (b === undefined) return formatBytes(a!, units);
  if (a === undefined) return `${formatBytes(b, units)} → —`;
  if (a === b) return formatBytes(a, units);
  return `${formatBytes(b, units)} → **${formatBytes(a, units)}** (${formatSignedBytes(a - b, units)}, ${a >= b ? '+' : ''}${formatPercent((a - b) / b)})`;
}

function headroomCell(c: DeploymentChange, units: MarkdownOptions['units']): string {
  const show = (d: DeploymentReport | null) => (d?.headroomBytes === null || d?.headroomBytes === undefined ? '—' : formatBytes(d.headroomBytes, units));
  if (!c.before) return show(c.after);
  if (!c.after) return `${show(c.before)} → —`;
  return c.before.headroomBytes === c.after.headroomBytes ? show(c.after) : `${show(c.before)} → ${show(c.after)}`;
}

function changeRow(c: DeploymentChange, options: MarkdownOptions): string {
  const d = (c.after ?? c.before)!;
  const label =
    c.status === 'added'
      ? ' (new)'
      : c.status === 'removed'
        ? ' (removed)'
        : c.renamedFrom
          ? ` (was ${escapeMarkdown(c.renamedFrom.name === d.name ? c.renamedFrom.file : `${c.renamedFrom.name}${c.renamedFrom.file !== d.file ? ` in ${c.renamedFrom.file}` : ''}`)})`
          : '';
  const name = `**${escapeMarkdown(d.name)}**${label}<br><sub>${escapeMarkdown(d.file)}:${d.line}</sub>`;
  const gpuText = (r: DeploymentReport | null) => (r?.gpu ? `${r.gpu.count} × ${escapeMarkdown(r.gpu.name)}` : '—');
  const modelText = (r: DeploymentReport | null) => escapeMarkdown(r?.model ?? '—');
  // What the pull request moved: old → new where both sides exist and differ.
  const moved = (text: (r: DeploymentReport | null) => string) =>
    c.before && c.after && text(c.before) !== text(c.after) ? `${text(c.before)} → ${text(c.after)}` : text(d);
  const gpu = moved(gpuText);
  let verdict: string;
  if (c.status === 'added') verdict = verdictText(c.after);
  else if (c.status === 'removed') verdict = `${verdictText(c.before)} → removed`;
  else if (c.before!.verdict === c.after!.verdict) verdict = verdictText(c.after);
  else verdict = worsened(c) ? `${verdictText(c.before)} → **${verdictText(c.after)}**` : `${verdictText(c.before)} → ${verdictText(c.after)}`;
  return `| ${name} | ${moved(modelText)} | ${gpu} | ${neededCell(c, options.units)} | ${headroomCell(c, options.units)} | ${verdict} |`;
}

/** Changes worst first: new failures, then other changes, then additions and removals. */
function rank(c: DeploymentChange): number {
  const after = c.after ? VERDICT_ORDER[c.after.verdict] : 4;
  return (worsened(c) ? 0 : 10) + after;
}

export interface DiffSections {
  /** Breakdowns of the changed deployments (the comment has them; the summary shows the full report below). */
  details: boolean;
  /** The unchanged deployments, folded. */
  unchanged: boolean;
  footer: boolean;
}

export function renderDiffMarkdown(
  diff: ReportDiff,
  head: Report,
  options: MarkdownOptions,
  cut: Cut = {},
  sections: DiffSections = { details: true, unchanged: true, footer: true },
): string {
  const kept = cut.rows ?? Infinity;
  const where = cut.where ?? 'the job summary has them';
  const changed = diff.changes.filter((c) => c.status !== 'unchanged').sort((a, b) => rank(a) - rank(b));
  const unchanged = diff.changes.filter((c) => c.status === 'unchanged').map((c) => c.after!);
  const shownChanged = changed.slice(0, kept);
  const withDetails = shownChanged.filter((c) => c.after !== null);
  const shownDetails = withDetails.slice(0, cut.details ?? Infinity);
  const shownUnchanged = sections.unchanged ? unchanged.slice(0, Math.max(0, kept - changed.length)) : [];
  const parts = [`### GPU fit: ${diffHeadline(diff, head)}`, ''];
  if (shownChanged.length > 0) {
    parts.push('| Deployment | Model | GPU | Needed per GPU | Headroom | Verdict |', '|---|---|---|---:|---:|---|');
    for (const c of shownChanged) parts.push(changeRow(c, options));
    parts.push('');
    if (sections.details) for (const c of shownDetails) parts.push(deploymentDetails(c.after!, options), '');
  }
  if (shownUnchanged.length > 0) {
    parts.push(`<details><summary>${plural(unchanged.length, 'unchanged deployment')}</summary>`, '', ...TABLE_HEADER);
    for (const d of shownUnchanged) parts.push(tableRow(d, options));
    parts.push('', '</details>', '');
  }
  const omitted = changed.length - shownChanged.length + (sections.unchanged ? unchanged.length - shownUnchanged.length : 0);
  if (sections.details && shownDetails.length < withDetails.length) parts.push(detailsLeftOutLine(withDetails.length - shownDetails.length, where), '');
  if (omitted > 0) parts.push(leftOutLine(omitted, where), '');
  if (sections.footer) parts.push(...emptySourceLines(head));
  if (sections.footer) parts.push(footerLine(options));
  return parts.join('\n').trimEnd();
}
