// Manifest text is inert in every Markdown the action writes, as GitHub's renderer reads it:
// the summary and the comment are rendered with cmark-gfm (tables, autolink, tagfilter) and the
// HTML is checked — every table row has its header's cell count, every <details> closes, and no
// link, mention, reference or tag from manifest text survives.

import { renderHtmlSync } from 'cmark-gfm';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../src/check.js';
import { diffReports } from '../../src/report/diff.js';
import { escapeHtml, escapeJsonText, escapeMarkdown, escapeTerminal, showBidiControls } from '../../src/report/escape.js';
import { sizedComment, sizedSummary } from '../../src/report/sized.js';

/** Text a hostile manifest can carry, each piece something GitHub would otherwise turn into markup. */
const HOSTILE = [
  'lone\rCR',
  '#123',
  'org/repo#9',
  'GH-77',
  'https://evil.example/x',
  'www.evil.example',
  '[x](https://evil.example/y)',
  '@octocat',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'a|b',
  '</details>',
  'x\n| forged | row |',
  'mail@evil.example',
  'prod\u202eezisrednu',
  'a\u2067b\u2069c\u200f',
];

const yamlString = (text: string) => JSON.stringify(text);

function manifest(names: readonly string[]): string {
  const lines = ['version: 1', 'deployments:'];
  names.forEach((name, i) => {
    lines.push(`  ${yamlString(name)}:`);
    if (i % 3 === 0) lines.push(`    model: ${yamlString(`${name} model`)}`, '    gpu: L4');
    else lines.push('    model: Qwen/Qwen2.5-0.5B-Instruct', '    max_model_len: 4096', `    gpu: {name: ${yamlString(`${name} GPU`)}, memory: "${i % 2 ? 2 : 80} GiB"}`);
  });
  return `${lines.join('\n')}\n`;
}

function render(markdown: string): string {
  return renderHtmlSync(markdown, { unsafe: true, extensions: { table: true, autolink: true, tagfilter: true } });
}

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Every problem the rendered HTML shows: forged cells, unclosed details, live links, references, tags. */
function problems(html: string): string[] {
  const found: string[] = [];
  for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
    const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    const cells = rows.map((r) => (r.match(/<t[hd][ >]/g) ?? []).length);
    if (cells.some((c) => c !== cells[0])) found.push(`a table row with ${cells.find((c) => c !== cells[0])} cells under ${cells[0]} headers`);
  }
  const opened = (html.match(/<details>/g) ?? []).length;
  const closed = (html.match(/<\/details>/g) ?? []).length;
  if (opened !== closed) found.push(`${opened} <details> but ${closed} </details>`);
  if (/<a\s/.test(html)) found.push(`a link: ${/<a\s[^>]*>/.exec(html)![0]}`);
  if (/<(img|script)\b/i.test(html)) found.push('a tag from manifest text');
  // A bidirectional control reorders what the browser shows (a name passes for another).
  const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.exec(html);
  if (bidi) found.push(`a bidirectional control U+${bidi[0].charCodeAt(0).toString(16).toUpperCase()}`);
  // GitHub's reference and mention filters work on the rendered text, outside code
  const text = decode(html.replace(/<code>[\s\S]*?<\/code>/g, ' '));
  for (const [what, pattern] of [
    ['mention', /(^|[^\w`])@[A-Za-z0-9]/],
    ['issue reference', /#\d/],
    ['GH- reference', /\bGH-\d/i],
    ['bare URL', /https?:\/\//],
    ['www. link', /\bwww\./i],
  ] as const) {
    const match = pattern.exec(text);
    if (match) found.push(`${what}: …${text.slice(Math.max(0, match.index - 20), match.index + 20)}…`);
  }
  return found;
}

const OPTIONS = { units: 'GiB' as const, minHeadroom: 0.1, footer: 'gpu-fit test' };

describe('Markdown from hostile manifest text, as cmark-gfm renders it', () => {
  it('the summary and the comment: rows keep their cells, details close, nothing links', async () => {
    const head = await checkTexts([{ file: 'deploy/#12 www.evil.example GH-3.gpu-fit.yaml', text: manifest(HOSTILE) }], { minHeadroom: 0.1, failOn: 'undersized' });
    const base = await checkTexts([{ file: 'deploy/#12 www.evil.example GH-3.gpu-fit.yaml', text: manifest(HOSTILE.slice(0, 5)) }], { minHeadroom: 0.1, failOn: 'undersized' });
    expect(head.deployments).toHaveLength(HOSTILE.length);
    const diff = diffReports(base, head, new Map());

    const outputs = {
      summary: sizedSummary(head, null, OPTIONS, 1024 * 1024, 'the report has them').text,
      'summary with changes': sizedSummary(head, diff, OPTIONS, 1024 * 1024, 'the report has them').text,
      comment: sizedComment(head, null, OPTIONS, 65_000).text,
      'comment with changes': sizedComment(head, diff, OPTIONS, 65_000).text,
    };
    for (const [name, markdown] of Object.entries(outputs)) {
      const html = render(markdown);
      expect(html).toContain('<table>');
      expect(problems(html), name).toEqual([]);
      // the hostile text is still shown, as text
      expect(decode(html).replace(/\u200b/g, '')).toContain('org/repo#9');
    }
  });

  it.each(HOSTILE)('%j in a table cell and a <summary>', (text) => {
    const cell = `| a | b |\n|---|---|\n| ${escapeMarkdown(text)} | x |\n`;
    expect(problems(render(cell))).toEqual([]);
    const details = `<details><summary>${escapeHtml(text)}</summary>\n\n${escapeMarkdown(text)}\n\n</details>\n`;
    expect(problems(render(details))).toEqual([]);
    expect(decode(render(cell)).replace(/\u200b/g, '')).toContain(showBidiControls(text.replace(/\r\n|\r|\n/g, ' ')));
  });
});

describe('bidirectional controls', () => {
  it('are shown as their code points in Markdown, HTML and terminal text', () => {
    const name = 'prod\u202eezisrednu';
    expect(decode(render(escapeMarkdown(name)))).toContain('prod\\u202eezisrednu');
    expect(decode(render(`<details><summary>${escapeHtml(name)}</summary></details>`))).toContain('prod\\u202eezisrednu');
    expect(escapeTerminal(`${name}\u2066x\u2069`)).toBe('prod\\u202eezisrednu\\u2066x\\u2069');
  });

  it('are \\u escapes in JSON printed to a terminal: the same JSON, nothing reordered', () => {
    const value = { name: 'prod\u202eezisrednu', note: 'a\u2067b\u2069 \u0085' };
    const text = escapeJsonText(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(/[\u0085\u202e\u2067\u2069]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
