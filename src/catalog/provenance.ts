// Where each catalog figure comes from. The code runs on the figures alone (src/catalog/figures,
// written by scripts/catalog-figures.mjs); the sources stay in catalog/, which ships beside dist/
// and is read here, from disk, only when someone asks (`gpu-fit gpus --sources`).

import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface CatalogFile {
  /** Path under catalog/, e.g. "models/llama.json". */
  file: string;
  data: unknown;
}

/** One figure and where it was read: `field` is its path inside the entry ("memory", "parameters"). */
export interface SourcedFigure {
  field: string;
  figure: string;
  source: string[];
}

/**
 * catalog/ of the running copy of gpu-fit: found upward from the program's own file (dist/cli/index.js
 * in a package, the test runner in a checkout), not from import.meta, which the bundler fixes at build time.
 */
export function findCatalogDir(start: string = process.argv[1] ?? process.cwd()): string | undefined {
  let dir: string;
  try {
    // node_modules/.bin/gpu-fit is a link: the package is where it points.
    dir = dirname(realpathSync(start));
  } catch {
    dir = dirname(resolve(start));
  }
  for (;;) {
    if (existsSync(join(dir, 'catalog', 'gpus.json'))) return join(dir, 'catalog');
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Every JSON file under catalog/, in a stable order. */
export function readCatalog(dir: string): CatalogFile[] {
  const out: CatalogFile[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.json')) {
        const text = readFileSync(join(dir, rel), 'utf8');
        try {
          out.push({ file: rel, data: JSON.parse(text) });
        } catch (e) {
          throw new Error(`catalog/${rel}: not valid JSON (${(e as Error).message})`);
        }
      }
    }
  };
  walk('');
  return out;
}

/** A key that names where a figure comes from: `source`, `sources`, `config_source`, `sm_count_source`. */
export function isSourceKey(key: string): boolean {
  return key === 'source' || key === 'sources' || key.endsWith('_source');
}

function sourceList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

// The figure a sourced object stands for, in the order a reader expects to see it.
const FIGURE_KEYS = ['as_printed', 'value', 'bytes', 'bytes_per_second', 'published', 'type', 'gpu'];

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  for (const key of FIGURE_KEYS) {
    if (key in record && (typeof record[key] === 'string' || typeof record[key] === 'number')) {
      const unit = key === 'value' && typeof record.unit === 'string' ? ` ${record.unit}` : '';
      return `${record[key]}${unit}`;
    }
  }
  if (Array.isArray(value)) return `${value.length} entries`;
  // An entry with no figure field (a cloud instance family): its own words.
  return Object.entries(record)
    .filter(([key, v]) => typeof v === 'string' && !isSourceKey(key) && key !== 'notes')
    .map(([, v]) => v)
    .join(' ');
}

/** The figure, flagged when its page has not been checked against it (`verified: false`). */
function figureOf(record: Record<string, unknown>): string {
  return `${describe(record)}${record.verified === false ? ' (unverified)' : ''}`;
}

/**
 * Each sourced figure of a catalog entry: an object with a `source` is one figure, and `X_source`
 * is the source of its sibling `X` (config_source of config, sm_count_source of sm_count).
 */
export function sourcedFigures(entry: unknown, field = ''): SourcedFigure[] {
  if (entry === null || typeof entry !== 'object') return [];
  const out: SourcedFigure[] = [];
  if (Array.isArray(entry)) {
    entry.forEach((item, i) => out.push(...sourcedFigures(item, `${field}[${i}]`)));
    return out;
  }
  const record = entry as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const path = field ? `${field}.${key}` : key;
    if (key === 'source' || key === 'sources') {
      out.push({ field: field || '(entry)', figure: figureOf(record), source: sourceList(value) });
    } else if (key.endsWith('_source')) {
      const subject = key.slice(0, -'_source'.length);
      const subjectValue = record[subject];
      const figure = subjectValue !== null && typeof subjectValue === 'object' ? `${Object.keys(subjectValue).length} fields` : describe(subjectValue);
      // An entry's own `verified` speaks for its X_source figure (a model's config).
      const flag = record.verified === false ? ' (unverified)' : '';
      out.push({ field: field ? `${field}.${subject}` : subject, figure: `${figure}${flag}`, source: sourceList(value) });
    } else if (typeof value === 'object') {
      out.push(...sourcedFigures(value, path));
    }
  }
  return out;
}
