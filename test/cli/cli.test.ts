// The bundled CLI, run with plain node as a user runs it.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-action.js';

const exec = promisify(execFile);

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // Tests never reach the real Hub: a closed port.
    const env = { ...process.env, HF_ENDPOINT: 'http://127.0.0.1:9', HF_TOKEN: '' };
    const { stdout, stderr } = await exec(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gpu-fit-cli-'));
  await cp(join(ROOT, 'test/fixtures/workspace'), dir, { recursive: true });
  return dir;
}

describe('gpu-fit estimate', () => {
  it('is the seed calculator: 7B at 2048 tokens needs 18.09 GB', async () => {
    const run = await cli(['estimate', '--num-parameters', '7e9', '--num-hidden-layers', '32', '--hidden-size', '4096', '--max-model-len', '2048', '--units', 'GB']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Weights\s+14\.00 GB/);
    expect(run.stdout).toMatch(/KV cache\s+1\.07 GB/);
    expect(run.stdout).toMatch(/Total\s+18\.09 GB/);
    expect(run.stdout).toMatch(/GPUs that fit, smallest first: .*RTX 3090/);
  });

  it('prints the 0.5B example as JSON in bytes', async () => {
    const run = await cli(['estimate', '--num-parameters', '5e8', '--num-hidden-layers', '8', '--hidden-size', '2304', '--max-model-len', '2048', '--format', 'json']);
    const json = JSON.parse(run.stdout);
    expect(json.memory).toMatchObject({ weightsBytes: 1_000_000_000, kvCacheBytes: 150_994_944, totalBytes: 1_381_193_933 });
    expect(json.fittingGpus[0]).toBe('GTX 1650');
  });

  it('takes a catalog model and a GPU, and exits 1 when it does not fit', async () => {
    const run = await cli(['estimate', '--model', 'meta-llama/Llama-3.1-70B-Instruct', '--max-model-len', '8192', '--gpu', 'L4']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/meta-llama\/Llama-3\.1-70B-Instruct \(70\.6B parameters\)/);
    expect(run.stdout).toMatch(/UNDERSIZED/);
  });

  it('names the flag and suggests a fix for bad input', async () => {
    const run = await cli(['estimate', '--model', 'Llama-3.1-8B-Instruct', '--max-model-len', 'long']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-model-len must be a whole number/);
    expect(run.stderr).toMatch(/Did you mean "meta-llama\/Llama-3\.1-8B-Instruct"/);
  });
});

