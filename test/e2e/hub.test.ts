// The bundled action reading models from a Hub on 127.0.0.1 (HF_ENDPOINT): exact checkpoint
// bytes, quantization from config.json, gated and missing repositories, offline mode, and
// config.json files kept in the repository.

import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QWEN25_05B_CONFIG, qwen2Tensors, repoFiles, tensorBytes } from '../helpers/checkpoints.js';
import { closedPort, startHubServer, type HubServer } from '../helpers/hub-server.js';
import { runAction } from '../helpers/run-action.js';

let hub: HubServer;
let workspace: string;

const FINE_TUNE = 'acme/qwen2.5-0.5b-support';
const AWQ = 'acme/qwen2.5-0.5b-support-awq';
const GATED = 'acme/private-model';
const AWQ_CONFIG = { ...QWEN25_05B_CONFIG, torch_dtype: 'float16', quantization_config: { quant_method: 'awq', bits: 4, group_size: 128, zero_point: true, version: 'gemm' } };
const bf16 = qwen2Tensors(QWEN25_05B_CONFIG);
const awq = qwen2Tensors(QWEN25_05B_CONFIG, { awq: true });

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(workspace, path)), { recursive: true });
  await writeFile(join(workspace, path), text);
}

function manifest(deployments: Record<string, Record<string, string | number>>): string {
  const lines = ['version: 1', 'deployments:'];
  for (const [name, fields] of Object.entries(deployments)) {
    lines.push(`  ${name}:`);
    for (const [k, v] of Object.entries(fields)) lines.push(`    ${k}: ${v}`);
  }
  return `${lines.join('\n')}\n`;
}

const reportOf = async (run: { outputs: Record<string, string> }) => JSON.parse(await readFile(run.outputs.report, 'utf8'));
const byName = (report: { deployments: Array<{ name: string }> }, name: string) => report.deployments.find((d) => d.name === name) as Record<string, any>;

beforeEach(async () => {
  hub = await startHubServer();
  hub.repos.set(FINE_TUNE, { revisions: { main: repoFiles(QWEN25_05B_CONFIG, bf16, 2), v1: repoFiles(QWEN25_05B_CONFIG, bf16, 1) } });
  hub.repos.set(AWQ, { revisions: { main: repoFiles(AWQ_CONFIG, awq, 1) } });
  hub.repos.set(GATED, { gatedToken: 'hf_test_token_value', revisions: { main: repoFiles(QWEN25_05B_CONFIG, bf16, 1) } });
  workspace = await mkdtemp(join(tmpdir(), 'gpu-fit-hub-'));
});

afterEach(async () => {
  await hub.close();
});

