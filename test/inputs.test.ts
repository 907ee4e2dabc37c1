import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, normalizeWorkingDirectory } from '../src/inputs.js';
import { ROOT } from './helpers/run-action.js';

describe('INPUT_DEFAULTS', () => {
  it('are action.yml\'s defaults, for every input that has a plain one', async () => {
    const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
    const plain = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
        .map(([name, spec]) => [name, String(spec.default).trim()]),
    );
    expect(INPUT_DEFAULTS).toEqual(plain);
  });
});

describe('normalizeWorkingDirectory', () => {
  it.each([
    ['.', '.'],
    ['./', '.'],
    ['./deploy/', 'deploy'],
    ['deploy//eu/', 'deploy/eu'],
    ['deploy/../serving', 'serving'],
    ['deploy\\eu', 'deploy/eu'],
  ])('%j → %j', (written, normalized) => {
    expect(normalizeWorkingDirectory(written)).toBe(normalized);
  });

  it.each([['../x'], ['/etc'], ['deploy/../../x']])('%j leaves the repository: an error naming the input', (written) => {
    expect(() => normalizeWorkingDirectory(written)).toThrow('Input "working-directory" must be a folder inside the repository');
  });
});
