import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReport, reportUnchecked } from '../../src/report/report.js';
import { renderText } from '../../src/report/table.js';

describe('rows not checked and files with nothing to check', () => {
  const report = buildReport(
    [reportUnchecked({ name: 'Model/gemma-tpu', file: 'k8s/tpu.yaml', line: 5, message: 'Model/gemma-tpu runs on google.com/tpu: 4 (Google Cloud TPU): gpu-fit checks NVIDIA GPUs only, so this deployment is not checked.' })],
    'undersized',
    [],
    [{ file: 'k8s/web.yaml', message: 'no container, serving resource or Helm values in it runs vLLM, SGLang, TGI, llama.cpp or Ollama: nothing was checked.' }],
  );

  it('passes the gate but says, in the headline and the row, what was not checked', () => {
    expect(report.result).toBe('pass');
    const markdown = renderMarkdown(report, { units: 'GiB', minHeadroom: 0.1 });
    expect(markdown).toContain('### GPU fit: ⚠️ passes: 1 not checked');
    expect(markdown).toContain('| **Model/gemma-tpu**<br><sub>k8s/tpu.yaml:5</sub> | ➖\u00a0not checked | — | — | — | — | — | — | — |');
    expect(markdown).toContain('<summary>➖ <b>Model/gemma-tpu</b>: not checked</summary>');
    expect(markdown).toContain('> Model/gemma-tpu runs on google.com/tpu: 4 \\(Google Cloud TPU\\)');
    expect(markdown).toContain('> `k8s/web.yaml`: no container, serving resource or Helm values in it runs vLLM');
  });

  it('lists both in the terminal table', () => {
    const text = renderText(report, 'GiB');
    expect(text).toContain('k8s/tpu.yaml:5: not checked: Model/gemma-tpu runs on google.com/tpu: 4');
    expect(text).toContain('k8s/web.yaml: no container, serving resource or Helm values in it runs vLLM, SGLang, TGI, llama.cpp or Ollama: nothing was checked.');
  });
});

describe('JUnit', () => {
  it('reports a row not checked as skipped', async () => {
    const { renderJunit } = await import('../../src/report/junit.js');
    const report = buildReport([reportUnchecked({ name: 'Model/m', file: 'f.yaml', line: 3, message: 'runs on amd.com/gpu: 8 (AMD GPU): not checked.' })], 'undersized');
    const xml = renderJunit(report, 'undersized', 'GiB');
    expect(xml).toContain('<testsuite name="gpu-fit" tests="1" failures="0" errors="0" skipped="1">');
    expect(xml).toContain('<skipped message="runs on amd.com/gpu: 8 (AMD GPU): not checked."/>');
  });
});
