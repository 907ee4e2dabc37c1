// The action: check the manifests, compare with the pull request's base, write the job summary,
// annotate, keep the pull-request comment, set the outputs, and fail the job when a deployment
// does not fit. GitHub API failures only warn: they never change the verdict, the exit code, the
// summary or the outputs.

import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { checkTexts, readManifests, readSources, type ManifestText } from './check.js';
import { commentIdFileName, commentMarker } from './comment-id.js';
import { COMMENT_MAX_CHARS, DEFAULT_MANIFEST_GLOBS, SUMMARY_MAX_BYTES } from './constants.js';
import { EVENT_PAYLOAD_PROBLEM } from './event-payload.js';
import { baseManifests } from './github/base-manifests.js';
import { API_PHASE_TIMEOUT_MS, createClient, type Octokit } from './github/client.js';
import { postComment } from './github/comment.js';
import { changedFiles, pullRequestOf, type PullRequest } from './github/pull-request.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { readPriceFile } from './prices-file.js';
import { withDefaultIncludes } from './manifest/glob.js';
import { modelSourceFromEnv } from './models/from-env.js';
import type { ModelSource } from './models/source.js';
import { diffReports, type ReportDiff } from './report/diff.js';
import { formatBytes } from './report/format.js';
import { jsonPieces, utf8Chunks } from './report/json.js';
import type { MarkdownOptions } from './report/markdown.js';
import { isFailing, type Report } from './report/report.js';
import { sizedComment, sizedSummary } from './report/sized.js';
import { redactSecrets, redactUrls } from './redact.js';
import { escapeTerminal } from './report/escape.js';

function annotate(report: Report, inputs: ActionInputs): void {
  // Names and messages carry manifest text: in the log and the annotations it is shown, never obeyed
  // (ANSI escapes, bidirectional controls).
  const shown =
    (say: typeof core.error) =>
    (message: string, props: core.AnnotationProperties & { title: string }) =>
      say(escapeTerminal(message), { ...props, title: escapeTerminal(props.title) });
  const [error, warning, notice] = [shown(core.error), shown(core.warning), shown(core.notice)];
  for (const d of report.deployments) {
    for (const e of d.errors) {
      error(e.message, { title: `gpu-fit: ${d.name}`, file: e.file, startLine: e.line, startColumn: e.column });
    }
    if ((d.verdict === 'undersized' || d.verdict === 'tight') && d.memory && d.availableBytes !== null) {
      const fit = d.recommendedGpus.length > 0 ? ` Smallest GPUs that fit: ${d.recommendedGpus.join(', ')}.` : '';
      const engine = d.engineError ? ` ${d.engine} would refuse to start: ${d.engineError}` : '';
      const message = `${d.name} needs ${formatBytes(d.memory.totalBytes, inputs.units)} per GPU; ${formatBytes(d.availableBytes, inputs.units)} available on ${d.gpu?.name}.${engine}${fit}`;
      // At the line to change: the flag, label or field that decides it.
      const where = d.decidedBy ?? { file: d.file, line: d.line };
      const props = { title: `gpu-fit: ${d.name} is ${d.verdict}`, file: where.file, startLine: where.line };
      if (d.verdict === 'undersized') error(message, props);
      else warning(message, props);
    }
    // Not checked is said where the file names the accelerator, without failing the job.
    if (d.verdict === 'unchecked') for (const note of d.notes) notice(note, { title: `gpu-fit: ${d.name} not checked`, file: d.file, startLine: d.line });
  }
  for (const empty of report.emptySources ?? []) notice(`${empty.file}: ${empty.message}`, { title: 'gpu-fit: nothing to check', file: empty.file });
}

/** An API error's message, with what a timeout or the phase deadline means. */
function apiMessage(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { name?: string } };
  if (e.name === 'AbortError' || e.cause?.name === 'AbortError') return `the GitHub API phase ran past its ${API_PHASE_TIMEOUT_MS / 60_000}-minute deadline`;
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return 'the GitHub API did not answer in time';
  return e.message ?? String(error);
}

function apiWarning(what: string, error: unknown, pr: PullRequest | null): void {
  const status = (error as { status?: number }).status;
  const why =
    status === 403 || status === 404
      ? `the token may not do this${pr?.fromFork ? ' (a pull request from a fork gets a read-only token: see the README for the workflow_run pattern)' : ' (does the job have `pull-requests: write`?)'}`
      : `${status ? `HTTP ${status}: ` : ''}${apiMessage(error)}`;
  core.warning(`gpu-fit could not ${what}: ${redactUrls(why)}. The check itself is unaffected.`);
}

