// JUnit XML for CI systems other than GitHub Actions (GitLab, Jenkins, Azure Pipelines, CircleCI,
// Buildkite): one test case per deployment, a failure where the gate fails it, with the message
// and file:line. Like every renderer, it only formats the report.

import { formatBytes, type DisplayUnit } from './format.js';
import { isFailing, type DeploymentReport, type FailOn, type Report } from './report.js';

/** XML 1.0 allows no control characters but tab and newlines; the rest become U+FFFD. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function summaryOf(d: DeploymentReport, units: DisplayUnit): string {
  if (d.errors.length > 0) return d.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n');
  const parts = [`${d.file}:${d.line}: ${d.verdict}`];
  if (d.memory && d.availableBytes !== null) parts.push(`needs ${formatBytes(d.memory.totalBytes, units)} per GPU, ${formatBytes(d.availableBytes, units)} available`);
  if (d.gpu) parts.push(`on ${d.gpu.count} x ${d.gpu.name}`);
  if (d.engineError) parts.push(`the engine would refuse to start: ${d.engineError}`);
  if (d.decidedBy) parts.push(`change ${d.decidedBy.field} at ${d.decidedBy.file}:${d.decidedBy.line}`);
  if (d.recommendedGpus.length > 0) parts.push(`smallest GPUs that fit: ${d.recommendedGpus.join(', ')}`);
  return parts.join('; ');
}

function testcase(d: DeploymentReport, failOn: FailOn, units: DisplayUnit): string {
  const open = `  <testcase classname="${xml(d.file)}" name="${xml(d.name)}" file="${xml(d.file)}" line="${d.line}">`;
  const text = xml(summaryOf(d, units));
  const notes = d.notes.length > 0 ? `\n    <system-out>${xml(d.notes.join('\n'))}</system-out>` : '';
  if (d.verdict === 'error') return `${open}\n    <error message="${text}" type="error">${text}</error>${notes}\n  </testcase>`;
  // A TPU or AMD GPU deployment is listed, not estimated: JUnit's skipped.
  if (d.verdict === 'unchecked') return `${open}\n    <skipped message="${xml(d.notes.join(' '))}"/>\n  </testcase>`;
  if (isFailing(d.verdict, failOn)) return `${open}\n    <failure message="${text}" type="${d.verdict}">${text}</failure>${notes}\n  </testcase>`;
  return `${open}\n    <system-out>${text}${d.notes.length > 0 ? `\n${xml(d.notes.join('\n'))}` : ''}</system-out>\n  </testcase>`;
}

export function renderJunit(report: Report, failOn: FailOn, units: DisplayUnit): string {
  const ds = report.deployments;
  const errors = ds.filter((d) => d.verdict === 'error').length;
  const failures = ds.filter((d) => d.verdict !== 'error' && isFailing(d.verdict, failOn)).length;
  const skipped = ds.filter((d) => d.verdict === 'unchecked').length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gpu-fit" tests="${ds.length}" failures="${failures}" errors="${errors}">`,
    `<testsuite name="gpu-fit" tests="${ds.length}" failures="${failures}" errors="${errors}"${skipped > 0 ? ` skipped="${skipped}"` : ''}>`,
    ...ds.map((d) => testcase(d, failOn, units)),
    '</testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
