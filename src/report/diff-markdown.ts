// The pull-request comment: one line that says what the pull request does to GPU fit, a table of
// the deployments it changes (needed memory, headroom and verdict, before → after), their
// breakdowns, and the unchanged deployments folded away.

import { figure, NBSP } from './cells.js';
import { escapeMarkdown } from './escape.js';
import { formatPercent } from './format.js';
import type { DeploymentChange, ReportDiff } from './diff.js';
import {
  barCell,
  deploymentDetails,
  detailsLeftOutLine,
  emptySourceLines,
  failedOf,
  failing,
  failureCause,
  footerLine,
  gpuCell,
  headline,
  leftOutLine,
  nameCell,
  plural,
  sortForReview,
  tableHeader,
  tableRow,
  verdictCell,
  verdictCounts,
  type Cut,
  warningLines,
  type MarkdownOptions,
} from './markdown.js';
import type { DeploymentReport, Report } from './report.js';
import { VERDICT_ORDER } from './verdicts.js';
import { shorten } from './cells.js';

const shortModel = (model: string) => shorten(model);

function worsened(c: DeploymentChange): boolean {
  return c.before !== null && c.after !== null && VERDICT_ORDER[c.after.verdict] < VERDICT_ORDER[c.before.verdict];
}

/** What the pull request changed: "2 deployments changed: 1 now undersized on L4, 1 added". */
export function changeSummary(diff: ReportDiff): string {
  if (diff.changed === 0) return 'no deployment changed';
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
  return `${plural(diff.changed, 'deployment')} changed${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** Names of the deployments the pull request changed (added, modified, renamed) in the head report. */
function changedNames(diff: ReportDiff): Set<DeploymentReport> {
  return new Set(diff.changes.filter((c) => c.status !== 'unchanged' && c.after).map((c) => c.after!));
}

/**
 * The job's outcome and its cause, then what the pull request changed: "❌ fails: 3 deployments
 * undersized (on L4) of 19, none changed by this pull request".
 */
export function diffHeadline(diff: ReportDiff, head: Report, options: Pick<MarkdownOptions, 'failOn'> = {}): string {
  const failed = failedOf(head, options);
  const changed = changedNames(diff);
  if (failed.length > 0) {
    const byPr = failed.filter((d) => changed.has(d)).length;
    const which = byPr === 0 ? 'none changed by this pull request' : byPr === failed.length ? `${byPr === 1 ? 'changed' : 'all changed'} by this pull request` : `${byPr} changed by this pull request, ${failed.length - byPr} not`;
    return `❌ fails: ${failureCause(failed, head.deployments.length)}, ${which}${diff.changed > 0 ? ` · ${changeSummary(diff)}` : ''}`;
  }
  return `${headline(head, options)} · ${changeSummary(diff)}`;
}

const verdictText = verdictCell;

function neededCell(c: DeploymentChange, units: MarkdownOptions['units']): string {
  const b = c.before?.memory?.totalBytes;
  const a = c.after?.memory?.totalBytes;
  if (b === undefined && a === undefined) return '—';
  if (b === undefined) return figure(a!, units);
  if (a === undefined) return `${figure(b, units)} → —`;
  if (a === b) return figure(a, units);
  const delta = figure(a - b, units);
  return `${figure(b, units)} → **${figure(a, units)}**<br><sub>${a > b ? '+' : ''}${delta}${NBSP}(${a >= b ? '+' : ''}${formatPercent((a - b) / b)})</sub>`;
}

function headroomCell(c: DeploymentChange, units: MarkdownOptions['units']): string {
  const show = (d: DeploymentReport | null) => (d?.headroomBytes === null || d?.headroomBytes === undefined ? '—' : figure(d.headroomBytes, units));
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
  const name = nameCell(d, label);
  const gpuText = (r: DeploymentReport | null) => gpuCell(r);
  const modelText = (r: DeploymentReport | null) => escapeMarkdown(shortModel(r?.model ?? '—'));
  // What the pull request moved: old → new where both sides exist and differ.
  const moved = (text: (r: DeploymentReport | null) => string) =>
    c.before && c.after && text(c.before) !== text(c.after) ? `${text(c.before)} → ${text(c.after)}` : text(d);
  const gpu = moved(gpuText);
  let verdict: string;
  if (c.status === 'added') verdict = verdictText(c.after);
  else if (c.status === 'removed') verdict = `${verdictText(c.before)} → removed`;
  else if (c.before!.verdict === c.after!.verdict) verdict = verdictText(c.after);
  else verdict = worsened(c) ? `${verdictText(c.before)} → **${verdictText(c.after)}**` : `${verdictText(c.before)} → ${verdictText(c.after)}`;
  return `| ${name} | ${verdict} | ${barCell(c.after)} | ${gpu} | ${neededCell(c, options.units)} | ${headroomCell(c, options.units)} | ${moved(modelText)} |`;
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
  title = 'GPU fit',
): string {
  const kept = cut.rows ?? Infinity;
  const where = cut.where ?? 'the job summary has them';
  const changed = diff.changes.filter((c) => c.status !== 'unchanged').sort((a, b) => rank(a) - rank(b));
  const unchanged = sortForReview(diff.changes.filter((c) => c.status === 'unchanged').map((c) => c.after!));
  // Deployments that fail the job although this pull request did not touch them: never folded away.
  const failingUnchanged = failing(unchanged, options);
  const shownChanged = changed.slice(0, kept);
  const shownFailing = sections.unchanged ? failingUnchanged.slice(0, Math.max(0, kept - changed.length)) : [];
  const withDetails = shownChanged.filter((c) => c.after !== null);
  const shownDetails = withDetails.slice(0, cut.details ?? Infinity);
  const shownUnchanged = sections.unchanged ? unchanged.slice(0, Math.max(0, kept - changed.length)) : [];
  const parts = [`### ${title}: ${diffHeadline(diff, head, options)}`, ''];
  // The comment says what the check could not read; the summary's report section already does.
  if (sections.footer) parts.push(...warningLines(head));
  if (shownChanged.length > 0) {
    const u = options.units;
    parts.push(`| Deployment | Verdict | Fit | GPU | Needed (${u}) | Headroom (${u}) | Model |`, '|---|---|---|---|---:|---:|---|');
    for (const c of shownChanged) parts.push(changeRow(c, options));
    parts.push('');
    if (sections.details) for (const c of shownDetails) parts.push(deploymentDetails(c.after!, options), '');
  }
  if (shownFailing.length > 0) {
    parts.push(`**Failing the gate, not changed by this pull request** (${plural(failingUnchanged.length, 'deployment')}):`, '', ...tableHeader(options.units));
    for (const d of shownFailing) parts.push(tableRow(d, options));
    parts.push('');
  }
  if (shownUnchanged.length > 0) {
    parts.push(`<details><summary>${unchanged.length} unchanged: ${verdictCounts(unchanged)}</summary>`, '', ...tableHeader(options.units));
    for (const d of shownUnchanged) parts.push(tableRow(d, options));
    parts.push('', '</details>', '');
  }
  // The failing ones are in the fold too (its counts are of every unchanged deployment).
  const omitted = changed.length - shownChanged.length + (sections.unchanged ? unchanged.length - shownUnchanged.length : 0);
  if (sections.details && shownDetails.length < withDetails.length) parts.push(detailsLeftOutLine(withDetails.length - shownDetails.length, where), '');
  if (omitted > 0) parts.push(leftOutLine(omitted, where), '');
  if (sections.footer) parts.push(...emptySourceLines(head));
  if (sections.footer) parts.push(footerLine(options));
  return parts.join('\n').trimEnd();
}
