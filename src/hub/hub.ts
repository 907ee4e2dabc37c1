// The Hugging Face Hub as a model source: config.json, and the checkpoint's tensors from the
// safetensors headers (model.safetensors.index.json, then each shard's header through HTTP
// Range reads). Every model is fetched once per run.

import type { HfConfig } from '../core/architecture.js';
import type { Checkpoint, CheckpointTensor } from '../core/checkpoint.js';
import { readGgufHeader, type GgufHeader } from './gguf.js';
import { get, getJson, getRange, HttpError, type HttpOptions } from './http.js';
import { headerLength, parseHeader } from './safetensors.js';

export const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';

export interface HubOptions {
  /** HF_ENDPOINT: the Hub or a mirror. */
  endpoint: string;
  token?: string;
  retries?: number;
  baseDelayMs?: number;
  /** Shard headers read at once. */
  concurrency?: number;
}

export interface HubModel {
  id: string;
  revision: string;
  config: HfConfig;
  configUrl: string;
  checkpoint?: Checkpoint;
  /** The .gguf file's header, where the deployment names one (gguf_file). */
  gguf?: GgufHeader;
  notes: string[];
}

export type HubAnswer = { model: HubModel } | { error: string; status: number; url: string; code?: string };

export interface Hub {
  /** config.json and safetensors headers; or, with `ggufFile`, that .gguf file's header alone. */
  model(id: string, revision: string, ggufFile?: string): Promise<HubAnswer>;
}

async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

export function createHub(options: HubOptions): Hub {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const http: HttpOptions = {
    retries: options.retries ?? 3,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: 30_000,
    headers: { 'user-agent': 'gpu-fit', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
  };
  const cache = new Map<string, Promise<HubAnswer>>();
  const fileUrl = (id: string, revision: string, file: string) => `${endpoint}/${id}/resolve/${encodeURIComponent(revision)}/${file}`;

  async function header(url: string): Promise<CheckpointTensor[]> {
    const length = headerLength(await getRange(url, 0, 8, http));
    const json = new TextDecoder().decode(await getRange(url, 8, 8 + length, http));
    try {
      return parseHeader(json);
    } catch (e) {
      throw new HttpError(url, 200, (e as Error).message);
    }
  }

  async function checkpoint(id: string, revision: string): Promise<Checkpoint | undefined> {
    const indexUrl = fileUrl(id, revision, 'model.safetensors.index.json');
    try {
      const index = (await getJson(indexUrl, http)) as { weight_map?: Record<string, string> };
      const files = [...new Set(Object.values(index.weight_map ?? {}))].sort();
      if (files.length === 0) throw new HttpError(indexUrl, 200, 'the index has no weight_map');
      const headers = await pool(files, options.concurrency ?? 8, (file) => header(fileUrl(id, revision, file)));
      return { source: indexUrl, files: files.length, tensors: headers.flat() };
    } catch (error) {
      if (!(error instanceof HttpError && error.status === 404)) throw error;
    }
    const single = fileUrl(id, revision, 'model.safetensors');
    try {
      return { source: single, files: 1, tensors: await header(single) };
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** A GGUF repository has no config.json: the header holds the model's shape and its tensors. */
  async function loadGguf(id: string, revision: string, file: string): Promise<HubAnswer> {
    const urlOf = (path: string) => fileUrl(id, revision, path.split('/').map(encodeURIComponent).join('/'));
    const url = urlOf(file);
    try {
      const header = await readGgufHeader(file, urlOf, http);
      return { model: { id, revision, config: header.config, configUrl: url, gguf: header, notes: [] } };
    } catch (error) {
      if (error instanceof HttpError) return { error: error.message, status: error.status, url: error.url, code: error.code };
      return { error: (error as Error).message, status: 0, url };
    }
  }

  async function load(id: string, revision: string): Promise<HubAnswer> {
    const configUrl = fileUrl(id, revision, 'config.json');
    try {
      const response = await get(configUrl, http);
      const config = JSON.parse(await response.text()) as HfConfig;
      if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new HttpError(configUrl, 200, 'config.json is not a JSON object');
      const cp = await checkpoint(id, revision);
      const notes = cp ? [] : [`${id} has no safetensors weights at ${revision}: weights are counted from config.json.`];
      return { model: { id, revision, config, configUrl, checkpoint: cp, notes } };
    } catch (error) {
      if (error instanceof HttpError) return { error: error.message, status: error.status, url: error.url, code: error.code };
      if (error instanceof SyntaxError) return { error: `config.json is not JSON (${error.message})`, status: 200, url: configUrl };
      return { error: (error as Error).message, status: 0, url: configUrl };
    }
  }

  return {
    model(id: string, revision: string, ggufFile?: string): Promise<HubAnswer> {
      const key = `${id}@${revision}${ggufFile ? `#${ggufFile}` : ''}`;
      let answer = cache.get(key);
      if (!answer) {
        answer = ggufFile ? loadGguf(id, revision, ggufFile) : load(id, revision);
        cache.set(key, answer);
      }
      return answer;
    },
  };
}
