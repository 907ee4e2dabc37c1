// Runs the bundled action (dist/index.js) the way the Actions runner does: inputs as INPUT_*
// variables with action.yml's defaults, the event payload in a file, and the summary, outputs
// and temp folder where the runner puts them.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  runnerTemp: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i += 1) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

async function actionDefaults(): Promise<Record<string, string>> {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined && !String(spec.default).includes('${{')) defaults[name] = String(spec.default);
  }
  return defaults;
}

export async function runAction(options: {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  /** The payload file's text as is (a broken payload), instead of `event` as JSON. */
  eventText?: string;
  apiUrl?: string;
  token?: string;
  hfEndpoint?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'gpu-fit-runner-'));
  const summaryPath = join(runnerTemp, 'step_summary.md');
  const outputPath = join(runnerTemp, 'output.txt');
  const eventPath = join(runnerTemp, 'event.json');
  await writeFile(summaryPath, '');
  await writeFile(outputPath, '');
  await writeFile(eventPath, options.eventText ?? JSON.stringify(options.event ?? {}));
  const inputs = { ...(await actionDefaults()), 'github-token': options.token ?? 'ghs_test_token_value', ...(options.inputs ?? {}) };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    RUNNER_TEMP: runnerTemp,
    // Tests never reach the real Hub: a closed port unless a test serves one.
    HF_ENDPOINT: options.hfEndpoint ?? 'http://127.0.0.1:9',
    ...(options.env ?? {}),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code: number = await new Promise((done) => child.on('close', (c) => done(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    summary: await readFile(summaryPath, 'utf8'),
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    runnerTemp,
  };
}

export const BASE_SHA = 'c'.repeat(40);
export const HEAD_SHA = 'b'.repeat(40);

export function pullRequestEvent(number = 7, options: { fork?: boolean } = {}) {
  const baseRepo = { full_name: 'acme/models', fork: false };
  const headRepo = options.fork ? { full_name: 'someone/models', fork: true } : baseRepo;
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: HEAD_SHA, ref: 'feature', repo: headRepo }, base: { sha: BASE_SHA, ref: 'main', repo: baseRepo } },
    repository: { name: 'models', owner: { login: 'acme' }, full_name: 'acme/models' },
  };
}