describe('models from the Hub', () => {
  it('uses the exact checkpoint bytes, reads each model once, and reports every deployment', async () => {
    await write(
      'gpu-fit.yaml',
      manifest({
        'support-generic': { model: FINE_TUNE, gpu: 'T4', max_model_len: 4096 },
        'support-vllm': { model: FINE_TUNE, engine: 'vllm', gpu: 'L4', max_model_len: 8192 },
        'support-awq': { model: AWQ, engine: 'vllm', gpu: 'L4', max_model_len: 8192 },
        'support-awq-generic': { model: AWQ, gpu: 'T4', max_model_len: 4096 },
        catalog: { model: 'Qwen/Qwen2.5-0.5B-Instruct', engine: 'vllm', gpu: 'L4', max_model_len: 8192 },
        typo: { model: 'Qwen/Qwen2.5-7B-Instruc', gpu: 'L4' },
      }),
    );
    const run = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {} });
    const report = await reportOf(run);

    // generic: the checkpoint's bytes, exactly (494,032,768 bf16 parameters; AWQ as packed)
    expect(tensorBytes(bf16)).toBe(988_065_536);
    expect(byName(report, 'support-generic').memory.weightsBytes).toBe(988_065_536);
    expect(byName(report, 'support-awq-generic').memory.weightsBytes).toBe(tensorBytes(awq));
    expect(tensorBytes(awq)).toBe(458_314_496); // 272,269,312 embeddings + 24 × 7,751,808 packed layers + 1,792 norm
    // vLLM: its sharding rules, anchored to the same bytes; quantization from quantization_config
    const vllm = byName(report, 'support-vllm');
    expect(vllm.breakdown.weights.inputs).toMatchObject({ checkpoint_bytes: 988_065_536, checkpoint_tensors: 290, checkpoint_source: `${hub.url}/${FINE_TUNE}/resolve/main/model.safetensors.index.json` });
    const catalog = byName(report, 'catalog');
    expect(vllm.memory.weightsBytes).toBe(catalog.memory.weightsBytes); // the architecture count is exact for this layout
    expect(byName(report, 'support-awq').breakdown.weights.inputs).toMatchObject({ quantization: 'awq', checkpoint_bytes: tensorBytes(awq), checkpoint_dtype_rule: 'as stored (pre-quantized)' });
    expect(vllm.notes).toContain(`Read from the Hub: ${hub.url}/${FINE_TUNE}/resolve/main/config.json and 2 safetensors header(s), 290 tensors.`);

    // once per model, whatever the number of deployments
    expect(hub.requests.filter((r) => r.path === `/${FINE_TUNE}/resolve/main/config.json`)).toHaveLength(1);
    expect(hub.requests.filter((r) => r.path === `/${AWQ}/resolve/main/config.json`)).toHaveLength(1);

    // a missing repository: "did you mean" from the catalog, at the model line
    const typo = byName(report, 'typo');
    expect(typo.verdict).toBe('error');
    expect(typo.errors[0]).toMatchObject({ line: 27, column: 12 });
    expect(typo.errors[0].message).toBe(
      `Model "Qwen/Qwen2.5-7B-Instruc" is neither in the built-in catalog nor on the Hub (${hub.url}/Qwen/Qwen2.5-7B-Instruc/resolve/main/config.json answered 404). Did you mean "Qwen/Qwen2.5-7B-Instruct" or "Qwen/Qwen2.5-7B-Instruct-AWQ" or "Qwen/Qwen2-7B-Instruct"?`,
    );
    expect(run.stdout).toContain('::error title=gpu-fit%3A typo,file=gpu-fit.yaml,line=27,col=12::Model "Qwen/Qwen2.5-7B-Instruc" is neither');
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('gated models: a message naming the input without a token; read with hf-token, which stays secret', async () => {
    await write('gpu-fit.yaml', manifest({ private: { model: GATED, engine: 'vllm', gpu: 'L4', max_model_len: 8192 } }));
    const denied = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {} });
    const error = byName(await reportOf(denied), 'private').errors[0].message;
    expect(error).toBe(`"${GATED}" is gated or private on the Hub (${hub.url}/${GATED}/resolve/main/config.json answered 401). Set the \`hf-token\` input (or HF_TOKEN) to a Hugging Face token that may read it.`);
    expect(denied.code).toBe(1);

    const allowed = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {}, inputs: { 'hf-token': 'hf_test_token_value' } });
    expect(allowed.code).toBe(0);
    expect(byName(await reportOf(allowed), 'private').verdict).toBe('fits');
    expect(hub.requests.filter((r) => r.authorization === 'Bearer hf_test_token_value').length).toBeGreaterThanOrEqual(3);
    expect(allowed.stdout).toContain('::add-mask::hf_test_token_value');
    expect((allowed.stdout + allowed.stderr).replace('::add-mask::hf_test_token_value', '')).not.toContain('hf_test_token_value');

    // HF_TOKEN from the environment works the same way
    const fromEnv = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {}, env: { HF_TOKEN: 'hf_test_token_value' } });
    expect(fromEnv.code).toBe(0);
  });

  it('reads the same exact bytes from a mirror that ignores Range, without downloading the weights', async () => {
    hub.ranges = false;
    await write('gpu-fit.yaml', manifest({ mirror: { model: FINE_TUNE, gpu: 'T4', max_model_len: 4096 } }));
    const run = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {} });
    expect(byName(await reportOf(run), 'mirror').memory.weightsBytes).toBe(988_065_536);
    const shards = [...hub.bytesSent.entries()].filter(([path]) => path.endsWith('.safetensors'));
    expect(shards).toHaveLength(2);
    // each shard is ~494 MB; what crossed the wire is the header and the socket's buffers
    for (const [, sent] of shards) expect(sent).toBeLessThan(20_000_000);
  });

  it('pins a revision', async () => {
    await write('gpu-fit.yaml', manifest({ pinned: { model: FINE_TUNE, revision: 'v1', gpu: 'T4', max_model_len: 4096 } }));
    const run = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {} });
    expect(byName(await reportOf(run), 'pinned').memory.weightsBytes).toBe(988_065_536);
    expect(hub.requests.map((r) => r.path)).toEqual([
      `/${FINE_TUNE}/resolve/v1/config.json`,
      `/${FINE_TUNE}/resolve/v1/model.safetensors.index.json`,
      `/${FINE_TUNE}/resolve/v1/model.safetensors`,
      `/${FINE_TUNE}/resolve/v1/model.safetensors`,
    ]);
  });

  it('a network failure becomes the deployment\'s error with the URL; the others are still checked', async () => {
    const port = await closedPort();
    await write('gpu-fit.yaml', manifest({ remote: { model: FINE_TUNE, gpu: 'T4', max_model_len: 4096 }, local: { model: 'Qwen/Qwen2.5-0.5B-Instruct', gpu: 'T4', max_model_len: 4096 } }));
    const run = await runAction({ workspace, hfEndpoint: `http://127.0.0.1:${port}`, eventName: 'push', event: {} });
    const report = await reportOf(run);
    expect(byName(report, 'remote').errors[0].message).toBe(
      `Could not read "${FINE_TUNE}" from the Hub: http://127.0.0.1:${port}/${FINE_TUNE}/resolve/main/config.json: ECONNREFUSED after 4 tries.`,
    );
    expect(byName(report, 'local').verdict).toBe('fits');
    expect(run.code).toBe(1);
  });

  it('a mirror with user:password in HF_ENDPOINT: the password is masked and in no message, summary or report', async () => {
    const port = await closedPort();
    await write('gpu-fit.yaml', manifest({ remote: { model: FINE_TUNE, gpu: 'T4', max_model_len: 4096 }, hostile: { model: '../../api/whoami-v2?', gpu: 'T4' } }));
    const run = await runAction({ workspace, hfEndpoint: `http://mirror:pa55word@127.0.0.1:${port}`, eventName: 'push', event: {}, inputs: { 'hf-token': 'hf_input_token' } });
    const report = await reportOf(run);
    expect(byName(report, 'remote').errors[0].message).toBe(`Could not read "${FINE_TUNE}" from the Hub: http://127.0.0.1:${port}/${FINE_TUNE}/resolve/main/config.json: ECONNREFUSED after 4 tries.`);
    expect(byName(report, 'hostile').errors[0].message).toMatch(/^Model "\.\.\/\.\.\/api\/whoami-v2\?" is not in the built-in catalog and cannot be asked of the Hub: a Hub model id/);
    expect(run.stdout).toContain('::add-mask::pa55word');
    expect(run.stdout).toContain('::add-mask::hf_input_token');
    const shown = run.stdout.replace(/::add-mask::.*\n/g, '') + run.stderr + run.summary + JSON.stringify(report);
    expect(shown).not.toContain('pa55word');
    expect(shown).not.toContain('hf_input_token');
  });

  it('offline: no Hub request; the message says how to go on', async () => {
    await write('gpu-fit.yaml', manifest({ remote: { model: FINE_TUNE, gpu: 'T4', max_model_len: 4096 } }));
    const run = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {}, inputs: { offline: 'true' } });
    expect(hub.requests).toHaveLength(0);
    expect(byName(await reportOf(run), 'remote').errors[0].message).toBe(
      `Model "${FINE_TUNE}" is not in the built-in catalog, and offline mode reads no Hub. Set \`config:\` to a config.json in the repository, or set the \`offline\` input to false.`,
    );
  });
});

