// The bundled action on pull requests, against a GitHub REST and GraphQL API on 127.0.0.1: the
// base-versus-head diff, the comment modes, forks, retries and API failures, and size limits.

import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer, type StoredComment } from '../helpers/github-server.js';
import { BASE_SHA, pullRequestEvent, ROOT, runAction } from '../helpers/run-action.js';

let server: GitHubServer;
let workspace: string;

const LLAMA_ON = (gpu: string) => `version: 1\ndeployments:\n  chat:\n    model: meta-llama/Llama-3.1-8B-Instruct\n    engine: vllm\n    max_model_len: 8192\n    gpu: ${gpu}\n`;

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(workspace, path)), { recursive: true });
  await writeFile(join(workspace, path), text);
}

/** Head and base of a pull request that changes, adds, deletes and renames manifests. */
async function pullRequestThatChangesManifests(): Promise<void> {
  const deploy = await readFile(join(workspace, 'deploy/gpu-fit.yaml'), 'utf8');
  await write('models/new.gpu-fit.yaml', LLAMA_ON('H100 SXM').replace('chat', 'fresh'));
  await write('serving/gpu-fit.yaml', LLAMA_ON('A100 80GB').replace('chat', 'moved'));
  await write('unchanged.gpu-fit.yaml', LLAMA_ON('L40S').replace('chat', 'steady'));
  server.pullFiles.push(
    { filename: 'README.md', status: 'modified' },
    { filename: 'deploy/gpu-fit.yaml', status: 'modified' },
    { filename: 'models/new.gpu-fit.yaml', status: 'added' },
    { filename: 'models/old.gpu-fit.yaml', status: 'removed' },
    { filename: 'serving/gpu-fit.yaml', status: 'renamed', previous_filename: 'staging/gpu-fit.yaml' },
  );
  server.files.set(
    BASE_SHA,
    new Map([
      // At the base, seven-b ran on a 24 GB card and fitted.
      ['deploy/gpu-fit.yaml', deploy.replace('gpu: RTX 3060', 'gpu: RTX 3090')],
      ['models/old.gpu-fit.yaml', LLAMA_ON('A10G').replace('chat', 'retired')],
      ['staging/gpu-fit.yaml', LLAMA_ON('A100 80GB').replace('chat', 'moved')],
      ['unchanged.gpu-fit.yaml', 'never read: unchanged files are taken from the checkout'],
    ]),
  );
}

function existingComments(count: number, marked: Record<number, string>): StoredComment[] {
  return Array.from({ length: count }, (_, i) => ({
    id: 1 + i,
    node_id: `IC_${1 + i}`,
    body: marked[i] ?? `an ordinary review comment ${i}`,
    user: { login: i in marked ? 'github-actions[bot]' : 'reviewer', type: i in marked ? 'Bot' : 'User' },
  }));
}

const requestsTo = (method: string, includes: string) => server.requests.filter((r) => r.method === method && r.path.includes(includes));
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));

async function start(comments: StoredComment[] = [], pageSize?: number): Promise<void> {
  server = await startGitHubServer({ owner: 'acme', repo: 'models', comments, pageSize });
}

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'gpu-fit-ws-'));
  await cp(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
});

afterEach(async () => {
  await server?.close();
});

