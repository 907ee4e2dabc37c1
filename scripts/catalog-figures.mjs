// Writes src/catalog/figures/: the catalog's figures without their provenance (sources, quotes,
// notes), which is what the code imports and the bundles carry. Provenance stays in catalog/,
// where `gpu-fit gpus --sources` reads it. Run by `npm run build`, `npm run typecheck` and the
// test setup; the output is ignored by git, so catalog/ is the only copy anyone edits.

import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Keys that say where a figure comes from or comment on it; the code never reads them. */
export function isProvenanceKey(key) {
  return ['source', 'sources', 'notes', 'description', 'verified', 'measured', 'as_printed'].includes(key) || key.endsWith('_source');
}

/** Keys whose value is data as published (a model's config.json), copied whole. */
const OPAQUE_KEYS = ['config'];

/** A copy of `value` without provenance keys; an object that held only provenance is dropped too. */
export function figuresOnly(value, extraKeys = []) {
  if (Array.isArray(value)) return value.map((v) => figuresOnly(v, extraKeys));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (isProvenanceKey(key) || extraKeys.includes(key)) continue;
    if (OPAQUE_KEYS.includes(key)) {
      out[key] = v;
      continue;
    }
    const kept = figuresOnly(v, extraKeys);
    const emptied = kept !== null && typeof kept === 'object' && !Array.isArray(kept) && Object.keys(kept).length === 0 && Object.keys(v).length > 0;
    if (!emptied) out[key] = kept;
  }
  return out;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function jsonFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The figures of every catalog file, by the name the code imports them under. */
export function catalogFigures(root = ROOT) {
  const catalog = join(root, 'catalog');
  // Model files are merged in file-name order, so a new family file needs no import of its own.
  const models = jsonFiles(join(catalog, 'models')).flatMap((f) => {
    // parameters.basis explains how the published total was counted: provenance, unlike a GPU's memory.basis.
    return figuresOnly(readJson(join(catalog, 'models', f)).models ?? [], []).map((m) => {
      if (m.parameters) delete m.parameters.basis;
      return m;
    });
  });
  const constants = {};
  for (const f of jsonFiles(join(catalog, 'constants'))) {
    const file = readJson(join(catalog, 'constants', f));
    constants[file.engine] = figuresOnly(file.constants ?? []);
  }
  const figures = { 'models.json': { models }, 'constants.json': constants };
  for (const f of jsonFiles(catalog)) figures[f] = figuresOnly(readJson(join(catalog, f)));
  return figures;
}

/** Writes the figures, touching only files whose content changed. */
export function writeFigures(root = ROOT) {
  const out = join(root, 'src/catalog/figures');
  mkdirSync(out, { recursive: true });
  for (const [name, data] of Object.entries(catalogFigures(root))) {
    const path = join(out, name);
    const text = `${JSON.stringify(data)}\n`;
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    // Written aside then renamed: a test run reading the file never sees half of it.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  }
  return out;
}

/** Vitest global setup: the tests import the code, which imports the figures. */
export function setup() {
  writeFigures();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    writeFigures();
  } catch (e) {
    console.error(`catalog-figures: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
