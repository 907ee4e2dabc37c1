import { describe, expect, it } from 'vitest';
import { capabilityOf } from '../../src/core/compute-capability.js';
import { catalogGpu } from '../helpers/inputs.js';

describe('capabilityOf', () => {
  it('is major × 10 + minor, as torch and vLLM compare it', () => {
    expect(['V100 32GB', 'T4', 'A100 80GB SXM4', 'L4', 'H100 SXM', 'B200', 'RTX 5090'].map((g) => capabilityOf(catalogGpu(g)))).toEqual([70, 75, 80, 89, 90, 100, 120]);
  });

  it('is undefined for a card of unknown generation', () => {
    expect(capabilityOf({ name: 'mine', memoryBytes: 24e9 })).toBeUndefined();
  });
});
