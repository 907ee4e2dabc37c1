// A GGUF file's header from the Hub: its metadata and tensor table, read by gguf-reader.ts
// through HTTP Range requests (never the weights), then turned into the model's shape (config.json
// names) and the tensors llama.cpp loads, each with its ggml type and exact bytes.
// Format: https://github.com/ggml-org/ggml/blob/d99724f2b141fed9e1a9f402213506c081433465/docs/gguf.md

import type { HfConfig } from '../core/architecture.js';
import { GGML_TYPES, rowBytes, type GgufTensor } from '../core/gguf.js';
import { GGML_TYPE_NAMES } from './ggml-type-ids.js';
import { GgufFormatError, readGgufHeaderData, type GgufHeaderData, type ReadRange } from './gguf-reader.js';
import { get, HttpError, readUpTo, type HttpOptions } from './http.js';
import { pool } from './pool.js';

/** What the header gave: the tensors as llama.cpp places them, the model's shape, and its file type. */
export interface GgufHeader {
  /** The file named (the first shard's URL for a split file). */
  url: string;
  /** Files read: 1, or every shard of a split file (name-00001-of-00003.gguf). */
  files: number;
  config: HfConfig;
  tensors: GgufTensor[];
  /** general.file_type as llama-quantize names it (Q4_K_M), where the header says. */
  fileType?: string;
}

/**
 * gguf-split's shard names, `%s-%05d-of-%05d.gguf` (llama.cpp llama_split_path, called by
 * https://github.com/ggml-org/llama.cpp/blob/d5845f951ce9ccbfe040f148d2d80ebb6a5864e9/tools/gguf-split/gguf-split.cpp).
 */
const SHARD_FILE = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/;
/** Shard headers read at once: a 100-shard file is not 100 requests in one burst. */
const SHARD_CONCURRENCY = 4;
/** Shards read: gguf-split files on the Hub have tens at most (50 GB each); as MAX_SHARDS for safetensors. */
export const MAX_GGUF_SHARDS = 1000;

/** The shard files of a split file, the first first; the file alone otherwise. */
export function ggufShardFiles(file: string): string[] {
  const m = SHARD_FILE.exec(file);
  if (!m) return [file];
  const total = Number(m[3]);
  if (total < 1 || Number(m[2]) < 1 || Number(m[2]) > total) return [file];
  return Array.from({ length: total }, (_, i) => `${m[1]}-${String(i + 1).padStart(5, '0')}-of-${m[3]}.gguf`);
}

/**
 * Bytes [start, end) of a file through the Hub client (retries, deadlines, byte budget): a 206 is
 * the range; a 200 (a server that ignores Range) is read only as far as `end`, then closed.
 */
function rangeReader(url: string, http: HttpOptions): ReadRange {
  return async (start, end) => {
    const response = await get(url, http, { Range: `bytes=${start}-${end - 1}` });
    const partial = response.status === 206;
    if (partial) {
      const from = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '')?.[1];
      if (from !== undefined && Number(from) !== start) {
        await response.body?.cancel().catch(() => undefined);
        throw new HttpError(url, response.status, `asked for bytes from ${start}, the server sent bytes from ${from}`);
      }
    }
    const skip = partial ? 0 : start;
    const want = partial ? end - start : end;
    // Read through the Hub client's reader: the byte budget counts it, and the stream closes at `want`.
    const { bytes, received } = await readUpTo(url, response, want, http, `while reading bytes ${start}-${end}`);
    return { bytes: bytes.subarray(Math.min(skip, received), received), ended: received < want };
  };
}

const value = (metadata: Record<string, unknown>, key: string): unknown => {
  const v = metadata[key];
  return typeof v === 'bigint' ? Number(v) : v;
};

/** A per-layer array (some GGUFs give head counts per layer) read as its largest entry. */
function count(metadata: Record<string, unknown>, key: string): number | undefined {
  const v = value(metadata, key);
  if (typeof v === 'number') return v;
  if (!Array.isArray(v) || v.length === 0) return undefined;
  // a loop, not Math.max(...v): a header's array may hold millions of entries
  let most = Number.NEGATIVE_INFINITY;
  for (const item of v) {
    if (typeof item !== 'number' && typeof item !== 'bigint') return undefined;
    most = Math.max(most, Number(item));
  }
  return most;
}