/** The head report against the base commit's, or null when the base cannot be read. */
async function compareWithBase(
  octokit: Octokit,
  pr: PullRequest,
  head: readonly ManifestText[],
  headReport: Report,
  patterns: readonly string[],
  inputs: ActionInputs,
  models: ModelSource,
  sources: readonly ManifestText[],
): Promise<ReportDiff | null> {
  try {
    const changes = await changedFiles(octokit, pr);
    const base = await baseManifests(octokit, pr, changes, head, patterns, inputs.workingDirectory);
    const baseSources = await baseManifests(octokit, pr, changes, sources, inputs.sources, inputs.workingDirectory);
    const baseReport = await checkTexts(base.texts, { minHeadroom: inputs.minHeadroom, failOn: inputs.failOn, models, sources: baseSources.texts, secrets: [inputs.githubToken, inputs.hfToken].filter(Boolean) });
    return diffReports(baseReport, headReport, new Map([...base.renamed, ...baseSources.renamed]));
  } catch (error) {
    apiWarning('read the manifests at the base commit', error, pr);
    return null;
  }
}

/** The comment's text (hidden marker first), within GitHub's limit. */
function commentBody(report: Report, diff: ReportDiff | null, inputs: ActionInputs, options: MarkdownOptions): { text: string; omitted: number } {
  const marker = commentMarker(inputs.commentId);
  const body = sizedComment(report, diff, options, COMMENT_MAX_CHARS - marker.length - 1);
  return { text: `${marker}\n${body.text}`, omitted: body.omitted };
}

async function comment(octokit: Octokit, pr: PullRequest, body: { text: string; omitted: number }, diff: ReportDiff | null, inputs: ActionInputs): Promise<void> {
  if (inputs.comment === 'off') return;
  if (body.omitted > 0) core.warning(`The pull-request comment leaves ${body.omitted} deployment(s) out to stay under GitHub's 65,536-character limit; the JSON report (output \`report\`) has them all.`);
  try {
    const createIfMissing = inputs.commentOnNoChange || diff === null || diff.changed > 0;
    const result = await postComment(octokit, { owner: pr.owner, repo: pr.repo, issueNumber: pr.number }, body.text, commentMarker(inputs.commentId), inputs.comment, createIfMissing);
    for (const note of result.notes) core.warning(`gpu-fit comment: ${note}.`);
    if (result.action === 'skipped') core.info('No deployment changed and no gpu-fit comment exists yet: no comment posted (comment-on-no-change: false).');
    else core.info(`Pull-request comment ${result.action}${result.removed ? ` (${result.removed} earlier removed)` : ''}${result.url ? `: ${result.url}` : ''}`);
  } catch (error) {
    apiWarning('post the pull-request comment', error, pr);
  }
}

/** RUNNER_TEMP, or the system's temporary folder when the runner does not set it (or it cannot be written). */
async function tempFolder(): Promise<string> {
  const runnerTemp = process.env.RUNNER_TEMP;
  if (runnerTemp) {
    try {
      await mkdir(runnerTemp, { recursive: true });
      return runnerTemp;
    } catch (error) {
      core.warning(`RUNNER_TEMP (${runnerTemp}) cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): the report and comment files go to ${tmpdir()}.`);
      return tmpdir();
    }
  }
  core.warning(`RUNNER_TEMP is not set: the report and comment files go to ${tmpdir()}.`);
  return tmpdir();
}

/** An output file, or null with a warning when it cannot be written: the check's result stands either way. */
async function writeOutputFile(folder: string, name: string, text: string | Iterable<Uint8Array>): Promise<string | null> {
  const path = join(folder, name);
  try {
    await writeFile(path, text);
    return path;
  } catch (error) {
    core.warning(`gpu-fit could not write ${path} (${(error as Error).message}); the check itself is unaffected.`);
    return null;
  }
}