describe('the base-versus-head diff', () => {
  it('reads changed, deleted and renamed manifests at the base SHA and comments what changed', async () => {
    await start();
    await pullRequestThatChangesManifests();
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    // only what the pull request touched is read from the API, at the base commit
    const reads = requestsTo('GET', '/contents/').map((r) => `${decodeURIComponent(r.path.replace('/repos/acme/models/contents/', ''))}@${r.query.get('ref')}`);
    expect(reads.sort()).toEqual([`deploy/gpu-fit.yaml@${BASE_SHA}`, `models/old.gpu-fit.yaml@${BASE_SHA}`, `staging/gpu-fit.yaml@${BASE_SHA}`]);
    expect(requestsTo('GET', '/pulls/7/files')).toHaveLength(1);

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', undersized: '1', changed: '4' });

    expect(server.comments).toHaveLength(1);
    const body = server.comments[0].body;
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- gpu-fit:comment-id=default -->');
    // The outcome and its cause first, then what the pull request changed.
    expect(lines[1]).toBe('### GPU fit: ❌ fails: 1 of 5 deployments undersized (on RTX 3060), changed by this pull request · 4 deployments changed: 1 now undersized on RTX 3060, 1 added, 1 removed, 1 renamed');
    // the table: the new failure first, with before → after
    expect(lines[3]).toBe('| Deployment | Verdict | Fit | GPU | Needed (GiB) | Headroom (GiB) | Model |');
    expect(lines[5]).toMatch(/^\| \*\*seven-b\*\*<br><sub>deploy\/gpu\u2011fit\.yaml:13<\/sub> \| ✅\u00a0fits → \*\*❌\u00a0undersized\*\* \| `██████████▶\u00a0140%` \| 1×\u00a0RTX\u00a03090 → 1×\u00a0RTX\u00a03060 \| 16\.85 \| \d+\.\d\d → −\d+\.\d\d \| custom 7\.00B \\\(L=32, H=4096\\\) \|$/u);
    expect(body).toMatch(/\| \*\*fresh\*\* \(new\)<br><sub>models\/new\.gpu\u2011fit\.yaml:3<\/sub> \| ✅\u00a0fits \|/u);
    expect(body).toMatch(/\| \*\*retired\*\* \(removed\)<br><sub>models\/old\.gpu\u2011fit\.yaml:3<\/sub> \| ✅\u00a0fits → removed \|/u);
    expect(body).toMatch(/\| \*\*moved\*\* \(was staging\/gpu-fit\.yaml\)<br><sub>serving\/gpu\u2011fit\.yaml:3<\/sub> \|/u);
    // unchanged deployments folded into one collapsed section
    // unchanged ones counted by verdict, worst first
    expect(body).toMatch(/<details><summary>2 unchanged: (\d+ (undersized|tight|fit)(, )?)+<\/summary>/);
    expect(body.slice(body.indexOf('2 unchanged: '))).toMatch(/\*\*steady\*\*[\s\S]*\*\*tiny\*\*|\*\*tiny\*\*[\s\S]*\*\*steady\*\*/);

    // the job summary has the diff and the whole report
    expect(run.summary).toContain("### This pull request's changes: ❌ fails:");
    expect(run.summary).toContain('· 4 deployments changed');
    expect(run.summary).toContain('### Every deployment: ❌ fails:');
    expect(run.summary).toContain('| Deployment | Verdict | Fit | GPU | Needed (GiB) | Available (GiB) | Headroom (GiB) | KV tokens (concurrency) | Model |');
    for (const name of ['seven-b', 'tiny', 'fresh', 'moved', 'steady']) expect(run.summary).toContain(`**${name}**`);
  });

  it('working-directory ./deploy/: the base manifests are requested at their repository paths', async () => {
    await start();
    await pullRequestThatChangesManifests();
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'working-directory': './deploy/' } });

    const reads = requestsTo('GET', '/contents/').map((r) => decodeURIComponent(r.path.replace('/repos/acme/models/contents/', '')));
    expect(reads).toEqual(['deploy/gpu-fit.yaml']);
    expect(run.outputs.changed).toBe('1');
    expect(server.comments[0].body.split('\n')[1]).toMatch(/^### GPU fit: ❌ fails: .* · 1 deployment changed: 1 now undersized on RTX 3060$/);
  });

  it('compares deployment files too: a flag changed in a Kubernetes file, read at the base SHA', async () => {
    await start();
    const k8s = (len: number) =>
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: chat',
        'spec:',
        '  template:',
        '    spec:',
        '      nodeSelector:',
        '        cloud.google.com/gke-accelerator: nvidia-l4',
        '      containers:',
        '        - name: vllm',
        '          image: vllm/vllm-openai:v0.10.1',
        `          args: ["meta-llama/Llama-3.1-8B-Instruct", "--max-model-len", "${len}"]`,
        '          resources: {limits: {nvidia.com/gpu: 1}}',
      ].join('\n');
    await write('k8s/chat.yaml', k8s(131072));
    server.pullFiles.push({ filename: 'k8s/chat.yaml', status: 'modified' });
    server.files.set(BASE_SHA, new Map([['k8s/chat.yaml', k8s(8192)]]));
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { sources: 'k8s/**' } });

    expect(requestsTo('GET', '/contents/').map((r) => decodeURIComponent(r.path))).toEqual(['/repos/acme/models/contents/k8s/chat.yaml']);
    expect(run.outputs.changed).toBe('1');
    const body = server.comments[0].body;
    expect(body.split('\n')[1]).toMatch(/^### GPU fit: ❌ fails: .*undersized.* · 1 deployment changed: 1 now undersized on L4$/);
    expect(body).toMatch(/\| \*\*Deployment\/chat\*\*<br><sub>k8s\/chat\.yaml:4<\/sub> \| ✅\u00a0fits → \*\*❌\u00a0undersized\*\* \|/u);
    expect(run.stdout).toMatch(/::error title=gpu-fit%3A Deployment\/chat is undersized,file=k8s\/chat.yaml,line=13::/);
  });

  it('posts no comment when no deployment changed and none exists yet, unless asked to', async () => {
    await start();
    server.pullFiles.push({ filename: 'README.md', status: 'modified' });
    const quiet = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });
    expect(quiet.code).toBe(1);
    expect(quiet.outputs.changed).toBe('0');
    expect(quiet.stdout).toContain('No deployment changed and no gpu-fit comment exists yet');
    expect(requestsTo('POST', '/comments')).toHaveLength(0);
    expect(requestsTo('GET', '/contents/')).toHaveLength(0);
    // Nothing changed, yet the job fails: the headline says why, and that the pull request did not cause it.
    expect(quiet.summary).toContain("### This pull request's changes: ❌ fails: 1 of 2 deployments undersized (on RTX 3060), none changed by this pull request");

    const asked = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'comment-on-no-change': 'true' } });
    expect(asked.code).toBe(1);
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].body).toContain('### GPU fit: ❌ fails: 1 of 2 deployments undersized (on RTX 3060), none changed by this pull request');
    // Failing deployments the pull request did not touch are listed outside any fold.
    const body = server.comments[0].body;
    expect(body.indexOf('**Failing the gate, not changed by this pull request** (1 deployment)')).toBeLessThan(body.indexOf('<details>'));
    expect(server.comments[0].body).toContain('<details><summary>2 unchanged: 1 undersized, 1 fit</summary>');
  });

  it('keeps an existing comment current even when nothing changed', async () => {
    await start(existingComments(1, { 0: '<!-- gpu-fit:comment-id=default -->\n### GPU fit: ❌ 1 deployment changed: 1 now undersized on RTX 3060' }));
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });
    expect(run.code).toBe(1);
    expect(requestsTo('PATCH', '/issues/comments/1')).toHaveLength(1);
    expect(server.comments[0].body).toContain('none changed by this pull request');
  });
});

