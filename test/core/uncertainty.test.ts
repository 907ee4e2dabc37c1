import { describe, expect, it } from 'vitest';
import band from '../../catalog/uncertainty.json' with { type: 'json' };
import { bandEngine, releaseLine, uncertaintyOf } from '../../src/core/uncertainty.js';

describe('uncertaintyOf', () => {
  it('uses a release line with enough cases, else its engine, else every case', () => {
    for (const [engine, version] of [['vllm', '0.11.0'], ['vllm', '0.6.4'], ['sglang', undefined], ['transformers', undefined], ['ollama', '0.20.2']] as const) {
      const u = uncertaintyOf(engine, version);
      const family = bandEngine(engine);
      const line = band.lines.find((l) => l.engine === family && l.release_line === releaseLine(engine, version));
      const whole = band.lines.find((l) => l.engine === family && l.release_line === '*');
      const expected = line && line.cases >= band.min_cases ? line.p90 : whole && whole.cases >= band.min_cases ? whole.p90 : band.overall.p90;
      expect(u.value, `${engine} ${version}`).toBe(expected);
      expect(u.basis).toMatch(/measured/);
    }
  });

  it('reads Ollama as llama.cpp and keys vLLM by its memory-profiling era', () => {
    expect(bandEngine('ollama')).toBe('llama.cpp');
    expect(releaseLine('vllm', '0.6.4')).not.toBe(releaseLine('vllm', '0.11.0'));
    expect(releaseLine('tgi', '2.4.0')).toBe('*');
  });
});
