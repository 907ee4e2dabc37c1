// What a deployment asks of a model source: a Hub repository at a revision, or a config.json
// kept in the repository. The manifest layer names them; an adapter answers them.

import type { HfConfig } from '../core/architecture.js';
import type { Checkpoint } from '../core/checkpoint.js';
import type { GgufFile } from '../core/types.js';

export type ModelRef =
  /** `ggufFile`: a .gguf file of that repository, whose header replaces config.json. */
  | { kind: 'hub'; id: string; revision: string; ggufFile?: string }
  /** `path` as written, relative to the manifest `file` (both workspace-relative). */
  | { kind: 'config'; file: string; path: string };

export interface SourcedModel {
  id: string;
  config: HfConfig;
  checkpoint?: Checkpoint;
  gguf?: GgufFile;
  /** Where the config came from (URL or workspace path). */
  source: string;
  notes: string[];
}

export type ModelAnswer = { model: SourcedModel } | { error: string };

export function refKey(ref: ModelRef): string {
  return ref.kind === 'hub' ? `hub:${ref.id}@${ref.revision}${ref.ggufFile ? `#${ref.ggufFile}` : ''}` : `config:${ref.file}:${ref.path}`;
}

export const DEFAULT_REVISION = 'main';
