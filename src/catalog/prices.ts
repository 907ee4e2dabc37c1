// The price table (catalog/prices.json) and user price files of the same shape: on-demand or
// negotiated $/hour per instance type, turned into $/GPU-hour per catalog GPU. Read from catalog/
// itself, not from src/catalog/figures: each rate's source and date are shown beside the cost.

import data from '../../catalog/prices.json' with { type: 'json' };
import type { GpuPrice } from '../core/plan/cost.js';
import { findGpu } from './gpus.js';

interface PriceEntry {
  instance_type?: string;
  gpu: string;
  gpus?: number;
  usd_per_hour?: number;
  usd_per_gpu_hour?: number;
  source?: string;
  as_of?: string;
}

/**
 * The dearest rate taken per GPU-hour: the catalog's dearest is about $12 (B200-class on demand),
 * so a rate past this is a monthly price or a typo, and one near 1e308 made every cost Infinity.
 */
const MAX_USD_PER_GPU_HOUR = 1000;

function rate(e: PriceEntry, where: string, index: number): GpuPrice {
  const at = `${where}: prices[${index}]`;
  if (!e || typeof e !== 'object') throw new Error(`${at} must be an object with gpu and usd_per_hour (or usd_per_gpu_hour)`);
  if (typeof e.gpu !== 'string') throw new Error(`${at}.gpu must be a GPU name from the catalog`);
  const hit = findGpu(e.gpu);
  if (!('gpu' in hit)) throw new Error(`${at}.gpu: ${hit.error}`);
  const gpus = e.gpus ?? 1;
  if (!Number.isInteger(gpus) || gpus < 1) throw new Error(`${at}.gpus must be a whole number of GPUs, at least 1`);
  const perGpu = e.usd_per_gpu_hour ?? (e.usd_per_hour !== undefined ? e.usd_per_hour / gpus : undefined);
  if (typeof perGpu !== 'number' || !Number.isFinite(perGpu) || perGpu <= 0) throw new Error(`${at} needs usd_per_hour or usd_per_gpu_hour, a positive number`);
  if (perGpu > MAX_USD_PER_GPU_HOUR) {
    throw new Error(`${at}: $${perGpu} a GPU-hour is beyond any GPU rental (at most $${MAX_USD_PER_GPU_HOUR} is taken): write the hourly rate, not a month's or a year's`);
  }
  const label = [e.instance_type, e.source, e.as_of].filter(Boolean).join(', ');
  return { gpu: hit.gpu.name, usdPerGpuHour: perGpu, source: label || where };
}

/** Reads a parsed price file ({prices: [...]}); errors name the file and the entry. */
export function parsePrices(parsed: unknown, where: string): GpuPrice[] {
  const list = (parsed as { prices?: unknown } | null)?.prices;
  if (!Array.isArray(list)) throw new Error(`${where}: expected a "prices" list of {gpu, usd_per_hour, gpus, source}`);
  return list.map((e, i) => rate(e as PriceEntry, where, i));
}

export const CATALOG_PRICES: readonly GpuPrice[] = parsePrices(data, 'catalog/prices.json');

/** The user's rates replace the base's (default: the catalog's) for the GPUs they name. */
export function layerPrices(user: readonly GpuPrice[], base: readonly GpuPrice[]): GpuPrice[] {
  const named = new Set(user.map((p) => p.gpu));
  return [...user, ...base.filter((p) => !named.has(p.gpu))];
}

export function withOverrides(user: readonly GpuPrice[]): GpuPrice[] {
  return layerPrices(user, CATALOG_PRICES);
}
