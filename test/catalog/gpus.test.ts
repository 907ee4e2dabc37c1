import { describe, expect, it } from 'vitest';
import catalog from '../../catalog/gpus.json' with { type: 'json' };
import { findGpu, GPUS, gpuKey, toGpu } from '../../src/catalog/gpus.js';

const name = (query: string) => {
  const hit = findGpu(query);
  return 'gpu' in hit ? hit.gpu.name : `error: ${hit.error}`;
};

describe('GPU catalog', () => {
  it('holds every card of the seed table and the data-centre cards issue #3 lists', () => {
    const names = GPUS.map((g) => g.name);
    for (const card of [
      'GTX 1650', 'RTX 2060', 'RTX 3070', 'RTX 3070 16GB', 'RTX 3080 10GB', 'RTX 3080 12GB', 'RTX 3060', 'RTX 2080 Ti',
      'RTX 4070', 'RTX 4080', 'RTX 3090', 'RTX 4090', 'A100 40GB SXM4', 'A100 80GB SXM4', 'H100 SXM',
      'T4', 'V100 16GB SXM2', 'V100 32GB', 'A10', 'A10G', 'A30', 'A40', 'L4', 'L40', 'L40S', 'H100 PCIe', 'H100 NVL',
      'H200', 'H20', 'B200', 'RTX 5090', 'RTX A6000', 'RTX 6000 Ada', 'RTX PRO 6000',
    ]) {
      expect(names, card).toContain(card);
    }
  });

  it('gives every figure in bytes with its source and basis', () => {
    // The code sees the figures only; catalog/gpus.json keeps what each was read from.
    const sourced = (catalog as unknown as { gpus: Array<{ name: string; memory: { as_printed: string; source: string }; cuda_total: { source: string } | null }> }).gpus;
    expect(sourced.map((g) => g.name)).toEqual(GPUS.map((g) => g.name));
    for (const [i, g] of GPUS.entries()) {
      const printed = sourced[i];
      expect(Number.isInteger(g.memory.bytes), g.name).toBe(true);
      expect(['nvidia-smi', 'vendor'], g.name).toContain(g.memory.basis);
      expect(printed.memory.source.length, g.name).toBeGreaterThan(10);
      // the bytes are what the printed figure says, in its own unit
      const match = /^([0-9.]+)\s*(MiB|GB)$/.exec(printed.memory.as_printed);
      expect(match, g.name).not.toBeNull();
      const unit = match![2] === 'MiB' ? 2 ** 20 : 1e9;
      expect(g.memory.bytes, g.name).toBe(Math.round(Number(match![1]) * unit));
      if (g.cuda_total) {
        // CUDA sees less than nvidia-smi's total (driver reservations); a spec-sheet GB figure is no bound.
        if (g.memory.basis === 'nvidia-smi') expect(g.cuda_total.bytes, g.name).toBeLessThan(g.memory.bytes);
        expect(printed.cuda_total?.source.length, g.name).toBeGreaterThan(10);
      }
      expect(g.memory_bandwidth?.bytes_per_second ?? 1, g.name).toBeGreaterThan(0);
      expect(g.architecture, g.name).toMatch(/^(Turing|Volta|Ampere|Ada Lovelace|Hopper|Blackwell)$/);
    }
  });

  it('gives every card its SM count with the vendor source, and passes it on as Gpu.smCount', () => {
    // The source stays in catalog/gpus.json; the code sees the count.
    const sources = new Map((catalog as unknown as { gpus: Array<{ name: string; sm_count_source: string }> }).gpus.map((g) => [g.name, g.sm_count_source]));
    for (const gpu of GPUS) {
      expect(Number.isInteger(gpu.sm_count) && gpu.sm_count > 0, gpu.name).toBe(true);
      expect(sources.get(gpu.name), gpu.name).toMatch(/^https:\/\//);
    }
    // The H100 SXM has 132 SMs, the PCIe card 114 (Hopper whitepaper, table 3).
    const sxm = findGpu('H100 SXM');
    const pcie = findGpu('H100 PCIe');
    expect('gpu' in sxm && toGpu(sxm.gpu).smCount).toBe(132);
    expect('gpu' in pcie && toGpu(pcie.gpu).smCount).toBe(114);
  });

  it('resolves names case- and punctuation-insensitively', () => {
    expect(name('l4')).toBe('L4');
    expect(name('rtx4090')).toBe('RTX 4090');
    expect(name('RTX-3090')).toBe('RTX 3090');
    expect(name('h100 sxm')).toBe('H100 SXM');
  });

  it('resolves nvidia-smi product names', () => {
    expect(name('NVIDIA A100-SXM4-80GB')).toBe('A100 80GB SXM4');
    expect(name('NVIDIA H100 80GB HBM3')).toBe('H100 SXM');
    expect(name('Tesla T4')).toBe('T4');
    expect(name('NVIDIA GeForce RTX 4090')).toBe('RTX 4090');
    expect(name('NVIDIA RTX 6000 Ada Generation')).toBe('RTX 6000 Ada');
  });

  it('resolves Kubernetes GPU feature discovery and cloud labels', () => {
    expect(name('NVIDIA-L4')).toBe('L4');
    expect(name('NVIDIA-A100-SXM4-80GB')).toBe('A100 80GB SXM4');
    expect(name('Tesla-T4')).toBe('T4');
    expect(name('nvidia-tesla-t4')).toBe('T4');
    expect(name('nvidia-l4')).toBe('L4');
    expect(name('nvidia-a100-80gb')).toBe('A100 80GB SXM4');
    expect(name('nvidia-tesla-a100')).toBe('A100 40GB SXM4');
    expect(name('nvidia-h100-80gb')).toBe('H100 SXM');
    expect(name('l40s')).toBe('L40S');
  });

  it('calls an ambiguous name ambiguous and lists the candidates', () => {
    const hit = findGpu('A100');
    expect('error' in hit && hit.suggestions.sort()).toEqual(['A100 40GB SXM4', 'A100 80GB SXM4']);
    expect('error' in findGpu('RTX 3080')).toBe(true);
  });

  it('suggests the card meant for a typo, and explains how to name another card', () => {
    const hit = findGpu('L40SS');
    expect('error' in hit && hit.error).toMatch(/Did you mean "L40S"/);
    expect('error' in hit && hit.error).toMatch(/gpu: \{name: "L40SS", memory: "<size> GiB"\}/);
  });

  it('strips vendor words only as prefixes', () => {
    expect(gpuKey('NVIDIA-Tesla-T4')).toBe('t4');
    expect(gpuKey('NVIDIA GeForce RTX 3090')).toBe('rtx3090');
  });
});
