import { describe, expect, it } from 'vitest';
import { GB, GiB, MiB, parseCount, parseMemory } from '../../src/core/units.js';

describe('memory sizes', () => {
  it('reads GiB, GB and MiB with or without a space', () => {
    expect(parseMemory('47.5 GiB')).toBe(Math.round(47.5 * GiB));
    expect(parseMemory('24GB')).toBe(24 * GB);
    expect(parseMemory('23034 MiB')).toBe(23034 * MiB);
    expect(parseMemory('80 gib')).toBe(80 * GiB);
  });

  it('refuses a number without a unit and an unknown unit', () => {
    expect(() => parseMemory('80')).toThrow(/with its unit/);
    expect(() => parseMemory('80 GBs')).toThrow(/not a memory unit/);
  });
});

describe('parameter counts', () => {
  it('reads plain numbers and suffixes', () => {
    expect(parseCount(7e9)).toBe(7e9);
    expect(parseCount('7B')).toBe(7e9);
    expect(parseCount('500M')).toBe(5e8);
    expect(parseCount('1.5e9')).toBe(1.5e9);
    expect(() => parseCount('seven')).toThrow(/not a count/);
  });
});
