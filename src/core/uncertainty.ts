// The estimator's error band: the relative p90 error of an engine's release line on the measured
// reference cases (catalog/uncertainty.json, written by `npm run accuracy -- --write-band`, read
// here as figures from src/catalog/figures). A deployment whose margin lies inside the band is
// close, and the report says so.

import band from '../catalog/figures/uncertainty.json' with { type: 'json' };
import { parseVersion } from './engine-version.js';
import { vllmEra } from './engines/vllm.js';
import type { EngineName } from './types.js';

export interface BandEntry {
  engine: string;
  /** Release line within the engine ("vllm G"), or "*" for the engine as a whole. */
  release_line: string;
  p90: number;
  cases: number;
}

interface BandFile {
  /** Lines with fewer cases than this fall back to their engine, engines to every case. */
  min_cases: number;
  overall: { p90: number; cases: number };
  lines: BandEntry[];
}

const BAND = band as BandFile;

/** The engine family the band is kept for: Ollama runs llama.cpp, transformers and generic have none of their own. */
export function bandEngine(engine: EngineName | string): string {
  return engine === 'ollama' ? 'llama.cpp' : engine;
}

/** The release line whose rules an estimate follows: vLLM's memory-profiling eras; one line for the others. */
export function releaseLine(engine: EngineName | string, engineVersion: string | undefined): string {
  if (engine === 'vllm') return `vllm ${vllmEra(parseVersion(engineVersion))}`;
  return '*';
}

export interface Uncertainty {
  /** Relative p90 error, e.g. 0.06 for ± 6 %. */
  value: number;
  /** Which cases it comes from: the release line, the engine, or every case. */
  basis: string;
}

export function uncertaintyOf(engine: EngineName | string, engineVersion: string | undefined): Uncertainty {
  const family = bandEngine(engine);
  const line = releaseLine(engine, engineVersion);
  const enough = (e: BandEntry | undefined) => e !== undefined && e.cases >= BAND.min_cases;
  const byLine = BAND.lines.find((e) => e.engine === family && e.release_line === line && line !== '*');
  if (enough(byLine)) return { value: byLine!.p90, basis: `${byLine!.cases} measured ${line} cases` };
  const byEngine = BAND.lines.find((e) => e.engine === family && e.release_line === '*');
  if (enough(byEngine)) return { value: byEngine!.p90, basis: `${byEngine!.cases} measured ${family} cases` };
  return { value: BAND.overall.p90, basis: `all ${BAND.overall.cases} measured cases (too few for ${family})` };
}
