// The bundled action, run as the Actions runner runs it, against a GitHub API on 127.0.0.1.

import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { pullRequestEvent, ROOT, runAction } from '../helpers/run-action.js';

let server: GitHubServer;
let workspace: string;

beforeEach(async () => {
  server = await startGitHubServer({ owner: 'acme', repo: 'models' });
  workspace = await mkdtemp(join(tmpdir(), 'gpu-fit-ws-'));
  await cp(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  // Dependencies and workflows are never scanned, even when a file there matches the globs.
  await mkdir(join(workspace, 'node_modules/some-package'), { recursive: true });
  await writeFile(join(workspace, 'node_modules/some-package/gpu-fit.yaml'), 'not: a manifest\n');
  await mkdir(join(workspace, '.github/workflows'), { recursive: true });
  await writeFile(join(workspace, '.github/workflows/gpu-fit.yml'), 'on: pull_request\njobs: {}\n');
});

afterEach(async () => {
  await server.close();
});

const commentRequests = () => server.requests.filter((r) => r.path.includes('/comments'));

describe('the action', () => {
  it('gates, writes the summary, outputs and JSON report, and creates one sticky comment', async () => {
    server.pullFiles.push({ filename: 'deploy/gpu-fit.yaml', status: 'added' });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    expect(run.code).toBe(1);
    // the annotation sits on the line to change: here the GPU (weights alone do not fit)
    expect(run.stdout).toMatch(/::error title=gpu-fit%3A seven-b is undersized,file=deploy\/gpu-fit.yaml,line=20::seven-b needs 16\.85 GiB per GPU; 1\d\.\d\d GiB available on RTX 3060/);
    expect(run.stdout).toMatch(/::error::1 deployment\(s\) failed the GPU fit check: seven-b \(undersized\)/);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs.undersized).toBe('1');

    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.result).toBe('fail');
    const tiny = report.deployments.find((d: { name: string }) => d.name === 'tiny');
    expect(tiny).toMatchObject({
      file: 'deploy/gpu-fit.yaml',
      line: 4,
      engine: 'generic',
      verdict: 'fits',
      memory: { weightsBytes: 1_000_000_000, kvCacheBytes: 150_994_944, totalBytes: 1_381_193_933 },
      errors: [],
    });
    const seven = report.deployments.find((d: { name: string }) => d.name === 'seven-b');
    expect(seven.memory.totalBytes).toBe(18_088_490_189);
    expect(seven.verdict).toBe('undersized');
    expect(seven.recommendedGpus.length).toBeGreaterThan(0);
    // node_modules and .github/workflows are never scanned
    expect(report.deployments).toHaveLength(2);

    // The summary's two sections say which is the pull request's change and which is every deployment.
    expect(run.summary).toMatch(/^### This pull request's changes: ❌ fails: 1 of 2 deployments undersized \(on RTX 3060\), changed by this pull request · 2 deployments changed/);
    expect(run.summary).toContain('### Every deployment: ❌ fails: 1 of 2 deployments undersized (on RTX 3060)');
    expect(run.summary).toContain('| Deployment | Verdict | Fit | GPU | Needed (GiB) | Available (GiB) | Headroom (GiB) | KV tokens (concurrency) | Model |');
    expect(run.summary).toMatch(/\*\*seven-b\*\*.*❌\u00a0undersized \| `██████████▶\u00a0140%` \| 1×\u00a0RTX\u00a03060 \| 16\.85\u00a0±/u);
    expect(run.summary).toMatch(/\*\*tiny\*\*.*✅\u00a0fits.*\| 1\.29\u00a0±/u);

    const posts = commentRequests().filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].path).toBe('/repos/acme/models/issues/7/comments');
    expect(posts[0].authorization).toBe('token ghs_test_token_value');
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].body).toMatch(/^<!-- gpu-fit:comment-id=default -->\n### GPU fit: ❌ fails: 1 of 2 deployments undersized \(on RTX 3060\), changed by this pull request · 2 deployments changed: 1 now undersized on RTX 3060, 2 added\n/);
    // the token is registered as a secret, and appears nowhere else in the log
    expect(run.stdout).toContain('::add-mask::ghs_test_token_value');
    expect((run.stdout + run.stderr).replace('::add-mask::ghs_test_token_value', '')).not.toContain('ghs_test_token_value');
  });

  it('passes with fail-on: never and reports undersized in the outputs', async () => {
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs.undersized).toBe('1');
  });

  it('fails with a message, not a stack trace, on a bad input', async () => {
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "fail-on" must be one of undersized, tight, never; got "sometimes".');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports the engine\'s KV cache capacity and concurrency, and its refusal to start', async () => {
    await writeFile(
      join(workspace, 'serving.gpu-fit.yaml'),
      [
        'version: 1',
        'deployments:',
        '  chat:',
        '    model: meta-llama/Llama-3.1-8B-Instruct',
        '    engine: vllm',
        '    max_model_len: 8192',
        '    concurrency: 2',
        '    gpu: L4',
        '  too-long:',
        '    model: meta-llama/Llama-3.1-8B-Instruct',
        '    engine: vllm',
        '    max_model_len: 131072',
        '    gpu: L4',
      ].join('\n'),
    );
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: 'off' } });
    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    const chat = report.deployments.find((d: { name: string }) => d.name === 'chat');
    expect(chat.engine).toBe('vllm');
    expect(chat.kvCacheCapacityTokens % 16).toBe(0);
    expect(chat.maxConcurrency).toBeCloseTo(chat.kvCacheCapacityTokens / 8192, 1);
    // the pool vLLM logs as "Available KV cache memory" holds whole 16-token blocks of 32 layers × 8 KV heads × 128 × 2 (K, V) × bf16
    expect(chat.kvCachePoolBytes).toBeGreaterThanOrEqual(chat.kvCacheCapacityTokens * 32 * 8 * 128 * 2 * 2);
    expect(chat.kvCachePoolBytes).toBeLessThan((chat.kvCacheCapacityTokens + 16) * 32 * 8 * 128 * 2 * 2);
    expect(chat.memory.kvCacheBytes).toBe(2 * 8192 * 32 * 2 * 8 * 128 * 2);
    expect(chat.breakdown.kvCache.rule).toMatch(/kv_cache_utils/);
    // The error band of the engine's release line (catalog/uncertainty.json) and the pool vLLM logs.
    expect(chat.uncertainty).toBeGreaterThan(0);
    expect(chat.uncertainty).toBeLessThan(1);
    expect(Number.isInteger(chat.kvCachePoolBytes)).toBe(true);
    expect(chat.kvCachePoolBytes).toBeGreaterThanOrEqual(chat.memory.kvCacheBytes);
    expect(run.summary).toContain(`\u00a0±\u00a0${Math.round(chat.uncertainty * 100)}\u00a0%`);
    const tooLong = report.deployments.find((d: { name: string }) => d.name === 'too-long');
    expect(tooLong.verdict).toBe('undersized');
    expect(tooLong.engineError).toMatch(/^To serve at least one request with the model's max seq len \(131072\)/); // the 0.28+ wording: no engine_version takes the newest line
    expect(run.stdout).toMatch(/too-long needs .* vllm would refuse to start: To serve at least one request/);
    expect(run.summary).toMatch(/\*\*chat\*\*.*\| [\d,]+\u00a0\(\d+\.\d\d×\) \| /u);
  });

  it('reports an invalid manifest with an annotation at its line and still checks the others', async () => {
    await writeFile(join(workspace, 'broken.gpu-fit.yaml'), 'version: 1\ndeployments:\n  chat:\n    model: meta-llama/Llama-3.1-8B-Instruct\n    gpu: L4\n    max_model_length: 8192\n');
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'fail-on': 'never' } });
    expect(run.stdout).toContain('::error title=gpu-fit%3A chat,file=broken.gpu-fit.yaml,line=6,col=5::`max_model_length` is not a known field. Did you mean "max_model_len"?');
    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    expect(report.deployments.map((d: { name: string; verdict: string }) => `${d.name}:${d.verdict}`)).toEqual(['chat:error', 'tiny:fits', 'seven-b:undersized']);
  });

  it('shows control characters from a manifest in the log and annotations, never obeys them', async () => {
    // An ANSI colour and a right-to-left override in a deployment name: the log viewer would colour
    // the line, and a browser would show the name reversed.
    await writeFile(join(workspace, 'odd.gpu-fit.yaml'), 'version: 1\ndeployments:\n  "prod\\e[32m\\u202eezisrednu":\n    model: meta-llama/Llama-3.1-8B-Instruct\n    gpu: T4\n    max_model_len: 131072\n');
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'fail-on': 'undersized' } });
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(run.stdout).toContain('::error title=gpu-fit%3A prod\\x1b[32m\\u202eezisrednu is undersized,file=odd.gpu-fit.yaml,line=5::prod\\x1b[32m\\u202eezisrednu needs');
    expect(run.stdout).toMatch(/::error::2 deployment\(s\) failed the GPU fit check: .*prod\\x1b\[32m\\u202eezisrednu \(undersized\)/);
  });
});

