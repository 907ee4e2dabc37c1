// Short table cells that do not wrap: figures without their unit (the column header has it), a bar
// of needed against available memory, names cut to a width, locations that keep together.

import { formatBytes, formatPercent, type DisplayUnit } from './format.js';

export const NBSP = '\u00a0';

/** "18.09" for a column headed "(GiB)"; negative figures keep their sign. */
export function figure(bytes: number, unit: DisplayUnit): string {
  return formatBytes(bytes, unit).replace(/ (GiB|GB)$/, '');
}

/** "18.09 GiB" with a no-break space, for prose and cells that carry their own unit. */
export function bytesText(bytes: number, unit: DisplayUnit): string {
  return formatBytes(bytes, unit).replace(' ', NBSP);
}

const BAR_CELLS = 10;

/**
 * Needed against available memory in ten cells: `█████████░ 96%`; past 100 % every cell is full and
 * `▶` marks the overflow, so an undersized row reads differently at a glance.
 */
export function fitBar(neededBytes: number, availableBytes: number): string {
  if (!(availableBytes > 0)) return '';
  const ratio = neededBytes / availableBytes;
  const filled = Math.min(BAR_CELLS, Math.max(0, Math.round(ratio * BAR_CELLS)));
  const bar = ratio > 1 ? `${'█'.repeat(BAR_CELLS)}▶` : `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
  return `${bar}${NBSP}${formatPercent(ratio)}`;
}

/** Text longer than `max` characters ends in "…" (the breakdown has the full text). */
export function shorten(text: string, max = 40): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A file:line location that browsers do not break at its hyphens (U+2011 non-breaking hyphen). */
export function unbroken(text: string): string {
  return text.replace(/-/g, '\u2011');
}
