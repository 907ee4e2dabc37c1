import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATALOG_GPUS } from '../../src/check.js';
import { loadManifest } from '../../src/manifest/load.js';
import { deploymentDetails } from '../../src/report/markdown.js';
import { changeYaml, memoryChartText } from '../../src/report/plan-markdown.js';
import { reportDeployment } from '../../src/report/report.js';
import { renderText } from '../../src/report/table.js';

function report(deployment: Record<string, unknown>) {
  const loaded = loadManifest(stringify({ version: 1, deployments: { chat: deployment } }), 'gpu-fit.yaml');
  return reportDeployment(loaded.resolved[0], { minHeadroom: 0.1, failOn: 'undersized', catalog: CATALOG_GPUS });
}

describe('planner lines', () => {
  const d = report({ model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', max_model_len: 131072, gpu: 'L4' });

  it('writes fixes as manifest YAML a reviewer can copy, best first', () => {
    const md = deploymentDetails(d, { units: 'GiB', minHeadroom: 0.1 });
    const len = d.fixes[0].change.max_model_len as number;
    expect(md).toContain(`- \`max_model_len: ${len}\` →`);
    expect(md.indexOf(`\`max_model_len: ${len}\``)).toBeLessThan(md.indexOf('`tensor_parallel_size: 2`'));
    expect(md).toContain(`Stretch: max_model_len up to ${d.stretch!.maxModelLen.toLocaleString('en-US')} tokens`);
    expect(md).toMatch(/Decode \(estimate\): ~[\d.]+ expected \(bound [\d.]+\) tokens\/s per sequence/);
    expect(md).toMatch(/Cost: \$0\.707 per hour per replica/);
  });

  it('draws memory against context as a Mermaid chart, with a sentence that reads without it', () => {
    const md = deploymentDetails(d, { units: 'GiB', minHeadroom: 0.1 });
    const chart = /Memory needed against max_model_len[^\n]*\n\n```mermaid\nxychart-beta\n([\s\S]*?)```/.exec(md);
    expect(chart).not.toBeNull();
    expect(chart![1]).toContain(`"${Math.round(d.stretch!.maxModelLen / 1024)}K (stretch)"`);
    expect(chart![1]).toContain('"128K (this)"');
    // Two lines: the need, rising with the context, and the flat limit (0.92 × the L4's CUDA total, in GiB).
    const lines = [...chart![1].matchAll(/line \[([^\]]*)\]/g)].map((m) => m[1].split(', ').map(Number));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual([...lines[0]].sort((a, b) => a - b));
    expect(new Set(lines[1])).toEqual(new Set([Math.round((d.availableBytes! / 1024 ** 3) * 10) / 10]));
  });

  it('prints a plain-text chart and the fixes for the terminal', () => {
    const text = memoryChartText(d, 'GiB').join('\n');
    expect(text).toMatch(new RegExp(`${d.stretch!.maxModelLen.toLocaleString('en-US')} .*<- stretch`));
    expect(text).toMatch(/131,072 .*<- this deployment/);
    const table = renderText({ version: 1, result: 'fail', deployments: [d], warnings: [] }, 'GiB');
    expect(table).toContain(`  fix: max_model_len: ${d.fixes[0].change.max_model_len as number}  →`);
    expect(table).toMatch(new RegExp(`^ +${d.stretch!.maxModelLen.toLocaleString('en-US')} .*<- stretch$`, 'm'));
  });

  it('quotes values YAML would misread', () => {
    expect(changeYaml({ gpu: 'A100 40GB SXM4', enforce_eager: true })).toBe('gpu: A100 40GB SXM4, enforce_eager: true');
    expect(changeYaml({ model: 'a: b' })).toBe('model: "a: b"');
  });
});
