// The Hugging Face Hub as a model source: config.json, and the checkpoint's tensors from the
// safetensors headers (model.safetensors.index.json, then each shard's header through HTTP
// Range reads). Every model is fetched once per run, within a deadline and a budget of requests
// and bytes per model and per run: a hostile or broken Hub makes that model's error, never a
// hung job or one that downloads gigabytes.

import type { HfConfig } from '../core/architecture.js';
import type { Checkpoint, CheckpointTensor } from '../core/checkpoint.js';
import { splitCredentials } from '../redact.js';
import { readGgufHeader, type GgufHeader } from './gguf.js';
import { getJson, getRange, HttpBudget, HttpError, type HttpOptions } from './http.js';
import { hubModelIdProblem, revisionProblem } from './model-id.js';
import { headerLength, parseHeader } from './safetensors.js';
import { pool } from './pool.js';

export const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';

/** config.json: real ones are a few kilobytes (a long id2label, tens); 4 MB is past any. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** model.safetensors.index.json: a 1,000-shard index is about 10 MB with its tensor names. */
export const MAX_INDEX_BYTES = 32 * 1024 * 1024;
/**
 * A safetensors header: the format allows 100 MB, but real ones are far smaller (a shard of a
 * 671B MoE model names about a thousand tensors in ~150 kB); 8 MB leaves room and bounds downloads.
 */
export const MAX_SAFETENSORS_HEADER_BYTES = 8 * 1024 * 1024;
/** Shards read per model: the largest public checkpoints have under 200 (Llama-3.1-405B: 191). */
export const MAX_SHARDS = 1000;
/** Per model: two reads per shard, the index and config.json, and their retries. */
export const MODEL_BUDGET = { requests: 2 * MAX_SHARDS + 200, bytes: 256 * 1024 * 1024 };
/** Per run, all models together. */
export const RUN_BUDGET = { requests: 20_000, bytes: 1024 * 1024 * 1024 };
/** One model's reads together: config, index and every header, retries and waits included. */
export const MODEL_TIMEOUT_MS = 3 * 60_000;

export interface HubOptions {
  /** HF_ENDPOINT: the Hub or a mirror. */
  endpoint: string;
  token?: string;
  retries?: number;
  baseDelayMs?: number;
  /** Shard headers read at once. */
  concurrency?: number;
  /** Overrides for tests: per-try and per-model deadlines. */
  timeoutMs?: number;
  modelTimeoutMs?: number;
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

export function createHub(options: HubOptions): Hub {
  // Credentials written into the endpoint go in a header, never into a URL a message may print.
  const parts = splitCredentials(options.endpoint);
  const endpoint = parts.url.replace(/\/+$/, '');
  const authorization = options.token ? `Bearer ${options.token}` : parts.basic ? `Basic ${parts.basic}` : undefined;
  const base: HttpOptions = {
    retries: options.retries ?? 3,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: 30_000,
    timeoutMs: options.timeoutMs,
    headers: { 'user-agent': 'gpu-fit', ...(authorization ? { authorization } : {}) },
  };
  const run = new HttpBudget({ ...RUN_BUDGET, what: 'for all Hub models of this run' });
  const cache = new Map<string, Promise<HubAnswer>>();
  const fileUrl = (id: string, revision: string, file: string) => `${endpoint}/${id}/resolve/${encodeURIComponent(revision)}/${file.split('/').map(encodeURIComponent).join('/')}`;

  async function header(url: string, http: HttpOptions): Promise<CheckpointTensor[]> {
    let length: number;
    try {
      length = headerLength(await getRange(url, 0, 8, http));
    } catch (e) {
      if (e instanceof HttpError) throw e;
      throw new HttpError(url, 200, (e as Error).message);
    }
    if (length > MAX_SAFETENSORS_HEADER_BYTES) throw new HttpError(url, 200, `the safetensors header is ${length} bytes, more than the ${MAX_SAFETENSORS_HEADER_BYTES} gpu-fit reads`);
    const json = new TextDecoder().decode(await getRange(url, 8, 8 + length, http));
    try {
      return parseHeader(json);
    } catch (e) {
      throw new HttpError(url, 200, (e as Error).message);
    }
  }

  async function checkpoint(id: string, revision: string, http: HttpOptions): Promise<Checkpoint | undefined> {
    const indexUrl = fileUrl(id, revision, 'model.safetensors.index.json');
    try {
      const index = (await getJson(indexUrl, http, MAX_INDEX_BYTES)) as { weight_map?: unknown };
      const map = index !== null && typeof index === 'object' && index.weight_map !== null && typeof index.weight_map === 'object' ? index.weight_map : {};
      const files = [...new Set(Object.values(map as Record<string, unknown>))].sort();
      if (files.length === 0) throw new HttpError(indexUrl, 200, 'the index has no weight_map');
      // Shard names stay inside the repository: a name like ../../api/x would reach another endpoint.
      const bad = files.find((f) => typeof f !== 'string' || f === '' || f.split('/').some((p) => p === '..' || p === '.' || p === '') || f.length > 1000);
      if (bad !== undefined) throw new HttpError(indexUrl, 200, `the index names a shard "${String(bad).slice(0, 100)}" that is not a file name`);
      if (files.length > MAX_SHARDS) throw new HttpError(indexUrl, 200, `the index names ${files.length} shards, more than the ${MAX_SHARDS} gpu-fit reads`);
      const headers = await pool(files as string[], options.concurrency ?? 8, (file) => header(fileUrl(id, revision, file), http));
      return { source: indexUrl, files: files.length, tensors: headers.flat() };
    } catch (error) {
      if (!(error instanceof HttpError && error.status === 404)) throw error;
    }
    const single = fileUrl(id, revision, 'model.safetensors');
    try {
      return { source: single, files: 1, tensors: await header(single, http) };
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** A model's requests: its own deadline and budget, within the run's. */
  const modelHttp = (id: string): HttpOptions => ({
    ...base,
    signal: AbortSignal.timeout(options.modelTimeoutMs ?? MODEL_TIMEOUT_MS),
    budget: new HttpBudget({ ...MODEL_BUDGET, what: `for ${id}` }, run),
  });

  /** Why a request for this model cannot be built, or null. */
  const refused = (id: string, revision: string, file?: string): HubAnswer | null => {
    const badFile = file !== undefined && (file === '' || file.length > 1000 || file.split('/').some((p) => p === '..' || p === '.' || p === '')) ? 'a file name inside the repository is needed' : null;
    const problem = hubModelIdProblem(id) ?? revisionProblem(revision) ?? badFile;
    return problem ? { error: `"${id.slice(0, 200)}"${revision === 'main' ? '' : ` at "${revision.slice(0, 100)}"`}: ${problem}; nothing was requested`, status: 0, url: endpoint } : null;
  };

  /** A GGUF repository has no config.json: the header holds the model's shape and its tensors. */
  async function loadGguf(id: string, revision: string, file: string): Promise<HubAnswer> {
    const stop = refused(id, revision, file);
    if (stop) return stop;
    const http = modelHttp(id);
    const urlOf = (path: string) => fileUrl(id, revision, path);
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
    const stop = refused(id, revision);
    if (stop) return stop;
    const configUrl = fileUrl(id, revision, 'config.json');
    const http = modelHttp(id);
    try {
      const config = (await getJson(configUrl, http, MAX_CONFIG_BYTES)) as HfConfig;
      if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new HttpError(configUrl, 200, 'config.json is not a JSON object');
      const cp = await checkpoint(id, revision, http);
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
