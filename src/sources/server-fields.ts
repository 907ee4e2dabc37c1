// An engine's own options, as gpu-fit deployment fields: each engine's flag names (and the
// environment variables it reads in their place) mapped to the manifest's vLLM/HF names, with
// the place each was written so annotations can point at it.

import { findModel } from '../catalog/models.js';
import { normalizeFtype } from '../core/gguf.js';
import type { EngineName } from '../core/types.js';
import type { Position } from '../manifest/parse.js';
import type { Env } from './command-line.js';
import type { ServerCommand } from './servers.js';

/** A deployment field taken from a deployment file. */
export interface SourceField {
  key: string;
  /** A mapping for a custom GPU (a MIG slice): {name, memory}. */
  value: string | number | boolean | { name: string; memory: string };
  pos: Position;
  /** How it was written there: a flag, an environment variable, a label. */
  label: string;
}

type Mapping = Record<string, { flags: string[]; env?: string[] }>;

// vllm/engine/arg_utils.py EngineArgs.add_cli_args
const VLLM: Mapping = {
  model: { flags: ['model'] },
  revision: { flags: ['revision'] },
  tensor_parallel_size: { flags: ['tensor-parallel-size', 'tp'] },
  pipeline_parallel_size: { flags: ['pipeline-parallel-size', 'pp'] },
  max_model_len: { flags: ['max-model-len'] },
  gpu_memory_utilization: { flags: ['gpu-memory-utilization'] },
  dtype: { flags: ['dtype'] },
  quantization: { flags: ['quantization', 'q'] },
  kv_cache_dtype: { flags: ['kv-cache-dtype'] },
  max_num_seqs: { flags: ['max-num-seqs'] },
  max_num_batched_tokens: { flags: ['max-num-batched-tokens'] },
  block_size: { flags: ['block-size'] },
  enforce_eager: { flags: ['enforce-eager'] },
  kv_cache_memory_bytes: { flags: ['kv-cache-memory', 'kv-cache-memory-bytes'] },
  pp_layer_partition: { flags: [], env: ['VLLM_PP_LAYER_PARTITION'] },
  enable_prefix_caching: { flags: ['enable-prefix-caching'] },
  // vllm/envs.py: "1" or "true" lets _get_and_verify_max_len accept a longer max_model_len.
  allow_long_max_model_len: { flags: [], env: ['VLLM_ALLOW_LONG_MAX_MODEL_LEN'] },
};

// python/sglang/srt/server_args.py ServerArgs.add_cli_args
const SGLANG: Mapping = {
  model: { flags: ['model-path', 'model'] },
  revision: { flags: ['revision'] },
  tensor_parallel_size: { flags: ['tensor-parallel-size', 'tp-size', 'tp'] },
  pipeline_parallel_size: { flags: ['pipeline-parallel-size', 'pp-size', 'pp'] },
  max_model_len: { flags: ['context-length'] },
  mem_fraction_static: { flags: ['mem-fraction-static'] },
  dtype: { flags: ['dtype'] },
  quantization: { flags: ['quantization'] },
  kv_cache_dtype: { flags: ['kv-cache-dtype'] },
  max_num_seqs: { flags: ['max-running-requests'] },
  max_num_batched_tokens: { flags: ['chunked-prefill-size'] },
  // python/sglang/srt/utils.py get_bool_env_var: "true" or "1".
  allow_long_max_model_len: { flags: [], env: ['SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN'] },
};

