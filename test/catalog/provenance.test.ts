import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCatalogDir, readCatalog, sourcedFigures } from '../../src/catalog/provenance.js';

describe('catalog provenance', () => {
  it('pairs each figure with its source: objects with `source`, and `X_source` beside `X`', () => {
    const gpu = {
      name: 'L4',
      memory: { bytes: 24152899584, as_printed: '23034MiB', basis: 'nvidia-smi', source: 'https://a.example/1', verified: false },
      sm_count: 58,
      sm_count_source: ['https://b.example/2', 'https://b.example/3'],
      cloud_instances: [{ provider: 'AWS', family: 'g6', source: 'https://c.example/4' }],
    };
    expect(sourcedFigures(gpu)).toEqual([
      { field: 'memory', figure: '23034MiB (unverified)', source: ['https://a.example/1'] },
      { field: 'sm_count', figure: '58', source: ['https://b.example/2', 'https://b.example/3'] },
      { field: 'cloud_instances[0]', figure: 'AWS g6', source: ['https://c.example/4'] },
    ]);
    const model = { id: 'x/y', config_source: 'https://huggingface.co/x/y/blob/main/config.json', config: { hidden_size: 8 }, parameters: { published: 7, source: 'https://d.example' } };
    expect(sourcedFigures(model)).toEqual([
      { field: 'config', figure: '1 fields', source: ['https://huggingface.co/x/y/blob/main/config.json'] },
      { field: 'parameters', figure: '7', source: ['https://d.example'] },
    ]);
    expect(sourcedFigures({ name: 'c', value: 512, unit: 'bytes_per_sm', source: 'https://e.example' })).toEqual([{ field: '(entry)', figure: '512 bytes_per_sm', source: ['https://e.example'] }]);
  });

  it('finds catalog/ upward from the program, and reads every JSON file in it', () => {
    const root = mkdtempSync(join(tmpdir(), 'gpu-fit-catalog-'));
    mkdirSync(join(root, 'catalog/models'), { recursive: true });
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    writeFileSync(join(root, 'dist/cli/index.js'), '');
    writeFileSync(join(root, 'catalog/gpus.json'), '{"gpus": []}');
    writeFileSync(join(root, 'catalog/models/b.json'), '{"models": []}');
    expect(findCatalogDir(join(root, 'dist/cli/index.js'))).toBe(join(root, 'catalog'));
    expect(readCatalog(join(root, 'catalog')).map((f) => f.file)).toEqual(['gpus.json', 'models/b.json']);
    writeFileSync(join(root, 'catalog/models/a.json'), '{"models": [');
    expect(() => readCatalog(join(root, 'catalog'))).toThrow(/^catalog\/models\/a\.json: not valid JSON/);
    expect(findCatalogDir(join(tmpdir(), 'no-such-dir', 'x.js'))).toBeUndefined();
  });
});
