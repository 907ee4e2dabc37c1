// The comment and the summary as a reviewer sees them: scripts/screenshots.mjs renders the example
// pull request with cmark-gfm (GitHub's renderer and extensions) and photographs it with headless
// Chromium at 900 px. Here: the HTML has whole tables and closed folds, and the pictures are 900 px
// wide. The pictures need Debian's chromium; without it only the HTML is checked.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-action.js';

const out = mkdtempSync(join(tmpdir(), 'gpu-fit-shots-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const hasChromium = spawnSync('which', ['chromium'], { encoding: 'utf8' }).status === 0;

describe('screenshots of the example pull request', () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/screenshots.mjs'), out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

  for (const name of ['comment', 'summary']) {
    it(`${name}: every table row has its header's cell count and every fold closes`, () => {
      const html = readFileSync(join(out, `${name}.html`), 'utf8');
      const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const rows = table.match(/<tr>[\s\S]*?<\/tr>/g)!;
        const cells = rows.map((r) => (r.match(/<t[hd][ >]/g) ?? []).length);
        expect(new Set(cells).size, table.slice(0, 200)).toBe(1);
      }
      expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
      // The headline states the outcome first.
      expect(html).toMatch(/<h3>GPU fit: (✅|⚠️|❌) (passes|fails): /);
    });
  }

  it.skipIf(!hasChromium)('photographs both at 900 px wide (PNG IHDR width)', () => {
    for (const name of ['comment', 'summary']) {
      const png = join(out, `${name}.png`);
      expect(existsSync(png), png).toBe(true);
      expect(readFileSync(png).readUInt32BE(16)).toBe(900);
    }
  });
});