// launcher/src/main.rs Args: every flag also reads the environment variable of its name.
const TGI: Mapping = {
  model: { flags: ['model-id'], env: ['MODEL_ID'] },
  revision: { flags: ['revision'], env: ['REVISION'] },
  tensor_parallel_size: { flags: ['num-shard'], env: ['NUM_SHARD'] },
  quantization: { flags: ['quantize'], env: ['QUANTIZE'] },
  dtype: { flags: ['dtype'], env: ['DTYPE'] },
  kv_cache_dtype: { flags: ['kv-cache-dtype'], env: ['KV_CACHE_DTYPE'] },
  max_model_len: { flags: ['max-total-tokens'], env: ['MAX_TOTAL_TOKENS'] },
  max_num_batched_tokens: { flags: ['max-batch-prefill-tokens'], env: ['MAX_BATCH_PREFILL_TOKENS'] },
  gpu_memory_utilization: { flags: ['cuda-memory-fraction'], env: ['CUDA_MEMORY_FRACTION'] },
};

// tools/server (common/arg.cpp): short and long names, and the LLAMA_ARG_* variables.
const LLAMA_CPP: Mapping = {
  n_gpu_layers: { flags: ['ngl', 'n-gpu-layers', 'gpu-layers'], env: ['LLAMA_ARG_N_GPU_LAYERS'] },
  kv_cache_dtype: { flags: ['ctk', 'cache-type-k'], env: ['LLAMA_ARG_CACHE_TYPE_K'] },
};

const MAPPINGS: Partial<Record<EngineName, Mapping>> = { vllm: VLLM, sglang: SGLANG, tgi: TGI, 'llama.cpp': LLAMA_CPP };

function option(server: ServerCommand, env: Env, spec: { flags: string[]; env?: string[] }): SourceField | undefined {
  for (const flag of spec.flags) {
    const hit = server.options.get(flag);
    if (hit) return { key: '', value: hit.value.text, pos: hit.value.pos, label: hit.flag };
  }
  for (const name of spec.env ?? []) {
    const hit = env.get(name);
    if (hit) return { key: '', value: hit.value, pos: hit.pos, label: `env ${name}` };
  }
  return undefined;
}

export interface ServerFields {
  fields: SourceField[];
  notes: string[];
  /** Something the deployment file does not say and a manifest must: its message. */
  missing?: { message: string; pos: Position };
  /** What the engine would refuse on its command line (a flag that takes a value, written without one). */
  invalid: Array<{ message: string; pos: Position }>;
}

/** llama-server's valued flags that gpu-fit reads outside the mapping (model, context, slots). */
const LLAMA_CPP_VALUED = ['m', 'model', 'hf-repo', 'hf', 'hfr', 'hf-file', 'hff', 'c', 'ctx-size', 'np', 'parallel'];

/**
 * Flags gpu-fit reads that take a value but were written without one (`--max-model-len` last in
 * args, or followed by another flag): the engine's argument parser stops there (vLLM's and
 * SGLang's argparse: "expected one argument"; TGI's clap and llama.cpp's arg.cpp likewise).
 */
function flagsWithoutValue(server: ServerCommand): ServerFields['invalid'] {
  const valued = new Set([...Object.values(MAPPINGS[server.engine] ?? {}).flatMap((spec) => spec.flags), ...(server.engine === 'llama.cpp' ? LLAMA_CPP_VALUED : [])]);
  valued.delete('enforce-eager');
  return [...server.options].filter(([name, o]) => o.bare && valued.has(name)).map(([, o]) => ({
    message: `${o.flag} is written without its value (${server.engine} would refuse to start: "argument ${o.flag}: expected one argument"). Give it a value: \`${o.flag} <value>\` or \`${o.flag}=<value>\`.`,
    pos: o.value.pos,
  }));
}

/** A GGUF file name → the catalog model it quantizes, and its type: Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf. */
export function ggufFileModel(path: string): { model: string; quantization?: string } | undefined {
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.gguf$/i, '').replace(/-\d{5}-of-\d{5}$/, '');
  const match = /[-._]((?:I?Q\d_[A-Z0-9_]+?|Q\d_\d|BF16|F16|F32|MXFP4(?:_MOE)?))$/i.exec(file);
  const name = match ? file.slice(0, match.index) : file;
  const quantization = match && normalizeFtype(match[1]) ? match[1].toUpperCase() : undefined;
  const lookup = findModel(`${name}-GGUF`);
  return 'model' in lookup ? { model: `${name}-GGUF`, quantization } : undefined;
}

