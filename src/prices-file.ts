// Reads a price file (the `prices` input, `--prices FILE`): JSON or YAML of catalog/prices.json's
// shape. The user's rates replace the catalog's for the GPUs they name; errors name the file.

import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { CATALOG_PRICES, parsePrices, withOverrides } from './catalog/prices.js';
import type { GpuPrice } from './core/plan/cost.js';

export async function readPriceFile(path: string | undefined, root: string, label: string): Promise<readonly GpuPrice[]> {
  if (!path) return CATALOG_PRICES;
  let text: string;
  try {
    text = await readFile(isAbsolute(path) ? path : join(root, path), 'utf8');
  } catch (e) {
    throw new Error(`${label} ${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (e) {
    throw new Error(`${label} ${path}: not JSON or YAML (${(e as Error).message.split('\n')[0]})`);
  }
  return withOverrides(parsePrices(parsed, path));
}
