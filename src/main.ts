// The action: check the manifests, write the job summary, annotate, comment on the pull request,
// set the outputs, and fail the job when a deployment does not fit.

import * as core from '@actions/core';
import * as github from '@actions/github';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { checkManifests } from './check.js';
import { COMMENT_MAX_CHARS, commentMarker, DEFAULT_MANIFEST_GLOBS } from './constants.js';
import { postComment } from './github/comment.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { formatBytes } from './report/format.js';
import { renderMarkdown } from './report/markdown.js';
import { isFailing, type Report } from './report/report.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function annotate(report: Report, inputs: ActionInputs): void {
  for (const d of report.deployments) {
    for (const e of d.errors) {
      core.error(e.message, { title: `gpu-fit: ${d.name}`, file: e.file, startLine: e.line, startColumn: e.column });
    }
    if ((d.verdict === 'undersized' || d.verdict === 'tight') && d.memory && d.availableBytes !== null) {
      const fit = d.recommendedGpus.length > 0 ? ` Smallest GPUs that fit: ${d.recommendedGpus.join(', ')}.` : '';
      const engine = d.engineError ? ` ${d.engine} would refuse to start: ${d.engineError}` : '';
      const message = `${d.name} needs ${formatBytes(d.memory.totalBytes, inputs.units)} per GPU; ${formatBytes(d.availableBytes, inputs.units)} available on ${d.gpu?.name}.${engine}${fit}`;
      const props = { title: `gpu-fit: ${d.name} is ${d.verdict}`, file: d.file, startLine: d.line };
      if (d.verdict === 'undersized') core.error(message, props);
      else core.warning(message, props);
    }
  }
}

async function comment(body: string, inputs: ActionInputs): Promise<void> {
  const { eventName, payload, repo } = github.context;
  if (inputs.comment === 'off' || !PR_EVENTS.has(eventName)) return;
  const number = payload.pull_request?.number;
  if (!number) return;
  if (!inputs.githubToken) {
    core.warning('No github-token: the pull-request comment was skipped.');
    return;
  }
  const marker = commentMarker(inputs.commentId);
  let text = `${marker}\n${body}`;
  if (text.length > COMMENT_MAX_CHARS) {
    const note = '\n\n… cut to fit GitHub\'s comment limit: the job summary has the whole report.';
    text = text.slice(0, COMMENT_MAX_CHARS - note.length) + note;
  }
  try {
    const octokit = github.getOctokit(inputs.githubToken);
    const result = await postComment(octokit, { ...repo, issueNumber: number }, text, marker, inputs.comment);
    core.info(`Pull-request comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? 'the token cannot write to this pull request (a fork, or missing `pull-requests: write` permission)'
        : (e as Error).message;
    core.warning(`Could not post the gpu-fit comment: ${why}. The check itself is unaffected.`);
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const root = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    const patterns = inputs.manifests.length > 0 ? inputs.manifests : [...DEFAULT_MANIFEST_GLOBS];
    const { report, files } = await checkManifests({ root, patterns, minHeadroom: inputs.minHeadroom, failOn: inputs.failOn });
    core.info(`gpu-fit ${pkg.version}: ${files.length} manifest(s), ${report.deployments.length} deployment(s) checked in ${root}`);
    if (files.length === 0) core.warning(`No gpu-fit manifests matched: ${patterns.join(', ')}`);

    const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), `gpu-fit-report-${inputs.commentId}.json`);
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);

    const body = renderMarkdown(report, { units: inputs.units, minHeadroom: inputs.minHeadroom, footer: `gpu-fit ${pkg.version}` });
    await core.summary.addRaw(body, true).write();
    annotate(report, inputs);
    await comment(body, inputs);

    const failing = report.deployments.filter((d) => isFailing(d.verdict, inputs.failOn));
    core.setOutput('result', report.result);
    core.setOutput('undersized', report.deployments.filter((d) => d.verdict === 'undersized').length);
    core.setOutput('report', reportPath);
    if (failing.length > 0) {
      core.setFailed(`${failing.length} deployment(s) failed the GPU fit check: ${failing.map((d) => `${d.name} (${d.verdict})`).join(', ')}`);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
