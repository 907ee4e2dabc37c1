// Which serving engine a container runs, and its options: `vllm serve`, vLLM's OpenAI server
// module, `python -m sglang.launch_server`, `text-generation-launcher`, `llama-server` and
// `ollama serve`, found in the command line or implied by the engine's own image.

import type { EngineName } from '../core/types.js';
import type { Position } from '../manifest/parse.js';
import type { Word } from './command-line.js';

export interface ServerCommand {
  engine: EngineName;
  /** Where the engine is started (its program word, or the image). */
  pos: Position;
  /** Options by normalised name (no dashes, `_` as `-`): the word holding the value, with the flag as written. */
  options: Map<string, { value: Word; flag: string; bare?: boolean }>;
  /** vllm serve MODEL. */
  positional?: Word;
  /** Release from the image tag (vllm/vllm-openai:v0.8.5 → 0.8.5). */
  version?: string;
}

/** Flags that take no value, per engine (the ones a command line is likely to carry). */
const BOOLEAN_FLAGS: Partial<Record<EngineName, Set<string>>> = {
  vllm: new Set([
    'enforce-eager', 'trust-remote-code', 'enable-prefix-caching', 'no-enable-prefix-caching', 'enable-chunked-prefill',
    'no-enable-chunked-prefill', 'disable-log-requests', 'disable-log-stats', 'enable-auto-tool-choice', 'disable-custom-all-reduce',
    'enable-lora', 'enable-expert-parallel', 'disable-sliding-window', 'async-scheduling', 'enable-log-requests', 'disable-frontend-multiprocessing',
  ]),
  sglang: new Set(['trust-remote-code', 'disable-cuda-graph', 'disable-radix-cache', 'enable-torch-compile', 'enable-dp-attention', 'enable-metrics', 'skip-tokenizer-init', 'log-requests']),
  tgi: new Set(['trust-remote-code', 'disable-custom-kernels', 'json-output', 'sharded', 'disable-grammar-support', 'disable-usage-stats']),
  'llama.cpp': new Set(['flash-attn', 'fa', 'cont-batching', 'cb', 'no-mmap', 'mlock', 'embedding', 'embeddings', 'metrics', 'no-webui', 'jinja', 'kv-unified', 'kvu', 'no-kv-offload', 'nkvo', 'verbose', 'v']),
};

const IMAGES: Array<[RegExp, EngineName]> = [
  // vllm/vllm-openai and the builds named after it for other hardware (opea/vllm-gaudi, vllm-tpu, vllm-rocm),
  // whose entrypoint is vLLM's server; not the routers, simulators and runtimes that only carry the name.
  [/(?:^|\/)vllm-openai(?::|@|$)|(?:^|\/)vllm\/vllm(?:-[a-z]+)?(?::|@|$)|(?:^|\/)vllm-(?!router|sim|runtime|proxy)[a-z0-9]+(?::|@|$)/, 'vllm'],
  [/(?:^|\/)lmsysorg\/sglang(?::|@|$)/, 'sglang'],
  // Hugging Face's image and the clouds' Deep Learning Containers of TGI, whose entrypoint is
  // text-generation-launcher: us-docker.pkg.dev/deeplearning-platform-release/gcr.io/huggingface-text-generation-inference-cu124…,
  // 763104351884.dkr.ecr.<region>.amazonaws.com/huggingface-pytorch-tgi-inference:…-tgi2.3.1-gpu-…
  [/(?:^|\/)(?:huggingface-)?text-generation-inference(?:[-:@.]|$)|(?:^|\/)huggingface-pytorch-tgi-inference(?::|@|$)/, 'tgi'],
  [/(?:^|\/)llama\.cpp:(?:full|server|light)?/, 'llama.cpp'],
  [/(?:^|\/)ollama\/ollama(?::|@|$)/, 'ollama'],
];

