// The pull-request comment and the job summary, each sized to GitHub's limit (65,536 characters
// a comment, 1 MiB a summary): breakdowns go first, then whole rows, and a line says so.

import { renderDiffMarkdown } from './diff-markdown.js';
import type { ReportDiff } from './diff.js';
import { chars, fitReport, utf8Bytes, type FittedReport } from './fit.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import type { Report } from './report.js';

/** The comment: the diff when the base could be read, else the whole report. */
export function sizedComment(report: Report, diff: ReportDiff | null, options: MarkdownOptions, limitChars: number): FittedReport {
  // The job summary may have left them out too: the JSON report never does.
  const where = 'the JSON report (the action\'s `report` output) has them all';
  if (diff) return fitReport(diff.changes.length, (rows, details) => renderDiffMarkdown(diff, report, options, { rows, details, where }), limitChars, chars);
  return fitReport(report.deployments.length, (rows, details) => renderMarkdown(report, options, { rows, details, where }), limitChars, chars);
}

/** The job summary: the diff's table of changes (on pull requests), then the whole report. */
export function sizedSummary(report: Report, diff: ReportDiff | null, options: MarkdownOptions, limitBytes: number, where: string): FittedReport {
  const render = (rows: number, details: number) => {
    const changes = diff
      ? renderDiffMarkdown(diff, report, options, { rows, where }, { details: false, unchanged: false, footer: false }, "This pull request's changes")
      : '';
    return [changes, renderMarkdown(report, options, { rows, details, where }, diff ? 'Every deployment' : 'GPU fit')].filter(Boolean).join('\n\n');
  };
  return fitReport(report.deployments.length, render, limitBytes, utf8Bytes);
}