describe('gpu-fit (check)', () => {
  it('prints JUnit XML with one test case per deployment (--format junit)', async () => {
    const dir = await workspace();
    const json = JSON.parse((await cli(['--format', 'json', '--offline', '--fail-on', 'never'], dir)).stdout) as { deployments: Array<{ name: string }> };
    const run = await cli(['--format', 'junit', '--offline'], dir);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(run.stdout.match(/<testcase /g)).toHaveLength(json.deployments.length);
    for (const d of json.deployments) expect(run.stdout).toContain(`name="${d.name}"`);
  });

  it('prints the table and exits 1 on an undersized deployment', async () => {
    const dir = await workspace();
    const run = await cli([], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^fails: 1 of 2 deployments undersized \(on RTX 3060\)$/m);
    // With --fail-on never the job passes, and the headline says so (the verdicts stay in the rows).
    const never = await cli(['--fail-on', 'never'], dir);
    expect(never.code).toBe(0);
    expect(never.stdout).toMatch(/^passes: 1 undersized, 1 fit$/m);
    expect(run.stdout).toMatch(/DEPLOYMENT\s+MODEL\s+GPU\s+NEEDED\s+AVAILABLE\s+HEADROOM\s+FIT\s+KV TOKENS \(CONC\.\)\s+VERDICT/);
    // The fit bar: every cell full and ▶ past 100 %.
    expect(run.stdout).toMatch(/seven-b .*1 x RTX 3060 .*16\.85 GiB ± \d+ % .*██████████▶ 140% .*UNDERSIZED/);
    expect(run.stdout).toMatch(/tiny .*█░░░░░░░░░ 6% .*FITS/);
    expect(run.stdout).toMatch(/deploy\/gpu-fit\.yaml:20: undersized: seven-b needs 16\.85 GiB per GPU/);
  });

  it('exits 0 with --fail-on never, and shows GB on request', async () => {
    const dir = await workspace();
    const run = await cli(['--fail-on', 'never', '--units', 'GB'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/18\.09 GB/);
  });

  it('prints the JSON report contract', async () => {
    const dir = await workspace();
    const run = await cli(['deploy', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ version: 1, result: 'fail' });
    for (const d of report.deployments) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['name', 'file', 'line', 'engine', 'model', 'gpu', 'memory', 'availableBytes', 'headroomBytes', 'verdict', 'recommendedGpus', 'errors', 'kvCacheCapacityTokens', 'kvCachePoolBytes', 'maxConcurrency']),
      );
      expect(Object.keys(d.gpu)).toEqual(['name', 'count', 'memoryBytes']);
      expect(Object.keys(d.memory)).toEqual(['weightsBytes', 'kvCacheBytes', 'activationBytes', 'overheadBytes', 'totalBytes']);
      for (const value of Object.values(d.memory)) expect(Number.isInteger(value)).toBe(true);
    }
  });

  it('exits 2 on an invalid manifest, with file:line:column', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'bad.gpu-fit.yaml'), 'version: 1\ndeployments:\n  x:\n    model: Qwen/Qwen2.5-7B-Instruct\n    gpu: L4\n    concurency: 3\n');
    const run = await cli(['bad.gpu-fit.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('bad.gpu-fit.yaml:6:5: error: `concurency` is not a known field. Did you mean "concurrency"?');
  });

  it('exits 2 on an unknown flag with usage help', async () => {
    const run = await cli(['--formatt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--formatt'/);
    expect(run.stderr).toMatch(/gpu-fit --help/);
  });

  it('says so when no manifest matches', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gpu-fit-empty-'));
    const run = await cli([], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/No gpu-fit manifests found/);
  });

  it('--base compares with another checkout and prints the pull-request comment', async () => {
    const head = await workspace();
    const base = await workspace();
    const path = join(head, 'deploy/gpu-fit.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace('gpu: RTX 3060', 'gpu: RTX 3090'));
    const run = await cli(['deploy', '--base', base, '--format', 'markdown'], head);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^### GPU fit: ✅ passes: all 2 deployments fit their GPUs · 1 deployment changed: 1 now fits\n/);
    // Verdict early, a fit bar, figures without units (the header has them), locations that do not break at hyphens.
    expect(run.stdout).toMatch(/\| \*\*seven-b\*\*<br><sub>deploy\/gpu\u2011fit\.yaml:13<\/sub> \| ❌\u00a0undersized → ✅\u00a0fits \| `███████░░░\u00a070%` \| 1×\u00a0RTX\u00a03060 → 1×\u00a0RTX\u00a03090 \| 16\.85 \| −\d\.\d\d → \d\.\d\d \|/u);
    expect(run.stdout).toContain('<details><summary>1 unchanged: 1 fit</summary>');
    const table = await cli(['deploy', '--base', base], head);
    expect(table.stdout.split('\n')[0]).toBe(`Against ${base}: ✅ passes: all 2 deployments fit their GPUs · 1 deployment changed: 1 now fits`);
  });

  it('--sources checks deployment files, and a file argument that is not a manifest is read as one', async () => {
    const glob = await cli(['--sources', 'examples/deployments/gke-vllm-l4.yaml', '--offline', '--format', 'json']);
    const byFile = await cli(['examples/deployments/gke-vllm-l4.yaml', '--offline', '--format', 'json']);
    for (const run of [glob, byFile]) {
      const report = JSON.parse(run.stdout);
      expect(report.deployments.map((d: { name: string }) => d.name)).toContain('Deployment/llama-chat');
    }
    expect(JSON.parse(byFile.stdout).deployments).toHaveLength(1);
  });

  it('reads a deployment file given by absolute path outside the working directory, and says when a file runs nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gpu-fit-outside-'));
    await cp(join(ROOT, 'test/fixtures/published/gke-tgi-gemma-2-9b-it.yaml'), join(dir, 'tgi.yaml'));
    await writeFile(join(dir, 'nothing.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n');
    const run = await cli([join(dir, 'tgi.yaml'), join(dir, 'nothing.yaml'), '--offline'], await workspace());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Deployment\/tgi-gemma-deployment\s+google\/gemma-2-9b-it\s+2 x L4 .* FITS/);
    expect(run.stdout).toContain(`${join(dir, 'nothing.yaml')}: no container, serving resource or Helm values in it runs vLLM, SGLang, TGI, llama.cpp or Ollama: nothing was checked.`);
  });

  it('--offline reads no Hub, and says so for a model outside the catalog', async () => {
    const run = await cli(['estimate', '--model', 'acme/private-fine-tune', '--gpu', 'L4', '--offline']);
    expect(run.code).toBe(2);
    expect(run.stderr + run.stdout).toContain('Model "acme/private-fine-tune" is not in the built-in catalog, and offline mode reads no Hub.');
    expect(run.stderr + run.stdout).toContain('or drop --offline.');
  });
});