// LLM servers gpu-fit does not estimate: their deployments are listed as not checked, not passed in silence.
const OTHER_SERVERS: Array<[RegExp, string]> = [
  [/(?:^|\/)nim\//, 'NVIDIA NIM'],
  [/tritonserver:[^/]*trtllm|(?:^|\/)tensorrt[-_]llm|^trtllm-serve$/i, 'TensorRT-LLM'],
  [/(?:^|\/)lmdeploy(?::|@|$)|^lmdeploy$/, 'LMDeploy'],
  [/(?:^|\/)xinference(?::|@|$)|^xinference(?:-local)?$/, 'Xinference'],
];

/** An LLM server gpu-fit does not estimate, by image or program: its name, or undefined. */
export function otherServer(image: string | undefined, commands: readonly Word[][]): string | undefined {
  const programs = commands.map((words) => words.find((w) => !['exec', 'env', 'nohup'].includes(w.text))?.text.replace(/^.*\//, '') ?? '');
  return OTHER_SERVERS.find(([re]) => (image !== undefined && re.test(image)) || programs.some((p) => re.test(p)))?.[1];
}

/** The engine an image runs by default (its ENTRYPOINT), or undefined. */
export function imageEngine(image: string | undefined): EngineName | undefined {
  if (!image) return undefined;
  return IMAGES.find(([re]) => re.test(image))?.[1];
}

function imageVersion(image: string | undefined): string | undefined {
  const name = image?.slice(image.lastIndexOf('/'));
  // AWS's TGI containers lead with the PyTorch release: 2.4.0-tgi2.3.1-gpu-py311 runs TGI 2.3.1.
  const tag = name && (/-tgi(\d+\.\d+(?:\.\d+)?)/.exec(name) ?? /:v?(\d+\.\d+(?:\.\d+)?)/.exec(name));
  return tag ? tag[1] : undefined;
}

const base = (word: string) => word.slice(word.lastIndexOf('/') + 1);

/** The words after the engine's program in one command, and which engine; null when it starts none. */
function startsEngine(words: readonly Word[]): { engine: EngineName; rest: Word[]; pos: Position } | null {
  let i = 0;
  // exec, env, VAR=value and launchers in front of the program
  while (i < words.length && (['exec', 'env', 'nohup', 'time'].includes(words[i].text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].text))) i += 1;
  const program = words[i];
  if (!program) return null;
  const name = base(program.text);
  if (/^python(?:\d(?:\.\d+)?)?$/.test(name) && words[i + 1]?.text === '-m') {
    const module = words[i + 2]?.text ?? '';
    const rest = words.slice(i + 3);
    if (module === 'vllm.entrypoints.openai.api_server' || module === 'vllm.entrypoints.api_server') return { engine: 'vllm', rest, pos: program.pos };
    if (module === 'sglang.launch_server') return { engine: 'sglang', rest, pos: program.pos };
    // NVIDIA Dynamo's workers take the engine's own arguments (components/backends/vllm, …/sglang).
    if (module === 'dynamo.vllm') return { engine: 'vllm', rest, pos: program.pos };
    if (module === 'dynamo.sglang' || module === 'dynamo.sglang.worker') return { engine: 'sglang', rest, pos: program.pos };
    if (module === 'text_generation_launcher') return { engine: 'tgi', rest, pos: program.pos };
    return null;
  }
  if (name === 'vllm' && words[i + 1]?.text === 'serve') return { engine: 'vllm', rest: words.slice(i + 2), pos: program.pos };
  if (name === 'sglang' && words[i + 1]?.text === 'serve') return { engine: 'sglang', rest: words.slice(i + 2), pos: program.pos };
  if (name === 'text-generation-launcher') return { engine: 'tgi', rest: words.slice(i + 1), pos: program.pos };
  if (name === 'llama-server' || (name === 'server' && words.some((w) => ['-m', '--model', '-hf', '--hf-repo'].includes(w.text)))) {
    return { engine: 'llama.cpp', rest: words.slice(i + 1), pos: program.pos };
  }
  if (name === 'ollama' && words[i + 1]?.text === 'serve') return { engine: 'ollama', rest: words.slice(i + 2), pos: program.pos };
  return null;
}

/**
 * Long options of the engines whose command line is Python's argparse, which accepts any
 * unambiguous prefix of a long option (allow_abbrev, on by default:
 * https://docs.python.org/3/library/argparse.html#allow-abbrev). vLLM: vllm/engine/arg_utils.py
 * EngineArgs.add_cli_args and vllm/entrypoints/openai/cli_args.py; SGLang:
 * python/sglang/srt/server_args.py ServerArgs.add_cli_args. Only what a prefix could collide with.
 */
const ARGPARSE_OPTIONS: Partial<Record<EngineName, readonly string[]>> = {
  vllm: [
    'model', 'tokenizer', 'tokenizer-mode', 'tokenizer-revision', 'trust-remote-code', 'download-dir', 'load-format', 'config-format', 'dtype',
    'kv-cache-dtype', 'max-model-len', 'distributed-executor-backend', 'pipeline-parallel-size', 'tensor-parallel-size', 'data-parallel-size',
    'data-parallel-size-local', 'data-parallel-address', 'data-parallel-rpc-port', 'enable-expert-parallel', 'max-parallel-loading-workers',
    'block-size', 'enable-prefix-caching', 'no-enable-prefix-caching', 'swap-space', 'cpu-offload-gb', 'gpu-memory-utilization',
    'num-gpu-blocks-override', 'max-num-batched-tokens', 'max-num-partial-prefills', 'max-long-partial-prefills', 'long-prefill-token-threshold',
    'max-num-seqs', 'max-logprobs', 'disable-log-stats', 'quantization', 'rope-scaling', 'rope-theta', 'hf-overrides', 'enforce-eager',
    'max-seq-len-to-capture', 'disable-custom-all-reduce', 'limit-mm-per-prompt', 'enable-lora', 'max-loras', 'max-lora-rank', 'max-cpu-loras',
    'lora-dtype', 'enable-chunked-prefill', 'no-enable-chunked-prefill', 'speculative-config', 'served-model-name', 'revision', 'code-revision',
    'kv-transfer-config', 'kv-events-config', 'compilation-config', 'scheduling-policy', 'num-scheduler-steps', 'host', 'port', 'uvicorn-log-level',
    'api-key', 'enable-auto-tool-choice', 'tool-call-parser', 'chat-template', 'seed', 'task', 'generation-config', 'enable-sleep-mode',
    'calculate-kv-scales', 'headless', 'api-server-count', 'async-scheduling', 'enable-log-requests', 'disable-log-requests', 'enable-log-outputs',
    'reasoning-parser', 'mm-processor-kwargs', 'max-num-batched-tokens', 'disable-sliding-window', 'disable-frontend-multiprocessing',
  ],
  sglang: [
    'model-path', 'tokenizer-path', 'host', 'port', 'context-length', 'mem-fraction-static', 'max-running-requests', 'max-total-tokens',
    'chunked-prefill-size', 'max-prefill-tokens', 'tp-size', 'tensor-parallel-size', 'pp-size', 'pipeline-parallel-size', 'dp-size',
    'data-parallel-size', 'ep-size', 'expert-parallel-size', 'nnodes', 'node-rank', 'dist-init-addr', 'dtype', 'kv-cache-dtype', 'quantization',
    'trust-remote-code', 'served-model-name', 'chat-template', 'disable-cuda-graph', 'disable-radix-cache', 'enable-torch-compile',
    'enable-dp-attention', 'enable-metrics', 'random-seed', 'attention-backend', 'schedule-policy', 'cuda-graph-max-bs', 'revision', 'log-level',
    'skip-tokenizer-init', 'log-requests',
  ],
};

/** A long option as argparse reads it: itself, or the one option it is an unambiguous prefix of. */
function argparseName(engine: EngineName, flag: string, name: string): string {
  const known = ARGPARSE_OPTIONS[engine];
  if (!known || !flag.startsWith('--') || known.includes(name)) return name;
  const matches = [...new Set(known.filter((option) => option.startsWith(name)))];
  return matches.length === 1 ? matches[0] : name;
}

const isFlag = (text: string) => text.startsWith('-') && text.length > 1 && !/^-\d/.test(text);
export const normalizeFlag = (flag: string) => flag.replace(/^-+/, '').toLowerCase().replace(/_/g, '-');

function parseOptions(engine: EngineName, words: readonly Word[]): { options: ServerCommand['options']; positional?: Word } {
  const options: ServerCommand['options'] = new Map();
  const booleans = BOOLEAN_FLAGS[engine] ?? new Set();
  let positional: Word | undefined;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!isFlag(word.text)) {
      positional ??= word;
      continue;
    }
    const eq = word.text.indexOf('=');
    const flag = eq > 0 ? word.text.slice(0, eq) : word.text;
    const name = argparseName(engine, flag, normalizeFlag(flag));
    if (eq > 0) options.set(name, { value: { text: word.text.slice(eq + 1), pos: word.pos }, flag });
    else if (!booleans.has(name) && words[i + 1] && !isFlag(words[i + 1].text)) {
      options.set(name, { value: { text: words[i + 1].text, pos: word.pos }, flag });
      i += 1;
    } else options.set(name, { value: { text: 'true', pos: word.pos }, flag, ...(booleans.has(name) ? {} : { bare: true }) });
  }
  return { options, positional };
}

