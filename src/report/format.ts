// Units at the edge: the only place bytes become GiB or GB, always with the unit written.

import { GB, GiB } from '../core/units.js';

export const DISPLAY_UNITS = ['GiB', 'GB'] as const;
export type DisplayUnit = (typeof DISPLAY_UNITS)[number];

export function formatBytes(bytes: number, unit: DisplayUnit, digits = 2): string {
  const value = bytes / (unit === 'GiB' ? GiB : GB);
  const text = Math.abs(value).toFixed(digits);
  return `${bytes < 0 && Number(text) !== 0 ? '−' : ''}${text} ${unit}`;
}

export function formatSignedBytes(bytes: number, unit: DisplayUnit, digits = 2): string {
  const text = formatBytes(bytes, unit, digits);
  return bytes > 0 ? `+${text}` : text;
}

export function formatPercent(fraction: number, digits = 0): string {
  const text = Math.abs(fraction * 100).toFixed(digits);
  return `${fraction < 0 && Number(text) !== 0 ? '−' : ''}${text}%`;
}

/** 8030261248 → "8.03B"; 1.2e8 → "120M". */
export function formatCount(count: number): string {
  if (count >= 1e12) return `${(count / 1e12).toPrecision(3)}T`;
  if (count >= 1e9) return `${(count / 1e9).toPrecision(3)}B`;
  if (count >= 1e6) return `${(count / 1e6).toPrecision(3)}M`;
  return String(count);
}

/** 1234567 → "1,234,567". */
export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatInput(value: number | string): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value) && Math.abs(value) >= 10_000) return formatInteger(value);
  return String(value);
}

/** KV capacity as engines log it: "136,080 tokens (3.32× max_model_len)". */
export function formatCapacity(tokens: number | null, concurrency: number | null): string {
  if (tokens === null) return '—';
  const times = concurrency === null ? '' : ` (${concurrency.toFixed(2)}×)`;
  return `${formatInteger(tokens)}${times}`;
}

/** The error band beside a figure: " ± 6 %" (a no-break space keeps it with the figure); nothing when unknown. */
export function formatBand(uncertainty: number | null): string {
  if (uncertainty === null || !(uncertainty > 0)) return '';
  return `\u00a0±\u00a0${Math.max(1, Math.round(uncertainty * 100))}\u00a0%`;
}
