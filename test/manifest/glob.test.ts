// Glob matching as Actions users write patterns, in bounded time whatever the pattern and path.

import { describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST_GLOBS } from '../../src/constants.js';
import { compileGlobs, matches, mayMatchUnder, withDefaultIncludes } from '../../src/manifest/glob.js';

const match = (patterns: string[], path: string) => matches(compileGlobs(patterns), path);

describe('globs', () => {
  it('match as before: ** crosses folders, * and ? stay in one, {a,b} alternates, ! excludes', () => {
    expect(match(['**/gpu-fit.yaml'], 'gpu-fit.yaml')).toBe(true);
    expect(match(['**/gpu-fit.yaml'], 'a/b/c/gpu-fit.yaml')).toBe(true);
    expect(match(['deploy/*.yaml'], 'deploy/a.yaml')).toBe(true);
    expect(match(['deploy/*.yaml'], 'deploy/x/a.yaml')).toBe(false);
    expect(match(['deploy/?.yaml'], 'deploy/a.yaml')).toBe(true);
    expect(match(['deploy/?.yaml'], 'deploy/ab.yaml')).toBe(false);
    expect(match(['**/*.{yaml,yml}'], 'k8s/x.yml')).toBe(true);
    expect(match(['**/*.gpu-fit.{yaml,yml}', '!legacy/**'], 'legacy/a/x.gpu-fit.yaml')).toBe(false);
    expect(match(['**/*.gpu-fit.{yaml,yml}', '!legacy/**'], 'prod/x.gpu-fit.yaml')).toBe(true);
    expect(match(['./deploy/**'], 'deploy/a/b.yaml')).toBe(true);
  });

  it('patterns that only exclude subtract from the defaults', () => {
    const patterns = withDefaultIncludes(['!legacy/**'], DEFAULT_MANIFEST_GLOBS);
    expect(match(patterns, 'prod/gpu-fit.yaml')).toBe(true);
    expect(match(patterns, 'legacy/gpu-fit.yaml')).toBe(false);
    // An include of their own: the defaults stay out.
    expect(withDefaultIncludes(['k8s/*.yaml', '!k8s/old.yaml'], DEFAULT_MANIFEST_GLOBS)).toEqual(['k8s/*.yaml', '!k8s/old.yaml']);
  });

  it('repeated ** against a deep path does not backtrack', () => {
    const pattern = `${'**/a/'.repeat(12)}**/b`;
    const path = `${'a/'.repeat(400)}c`;
    const started = Date.now();
    expect(match([pattern], path)).toBe(false);
    expect(match([pattern], `${'a/'.repeat(400)}b`)).toBe(true);
    expect(match([`${'*a'.repeat(30)}*b`], 'a'.repeat(250))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('tell whether a folder could hold a match', () => {
    expect(mayMatchUnder(compileGlobs(['**/gpu-fit.yaml']), 'any/folder')).toBe(true);
    expect(mayMatchUnder(compileGlobs(['deploy/*.yaml']), 'deploy')).toBe(true);
    expect(mayMatchUnder(compileGlobs(['deploy/*.yaml']), 'other')).toBe(false);
    expect(mayMatchUnder(compileGlobs(['deploy/*.yaml']), 'deploy/deeper')).toBe(false);
  });

  it('brace alternatives are capped', () => {
    expect(() => compileGlobs(['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}/x'])).toThrow(/expands to more than 256 patterns/);
  });
});