/**
 * The serving engine a container starts, from its commands, or from its image when the
 * container only passes arguments to the image's entrypoint.
 */
export function findServer(
  commands: readonly Word[][],
  image: string | undefined,
  imagePos: Position,
  argsOnly: Word[] | null,
  /** The engine when the image is not one gpu-fit knows (KServe's Hugging Face server runs vLLM). */
  fallback?: EngineName,
): ServerCommand | null {
  // The tag is the engine's release only on the engine's own image (llm-d:v0.9.0 is llm-d's release).
  // Builds for other hardware number their own releases (opea/vllm-gaudi:1.22.0).
  const own = (engine: EngineName) => imageEngine(image) === engine && !(engine === 'vllm' && !/(?:^|\/)vllm-openai(?::|@|$)|(?:^|\/)vllm\/vllm/.test(image ?? ''));
  const version = (engine: EngineName) => (own(engine) ? imageVersion(image) : undefined);
  for (const words of commands) {
    const started = startsEngine(words);
    if (started) return { engine: started.engine, pos: started.pos, version: version(started.engine), ...parseOptions(started.engine, started.rest) };
  }
  const engine = imageEngine(image) ?? fallback;
  if (!engine || (engine !== 'ollama' && argsOnly === null && commands.length > 0)) return null;
  // vllm/vllm-openai's entrypoint is `vllm serve` (or the api_server module): its args may start
  // with the model; a leading "serve" repeats the entrypoint's own subcommand, not a model.
  const words = engine === 'vllm' && argsOnly?.[0]?.text === 'serve' ? argsOnly.slice(1) : (argsOnly ?? []);
  return { engine, pos: imagePos, version: version(engine), ...parseOptions(engine, words) };
}
