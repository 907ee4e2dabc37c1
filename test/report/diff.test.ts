import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../src/check.js';
import { diffHeadline, renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { diffReports } from '../../src/report/diff.js';

const options = { minHeadroom: 0.1, failOn: 'undersized' as const };
const md = { units: 'GiB' as const, minHeadroom: 0.1, footer: 'gpu-fit test' };

function manifest(deployments: Record<string, { model: string; gpu: string; max_model_len?: number; concurrency?: number }>): string {
  const lines = ['version: 1', 'deployments:'];
  for (const [name, d] of Object.entries(deployments)) {
    lines.push(`  ${name}:`, `    model: ${d.model}`, '    engine: vllm', `    gpu: ${d.gpu}`, `    max_model_len: ${d.max_model_len ?? 8192}`);
    if (d.concurrency) lines.push(`    concurrency: ${d.concurrency}`);
  }
  return `${lines.join('\n')}\n`;
}

const LLAMA = 'meta-llama/Llama-3.1-8B-Instruct';

describe('diffReports', () => {
  it('matches deployments by file and name and sorts them into added, removed, changed and unchanged', async () => {
    const base = await checkTexts(
      [
        { file: 'a.gpu-fit.yaml', text: manifest({ chat: { model: LLAMA, gpu: 'A100 80GB' }, batch: { model: LLAMA, gpu: 'L4' }, gone: { model: LLAMA, gpu: 'L4' } }) },
      ],
      options,
    );
    const head = await checkTexts(
      [
        { file: 'a.gpu-fit.yaml', text: manifest({ chat: { model: LLAMA, gpu: 'L4', max_model_len: 65536 }, batch: { model: LLAMA, gpu: 'L4' }, fresh: { model: LLAMA, gpu: 'H100 SXM' } }) },
      ],
      options,
    );
    const diff = diffReports(base, head);
    const byName = Object.fromEntries(diff.changes.map((c) => [(c.after ?? c.before)!.name, c.status]));
    expect(byName).toEqual({ chat: 'changed', batch: 'unchanged', fresh: 'added', gone: 'removed' });
    expect(diff.changed).toBe(3);
    const chat = diff.changes.find((c) => c.after?.name === 'chat')!;
    expect(chat.before!.verdict).toBe('fits');
    expect(chat.after!.verdict).toBe('undersized');
  });

  it('follows a renamed file, and a renamed deployment whose figures did not change', async () => {
    const text = manifest({ chat: { model: LLAMA, gpu: 'L4' } });
    const base = await checkTexts([{ file: 'old/gpu-fit.yaml', text }], options);
    const head = await checkTexts([{ file: 'new/gpu-fit.yaml', text: text.replace('  chat:', '  assistant:') }], options);
    const diff = diffReports(base, head, new Map([['new/gpu-fit.yaml', 'old/gpu-fit.yaml']]));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ status: 'renamed', renamedFrom: { file: 'old/gpu-fit.yaml', name: 'chat' } });
    expect(diff.changed).toBe(1);
  });
});

describe('the diff comment', () => {
  const base = checkTexts([{ file: 'gpu-fit.yaml', text: manifest({ chat: { model: LLAMA, gpu: 'L4' }, batch: { model: LLAMA, gpu: 'L4' } }) }], options);

  it('leads with the outcome: how many changed and what is now undersized, and where', async () => {
    const head = await checkTexts([{ file: 'gpu-fit.yaml', text: manifest({ chat: { model: LLAMA, gpu: 'L4', max_model_len: 65536 }, batch: { model: LLAMA, gpu: 'L4' } }) }], options);
    const diff = diffReports(await base, head);
    expect(diffHeadline(diff, head)).toBe('❌ fails: 1 of 2 deployments undersized (on L4), changed by this pull request · 1 deployment changed: 1 now undersized on L4');
    const text = renderDiffMarkdown(diff, head, md);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`### GPU fit: ${diffHeadline(diff, head)}`);
    // needed memory before → after, with the change in GiB and %; the verdict change stands out, early in the row
    const row = lines.find((l) => l.startsWith('| **chat**'))!;
    expect(row).toMatch(/\| \d+\.\d\d → \*\*\d+\.\d\d\*\*<br><sub>\+\d+\.\d\d\u00a0\(\+\d+%\)<\/sub> \|/u);
    expect(row).toMatch(/^\| \*\*chat\*\*<br><sub>[^|]+<\/sub> \| ✅\u00a0fits → \*\*❌\u00a0undersized\*\* \|/u);
    expect(text).toContain('<details><summary>1 unchanged: 1 fit</summary>');
    expect(text.indexOf('**chat**')).toBeLessThan(text.indexOf('1 unchanged'));
  });

  it('says so when nothing changed', async () => {
    const diff = diffReports(await base, await base);
    expect(diff.changed).toBe(0);
    expect(diffHeadline(diff, await base)).toBe('✅ passes: all 2 deployments fit their GPUs · no deployment changed');
  });

  it('leaves whole deployments out, and says how many, when asked to keep fewer', async () => {
    const head = await checkTexts([{ file: 'gpu-fit.yaml', text: manifest({ chat: { model: LLAMA, gpu: 'T4' }, batch: { model: LLAMA, gpu: 'T4' } }) }], options);
    const diff = diffReports(await base, head);
    const text = renderDiffMarkdown(diff, head, md, { rows: 1 });
    expect(text.match(/^\| \*\*\w+\*\*<br>/gm)).toHaveLength(1);
    expect(text).toContain('> 1 more deployment left out to fit the size limit: the job summary has them.');
  });
});