describe('gpu-fit plan', () => {
  it('prints the configurations that fit as JSON, and the Markdown comment carries fixes and the chart', async () => {
    const run = await cli(['plan', '--model', 'meta-llama/Llama-3.1-8B-Instruct', '--engine', 'vllm', '--max-model-len', '128K', '--gpu', 'L4', '--gpu', 'H100 SXM', '--format', 'json', '--offline']);
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as { configurations: Array<{ gpu: string; count: number; tensorParallelSize: number }> };
    expect(plan.configurations.map((c) => `${c.count} x ${c.gpu}`)).toEqual(['2 x L4', '1 x H100 SXM']);
    const dir = await mkdtemp(join(tmpdir(), 'gpu-fit-plan-'));
    await writeFile(join(dir, 'gpu-fit.yaml'), 'version: 1\ndeployments:\n  chat:\n    model: meta-llama/Llama-3.1-8B-Instruct\n    engine: vllm\n    max_model_len: 131072\n    gpu: L4\n');
    const check = await cli(['--format', 'markdown', '--offline'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^- `max_model_len: \d+` →/m);
    expect(check.stdout).toContain('```mermaid\nxychart-beta');
  });
});

describe('gpu-fit gpus and models', () => {
  it('lists the catalogs', async () => {
    const gpus = await cli(['gpus', '--units', 'GB']);
    expect(gpus.code).toBe(0);
    expect(gpus.stdout).toMatch(/^H100 SXM\s+85\.52 GB\s+Hopper\s+\(nvidia-smi\)$/m);
    const models = await cli(['models']);
    expect(models.stdout.split('\n')).toContain('meta-llama/Llama-3.1-8B-Instruct');
  });

  it('--sources prints each figure with the public page it was read from', async () => {
    const gpus = await cli(['gpus', '--sources']);
    expect(gpus.code).toBe(0);
    const h100 = gpus.stdout.slice(gpus.stdout.indexOf('\nH100 SXM\n') + 1).split('\n');
    const memory = h100.indexOf('  memory: 81559MiB');
    expect(memory).toBeGreaterThan(0);
    expect(h100[memory + 1]).toMatch(/^ {4}https:\/\//);
    expect(h100).toContain('  memory_bandwidth: 3350 GB/s');
    const models = await cli(['models', '--sources']);
    const llama = models.stdout.slice(models.stdout.indexOf('\nmeta-llama/Llama-3.1-8B-Instruct\n') + 1).split('\n');
    expect(llama[1]).toMatch(/^  config: \d+ fields$/);
    expect(llama[2]).toBe('    https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json');
    expect(llama[3]).toBe('  parameters: 8030261248');
    expect(llama[4]).toMatch(/^ {4}.*https:\/\//);
  });

  it('--sources reads catalog/ beside the installed program, and says so when it is missing', async () => {
    // A package as npm installs it: dist/ and catalog/ side by side, run from elsewhere.
    const pkg = await mkdtemp(join(tmpdir(), 'gpu-fit-pkg-'));
    await cp(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true });
    const run = async (): Promise<{ code: number; stdout: string; stderr: string }> => {
      try {
        const { stdout, stderr } = await exec(process.execPath, [join(pkg, 'dist/cli/index.js'), 'gpus', '--sources'], { cwd: tmpdir() });
        return { code: 0, stdout, stderr };
      } catch (e) {
        return e as { code: number; stdout: string; stderr: string };
      }
    };
    const without = await run();
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--sources reads catalog/ beside the gpu-fit program, and there is none');
    await cp(join(ROOT, 'catalog'), join(pkg, 'catalog'), { recursive: true });
    const beside = await run();
    expect(beside.code).toBe(0);
    expect(beside.stdout).toMatch(/^H100 SXM$/m);
  });

  it('keeps the sources out of the bundle (the CLI is a shim into it)', async () => {
    expect(await readFile(join(ROOT, 'dist/cli/index.js'), 'utf8')).toContain("await import('../index.js')");
    for (const bundle of ['dist/index.js']) {
      const text = await readFile(join(ROOT, bundle), 'utf8');
      expect(text, bundle).not.toContain('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json');
      expect(text, bundle).not.toContain('"as_printed":');
      expect(text, bundle).toContain('"meta-llama/Llama-3.1-8B-Instruct"');
    }
  });

  it('takes no stray arguments', async () => {
    const run = await cli(['gpus', 'H100']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gpu-fit gpus takes no arguments; got "H100"');
  });
});

describe('gpu-fit output in a terminal or CI log', () => {
  it('escapes ANSI sequences and workflow commands in names, in every text format', async () => {
    const dir = await workspace();
    await writeFile(
      join(dir, 'evil.gpu-fit.yaml'),
      'version: 1\ndeployments:\n  "::add-mask::x\\e[2J":\n    model: meta-llama/Llama-3.1-8B-Instruct\n    max_model_len: 4096\n    gpu: L4\n',
    );
    for (const format of ['table', 'markdown']) {
      const run = await cli(['evil.gpu-fit.yaml', '--offline', '--format', format], dir);
      expect(run.stdout).not.toMatch(/\u001b/);
      expect(run.stdout).not.toMatch(/^\s*::/m);
      expect(run.stdout).toContain('\\x1b[2J');
    }
    const json = await cli(['evil.gpu-fit.yaml', '--offline', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout).deployments[0].name).toBe('::add-mask::x\u001b[2J');
  });
});

describe('gpu-fit with patterns that only exclude', () => {
  it("'!legacy/**' subtracts from the default patterns instead of checking nothing", async () => {
    const dir = await workspace();
    await cp(join(dir, 'deploy'), join(dir, 'legacy'), { recursive: true });
    const all = await cli(['--offline', '--format', 'json', '--fail-on', 'never'], dir);
    const some = await cli(['!legacy/**', '--offline', '--format', 'json', '--fail-on', 'never'], dir);
    expect(JSON.parse(all.stdout).deployments.map((d: { file: string }) => d.file)).toContain('legacy/gpu-fit.yaml');
    const files = JSON.parse(some.stdout).deployments.map((d: { file: string }) => d.file);
    expect(files).toContain('deploy/gpu-fit.yaml');
    expect(files).not.toContain('legacy/gpu-fit.yaml');
  });
});
