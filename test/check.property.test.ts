// Fuzzing the whole check (fast-check): random and mutated manifests and deployment files — every
// field, every type, NaN, ±Infinity, huge and negative numbers, BOM, CRLF, lone CR, tabs,
// duplicate keys, aliases, multi-document files. Each deployment gets a result or an error with a
// line, in bounded time, never a throw, and an honest manifest checked beside them keeps its
// verdicts. The number of cases and the slowest are printed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTexts, type ManifestText } from '../src/check.js';
import { DEPLOYMENT_FIELDS } from '../src/manifest/fields.js';
import type { Report } from '../src/report/report.js';

const HONEST: ManifestText = {
  file: 'honest.gpu-fit.yaml',
  text: 'version: 1\ndeployments:\n  small:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    engine: vllm\n    max_model_len: 4096\n    gpu: L4\n  big:\n    model: meta-llama/Llama-3.1-70B-Instruct\n    engine: vllm\n    max_model_len: 8192\n    gpu: L4\n',
};
const OPTIONS = { minHeadroom: 0.1, failOn: 'undersized' as const };
const RUNS = 200;
/** Far above any honest check of a few deployments; a slower case is a hang in the making. */
const BOUND_MS = 5000;

/** YAML scalars as written: every type, the special floats, huge, negative, quoted text with control characters. */
const scalar = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double().map((d) => (Number.isNaN(d) ? '.nan' : d === Infinity ? '.inf' : d === -Infinity ? '-.inf' : String(d))),
  fc.constantFrom('.nan', '.inf', '-.inf', '1e308', '-1e308', '2e400', '18446744073709551616', '0', '-1', '0.5', '8k', '"1e400 GiB"', 'null', '~', 'true', 'yes', "''", '""'),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"\\ufeffL4"', '"a\\rb"', '"tab\\there"', '"Qwen/Qwen2.5-0.5B-Instruct"', '"H100"', '"vllm"', '"llama.cpp"', '"Q4_K_M"', '"fp8"', '[1, 2]', '{name: X, memory: "1 GiB"}', '{a: {b: {c: 1}}}'),
);

const field = fc.oneof(fc.constantFrom(...Object.keys(DEPLOYMENT_FIELDS)), fc.constantFrom('max_model_length', 'gpus', 'modle', 'tp', '<<'));

const deployment = fc.record({
  name: fc.oneof(fc.constantFrom('a', 'b', 'a', 'x y', '"q\\rq"', '"#1 @me"'), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)),
  fields: fc.array(fc.tuple(field, scalar), { minLength: 0, maxLength: 8 }),
  anchor: fc.boolean(),
});

/** A manifest text from parts, with a BOM, tabs, line endings and extra documents chosen by the fuzzer. */
const manifestText = fc
  .record({
    deployments: fc.array(deployment, { minLength: 0, maxLength: 5 }),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    tabs: fc.boolean(),
    secondDocument: fc.boolean(),
    version: fc.constantFrom('1', '2', '"1"', ''),
  })
  .map((m) => {
    const lines = [`version: ${m.version}`, 'deployments:'];
    m.deployments.forEach((d, i) => {
      lines.push(`  ${d.name}:${d.anchor && i === 0 ? ' &first' : ''}`);
      if (d.anchor && i > 0) lines.push('    <<: *first');
      for (const [key, value] of d.fields) lines.push(`    ${key}: ${value}`);
    });
    if (m.secondDocument) lines.push('---', 'version: 1');
    let text = lines.join(m.eol) + m.eol;
    if (m.tabs) text = text.replace(/^ {4}/m, '\t');
    return (m.bom ? '\ufeff' : '') + text;
  });

/** A Kubernetes Deployment whose serving container's args and GPU count are fuzzed. */
const deploymentFile = fc
  .record({
    args: fc.array(fc.oneof(fc.constantFrom('--max-model-len', '--tensor-parallel-size', '--quantization', '--dtype', '--model', '--gpu-memory-utilization'), scalar), { maxLength: 8 }),
    gpus: scalar,
    documents: fc.integer({ min: 1, max: 3 }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map((f) => {
    const doc = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: served}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: vllm',
      '          image: vllm/vllm-openai:v0.10.1',
      `          args: [${['Qwen/Qwen2.5-0.5B-Instruct', ...f.args].map((a) => (a.startsWith('"') ? a : JSON.stringify(a))).join(', ')}]`,
      '          resources:',
      '            limits:',
      `              nvidia.com/gpu: ${f.gpus}`,
    ].join(f.eol);
    return Array.from({ length: f.documents }, () => doc).join(`${f.eol}---${f.eol}`) + f.eol;
  });

function verdicts(report: Report, file: string): string[] {
  return report.deployments.filter((d) => d.file === file).map((d) => `${d.name}:${d.verdict}:${d.memory?.totalBytes ?? ''}`);
}

/** Every row is a result (whole, finite byte counts) or an error with a line. */
function wellFormed(report: Report): void {
  for (const d of report.deployments) {
    if (d.verdict === 'error') {
      expect(d.errors.length).toBeGreaterThan(0);
      for (const e of d.errors) expect(e.line).toBeGreaterThanOrEqual(1);
    } else {
      expect(d.memory).not.toBeNull();
      for (const bytes of Object.values(d.memory!)) expect(Number.isSafeInteger(bytes)).toBe(true);
      expect(Number.isSafeInteger(d.availableBytes)).toBe(true);
    }
  }
}

async function fuzz(name: string, arbitrary: fc.Arbitrary<ManifestText[]>): Promise<void> {
  const reference = verdicts(await checkTexts([HONEST], OPTIONS), HONEST.file);
  let cases = 0;
  let worst = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (texts) => {
      const started = performance.now();
      const manifests = texts.filter((t) => t.file.endsWith('.gpu-fit.yaml'));
      const report = await checkTexts([...manifests, HONEST], { ...OPTIONS, sources: texts.filter((t) => !t.file.endsWith('.gpu-fit.yaml')) });
      const took = performance.now() - started;
      worst = Math.max(worst, took);
      cases += 1;
      expect(took).toBeLessThan(BOUND_MS);
      wellFormed(report);
      expect(verdicts(report, HONEST.file)).toEqual(reference);
    }),
    { numRuns: RUNS, seed: 11 },
  );
  console.log(`fuzz "${name}": ${cases} generated cases, worst ${worst.toFixed(1)} ms`);
}

describe('the check never throws and keeps one bad input one error', () => {
  it('random manifests', async () => {
    await fuzz('manifests', manifestText.map((text) => [{ file: 'fuzzed.gpu-fit.yaml', text }]));
  }, 120_000);

  it('random deployment files', async () => {
    await fuzz('deployment files', deploymentFile.map((text) => [{ file: 'k8s/fuzzed.yaml', text }]));
  }, 120_000);
});
