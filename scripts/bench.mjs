// npm run bench: checks 1,000 generated deployments with the bundled CLI and prints the time.
// Deployments mix catalog models, engines, GPUs, context lengths and concurrency, 10 per file.
// Then the scaling goals, as ratios measured in this one run (so the machine's speed cancels):
// 10,000 deployments in one file under 15× a bare `node -e 0`, and 20,000 under 2.2× 10,000.
// BENCH_BASE=path/to/other/dist/cli/index.js adds a paired comparison with another build.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const COUNT = Number(process.env.BENCH_DEPLOYMENTS ?? 1000);
const PER_FILE = 10;

const modelIds = execFileSync(process.execPath, [cli, 'models'], { encoding: 'utf8' }).trim().split('\n');
const gpus = ['T4', 'L4', 'A10G', 'L40S', 'A100 40GB', 'A100 80GB', 'H100', 'H200', 'B200', 'RTX 4090'];
const engines = ['generic', 'vllm', 'sglang', 'tgi', 'llama.cpp', 'ollama', 'transformers'];
const lengths = [2048, 4096, 8192, 16384, 32768];

/** The manifest lines of deployment i. */
function deployment(i) {
  return [
        `  d${i}:`,
        `    model: ${modelIds[i % modelIds.length]}`,
        `    engine: ${engines[i % engines.length]}`,
        `    max_model_len: ${lengths[i % lengths.length]}`,
        `    concurrency: ${1 + (i % 8)}`,
        `    tensor_parallel_size: ${[1, 1, 2, 4, 8][i % 5]}`,
    `    gpu: ${gpus[i % gpus.length]}`,
  ];
}

/** Median wall time of `runs` runs of node with these arguments, in ms. */
function median(args, runs) {
  const times = [];
  for (let r = 0; r < runs; r += 1) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'gpu-fit-bench-'));
try {
  for (let file = 0; file < COUNT / PER_FILE; file += 1) {
    const lines = ['version: 1', 'deployments:'];
    for (let j = 0; j < PER_FILE; j += 1) lines.push(...deployment(file * PER_FILE + j));
    writeFileSync(join(dir, `f${file}.gpu-fit.yaml`), `${lines.join('\n')}\n`);
  }
  const runs = [];
  let report;
  for (let r = 0; r < 5; r += 1) {
    const start = process.hrtime.bigint();
    const out = execFileSync(process.execPath, [cli, dir, '--format', 'json', '--fail-on', 'never', '--offline'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    report = JSON.parse(out);
  }
  runs.sort((a, b) => a - b);
  const verdicts = {};
  for (const d of report.deployments) verdicts[d.verdict] = (verdicts[d.verdict] ?? 0) + 1;
  console.log(`gpu-fit bench: ${report.deployments.length} deployments in ${COUNT / PER_FILE} manifests`);
  console.log(`verdicts: ${JSON.stringify(verdicts)}`);
  console.log(`CLI wall time (node start-up included), 5 runs: median ${runs[2].toFixed(0)} ms, min ${runs[0].toFixed(0)} ms, max ${runs[4].toFixed(0)} ms`);
  console.log(`node ${process.version}, ${readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU'}`);

  // Scaling: one file of 10,000 and one of 20,000 deployments, against a bare Node start.
  const one = (count) => {
    const file = join(dir, `one-${count}.gpu-fit.yaml`);
    const lines = ['version: 1', 'deployments:'];
    for (let i = 0; i < count; i += 1) lines.push(...deployment(i));
    writeFileSync(file, `${lines.join('\n')}\n`);
    return [cli, file, '--format', 'json', '--fail-on', 'never', '--offline'];
  };
  const bare = median(['-e', '0'], 5);
  const ten = median(one(10_000), 3);
  const twenty = median(one(20_000), 3);
  const r10 = ten / bare;
  const r20 = twenty / ten;
  console.log(`one file: node -e 0 ${bare.toFixed(0)} ms; 10,000 deployments ${ten.toFixed(0)} ms (${r10.toFixed(1)}× node, goal < 15×); 20,000 ${twenty.toFixed(0)} ms (${r20.toFixed(2)}× 10,000, goal < 2.2×)`);
  if (r10 >= 15 || r20 >= 2.2) console.log('scaling goal missed');
  // BENCH_BASE=<another build's dist/cli/index.js>: the 10,000-deployment file run by both builds in
  // turn, five times, so that a machine whose speed drifts still compares the two fairly.
  if (process.env.BENCH_BASE) {
    const args = one(10_000).slice(1);
    const base = [];
    const head = [];
    for (let r = 0; r < 5; r += 1) {
      base.push(median([process.env.BENCH_BASE, ...args], 1));
      head.push(median([cli, ...args], 1));
    }
    const mid = (xs) => xs.sort((a, b) => a - b)[2];
    console.log(`paired with ${process.env.BENCH_BASE}: ${mid(base).toFixed(0)} ms there, ${mid(head).toFixed(0)} ms here (${(mid(head) / mid(base)).toFixed(2)}× the time)`);
  }
  // The bundle size goal: everything in dist/ under 1.5 MB.
  const size = (folder) => readdirSync(folder, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? size(join(folder, e.name)) : statSync(join(folder, e.name)).size), 0);
  const distBytes = size(join(root, 'dist'));
  console.log(`dist/: ${distBytes.toLocaleString('en-US')} bytes (goal < 1,500,000)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
