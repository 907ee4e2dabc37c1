import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from '../../src/report/escape.js';
import { formatBytes, formatPercent } from '../../src/report/format.js';

describe('display units', () => {
  it('always writes the unit, GiB or GB', () => {
    expect(formatBytes(18_088_490_189, 'GB')).toBe('18.09 GB');
    expect(formatBytes(18_088_490_189, 'GiB')).toBe('16.85 GiB');
    expect(formatBytes(-2 * 1024 ** 3, 'GiB')).toBe('−2.00 GiB');
    expect(formatPercent(-0.4)).toBe('−40%');
  });
});

describe('escaping text from manifests', () => {
  it('keeps HTML, mentions, links and table pipes out of Markdown', () => {
    const text = escapeMarkdown('<img src=x onerror=alert(1)> @octocat [link](http://x) a|b');
    expect(text).not.toMatch(/<img/);
    expect(text).toContain('&lt;img');
    expect(text).not.toMatch(/@octocat/);
    expect(text).toContain('\\[link\\]');
    expect(text).toContain('a\\|b');
  });

  it('escapes HTML inside <summary>', () => {
    expect(escapeHtml('<b>"x"</b> @team')).toBe('&lt;b&gt;&quot;x&quot;&lt;/b&gt; @\u200bteam');
  });
});
