// What a replica costs: its GPUs' hourly price, and that spread over the tokens it generates at the
// expected aggregate decode rate.

import type { Speed } from './speed.js';

export interface GpuPrice {
  /** Catalog GPU name. */
  gpu: string;
  usdPerGpuHour: number;
  /** Where the rate comes from: the instance type, its page and date, or the user's file. */
  source: string;
}

export interface Cost {
  currency: 'USD';
  perHour: number;
  /** Null when the speed is unknown. */
  perMillionOutputTokens: number | null;
  source: string;
}

/** The cheapest rate for a GPU in the table (the user's rates come first and win ties). */
export function priceOf(gpu: string, table: readonly GpuPrice[]): GpuPrice | undefined {
  let best: GpuPrice | undefined;
  for (const p of table) if (p.gpu === gpu && (!best || p.usdPerGpuHour < best.usdPerGpuHour)) best = p;
  return best;
}

export function cost(gpu: string, gpuCount: number, speed: Speed | null, table: readonly GpuPrice[]): Cost | null {
  const price = priceOf(gpu, table);
  if (!price) return null;
  const perHour = price.usdPerGpuHour * gpuCount;
  const tokensPerHour = speed ? speed.decodeTokensPerSecond.aggregate.expected * 3600 : 0;
  return {
    currency: 'USD',
    perHour: Math.round(perHour * 10000) / 10000,
    perMillionOutputTokens: tokensPerHour > 0 ? Math.round((perHour / tokensPerHour) * 1e6 * 10000) / 10000 : null,
    source: price.source,
  };
}
