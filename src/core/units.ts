// Memory is integers of bytes everywhere inside gpu-fit; these helpers are the only
// place a unit string is turned into bytes. Display formatting lives in report/format.ts.

export const GB = 1_000_000_000;
export const GiB = 1024 ** 3;
export const MiB = 1024 ** 2;
export const MB = 1_000_000;
export const KiB = 1024;

const UNITS: Record<string, number> = {
  B: 1,
  KB: 1_000,
  MB,
  GB,
  TB: 1_000 * GB,
  KIB: KiB,
  MIB: MiB,
  GIB: GiB,
  TIB: 1024 * GiB,
};

export const MEMORY_UNITS = ['GiB', 'GB', 'MiB', 'MB', 'TiB', 'TB', 'KiB', 'KB', 'B'] as const;

/**
 * Parses "47.5 GiB", "24GB", "23034 MiB" into bytes. A bare number is refused on purpose:
 * spec sheets print GB and nvidia-smi prints MiB, so a number without its unit is ambiguous.
 */
export function parseMemory(text: string): number {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)\s*([a-zA-Z]+)\s*$/.exec(text);
  if (!match) {
    throw new Error(`"${text}" is not a memory size: write a number with its unit, e.g. "47.5 GiB" or "24 GB"`);
  }
  const unit = UNITS[match[2].toUpperCase()];
  if (unit === undefined) {
    throw new Error(`"${match[2]}" is not a memory unit: use one of ${MEMORY_UNITS.join(', ')}`);
  }
  const bytes = Math.round(Number(match[1]) * unit);
  // "1e400 GiB" is Infinity: a GPU that fits everything. No device comes near 2^53 bytes (8 PiB).
  if (!Number.isSafeInteger(bytes)) throw new Error(`"${text}" is beyond any GPU's memory: write the size of one device, e.g. "80 GiB"`);
  return bytes;
}

/** Parses a parameter count written as a number or with a suffix: 7e9, "7B", "500M", "1.5T". */
export function parseCount(value: number | string): number {
  if (typeof value === 'number') return value;
  const match = /^\s*([0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)\s*([kKmMbBtT]?)\s*$/.exec(value);
  if (!match) throw new Error(`"${value}" is not a count: write a number such as 7e9 or 7B`);
  const scale = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[match[2].toLowerCase()] ?? 1;
  return Math.round(Number(match[1]) * scale);
}
