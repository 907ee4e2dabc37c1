// The CLI's table: any number of rows, and user text escaped for the terminal.

import { describe, expect, it } from 'vitest';
import { buildReport, reportFailure } from '../../src/report/report.js';
import { escapeJsonText, escapeTerminal } from '../../src/report/escape.js';
import { renderText } from '../../src/report/table.js';

const row = (name: string) => reportFailure({ name, file: 'gpu-fit.yaml', line: 1, errors: [{ file: 'gpu-fit.yaml', line: 1, column: 1, message: 'bad' }] });

describe('the text table', () => {
  it('draws 140,000 rows without overflowing the stack', () => {
    const report = buildReport(Array.from({ length: 140_000 }, (_, i) => row(`deployment-${i}`)), 'undersized');
    const text = renderText(report, 'GiB');
    expect(text.split('\n').filter((l) => /^deployment-\d+ /.test(l))).toHaveLength(140_000);
    expect(text).toMatch(/^deployment-139999( +-)+ +ERROR$/m);
  });

  it('an honest name is printed as written', () => {
    expect(escapeTerminal(renderText(buildReport([row('llama-chat')], 'undersized'), 'GiB'))).toMatch(/^llama-chat +- /m);
  });
});

describe('terminal escaping', () => {
  it('shows control characters and breaks workflow commands at a line start', () => {
    expect(escapeTerminal('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(escapeTerminal('ok\rhidden')).toBe('ok\\x0dhidden');
    expect(escapeTerminal('\u009b31m')).toBe('\\x9b31m');
    expect(escapeTerminal('::add-mask::secret\n  ::error::x')).toBe(':\u200b:add-mask::secret\n  :\u200b:error::x');
    expect(escapeTerminal('a\tb\nc :: d')).toBe('a\tb\nc :: d');
  });

  it('keeps JSON valid while escaping C1 controls', () => {
    const json = JSON.stringify({ name: '\u009b2J\u001b[0m' });
    expect(JSON.parse(escapeJsonText(json))).toEqual({ name: '\u009b2J\u001b[0m' });
    expect(escapeJsonText(json)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