describe('one tidy comment', () => {
  const marked = (id: string) => `<!-- gpu-fit:comment-id=${id} -->\n### GPU fit: an older report`;

  it('update: finds the sticky comment on the third page and edits it in place', async () => {
    await start(existingComments(250, { 230: marked('default') }), 100);
    await pullRequestThatChangesManifests();
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    expect(run.code).toBe(1);
    const pages = requestsTo('GET', '/issues/7/comments').map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(requestsTo('POST', '/comments')).toHaveLength(0);
    expect(requestsTo('PATCH', '/comments').map((r) => r.path)).toEqual(['/repos/acme/models/issues/comments/231']);
    expect(server.comments).toHaveLength(250);
    expect(server.comments[230].body).toMatch(/^<!-- gpu-fit:comment-id=default -->\n### GPU fit: ❌ fails: .* · 4 deployments changed/);

    // the next run with the same result leaves it alone
    await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });
    expect(requestsTo('PATCH', '/comments')).toHaveLength(1);
  });

  it('new: posts a fresh comment every run', async () => {
    await start(existingComments(2, { 1: marked('default') }));
    await pullRequestThatChangesManifests();
    await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: 'new' } });
    await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: 'new' } });
    expect(requestsTo('GET', '/issues/7/comments')).toHaveLength(0);
    expect(requestsTo('POST', '/issues/7/comments')).toHaveLength(2);
    expect(server.comments).toHaveLength(4);
  });

  it('delete-and-new: deletes the old ones, and only ours, then posts at the bottom', async () => {
    await start(existingComments(5, { 1: marked('default'), 3: marked('default'), 4: marked('production') }));
    await pullRequestThatChangesManifests();
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: 'delete-and-new' } });

    expect(run.code).toBe(1);
    expect(requestsTo('DELETE', '/comments').map((r) => r.path)).toEqual(['/repos/acme/models/issues/comments/2', '/repos/acme/models/issues/comments/4']);
    expect(server.comments.map((c) => c.id)).toEqual([1, 3, 5, 1006]);
    expect(server.comments[3].body).toMatch(/^<!-- gpu-fit:comment-id=default -->\n### GPU fit: ❌ fails: .* · 4 deployments changed/);
    expect(run.stdout).toContain('Pull-request comment created (2 earlier removed)');
  });

  it('hide-and-new: minimizes the old ones through GraphQL, then posts', async () => {
    await start(existingComments(3, { 0: marked('default'), 2: marked('default') }));
    await pullRequestThatChangesManifests();
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: 'hide-and-new' } });

    expect(run.code).toBe(1);
    const graphql = requestsTo('POST', '/graphql').filter((r) => /minimizeComment/.test((r.body as { query: string }).query));
    expect(graphql.map((r) => (r.body as { variables: { id: string } }).variables.id)).toEqual(['IC_1', 'IC_3']);
    expect((graphql[0].body as { query: string }).query).toMatch(/minimizeComment\(input: \{subjectId: \$id, classifier: OUTDATED\}\)/);
    expect(graphql[0].authorization).toBe('token ghs_test_token_value');
    expect(server.comments.map((c) => Boolean(c.minimized))).toEqual([true, false, true, false]);
    expect(server.comments).toHaveLength(4);
    expect(requestsTo('DELETE', '/comments')).toHaveLength(0);
  });

  describe('touches only its own comments', () => {
    /** A comment by someone else that carries gpu-fit's marker. */
    const foreign = (id: number): StoredComment => ({ id, node_id: `IC_${id}`, body: marked('default'), user: { login: 'mallory', type: 'User' } });
    const ours = (id: number, minimized = false): StoredComment => ({ id, node_id: `IC_${id}`, body: marked('default'), user: { login: 'github-actions[bot]', type: 'Bot' }, minimized });

    for (const mode of ['update', 'new', 'delete-and-new', 'hide-and-new'] as const) {
      it(`${mode}: a foreign comment carrying the marker is left as it is`, async () => {
        await start([foreign(1)]);
        await pullRequestThatChangesManifests();
        const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: mode } });

        expect(run.code).toBe(1);
        expect(server.comments[0]).toEqual(foreign(1));
        expect(requestsTo('PATCH', '/comments')).toHaveLength(0);
        expect(requestsTo('DELETE', '/comments')).toHaveLength(0);
        expect(requestsTo('POST', '/graphql').filter((r) => /minimizeComment/.test((r.body as { query: string }).query))).toHaveLength(0);
        expect(server.comments).toHaveLength(2);
        expect(server.comments[1].user.login).toBe('github-actions[bot]');
        expect(server.comments[1].body).toMatch(/^<!-- gpu-fit:comment-id=default -->\n### GPU fit: ❌ fails: .* · 4 deployments changed/);
      });
    }

    it('update: skips its own minimized comment and edits the visible one', async () => {
      await start([ours(1, true), foreign(2), ours(3)]);
      await pullRequestThatChangesManifests();
      await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });
      expect(requestsTo('PATCH', '/comments').map((r) => r.path)).toEqual(['/repos/acme/models/issues/comments/3']);
      expect(server.comments[0].body).toBe(marked('default'));
      expect(server.comments[1].body).toBe(marked('default'));
    });

    it('a personal token: the viewer login from the API is the owner, not github-actions[bot]', async () => {
      server = await startGitHubServer({ owner: 'acme', repo: 'models', viewer: 'alice', comments: [ours(1), { ...foreign(2), user: { login: 'alice', type: 'User' } }] });
      await pullRequestThatChangesManifests();
      await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: 'delete-and-new' } });
      expect(requestsTo('DELETE', '/comments').map((r) => r.path)).toEqual(['/repos/acme/models/issues/comments/2']);
      expect(server.comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'alice']);
    });

    it('when the API does not say who the token is, only github-actions[bot] comments are taken, with a warning', async () => {
      server = await startGitHubServer({ owner: 'acme', repo: 'models', viewer: null, comments: [foreign(1), ours(2)] });
      await pullRequestThatChangesManifests();
      const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });
      expect(requestsTo('PATCH', '/comments').map((r) => r.path)).toEqual(['/repos/acme/models/issues/comments/2']);
      expect(warnings(run.stdout)).toEqual([expect.stringContaining('gpu-fit comment: the API did not say who the token acts as')]);
    });
  });

  it('keeps two comment-ids side by side', async () => {
    await start();
    await pullRequestThatChangesManifests();
    await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'comment-id': 'staging' } });
    await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'comment-id': 'production', manifests: 'deploy/**' } });
    await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'comment-id': 'staging' } });
    expect(server.comments.map((c) => c.body.split('\n').slice(0, 2).join(' | '))).toEqual([
      '<!-- gpu-fit:comment-id=staging --> | ### GPU fit: ❌ fails: 1 of 5 deployments undersized (on RTX 3060), changed by this pull request · 4 deployments changed: 1 now undersized on RTX 3060, 1 added, 1 removed, 1 renamed',
      '<!-- gpu-fit:comment-id=production --> | ### GPU fit: ❌ fails: 1 of 2 deployments undersized (on RTX 3060), changed by this pull request · 1 deployment changed: 1 now undersized on RTX 3060',
    ]);
    expect(requestsTo('POST', '/comments')).toHaveLength(2);
  });

  it('cuts an oversized report at a deployment boundary: the comment says how many were left out, the summary has them all', async () => {
    await start();
    const deployments = Array.from({ length: 400 }, (_, i) =>
      [`  replica-${String(i).padStart(3, '0')}-with-a-rather-long-deployment-name:`, '    model: meta-llama/Llama-3.1-8B-Instruct', '    engine: vllm', `    max_model_len: ${4096 + 64 * i}`, '    gpu: L4'].join('\n'),
    );
    await write('fleet.gpu-fit.yaml', `version: 1\ndeployments:\n${deployments.join('\n')}\n`);
    server.pullFiles.push({ filename: 'fleet.gpu-fit.yaml', status: 'added' });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { 'fail-on': 'never' } });

    expect(run.code).toBe(0);
    expect(run.outputs.changed).toBe('400');
    const body = server.comments[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    const shown = body.match(/^\| \*\*[^*]+\*\*.*<br><sub>/gm)!.length;
    const leftOut = Number(/^> (\d+) more deployments left out to fit the size limit: the JSON report \(the action's `report` output\) has them all\.$/m.exec(body)![1]);
    expect(shown).toBeGreaterThan(10);
    expect(shown + leftOut).toBe(402);
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
    expect(run.stdout).toMatch(/::warning::The pull-request comment leaves \d+ deployment\(s\) out to stay under GitHub's 65,536-character limit/);
    // the summary is under 1 MiB and whole
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary.match(/^\| \*\*replica-\d{3}/gm)!.length).toBe(800); // once in the diff table, once in the report
    // breakdowns give way before rows do, and the summary says how many
    // (every deployment of the report counts: the 400 replicas and the workspace's 2 others)
    const breakdowns = run.summary.match(/^<details><summary>\S+ <b>/gmu)?.length ?? 0;
    const noBreakdown = Number(/^> Breakdowns left out for (\d+) deployments/m.exec(run.summary)?.[1] ?? 0);
    expect(breakdowns + noBreakdown).toBe(402);
    expect(body).toContain(`> Breakdowns left out for ${shown} deployments to fit the size limit: the JSON report (the action's \`report\` output) has them all.`);
    // it points at the JSON report, and the JSON report has every deployment
    expect(JSON.parse(await readFile(run.outputs.report, 'utf8')).deployments).toHaveLength(402);
  }, 30_000);
});