function llamaCppModel(server: ServerCommand, env: Env, fields: SourceField[], notes: string[]): ServerFields['missing'] {
  const repo = option(server, env, { flags: ['hf-repo', 'hf', 'hfr'], env: ['LLAMA_ARG_HF_REPO'] });
  if (repo) {
    const [id, tag] = String(repo.value).split(':');
    fields.push({ ...repo, key: 'model', value: id });
    const file = option(server, env, { flags: ['hf-file', 'hff'], env: ['LLAMA_ARG_HF_FILE'] });
    const type = tag ?? (file ? ggufFileModel(String(file.value))?.quantization : undefined);
    // llama-server picks Q4_K_M from a repository when no tag names the type (common/arg.cpp).
    fields.push({ ...repo, key: 'quantization', value: type ?? 'Q4_K_M' });
    // The file named: its header gives the exact tensors where the Hub is read.
    if (file && /\.gguf$/i.test(String(file.value))) fields.push({ ...file, key: 'gguf_file', value: String(file.value) });
    return undefined;
  }
  const model = option(server, env, { flags: ['m', 'model'], env: ['LLAMA_ARG_MODEL'] });
  if (!model) return { message: 'llama-server is started without -m or -hf: gpu-fit cannot tell the model.', pos: server.pos };
  const known = ggufFileModel(String(model.value));
  if (!known) {
    return {
      message: `gpu-fit cannot tell which model the file ${model.value} holds (${model.label}): name it in a gpu-fit manifest with \`from:\` this file and \`model:\` (a Hugging Face id) and \`quantization:\` (its GGUF type).`,
      pos: model.pos,
    };
  }
  fields.push({ ...model, key: 'model', value: known.model });
  if (known.quantization) fields.push({ ...model, key: 'quantization', value: known.quantization });
  notes.push(`${model.label} ${model.value} is read as ${known.model} ${known.quantization ?? ''}`.trimEnd() + '.');
  return undefined;
}

/** llama-server's context: -c is shared by -np slots (each gets c / np); without -np, 4 slots share one pool of c. */
function llamaCppContext(server: ServerCommand, env: Env, fields: SourceField[], notes: string[]): void {
  const ctx = option(server, env, { flags: ['c', 'ctx-size'], env: ['LLAMA_ARG_CTX_SIZE'] });
  const parallel = option(server, env, { flags: ['np', 'parallel'], env: ['LLAMA_ARG_N_PARALLEL'] });
  const slots = parallel ? Number(parallel.value) : NaN;
  const total = ctx ? Number(ctx.value) : NaN;
  if (ctx && Number.isInteger(total) && total > 0) {
    if (Number.isInteger(slots) && slots > 0) {
      fields.push({ ...ctx, key: 'max_model_len', value: Math.floor(total / slots), label: `${ctx.label} ÷ ${parallel!.label}` });
      fields.push({ ...parallel!, key: 'concurrency', value: slots });
    } else {
      fields.push({ ...ctx, key: 'max_model_len', value: total });
      if (!parallel) notes.push('llama-server without --parallel: its slots share one KV cache of -c tokens (kv_unified).');
    }
  } else if (!ctx) notes.push('llama-server without -c: the context is the model\'s training length (or what --fit leaves room for).');
  const fa = option(server, env, { flags: ['fa', 'flash-attn'], env: ['LLAMA_ARG_FLASH_ATTN'] });
  if (fa) {
    const v = String(fa.value).toLowerCase();
    if (['true', 'on', '1', 'enabled'].includes(v)) fields.push({ ...fa, key: 'flash_attention', value: true });
    else if (['off', 'false', '0', 'disabled'].includes(v)) fields.push({ ...fa, key: 'flash_attention', value: false });
  }
}

