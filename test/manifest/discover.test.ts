// Manifest search: what it cannot read or will not follow is a warning naming it, never a run
// that stops or a manifest skipped without a word.

import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST_GLOBS } from '../../src/constants.js';
import { findManifests } from '../../src/manifest/discover.js';
import { ROOT } from '../helpers/run-action.js';

const exec = promisify(execFile);

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gpu-fit-discover-'));
  await cp(join(ROOT, 'test/fixtures/workspace'), dir, { recursive: true });
  return dir;
}

describe('finding manifests', () => {
  it('a symbolic link to a manifest is a warning naming it; the real manifest is still found', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'linked'));
    await symlink(join(dir, 'deploy/gpu-fit.yaml'), join(dir, 'linked/gpu-fit.yaml'));
    const warnings: string[] = [];
    expect(await findManifests(dir, DEFAULT_MANIFEST_GLOBS, warnings)).toEqual(['deploy/gpu-fit.yaml']);
    expect(warnings).toEqual([expect.stringMatching(/^linked\/gpu-fit\.yaml is a symbolic link: gpu-fit does not follow links/)]);
  });

  it('a symbolic link to a folder the patterns could search is a warning; one they could not is not', async () => {
    const dir = await workspace();
    await symlink(join(dir, 'deploy'), join(dir, 'deploy-link'));
    const warnings: string[] = [];
    expect(await findManifests(dir, DEFAULT_MANIFEST_GLOBS, warnings)).toEqual(['deploy/gpu-fit.yaml']);
    expect(warnings).toEqual([expect.stringMatching(/^deploy-link is a symbolic link/)]);
    const narrow: string[] = [];
    expect(await findManifests(dir, ['deploy/*.yaml'], narrow)).toEqual(['deploy/gpu-fit.yaml']);
    expect(narrow).toEqual([]);
  });

  it('a folder it cannot read is a warning; the other manifests are checked (CLI, as a user without access)', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'secret/deeper'), { recursive: true });
    await writeFile(join(dir, 'secret/deeper/gpu-fit.yaml'), 'version: 1\n');
    await chmod(join(dir, 'secret'), 0o000);
    // root reads every folder: run as nobody, as a CI runner's user would be without access.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    await chmod(dir, 0o755);
    const run = await exec(process.execPath, [join(ROOT, 'dist/cli/index.js'), '--offline', '--fail-on', 'never'], { cwd: dir, env: { ...process.env, HF_TOKEN: '' }, ...asNobody }).catch(
      (e: { stdout: string; code: number }) => e,
    );
    await chmod(join(dir, 'secret'), 0o755);
    expect(run.stdout).toMatch(/^warning: gpu-fit could not read the folder secret \(EACCES\): manifests under it were not checked\.$/m);
    expect(run.stdout).toMatch(/^tiny\s/m);
    expect(run.stdout).toMatch(/^seven-b\s/m);
  });
});
