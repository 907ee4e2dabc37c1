// The figures the code imports: catalog/ without its provenance, every file of it, nothing else lost.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFigures, figuresOnly } from '../../scripts/catalog-figures.mjs';
import { findCatalogDir, readCatalog } from '../../src/catalog/provenance.js';
import { ROOT } from '../helpers/run-action.js';

describe('catalog figures', () => {
  it('drops sources, quotes and notes, and objects left empty by that', () => {
    const entry = {
      name: 'H100 SXM',
      memory: { bytes: 85520809984, as_printed: '81559MiB', basis: 'nvidia-smi', source: 'https://github.com/NVIDIA/nccl/issues/1264' },
      vendor_memory: { as_printed: '80 GB HBM3', source: 'https://www.nvidia.com/en-us/data-center/h100/', verified: true },
      sm_count: 132,
      sm_count_source: 'https://example.org',
      cuda_total: null,
      aliases: ['h100'],
      notes: 'why',
      kept_empty: {},
    };
    expect(figuresOnly(entry)).toEqual({ name: 'H100 SXM', memory: { bytes: 85520809984, basis: 'nvidia-smi' }, sm_count: 132, cuda_total: null, aliases: ['h100'], kept_empty: {} });
    // A model's config.json is data as published, whatever its keys are called.
    const model = { id: 'x/y', config: { model_type: 'x', notes: 'a config key', observer_kwargs: {} }, config_source: 'https://huggingface.co/x/y/blob/main/config.json' };
    expect(figuresOnly(model)).toEqual({ id: 'x/y', config: { model_type: 'x', notes: 'a config key', observer_kwargs: {} } });
  });

  it('merges every model file and keeps every figure', () => {
    const files = readCatalog(findCatalogDir()!);
    const figures = catalogFigures(ROOT) as { 'models.json': { models: Array<{ id: string; config: unknown; parameters: Record<string, unknown> }> }; 'gpus.json': { gpus: unknown[] } };
    const sourced = files.filter((f) => f.file.startsWith('models/')).flatMap((f) => (f.data as { models: Array<{ id: string; config: unknown }> }).models);
    expect(figures['models.json'].models.map((m) => m.id).sort()).toEqual(sourced.map((m) => m.id).sort());
    for (const m of figures['models.json'].models) {
      expect(m.config, m.id).toEqual(sourced.find((s) => s.id === m.id)!.config);
      expect(Object.keys(m.parameters).filter((k) => !['published', 'precision', 'not_loaded'].includes(k)), m.id).toEqual([]);
    }
    expect(figures['gpus.json'].gpus).toHaveLength((files.find((f) => f.file === 'gpus.json')!.data as { gpus: unknown[] }).gpus.length);
    expect(JSON.stringify(figures)).not.toMatch(/"(source|notes|as_printed|\w+_source)":/);
  });

  it('has written what the code imports (the test setup runs it)', () => {
    for (const [name, data] of Object.entries(catalogFigures(ROOT))) {
      expect(JSON.parse(readFileSync(join(ROOT, 'src/catalog/figures', name), 'utf8')), name).toEqual(data);
    }
  });
});