/** The job summary, or a warning when the runner gives no GITHUB_STEP_SUMMARY to write it to. */
async function writeSummary(text: string): Promise<void> {
  try {
    await core.summary.addRaw(text, true).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`gpu-fit could not write the job summary (${(error as Error).message.split('\n')[0]}); the check itself is unaffected.`);
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    if (EVENT_PAYLOAD_PROBLEM) core.warning(`gpu-fit ignores the event: ${EVENT_PAYLOAD_PROBLEM}. The check runs as for an event without a pull request.`);
    const root = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    // Only exclusions (`!x/**`) subtract from the default patterns.
    const patterns = inputs.manifests.length > 0 ? withDefaultIncludes(inputs.manifests, DEFAULT_MANIFEST_GLOBS) : [...DEFAULT_MANIFEST_GLOBS];
    const found: string[] = [];
    const head = await readManifests(root, patterns, [], found);
    const sources = await readSources(root, inputs.sources, head, found);
    const warnings = [...new Set(found)];
    if (head.length === 0 && sources.length === 0) {
      warnings.push(`No gpu-fit manifest matched ${patterns.join(', ')}${inputs.sources.length > 0 ? ` and no deployment file matched ${inputs.sources.join(', ')}` : ''}: nothing was checked.`);
    }
    const models = modelSourceFromEnv({
      root,
      offline: inputs.offline,
      token: inputs.hfToken,
      tokenHint: 'the `hf-token` input (or HF_TOKEN)',
      offlineHint: 'set the `offline` input to false',
    });
    const prices = await readPriceFile(inputs.prices, root, 'Input "prices":');
    const secrets = [inputs.githubToken, inputs.hfToken].filter(Boolean);
    const report = await checkTexts(head, { minHeadroom: inputs.minHeadroom, failOn: inputs.failOn, models, sources, warnings, prices, secrets });
    core.info(`gpu-fit ${pkg.version}: ${head.length} manifest(s), ${sources.length} deployment file(s), ${report.deployments.length} deployment(s) checked in ${root}`);
    for (const warning of report.warnings) core.warning(escapeTerminal(warning));

    const temp = await tempFolder();
    const reportPath = await writeOutputFile(temp, `gpu-fit-report-${commentIdFileName(inputs.commentId)}.json`, utf8Chunks([...jsonPieces(report), '\n']));

    // Pull requests: compare with the base commit and comment. Other events (push, merge_group,
    // schedule, workflow_dispatch) gate and write the summary only.
    const pr = pullRequestOf(github.context.eventName, github.context.payload, github.context.repo);
    // One deadline for the whole API phase (base manifests and comment): past it, requests are
    // cancelled and the check reports without them.
    const deadline = AbortSignal.timeout(API_PHASE_TIMEOUT_MS);
    const octokit = pr && inputs.githubToken ? createClient(inputs.githubToken, { deadline, log: core.info }) : null;
    if (pr && !inputs.githubToken) core.warning('No github-token: gpu-fit neither compares with the base commit nor comments.');
    const diff = pr && octokit ? await compareWithBase(octokit, pr, head, report, patterns, inputs, models, sources) : null;

    const options: MarkdownOptions = { units: inputs.units, minHeadroom: inputs.minHeadroom, failOn: inputs.failOn, footer: `gpu-fit ${pkg.version}` };
    const summary = sizedSummary(report, diff, options, SUMMARY_MAX_BYTES - 1024, `the JSON report (${reportPath}) has them`);
    if (summary.omitted > 0) core.warning(`The job summary leaves ${summary.omitted} deployment(s) out to stay under GitHub's 1 MiB limit; the JSON report (output \`report\`) has them all.`);
    await writeSummary(summary.text);
    annotate(report, inputs);
    // The comment is also a file, for workflows that post it elsewhere (fork pull requests).
    const body = commentBody(report, diff, inputs, options);
    const commentPath = await writeOutputFile(temp, `gpu-fit-comment-${commentIdFileName(inputs.commentId)}.md`, `${body.text}\n`);
    if (pr && octokit) await comment(octokit, pr, body, diff, inputs);

    const failing = report.deployments.filter((d) => isFailing(d.verdict, inputs.failOn));
    core.setOutput('result', report.result);
    core.setOutput('undersized', report.deployments.filter((d) => d.verdict === 'undersized').length);
    core.setOutput('changed', diff ? diff.changed : '');
    core.setOutput('report', reportPath ?? '');
    core.setOutput('comment-file', commentPath ?? '');
    if (failing.length > 0) {
      core.setFailed(escapeTerminal(`${failing.length} deployment(s) failed the GPU fit check: ${failing.map((d) => `${d.name} (${d.verdict})`).join(', ')}`));
    }
  } catch (error) {
    const secrets = [core.getInput('github-token'), core.getInput('hf-token'), process.env.HF_TOKEN ?? ''];
    core.setFailed(redactSecrets(error instanceof Error ? error.message : String(error), secrets));
  }
}