/** Ollama's settings come from the server's environment (envconfig/config.go). */
function ollamaFields(env: Env, fields: SourceField[]): void {
  const fromEnv = (name: string, key: string, convert: (v: string) => string | number | boolean | undefined = (v) => v) => {
    const hit = env.get(name);
    const value = hit ? convert(hit.value) : undefined;
    if (hit && value !== undefined) fields.push({ key, value, pos: hit.pos, label: `env ${name}` });
  };
  fromEnv('OLLAMA_NUM_PARALLEL', 'concurrency', (v) => Number(v) || undefined);
  fromEnv('OLLAMA_CONTEXT_LENGTH', 'max_model_len');
  fromEnv('OLLAMA_KV_CACHE_TYPE', 'kv_cache_dtype');
  fromEnv('OLLAMA_FLASH_ATTENTION', 'flash_attention', (v) => (['1', 'true'].includes(v.toLowerCase()) ? true : ['0', 'false'].includes(v.toLowerCase()) ? false : undefined));
}

export function serverFields(server: ServerCommand, env: Env): ServerFields {
  const fields: SourceField[] = [{ key: 'engine', value: server.engine, pos: server.pos, label: server.engine }];
  const notes: string[] = [];
  if (server.version && server.engine !== 'llama.cpp') fields.push({ key: 'engine_version', value: server.version, pos: server.pos, label: 'image tag' });
  for (const [key, spec] of Object.entries(MAPPINGS[server.engine] ?? {})) {
    const hit = option(server, env, spec);
    if (!hit) continue;
    if (key === 'enforce_eager' || key === 'enable_prefix_caching') fields.push({ ...hit, key, value: hit.value !== 'false' });
    else if (key === 'allow_long_max_model_len') fields.push({ ...hit, key, value: ['1', 'true'].includes(String(hit.value).trim().toLowerCase()) });
    else if (hit.value !== 'true') fields.push({ ...hit, key }); // 'true': a valued flag written without its value

  }
  if (server.engine === 'sglang' && server.options.has('disable-cuda-graph')) {
    const hit = server.options.get('disable-cuda-graph')!;
    fields.push({ key: 'enforce_eager', value: true, pos: hit.value.pos, label: hit.flag });
  }
  if (server.engine === 'vllm' && server.options.has('no-enable-prefix-caching')) {
    const hit = server.options.get('no-enable-prefix-caching')!;
    fields.push({ key: 'enable_prefix_caching', value: false, pos: hit.value.pos, label: hit.flag });
  }
  if (server.engine === 'vllm' && !fields.some((f) => f.key === 'model') && server.positional) {
    fields.push({ key: 'model', value: server.positional.text, pos: server.positional.pos, label: 'vllm serve MODEL' });
  }
  let missing: ServerFields['missing'];
  if (server.engine === 'llama.cpp') {
    missing = llamaCppModel(server, env, fields, notes);
    llamaCppContext(server, env, fields, notes);
  }
  if (server.engine === 'ollama') ollamaFields(env, fields);
  if (server.engine === 'vllm' && !fields.some((f) => f.key === 'model')) fields.push({ key: 'model', value: 'facebook/opt-125m', pos: server.pos, label: 'vLLM default --model' });
  if (server.engine === 'tgi' && !fields.some((f) => f.key === 'model')) fields.push({ key: 'model', value: 'bigscience/bloom-560m', pos: server.pos, label: 'TGI default --model-id' });
  // Flag values that reference variables gpu-fit cannot see (secrets, configMaps).
  const unresolved = fields.find((f) => typeof f.value === 'string' && /\$\(?\{?[A-Za-z_]/.test(f.value));
  if (unresolved && !missing) {
    missing = {
      message: `${unresolved.label} is ${unresolved.value}, from a variable gpu-fit cannot read (a secret or configMap): set \`${unresolved.key}\` in a gpu-fit manifest with \`from:\` this file.`,
      pos: unresolved.pos,
    };
  }
  return { fields, notes, missing, invalid: flagsWithoutValue(server) };
}
