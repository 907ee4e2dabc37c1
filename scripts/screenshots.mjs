// npm run screenshots: the pull-request comment and the job summary for the example pull request,
// rendered as GitHub renders them (cmark-gfm with the table, autolink, tagfilter and strikethrough
// extensions; raw HTML kept, as GitHub keeps <details>, <sub> and <br>), then photographed by headless
// Chromium at 900 px, a comment's width. Writes comment.html/.png and summary.html/.png to
// tmp/screenshots (or the folder given). Needs Debian's `chromium` for the pictures; without it, the
// HTML pages are still written.
//
// The example pull request: examples/ as it is, against a base where the `chat` deployment had half
// its context and one deployment file did not exist yet.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WIDTH = 900;

/** GitHub's renderer: GFM extensions, raw HTML kept (GitHub sanitizes it afterwards). */
export function renderGfm(markdown) {
  const cmark = require('cmark-gfm');
  return cmark.renderHtmlSync(markdown, { unsafe: true, extensions: { table: true, autolink: true, tagfilter: true, strikethrough: true } });
}

const CSS = `body{font-family:-apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif,"Noto Color Emoji";font-size:14px;line-height:1.5;color:#1f2328;margin:0;padding:16px;width:${WIDTH - 32}px;word-wrap:break-word}
table{border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto;margin:0 0 16px}
th,td{border:1px solid #d1d9e0;padding:6px 13px}th{font-weight:600}tr:nth-child(2n){background:#f6f8fa}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:85%;background:rgba(129,139,152,.12);border-radius:6px;padding:.2em .4em}
h3{font-size:1.25em;margin:0 0 16px}details{margin:0 0 16px}summary{cursor:pointer}blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0 0 16px;padding:0 1em}`;

export function page(title, html) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head><body>${html}</body></html>`;
}

/** The example pull request's comment and the full report's summary, as Markdown. */
export function exampleMarkdown() {
  const work = mkdtempSync(join(tmpdir(), 'gpu-fit-shots-'));
  try {
    for (const side of ['head', 'base']) cpSync(join(root, 'examples'), join(work, side, 'examples'), { recursive: true });
    const manifest = join(work, 'base/examples/gpu-fit.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/max_model_len: (\d+)/, (_, n) => `max_model_len: ${Math.floor(Number(n) / 2)}`));
    rmSync(join(work, 'base/examples/deployments/ollama.yaml'), { force: true });
    const cli = join(root, 'dist/cli/index.js');
    const args = ['examples', '--sources', 'examples/deployments/**', '--offline', '--fail-on', 'never', '--format', 'markdown'];
    const run = (extra) => execFileSync(process.execPath, [cli, ...args, ...extra], { cwd: join(work, 'head'), encoding: 'utf8', env: { ...process.env, HF_HUB_OFFLINE: '1' } });
    return { comment: run(['--base', join(work, 'base')]), summary: run([]) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function chromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    if (found.status === 0) return found.stdout.trim();
  }
  return null;
}

/** Writes the HTML pages and, where Chromium is installed, their screenshots; returns the paths. */
export function screenshots(out = join(root, 'tmp/screenshots')) {
  mkdirSync(out, { recursive: true });
  const { comment, summary } = exampleMarkdown();
  const browser = chromium();
  const written = [];
  for (const [name, markdown] of [['comment', comment], ['summary', summary]]) {
    const html = join(out, `${name}.html`);
    writeFileSync(html, page(`gpu-fit ${name}`, renderGfm(markdown)));
    written.push(html);
    if (!browser) continue;
    const png = join(out, `${name}.png`);
    spawnSync(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${WIDTH},2400`, `--screenshot=${png}`, `file://${html}`], { stdio: 'ignore', timeout: 60_000 });
    if (existsSync(png)) written.push(png);
  }
  return { written, browser };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { written, browser } = screenshots(process.argv[2] ? resolve(process.argv[2]) : undefined);
  for (const file of written) console.log(file);
  if (!browser) console.log('No Chromium found (apt-get install chromium): HTML pages only.');
}
