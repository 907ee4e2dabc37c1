// `npx gpu-fit`: the published tarball carries only what the CLI needs and runs from an empty
// project, the way a user installs it. The tarball has no dependencies (the CLI is one bundle),
// so the install needs no registry.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gpu-fit-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the npm package', () => {
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const tarball = join(dir, packed[0].filename);

  it('carries the bundle (the CLI shim and the one bundle it runs), the schema and the catalogs, and no sources or tests', () => {
    const paths = packed[0].files.map((f) => f.path);
    expect(paths).toContain('dist/cli/index.js');
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('schema/gpu-fit.schema.json');
    expect(paths).toContain('package.json');
    for (const path of paths) expect(path, path).toMatch(/^(dist\/|schema\/|catalog\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/);
  });

  it('keeps everything in dist/ under 1.5 MB (issue 11: one minified bundle, no catalog provenance, no unused libraries)', () => {
    const bytes = (folder: string): number =>
      readdirSync(folder, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? bytes(join(folder, e.name)) : statSync(join(folder, e.name)).size), 0);
    const total = bytes(join(root, 'dist'));
    console.log(`dist/: ${total.toLocaleString('en-US')} bytes`);
    expect(total).toBeLessThan(1_500_000);
  });

  it('installs into an empty project and checks the examples from there', () => {
    const app = join(dir, 'app');
    const work = join(dir, 'work');
    cpSync(join(root, 'examples'), join(work, 'examples'), { recursive: true });
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{"private": true}\n');
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--silent', tarball], { cwd: app });
    // Nothing but the package itself: the bundle needs no dependencies.
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['gpu-fit']);
    const bin = join(app, 'node_modules/.bin/gpu-fit');
    const run = spawnSync(bin, ['examples', '--sources', 'examples/deployments/**', '--offline', '--fail-on', 'never'], { cwd: work, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^DEPLOYMENT\s+MODEL\s+GPU/m);
    expect(run.stdout).toMatch(/FITS|TIGHT|UNDERSIZED/);
    const version = spawnSync(bin, ['gpus'], { cwd: work, encoding: 'utf8' });
    expect(version.stdout).toMatch(/H100/);
  }, 120_000);
});

describe('the pre-commit hook', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string }>;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };

  it('runs the package bin as a node hook', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0].language).toBe('node');
    expect(Object.keys(pkg.bin)).toContain(hooks[0].entry.split(' ')[0]);
  });

  it('matches the four manifest names and nothing else', () => {
    const files = new RegExp(hooks[0].files);
    for (const name of ['gpu-fit.yaml', 'deploy/gpu-fit.yml', 'a/b/prod.gpu-fit.yaml', 'x.gpu-fit.yml']) expect(files.test(name), name).toBe(true);
    for (const name of ['gpu-fit.yaml.bak', 'my-gpu-fit.yaml', 'values.yaml']) expect(files.test(name), name).toBe(false);
  });
});
