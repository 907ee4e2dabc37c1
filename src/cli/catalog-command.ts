// `gpu-fit gpus` and `gpu-fit models`: the catalogs, and with --sources each figure beside the
// public page it was read from, so a reviewer can check one from the terminal.

import { GPUS } from '../catalog/gpus.js';
import { MODELS } from '../catalog/models.js';
import { findCatalogDir, readCatalog, sourcedFigures } from '../catalog/provenance.js';
import { formatBytes, type DisplayUnit } from '../report/format.js';

export type CatalogKind = 'gpus' | 'models';

/** The catalog as the estimator sees it: one line per card or model. */
export function listCatalog(kind: CatalogKind, units: DisplayUnit): string {
  if (kind === 'models') return MODELS.map((m) => m.id).join('\n');
  return [...GPUS]
    .sort((a, b) => a.memory.bytes - b.memory.bytes)
    .map((g) => `${g.name.padEnd(22)} ${formatBytes(g.memory.bytes, units).padStart(11)}  ${g.architecture.padEnd(13)} (${g.memory.basis})`)
    .join('\n');
}

interface Entry {
  name: string;
  data: unknown;
}

function entries(kind: CatalogKind, dir: string): Entry[] {
  const files = readCatalog(dir).filter((f) => (kind === 'gpus' ? f.file === 'gpus.json' : f.file.startsWith('models/')));
  return files.flatMap((f) => {
    const list = (f.data as Record<string, unknown>)[kind];
    if (!Array.isArray(list)) throw new Error(`catalog/${f.file} has no "${kind}" list`);
    return list.map((item: Record<string, unknown>) => ({ name: String(item.name ?? item.id), data: item }));
  });
}

/** Every sourced figure of the catalog, entry by entry, read from catalog/ beside the program. */
export function listSources(kind: CatalogKind, dir: string | undefined = findCatalogDir()): string {
  if (!dir) throw new Error('--sources reads catalog/ beside the gpu-fit program, and there is none: install the package with its catalog/ folder, or run from a checkout');
  const out: string[] = [];
  for (const entry of entries(kind, dir)) {
    out.push(entry.name);
    for (const f of sourcedFigures(entry.data)) {
      out.push(`  ${f.field}: ${f.figure}`);
      for (const source of f.source) out.push(`    ${source}`);
    }
  }
  return out.join('\n');
}
