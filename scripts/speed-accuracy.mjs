// npm run speed-accuracy: compares the planner's speed ranges with published measured speeds
// (test/accuracy/speed-cases.ts, each with its source) and prints how often they fall inside.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'gpu-fit-speed-'));
const out = join(dir, 'speed.txt');
const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/accuracy/speed.test.ts', '--reporter=dot'], {
  cwd: root,
  env: { ...process.env, GPU_FIT_SPEED_OUT: out },
  encoding: 'utf8',
});
if (existsSync(out)) console.log(readFileSync(out, 'utf8'));
if (run.status !== 0) console.log(`\nThe speed comparison failed:\n${run.stdout}${run.stderr}`);
rmSync(dir, { recursive: true, force: true });
process.exitCode = run.status ?? 1;
