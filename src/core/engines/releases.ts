// Each engine's release line as gpu-fit models it: the first release, and the newest whose rules
// it follows. An engine_version outside the line (or not a version at all) is read with the
// nearest rules, and the deployment says which.

import { compareVersions, parseVersion } from '../engine-version.js';
import type { EngineName } from '../types.js';
import { NEWEST_VLLM } from './vllm.js';

interface ReleaseLine {
  /** The engine's first public release (PyPI / GitHub releases). */
  first: string;
  /** The newest release whose rules the engine module follows. */
  newest: string;
}

// vLLM 0.1.0 (2023-06, pypi.org/project/vllm), SGLang 0.1.0 (2024-01, pypi.org/project/sglang),
// TGI 0.1.0 (2023-02, github.com/huggingface/text-generation-inference/releases); newest: the
// last release line each engine module reads (engines/vllm.ts, sglang.ts, tgi.ts).
const LINES: Partial<Record<EngineName, ReleaseLine>> = {
  vllm: { first: '0.1.0', newest: NEWEST_VLLM },
  sglang: { first: '0.1.0', newest: '0.5.9' },
  tgi: { first: '0.1.0', newest: '3.3' },
};

/** A warning for an engine_version no release had, saying which rules were used; null for a release in the line. */
export function engineVersionWarning(engine: EngineName, text: string | undefined): string | null {
  const line = LINES[engine];
  if (!line || text === undefined) return null;
  const version = parseVersion(text);
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  if (!version || !/^\s*v?\d+(?:\.\d+)*(?:[-+.][0-9A-Za-z.]*)?\s*$/.test(text)) {
    return `engine_version ${shown} is not a ${engine} release number: the newest rules gpu-fit has (${engine} ${line.newest}) were used.`;
  }
  if (compareVersions(version, parseVersion(line.first)!) < 0) {
    return `engine_version ${shown} is older than ${engine}'s first release (${line.first}): no release had it; the oldest rules (${engine} ${line.first}) were used.`;
  }
  const newest = parseVersion(line.newest)!;
  // A release or two past the newest modelled is plausible; a major version past it is not.
  if (version[0] > newest[0] + 1 || (version[0] === newest[0] && (version[1] ?? 0) > (newest[1] ?? 0) + 20)) {
    return `engine_version ${shown} is past any ${engine} release gpu-fit knows: the newest rules (${engine} ${line.newest}) were used.`;
  }
  return null;
}
