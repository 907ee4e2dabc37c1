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
  [/(?:^|\/)vllm-openai(?::|@|$)|(?:^|\/)vllm\/vllm(?:-[a-z]+)?(?::|@|$)/, 'vllm'],
  [/(?:^|\/)lmsysorg\/sglang(?::|@|$)/, 'sglang'],
  [/(?:^|\/)text-generation-inference(?::|@|$)/, 'tgi'],
  [/(?:^|\/)llama\.cpp:(?:full|server|light)?/, 'llama.cpp'],
  [/(?:^|\/)ollama\/ollama(?::|@|$)/, 'ollama'],
];

/** The engine an image runs by default (its ENTRYPOINT), or undefined. */
export function imageEngine(image: string | undefined): EngineName | undefined {
  if (!image) return undefined;
  return IMAGES.find(([re]) => re.test(image))?.[1];
}

function imageVersion(image: string | undefined): string | undefined {
  const tag = image && /:v?(\d+\.\d+(?:\.\d+)?)/.exec(image.slice(image.lastIndexOf('/')));
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
    const name = normalizeFlag(flag);
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
  const version = imageVersion(image);
  for (const words of commands) {
    const started = startsEngine(words);
    if (started) return { engine: started.engine, pos: started.pos, version, ...parseOptions(started.engine, started.rest) };
  }
  const engine = imageEngine(image) ?? fallback;
  if (!engine || (engine !== 'ollama' && argsOnly === null && commands.length > 0)) return null;
  const words = argsOnly ?? [];
  // vllm/vllm-openai's entrypoint is `vllm serve` (or the api_server module): its args may start with the model.
  return { engine, pos: imagePos, version, ...parseOptions(engine, words) };
}