describe('config.json kept in the repository', () => {
  it('reads it relative to the manifest, and refuses paths and links that leave the workspace', async () => {
    await write('models/support/config.json', JSON.stringify(QWEN25_05B_CONFIG));
    const outside = await mkdtemp(join(tmpdir(), 'gpu-fit-outside-'));
    await writeFile(join(outside, 'config.json'), JSON.stringify(QWEN25_05B_CONFIG));
    await mkdir(join(workspace, 'deploy'), { recursive: true });
    await symlink(join(outside, 'config.json'), join(workspace, 'deploy/linked.json'));
    await write(
      'deploy/gpu-fit.yaml',
      manifest({
        'in-repo': { model: 'acme/support-bot', config: '../models/support/config.json', engine: 'vllm', gpu: 'L4', max_model_len: 8192 },
        folder: { config: '../models/support', gpu: 'T4', max_model_len: 4096 },
        escape: { config: '../../outside/config.json', gpu: 'L4', max_model_len: 8192 },
        linked: { config: 'linked.json', gpu: 'L4', max_model_len: 8192 },
        missing: { config: 'nope/config.json', gpu: 'L4', max_model_len: 8192 },
      }),
    );
    const run = await runAction({ workspace, hfEndpoint: hub.url, eventName: 'push', event: {}, inputs: { offline: 'true' } });
    const report = await reportOf(run);
    const inRepo = byName(report, 'in-repo');
    expect(inRepo.model).toBe('acme/support-bot');
    expect(inRepo.verdict).toBe('fits');
    expect(inRepo.parameters.total).toBe(494_032_768);
    expect(byName(report, 'folder').model).toBe('models/support/config.json');
    expect(byName(report, 'escape').errors[0]).toMatchObject({ line: 14, message: '`config` "../../outside/config.json" leads out of the workspace: refused.' });
    expect(byName(report, 'linked').errors[0].message).toBe('`config` "linked.json" follows a symbolic link out of the workspace: refused.');
    expect(byName(report, 'missing').errors[0].message).toBe('`config` "nope/config.json": no such file (deploy/nope/config.json).');
    expect(hub.requests).toHaveLength(0);
  });
});
