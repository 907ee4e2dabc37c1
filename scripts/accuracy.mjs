// npm run accuracy: runs the accuracy suite and prints, per case and in total, the errors of
// weights and KV cache capacity and the verdict agreement, beside the seed formula's.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'gpu-fit-accuracy-'));
const out = join(dir, 'accuracy.txt');
const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/accuracy', '--reporter=dot'], {
  cwd: root,
  env: {
    ...process.env,
    GPU_FIT_ACCURACY_OUT: out,
    // --write-band: rewrite catalog/uncertainty.json, the error band the estimator carries.
    ...(process.argv.includes('--write-band') ? { GPU_FIT_BAND_OUT: join(root, 'catalog/uncertainty.json') } : {}),
  },
  encoding: 'utf8',
});
if (existsSync(out)) console.log(readFileSync(out, 'utf8'));
else console.log('No accuracy table: ../shared/reference/measured-public.jsonl is not beside this clone.');
if (run.status !== 0) console.log(`\nSome accuracy targets are not met:\n${run.stdout}${run.stderr}`);
rmSync(dir, { recursive: true, force: true });
process.exitCode = run.status ?? 1;
