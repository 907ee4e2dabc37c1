// Answers the models deployments name outside the built-in catalog: from the Hugging Face Hub
// (or a mirror), or from a config.json kept in the repository. Offline, only the latter.
// Every model is asked for once per run, however many deployments name it.

import { readFile } from 'node:fs/promises';
import { findModel, MODELS } from '../catalog/models.js';
import { closest, didYouMean } from '../core/suggest.js';
import type { Hub, HubAnswer } from '../hub/hub.js';
import { workspacePath } from '../workspace-path.js';
import { DEFAULT_REVISION, refKey, type ModelAnswer, type ModelRef } from './ref.js';

export interface ModelSourceOptions {
  /** The workspace: config paths must stay inside it. */
  root: string;
  /** null when offline: the catalog and the repository's files only. */
  hub: Hub | null;
  /** How the user gives a token here, for the gated-model message. */
  tokenHint: string;
  hasToken: boolean;
  /** How the user turns offline mode off here. */
  offlineHint: string;
}

export interface ModelSource {
  /** Answers for these references, keyed by refKey. */
  answer(refs: readonly ModelRef[]): Promise<Map<string, ModelAnswer>>;
}

function catalogSuggestions(id: string): string {
  return didYouMean(closest(id, MODELS.map((m) => m.id), 3));
}

function hubError(id: string, revision: string, answer: Extract<HubAnswer, { error: string }>, options: ModelSourceOptions): string {
  const at = revision === DEFAULT_REVISION ? '' : ` at revision ${revision}`;
  const where = `${answer.url} answered ${answer.status}`;
  if (answer.code === 'GatedRepo' || answer.status === 403 || (answer.status === 401 && options.hasToken && answer.code !== 'RepoNotFound')) {
    return options.hasToken
      ? `"${id}" is gated or private on the Hub (${where}) and the token given may not read it: accept the model's terms on its Hub page with that account, or use a token that can.`
      : `"${id}" is gated or private on the Hub (${where}). Set ${options.tokenHint} to a Hugging Face token that may read it.`;
  }
  if (answer.code === 'RevisionNotFound') return `"${id}" has no revision "${revision}" on the Hub (${where}).`;
  if (answer.status === 404 || answer.code === 'RepoNotFound') {
    return `Model "${id}" is neither in the built-in catalog nor on the Hub${at} (${where}).${catalogSuggestions(id)}`;
  }
  if (answer.status === 401) {
    // The Hub answers 401 both for a missing repository and for a private one, to an anonymous caller.
    return `"${id}" is not on the Hub, or is private or gated (${where}).${catalogSuggestions(id)} If it exists, set ${options.tokenHint} to a Hugging Face token that may read it.`;
  }
  return `Could not read "${id}"${at} from the Hub: ${answer.url}: ${answer.error}.`;
}

/** A config.json in the repository, refused when its path or a symbolic link leads out of the workspace. */
async function localConfig(root: string, ref: Extract<ModelRef, { kind: 'config' }>): Promise<ModelAnswer> {
  const where = await workspacePath(root, ref.file, ref.path, 'config', 'config.json');
  if ('error' in where) return { error: where.error };
  try {
    const config = JSON.parse(await readFile(where.absolute, 'utf8')) as unknown;
    if (typeof config !== 'object' || config === null || Array.isArray(config)) return { error: `${where.path} is not a JSON object.` };
    const name = (config as Record<string, unknown>)._name_or_path;
    return { model: { id: typeof name === 'string' && name ? name : where.path, config: config as Record<string, unknown>, source: where.path, notes: [] } };
  } catch (e) {
    if (e instanceof SyntaxError) return { error: `${where.path} is not JSON: ${e.message}.` };
    return { error: `\`config\` "${ref.path}": ${(e as Error).message}.` };
  }
}

export function createModelSource(options: ModelSourceOptions): ModelSource {
  const cache = new Map<string, Promise<ModelAnswer>>();
  const one = async (ref: ModelRef): Promise<ModelAnswer> => {
    if (ref.kind === 'config') return localConfig(options.root, ref);
    if (!options.hub && ref.ggufFile) {
      // Offline, a repository the catalog knows is sized by its GGUF type instead of the file's header.
      const known = findModel(ref.id);
      if ('model' in known) {
        const note = `Offline: the header of ${ref.ggufFile} is not read; ${ref.id} is sized from the catalog with the GGUF type given.`;
        return { model: { id: ref.id, config: known.model.config, source: 'catalog', notes: [note] } };
      }
      return { error: `\`gguf_file\` "${ref.ggufFile}" is read from the Hub, and offline mode reads no Hub: ${options.offlineHint}, or set \`quantization\` to the file's GGUF type instead.` };
    }
    if (!options.hub) {
      return { error: `Model "${ref.id}" is not in the built-in catalog, and offline mode reads no Hub.${catalogSuggestions(ref.id)} Set \`config:\` to a config.json in the repository, or ${options.offlineHint}.` };
    }
    const answer = await options.hub.model(ref.id, ref.revision, ref.ggufFile);
    if ('error' in answer) {
      if (ref.ggufFile && answer.code === 'EntryNotFound') return { error: `"${ref.id}" has no file "${ref.ggufFile}" on the Hub (${answer.url} answered ${answer.status}): \`gguf_file\` names a .gguf file of that repository.` };
      if (ref.ggufFile && answer.status === 200) return { error: `${answer.url}: ${answer.error}.` };
      return { error: hubError(ref.id, ref.revision, answer, options) };
    }
    const m = answer.model;
    if (m.gguf) {
      const gguf = { source: m.gguf.url, tensors: m.gguf.tensors, fileType: m.gguf.fileType };
      const files = m.gguf.files > 1 ? ` and its ${m.gguf.files - 1} other shards` : '';
      const notes = [`Read from the Hub: the GGUF header of ${m.gguf.url}${files}, ${m.gguf.tensors.length} tensors${m.gguf.fileType ? ` (${m.gguf.fileType})` : ''}.`];
      return { model: { id: m.id, config: m.config, gguf, source: m.gguf.url, notes } };
    }
    const notes = [...m.notes, `Read from the Hub: ${m.configUrl}${m.checkpoint ? ` and ${m.checkpoint.files} safetensors header(s), ${m.checkpoint.tensors.length} tensors` : ''}.`];
    return { model: { id: m.id, config: m.config, checkpoint: m.checkpoint, source: m.configUrl, notes } };
  };
  return {
    async answer(refs) {
      const answers = new Map<string, ModelAnswer>();
      await Promise.all(
        refs.map(async (ref) => {
          const key = refKey(ref);
          let pending = cache.get(key);
          if (!pending) {
            pending = one(ref);
            cache.set(key, pending);
          }
          answers.set(key, await pending);
        }),
      );
      return answers;
    },
  };
}