/** llama.cpp's architecture names (general.architecture) → Hugging Face model_type. */
const MODEL_TYPES: Record<string, string> = {
  qwen3moe: 'qwen3_moe',
  qwen2moe: 'qwen2_moe',
  gemma3: 'gemma3_text',
  deepseek2: 'deepseek_v3',
  'gpt-oss': 'gpt_oss',
  'command-r': 'cohere',
  // Qwen3-VL's text GGUF is the Qwen3 (or Qwen3 MoE) text model under another name; the vision tower
  // goes to a separate mmproj file (ollama convert/convert_qwen3vl.go KV/TextKV:
  // https://github.com/ollama/ollama/blob/fb30760996871fa9460115c753afd2c60d4ab0f7/convert/convert_qwen3vl.go#L58-L66).
  qwen3vl: 'qwen3',
  qwen3vlmoe: 'qwen3_moe',
};

/** The model's shape in config.json names, from the header's `<arch>.*` keys and tensor shapes. */
export function ggufConfig(parsed: Pick<GgufHeaderData, 'metadata' | 'tensors'>): HfConfig {
  const metadata = parsed.metadata as Record<string, unknown>;
  const arch = String(value(metadata, 'general.architecture') ?? '');
  const k = (key: string) => `${arch}.${key}`;
  const embd = parsed.tensors.find((t) => t.name === 'token_embd.weight');
  const config: HfConfig = {
    model_type: MODEL_TYPES[arch] ?? arch.replace(/-/g, '_'),
    num_hidden_layers: count(metadata, k('block_count')),
    hidden_size: count(metadata, k('embedding_length')),
    intermediate_size: count(metadata, k('feed_forward_length')),
    num_attention_heads: count(metadata, k('attention.head_count')),
    num_key_value_heads: count(metadata, k('attention.head_count_kv')),
    head_dim: count(metadata, k('attention.key_length')),
    max_position_embeddings: count(metadata, k('context_length')),
    vocab_size: embd && embd.shape.length > 1 ? embd.shape[1] : undefined,
    tie_word_embeddings: !parsed.tensors.some((t) => t.name === 'output.weight'),
    sliding_window: count(metadata, k('attention.sliding_window')),
  };
  // llama.cpp src/llama-model.cpp load_hparams: gpt-oss alternates sliding and full layers
  // (set_swa_pattern(2)); gemma3's pattern of 6 comes with its model_type's defaults.
  if (arch === 'gpt-oss' && config.sliding_window) config.sliding_window_pattern = 2;
  const experts = count(metadata, k('expert_count'));
  if (experts) {
    config.num_experts = experts;
    config.num_experts_per_tok = count(metadata, k('expert_used_count'));
    config.moe_intermediate_size = count(metadata, k('expert_feed_forward_length')) ?? config.intermediate_size;
  }
  const kvLoraRank = count(metadata, k('attention.kv_lora_rank'));
  if (kvLoraRank) {
    const rope = count(metadata, k('rope.dimension_count')) ?? 64;
    config.kv_lora_rank = kvLoraRank;
    config.q_lora_rank = count(metadata, k('attention.q_lora_rank')) ?? null;
    config.qk_rope_head_dim = rope;
    config.qk_nope_head_dim = (count(metadata, k('attention.key_length_mla')) ?? count(metadata, k('attention.key_length')) ?? rope) - rope;
    config.v_head_dim = count(metadata, k('attention.value_length_mla')) ?? count(metadata, k('attention.value_length'));
  }
  for (const [key, v] of Object.entries(config)) if (v === undefined) delete config[key];
  return config;
}