describe('settings and setups a workflow may get wrong', () => {
  it('a payload that is not JSON is one warning; the check runs as for an event without a pull request', async () => {
    const run = await runAction({ workspace, apiUrl: server.url, eventText: '{"pull_request": {"number": 7,' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::warning::gpu-fit ignores the event: the event payload \(.*event\.json\) is not JSON: .*\. The check runs as for an event without a pull request\./);
    expect(run.outputs).toMatchObject({ result: 'fail', undersized: '1', changed: '' });
    expect(run.summary).toContain('### GPU fit: ❌ fails: 1 of 2 deployments undersized');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
  });

  it('inputs left empty (an unset `${{ vars.X }}`) mean their defaults', async () => {
    server.pullFiles.push({ filename: 'deploy/gpu-fit.yaml', status: 'added' });
    const empty = Object.fromEntries(['manifests', 'sources', 'working-directory', 'offline', 'comment', 'comment-on-no-change', 'comment-id', 'fail-on', 'min-headroom', 'units'].map((n) => [n, '']));
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: empty });
    expect(run.stdout).not.toContain('::error::Input');
    expect(run.outputs).toMatchObject({ result: 'fail', undersized: '1' });
    expect(run.outputs.report).toMatch(/gpu-fit-report-default\.json$/);
    expect(server.comments[0].body.split('\n')[0]).toBe('<!-- gpu-fit:comment-id=default -->');
  });

  it.each([
    ['offline', 'maybe', 'Input "offline" must be true or false; got "maybe".'],
    ['units', 'MiB', 'Input "units" must be one of GiB, GB; got "MiB".'],
    ['working-directory', '../elsewhere', 'Input "working-directory" must be a folder inside the repository, relative to it; got "../elsewhere".'],
  ])('an invalid %s is one error naming the input and what it accepts', async (name, value, message) => {
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { [name]: value } });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([`::error::${message}`]);
  });

  it.each([['staging/eu'], ['a--!>b <b>x</b>'], ['../../../etc/passwd']])('comment-id %j: files inside RUNNER_TEMP and a marker that cannot close early', async (id) => {
    server.pullFiles.push({ filename: 'deploy/gpu-fit.yaml', status: 'added' });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'comment-id': id } });
    expect(run.code).toBe(1);
    for (const output of [run.outputs.report, run.outputs['comment-file']]) {
      expect(output.startsWith(`${run.runnerTemp}/gpu-fit-`)).toBe(true);
      expect(output.slice(run.runnerTemp.length + 1)).not.toContain('/');
    }
    const first = server.comments[0].body.split('\n')[0];
    expect(first).toBe(`<!-- gpu-fit:comment-id=${encodeURIComponent(id)} -->`);
    // the marker is one HTML comment: nothing in it ends the comment before its own -->
    expect(first.slice(4, -3)).not.toMatch(/--!?>|>/);
    expect(await readFile(run.outputs['comment-file'], 'utf8')).toBe(`${server.comments[0].body}\n`);
  });
});

describe('events other than pull requests gate without commenting', () => {
  it.each([
    ['push', { ref: 'refs/heads/main' }],
    ['merge_group', { merge_group: { head_sha: 'd'.repeat(40), base_sha: 'e'.repeat(40) } }],
    ['workflow_dispatch', { ref: 'refs/heads/main' }],
    ['schedule', { schedule: '0 6 * * 1' }],
  ])('%s', async (eventName, event) => {
    const run = await runAction({ workspace, apiUrl: server.url, eventName, event });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', undersized: '1', changed: '' });
    expect(run.summary).toContain('### GPU fit: ❌ fails: 1 of 2 deployments undersized (on RTX 3060)');
    expect(server.requests).toHaveLength(0);
  });
});
