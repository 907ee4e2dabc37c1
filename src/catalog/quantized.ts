// Pre-quantized checkpoints: "Qwen/Qwen2.5-7B-Instruct-AWQ", "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"
// name their format in the repository id. When such an id is not itself in the catalog, the base
// model is looked up and the format implied.

const SUFFIXES: Array<[RegExp, string]> = [
  [/[-_.]GGUF$/i, 'gguf'],
  [/[-_.]AWQ$/i, 'awq'],
  [/[-_.]GPTQ(?:[-_.]Int(\d))?$/i, 'gptq'],
  [/[-_.]FP8(?:[-_.]Dynamic)?$/i, 'fp8'],
  [/[-_.](?:bnb[-_.])?4bit$/i, 'bitsandbytes'],
  [/[-_.]MXFP4$/i, 'mxfp4'],
  [/[-_.]NVFP4$/i, 'nvfp4'],
];

export interface ImpliedQuantization {
  baseName: string;
  /** vLLM name, or "gguf" when the GGUF type must come from the manifest. */
  format: string;
  bits?: number;
}

export function impliedQuantization(id: string): ImpliedQuantization | undefined {
  const name = id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
  for (const [pattern, format] of SUFFIXES) {
    const match = pattern.exec(name);
    if (match) return { baseName: name.slice(0, match.index), format, bits: match[1] ? Number(match[1]) : undefined };
  }
  return undefined;
}