/** llama_ftype names by general.file_type (llama.cpp include/llama.h enum llama_ftype). */
const FILE_TYPES: Record<number, string> = {
  0: 'F32', 1: 'F16', 2: 'Q4_0', 3: 'Q4_1', 7: 'Q8_0', 8: 'Q5_0', 9: 'Q5_1', 10: 'Q2_K', 11: 'Q3_K_S', 12: 'Q3_K_M', 13: 'Q3_K_L',
  14: 'Q4_K_S', 15: 'Q4_K_M', 16: 'Q5_K_S', 17: 'Q5_K_M', 18: 'Q6_K', 19: 'IQ2_XXS', 20: 'IQ2_XS', 21: 'Q2_K_S', 22: 'IQ3_XS',
  23: 'IQ3_XXS', 24: 'IQ1_S', 25: 'IQ4_NL', 26: 'IQ3_S', 27: 'IQ3_M', 28: 'IQ2_S', 29: 'IQ2_M', 30: 'IQ4_XS', 31: 'IQ1_M', 32: 'BF16',
  36: 'TQ1_0', 37: 'TQ2_0', 38: 'MXFP4_MOE',
};

/**
 * The header's tensors in the estimator's terms: decoder layer from `blk.N.`, token_embd as the
 * input layer (-1), output and output_norm as the output layer (n_layer), ggml type and bytes
 * (rows × ceil(ne0 / block) × bytes per block, ggml.c type_traits). Throws on a type it cannot size.
 */
export function ggufHeaderTensors(parsed: Pick<GgufHeaderData, 'tensors'>, layers: number): GgufTensor[] {
  return parsed.tensors.map((t) => {
    const type = GGML_TYPE_NAMES[t.type] ?? `type ${t.type}`;
    if (!GGML_TYPES[type]) throw new Error(`tensor "${t.name}" has ggml type ${type}, which gpu-fit cannot size`);
    const dims = t.shape;
    const ne0 = dims[0] ?? 1;
    const rows = dims.slice(1).reduce((a, b) => a * b, 1);
    const name = t.name.replace(/\.weight$/, '');
    const block = /^blk\.(\d+)\./.exec(name);
    // Blocks past block_count (next-token-prediction layers) count with the output layer.
    const layer = block ? Math.min(Number(block[1]), layers) : /^output(_norm)?\b/.test(name) ? layers : -1;
    return { name, layer, ne0, rows, type, bytes: rowBytes(type, ne0) * rows };
  });
}

async function parse(url: string, http: HttpOptions): Promise<GgufHeaderData> {
  try {
    return await readGgufHeaderData(rangeReader(url, http));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // GgufFormatError says what is wrong and at which byte; anything else is ours, said briefly.
    const why = error instanceof GgufFormatError ? error.message : `unexpected: ${(error as Error).message}`;
    throw new HttpError(url, 200, `not a GGUF file gpu-fit can read (${why})`);
  }
}

/**
 * Reads a .gguf file's header (Range requests through the Hub client's retries); for a split file
 * (gguf-split's name-0000k-of-0000n.gguf) every shard's header, since each lists only its own
 * tensors and the first holds the metadata. `urlOf` turns a path in the repository into its URL.
 */
export async function readGgufHeader(file: string, urlOf: (path: string) => string, http: HttpOptions): Promise<GgufHeader> {
  const files = ggufShardFiles(file);
  const shard = files.length > 1;
  const url = urlOf(files[0]);
  if (files.length > MAX_GGUF_SHARDS) throw new HttpError(url, 0, `a file split in ${files.length} shards: gpu-fit reads up to ${MAX_GGUF_SHARDS}`);
  const parsed = await pool(files, SHARD_CONCURRENCY, (f) => parse(urlOf(f), http));
  const config = ggufConfig(parsed[0]);
  const layers = Number(config.num_hidden_layers);
  if (!Number.isInteger(layers) || layers <= 0) throw new HttpError(url, 200, 'the GGUF header has no <architecture>.block_count');
  let tensors: GgufTensor[];
  try {
    tensors = parsed.flatMap((p) => ggufHeaderTensors(p, layers));
    // split files: the first shard's tensor table alone misses the rest
    if (shard) config.vocab_size ??= ggufConfig({ metadata: parsed[0].metadata, tensors: parsed.flatMap((p) => p.tensors) }).vocab_size;
  } catch (error) {
    throw new HttpError(url, 200, (error as Error).message);
  }
  if (shard) config.tie_word_embeddings = !tensors.some((t) => t.name === 'output');
  const fileType = value(parsed[0].metadata, 'general.file_type');
  return { url, files: files.length, config, tensors, fileType: typeof fileType === 'number' ? FILE_TYPES[fileType] : undefined };
}
