// The action's gate holds whatever the workspace and the runner give it: patterns that only
// exclude, a workspace with nothing to check, a runner without a summary file or temp folder.

import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runAction } from '../helpers/run-action.js';

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'gpu-fit-gate-'));
  await cp(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
});

const push = { eventName: 'push', event: {} };

describe('the gate', () => {
  it('`manifests: "!x/**"` subtracts from the default patterns instead of checking nothing', async () => {
    await mkdir(join(workspace, 'legacy'));
    await writeFile(join(workspace, 'legacy/gpu-fit.yaml'), 'version: 1\ndeployments:\n  old:\n    model: nowhere/none\n    gpu: L4\n');
    const run = await runAction({ workspace, ...push, inputs: { manifests: '!legacy/**' } });
    // deploy/gpu-fit.yaml is still checked: its undersized seven-b fails the job
    expect(run.code).toBe(1);
    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    expect(report.deployments.map((d: { name: string }) => d.name).sort()).toEqual(['seven-b', 'tiny']);
  });

  it('a run that matched no deployment says so in the summary', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'gpu-fit-empty-'));
    const run = await runAction({ workspace: empty, ...push });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('No gpu-fit deployments found');
    expect(run.summary).toMatch(/No gpu-fit manifest matched \\\*\\\*\/gpu-fit\.yaml.*nothing was checked/);
    expect(run.stdout).toMatch(/::warning::No gpu-fit manifest matched/);
  });

  it('without GITHUB_STEP_SUMMARY and RUNNER_TEMP it warns and keeps the result, outputs and exit code', async () => {
    const run = await runAction({ workspace, ...push, env: { GITHUB_STEP_SUMMARY: '', RUNNER_TEMP: '' } });
    expect(run.code).toBe(1); // seven-b is undersized: the gate still fails
    expect(run.stdout).toMatch(/::warning::gpu-fit could not write the job summary/);
    expect(run.stdout).toMatch(/::warning::RUNNER_TEMP is not set/);
    expect(run.stdout).toMatch(/::error::1 deployment\(s\) failed the GPU fit check: seven-b \(undersized\)/);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs.undersized).toBe('1');
    expect(JSON.parse(await readFile(run.outputs.report, 'utf8')).deployments).toHaveLength(2);
  });

  it('an honest workspace passes through unchanged: same deployments, same verdicts', async () => {
    const run = await runAction({ workspace, ...push });
    expect(run.code).toBe(1);
    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    expect(report.deployments.map((d: { name: string; verdict: string }) => `${d.name}: ${d.verdict}`).sort()).toEqual(['seven-b: undersized', 'tiny: fits']);
    expect(report.warnings).toEqual([]);
  });
});