describe('forks, retries and API failures', () => {
  it('a fork pull request: 403 on create is one warning, and the gate, summary and outputs stand', async () => {
    await start();
    await pullRequestThatChangesManifests();
    server.failures.push({ method: 'POST', pathIncludes: '/comments', status: 403, times: 1, message: 'Resource not accessible by integration' });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7, { fork: true }) });

    expect(run.code).toBe(1); // from the undersized deployment, not the API
    expect(run.outputs).toMatchObject({ result: 'fail', undersized: '1', changed: '4' });
    expect(run.summary).toContain("### This pull request's changes: ❌ fails:");
    expect(run.summary).toContain('· 4 deployments changed');
    expect(run.summary).toContain('### Every deployment: ❌ fails:');
    expect(requestsTo('POST', '/comments')).toHaveLength(1); // a 403 is not retried
    expect(server.comments).toHaveLength(0);
    expect(warnings(run.stdout)).toEqual([
      '::warning::gpu-fit could not post the pull-request comment: the token may not do this (a pull request from a fork gets a read-only token: see the README for the workflow_run pattern). The check itself is unaffected.',
    ]);
    expect(run.stdout).toMatch(/::error title=gpu-fit%3A seven-b is undersized,file=deploy\/gpu-fit.yaml,line=20::/);
    // the comment is left in a file, for a workflow_run job to post
    const file = await readFile(run.outputs['comment-file'], 'utf8');
    expect(file).toMatch(/^<!-- gpu-fit:comment-id=default -->\n### GPU fit: ❌ fails: .* · 4 deployments changed: 1 now undersized on RTX 3060/);
    expect(file).toContain('| **seven-b**<br>');
  });

  it('retries a GET that answered 502 and succeeds', async () => {
    await start();
    await pullRequestThatChangesManifests();
    server.failures.push({ method: 'GET', pathIncludes: '/pulls/7/files', status: 502, times: 1 });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    const lists = requestsTo('GET', '/pulls/7/files');
    expect(lists).toHaveLength(2);
    expect(lists[1].at - lists[0].at).toBeGreaterThanOrEqual(900);
    expect(run.stdout).toContain('answered 502; retrying in 1 s');
    expect(warnings(run.stdout)).toEqual([]);
    expect(run.outputs.changed).toBe('4');
    expect(server.comments).toHaveLength(1);
    expect(run.code).toBe(1);
  }, 15_000);

  it('never sends a POST again after a 502: the comment may have been posted', async () => {
    await start();
    await pullRequestThatChangesManifests();
    server.failures.push({ method: 'POST', pathIncludes: '/issues/7/comments', status: 502, times: 1 });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    expect(requestsTo('POST', '/issues/7/comments')).toHaveLength(1);
    expect(warnings(run.stdout)).toEqual(['::warning::gpu-fit could not post the pull-request comment: HTTP 502: injected 502. The check itself is unaffected.']);
    expect(run.code).toBe(1);
  }, 15_000);

  it('waits for the rate limit to reset', async () => {
    await start();
    await pullRequestThatChangesManifests();
    const reset = String(Math.ceil(Date.now() / 1000) + 2);
    server.failures.push({ method: 'GET', pathIncludes: '/pulls/7/files', status: 429, times: 1, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, message: 'API rate limit exceeded' });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    const lists = requestsTo('GET', '/pulls/7/files');
    expect(lists).toHaveLength(2);
    expect(lists[1].at - lists[0].at).toBeGreaterThanOrEqual(1000);
    expect(run.stdout).toMatch(/hit the rate limit; retrying in \d s/);
    expect(run.outputs.changed).toBe('4');
    expect(server.comments[0].body).toContain('4 deployments changed');
  }, 15_000);

  it('a final API failure warns and changes nothing else', async () => {
    await start();
    await pullRequestThatChangesManifests();
    const reference = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7), inputs: { comment: 'off' } });
    const report = await readFile(reference.outputs.report, 'utf8');

    server.requests.length = 0;
    server.failures.push({ method: 'POST', pathIncludes: '/comments', status: 503, times: 10 });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    expect(requestsTo('POST', '/comments')).toHaveLength(1); // a POST is never sent twice
    expect(warnings(run.stdout)).toEqual(['::warning::gpu-fit could not post the pull-request comment: HTTP 503: injected 503. The check itself is unaffected.']);
    expect(run.code).toBe(reference.code);
    expect(run.outputs.result).toBe(reference.outputs.result);
    expect(run.outputs.undersized).toBe(reference.outputs.undersized);
    expect(run.outputs.changed).toBe(reference.outputs.changed);
    expect(run.summary).toBe(reference.summary);
    expect(await readFile(run.outputs.report, 'utf8')).toBe(report);
  });

  it('when the base cannot be read, gates on the head and comments the full report', async () => {
    await start();
    await pullRequestThatChangesManifests();
    server.failures.push({ method: 'GET', pathIncludes: '/pulls/7/files', status: 422, times: 10 });
    const run = await runAction({ workspace, apiUrl: server.url, event: pullRequestEvent(7) });

    expect(warnings(run.stdout)).toEqual(['::warning::gpu-fit could not read the manifests at the base commit: HTTP 422: injected 422. The check itself is unaffected.']);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', undersized: '1', changed: '' });
    expect(server.comments[0].body).toMatch(/^<!-- gpu-fit:comment-id=default -->\n### GPU fit: ❌ fails: 1 of 5 deployments undersized \(on RTX 3060\)/);
  });
});
