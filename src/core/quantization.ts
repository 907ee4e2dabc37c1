// Weight quantization formats: how many bytes a packed weight takes (scales and zero points
// included), which tensors a format packs, and how a checkpoint's quantization_config names them.
// Names are vLLM's --quantization values; GGUF types live in gguf.ts.

import { isGgufType } from './gguf.js';

export interface QuantFormat {
  name: string;
  /** Bits of one packed weight. */
  bits: number;
  /** Weights sharing one scale (and zero point); null for per-tensor or per-channel scales. */
  groupSize: number | null;
  /** Bytes of the scale stored per group (or per output channel when groupSize is null). */
  scaleBytes: number;
  /** Bits of the zero point stored per group (asymmetric formats). */
  zeroBits: number;
  /** Scale per output channel (bytes per input row ≈ scaleBytes / in_features): fbgemm FP8, W8A8. */
  perChannel?: boolean;
  /** 2-D blocks sharing one scale (DeepSeek-style FP8: [128, 128]). */
  block?: [number, number];
  /** linear: every projection matrix of the decoder layers; experts: routed experts only. */
  scope: 'linear' | 'experts';
  /** Module paths left in the serving dtype (quantization_config.modules_to_not_convert). */
  notConverted?: string[];
  source: string;
}

const FORMATS: Record<string, QuantFormat> = {
  fp8: {
    name: 'fp8',
    bits: 8,
    groupSize: null,
    scaleBytes: 4,
    zeroBits: 0,
    scope: 'linear',
    source: 'vllm/model_executor/layers/quantization/fp8.py Fp8LinearMethod.create_weights: float8_e4m3fn weight, float32 weight_scale',
  },
  fbgemm_fp8: {
    name: 'fbgemm_fp8',
    bits: 8,
    groupSize: null,
    scaleBytes: 4,
    zeroBits: 0,
    perChannel: true,
    scope: 'linear',
    source: 'vllm/model_executor/layers/quantization/fbgemm_fp8.py: float8 weight, float32 scale per output channel',
  },
  int8: {
    name: 'int8',
    bits: 8,
    groupSize: null,
    scaleBytes: 4,
    zeroBits: 0,
    perChannel: true,
    scope: 'linear',
    source: 'W8A8 int8 (compressed-tensors): int8 weight, float32 scale per output channel',
  },
  awq: {
    name: 'awq',
    bits: 4,
    groupSize: 128,
    scaleBytes: 2,
    zeroBits: 4,
    scope: 'linear',
    source: 'vllm/model_executor/layers/quantization/awq.py AWQLinearMethod.create_weights: qweight, qzeros (packed int32), float16 scales per group',
  },
  gptq: {
    name: 'gptq',
    bits: 4,
    groupSize: 128,
    scaleBytes: 2,
    zeroBits: 4,
    scope: 'linear',
    source: 'vllm/model_executor/layers/quantization/gptq.py GPTQLinearMethod.create_weights: qweight, qzeros, float16 scales per group, g_idx',
  },
  bitsandbytes: {
    name: 'bitsandbytes',
    bits: 4,
    groupSize: 64,
    scaleBytes: 4,
    zeroBits: 0,
    scope: 'linear',
    source: 'bitsandbytes NF4 (bnb_4bit_quant_type nf4): 4-bit codes, one float32 absmax per 64-weight block',
  },
  mxfp4: {
    name: 'mxfp4',
    bits: 4,
    groupSize: 32,
    scaleBytes: 1,
    zeroBits: 0,
    scope: 'experts',
    source: 'OCP Microscaling MXFP4: FP4 E2M1 values, one E8M0 scale per 32 (vllm/model_executor/layers/quantization/mxfp4.py)',
  },
  nvfp4: {
    name: 'nvfp4',
    bits: 4,
    groupSize: 16,
    scaleBytes: 1,
    zeroBits: 0,
    scope: 'linear',
    source: 'NVFP4 (modelopt): FP4 E2M1 values, one FP8 E4M3 scale per 16, one float32 global scale per tensor',
  },
};

const ALIASES: Record<string, string> = {
  none: 'none',
  fp8: 'fp8',
  'fp8-dynamic': 'fp8',
  fbgemm_fp8: 'fbgemm_fp8',
  int8: 'int8',
  w8a8: 'int8',
  awq: 'awq',
  awq_marlin: 'awq',
  gptq: 'gptq',
  gptq_marlin: 'gptq',
  marlin: 'gptq',
  bitsandbytes: 'bitsandbytes',
  bnb: 'bitsandbytes',
  nf4: 'bitsandbytes',
  mxfp4: 'mxfp4',
  nvfp4: 'nvfp4',
  modelopt: 'fp8',
  modelopt_fp4: 'nvfp4',
  'compressed-tensors': 'compressed-tensors',
};

/** The names the manifest accepts besides GGUF types; `gguf` is vLLM's loader of a GGUF file (gguf.ts). */
export const QUANTIZATION_NAMES = [...Object.keys(ALIASES), 'gguf'];

export function isKnownQuantization(name: string): boolean {
  return ALIASES[name.toLowerCase()] !== undefined || name.toLowerCase() === 'gguf' || isGgufType(name);
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `the text "${value.slice(0, 40)}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/** A whole number in [min, max] at quantization_config.<field>, or undefined when absent; anything else names the field. */
function whole(config: Record<string, unknown>, field: string, min: number, max: number): number | undefined {
  const value = config[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`config.json quantization_config.${field} is ${shown(value)}: it must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function texts(config: Record<string, unknown>, field: string): string[] | undefined {
  const value = config[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error(`config.json quantization_config.${field} is ${shown(value)}: it must be a list of module names`);
  return value as string[];
}

/** An fnmatch pattern (ModelOpt's exclude_modules) as a module pattern matched whole: `*` any text, `?` one character. */
function fnmatchPattern(pattern: string): string {
  const body = pattern.replace(/[.+^$()|{}\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return `re:${body}$`;
}

/**
 * Where a checkpoint's config.json keeps its quantization, as vLLM looks for it (config/model.py
 * ModelConfig._parse_quant_hf_config and _verify_quantization, https://github.com/vllm-project/vllm/blob/0052a5b818980ce8a0477706aaf9f75bd5af72cd/vllm/config/model.py):
 * quantization_config, else compression_config (compressed-tensors), else the same two keys of the
 * text_config of a multimodal model (Kimi-K2.5 keeps its INT4 experts' config there). The value as
 * written: the caller checks it is an object. `key` names where it was found, for messages.
 */
export function checkpointQuantization(config: Record<string, unknown>): { key: string; value: unknown } | undefined {
  const text = typeof config.text_config === 'object' && config.text_config !== null && !Array.isArray(config.text_config) ? (config.text_config as Record<string, unknown>) : undefined;
  for (const [where, source] of [['', config], ['text_config.', text]] as const) {
    if (!source) continue;
    for (const key of ['quantization_config', 'compression_config']) {
      const value = source[key];
      if (value !== undefined && value !== null) return { key: `${where}${key}`, value };
    }
  }
  return undefined;
}

/** Reads a checkpoint's quantization_config (config.json) into a format; a field of the wrong type is an error naming it. */
export function formatFromConfig(config: Record<string, unknown>): QuantFormat | null {
  const rawMethod = config.quant_method ?? config.quant_algo ?? '';
  if (typeof rawMethod !== 'string') throw new Error(`config.json quantization_config.quant_method is ${shown(rawMethod)}: it must be a format name`);
  const method = rawMethod.toLowerCase();
  const notConverted = texts(config, 'modules_to_not_convert') ?? texts(config, 'ignore');
  const withSkips = (f: QuantFormat): QuantFormat => (notConverted ? { ...f, notConverted } : f);
  if (method === 'fp8') {
    const rawBlock = config.weight_block_size;
    if (rawBlock !== undefined && rawBlock !== null && !(Array.isArray(rawBlock) && rawBlock.length === 2 && rawBlock.every((v) => Number.isInteger(v) && v > 0))) {
      throw new Error(`config.json quantization_config.weight_block_size is ${shown(rawBlock)}: it must be two positive whole numbers`);
    }
    const block = Array.isArray(rawBlock) ? (rawBlock as [number, number]) : undefined;
    return withSkips({ ...FORMATS.fp8, block });
  }
  if (method === 'fbgemm_fp8') return withSkips(FORMATS.fbgemm_fp8);
  if (method === 'gptq' || method === 'awq') {
    // group_size -1 means one group per row (no grouping).
    const group = whole(config, 'group_size', -1, 2 ** 20) ?? whole(config, 'q_group_size', -1, 2 ** 20) ?? 128;
    const bits = whole(config, 'bits', 1, 16) ?? whole(config, 'w_bit', 1, 16) ?? 4;
    return withSkips({ ...FORMATS[method], bits, zeroBits: bits, groupSize: group > 0 ? group : null });
  }
  if (method === 'modelopt') {
    // NVIDIA ModelOpt checkpoints (vLLM model_executor/layers/quantization/modelopt.py; docs/features/
    // quantization/modelopt.md): quant_algo picks the layout; exclude_modules are fnmatch patterns
    // (a `*` crosses dots), kept in the serving dtype. MIXED_PRECISION varies per layer and has no
    // single format: the checkpoint's own tensor bytes (safetensors headers) size it where read.
    const algo = typeof config.quant_algo === 'string' ? config.quant_algo.toUpperCase() : '';
    const excluded = texts(config, 'exclude_modules')?.map(fnmatchPattern);
    const skips = (f: QuantFormat): QuantFormat => (excluded ? { ...f, notConverted: [...(notConverted ?? []), ...excluded] } : withSkips(f));
    if (algo === 'FP8') return skips(FORMATS.fp8);
    if (algo === 'FP8_PER_CHANNEL_PER_TOKEN') return skips({ ...FORMATS.fp8, perChannel: true });
    if (algo === 'FP8_PB_WO') return skips({ ...FORMATS.fp8, block: [128, 128] });
    if (algo === 'NVFP4') return skips(FORMATS.nvfp4);
    return null;
  }
  if (method === 'mxfp4') return withSkips(FORMATS.mxfp4);
  if (method === 'nvfp4' || method === 'modelopt_fp4') return withSkips(FORMATS.nvfp4);
  if (method === 'bitsandbytes') {
    if (config.load_in_8bit === true) return withSkips({ ...FORMATS.int8, name: 'bitsandbytes', source: 'bitsandbytes LLM.int8: int8 weights, float32 scale per row' });
    return withSkips(FORMATS.bitsandbytes);
  }
  if (method === 'compressed-tensors') {
    // config_groups.<group>.weights: {num_bits, type: int|float, group_size, strategy}
    const rawGroups = config.config_groups ?? {};
    if (typeof rawGroups !== 'object' || rawGroups === null || Array.isArray(rawGroups)) throw new Error(`config.json quantization_config.config_groups is ${shown(rawGroups)}: it must be an object`);
    const first = Object.values(rawGroups as Record<string, unknown>)[0] as { weights?: unknown } | undefined;
    const weights = typeof first === 'object' && first !== null && typeof first.weights === 'object' && first.weights !== null ? (first.weights as Record<string, unknown>) : undefined;
    if (!weights) return null;
    const bits = whole(weights, 'num_bits', 1, 16) ?? 8;
    const group = whole(weights, 'group_size', -1, 2 ** 20);
    if (bits === 8) {
      return withSkips({ ...(weights.type === 'float' ? FORMATS.fp8 : FORMATS.int8), name: 'compressed-tensors', perChannel: weights.strategy === 'channel' });
    }
    return withSkips({ ...FORMATS.gptq, name: 'compressed-tensors', bits, groupSize: group ?? 128, zeroBits: weights.symmetric === false ? bits : 0 });
  }
  return null;
}

/**
 * The format a deployment runs with: the manifest's `quantization` (with optional bits and group
 * size), or else the checkpoint's own quantization_config.
 */
const RESOLVED = new WeakMap<object, Map<string, QuantFormat | null>>();
const NO_CHECKPOINT = {};

/**
 * The format weights are served in, one object per (name, checkpoint config, bits, group size):
 * every estimate asks, and the same object lets callers key caches on it. Never mutate the result.
 */
export function resolveFormat(
  name: string | null | undefined,
  checkpoint: Record<string, unknown> | undefined,
  bits?: number,
  groupSize?: number,
): QuantFormat | null {
  let byArgs = RESOLVED.get(checkpoint ?? NO_CHECKPOINT);
  if (!byArgs) {
    byArgs = new Map();
    RESOLVED.set(checkpoint ?? NO_CHECKPOINT, byArgs);
  }
  const key = `${name ?? ''}\u0000${bits ?? ''}\u0000${groupSize ?? ''}`;
  if (byArgs.has(key)) return byArgs.get(key)!;
  const format = computeFormat(name, checkpoint, bits, groupSize);
  if (byArgs.size < 1_000) byArgs.set(key, format);
  return format;
}

function computeFormat(
  name: string | null | undefined,
  checkpoint: Record<string, unknown> | undefined,
  bits?: number,
  groupSize?: number,
): QuantFormat | null {
  const fromCheckpoint = checkpoint ? formatFromConfig(checkpoint) : null;
  if (!name) return fromCheckpoint;
  const canonical = ALIASES[name.toLowerCase()];
  if (!canonical || canonical === 'none') return null;
  // A name matching the checkpoint's own method keeps the checkpoint's details (block size, skipped modules).
  const base =
    fromCheckpoint && (fromCheckpoint.name === canonical || canonical === 'compressed-tensors')
      ? fromCheckpoint
      : canonical === 'compressed-tensors'
        ? FORMATS.int8
        : FORMATS[canonical];
  const packedBits = bits ?? base.bits;
  return {
    ...base,
    bits: packedBits,
    // zero points are packed at the weights' width (qzeros)
    zeroBits: base.zeroBits > 0 ? packedBits : 0,
    groupSize: groupSize === undefined ? base.groupSize : groupSize <= 0 ? null : groupSize,
  };
}

/** Bytes one packed weight takes, its share of scales and zero points included. */
export function bytesPerQuantizedWeight(format: QuantFormat, inFeatures = 4096): number {
  let perWeight = format.bits / 8;
  if (format.groupSize) perWeight += (format.scaleBytes + format.zeroBits / 8) / format.groupSize;
  else if (format.block) perWeight += format.scaleBytes / (format.block[0] * format.block[1]);
  else if (format.perChannel) perWeight += format.scaleBytes / inFeatures;
  return perWeight;
}

const PATTERNS = new Map<string, RegExp>();

/**
 * modules_to_not_convert entries match whole dotted path segments; `*` matches one segment.
 * compressed-tensors `ignore` entries starting with `re:` are regular expressions matched from
 * the start of the module name (compressed_tensors utils/match.py: re.match), e.g. Kimi-K2-Thinking's
 * "re:.*self_attn.*".
 */
function modulePattern(pattern: string): RegExp {
  let re = PATTERNS.get(pattern);
  if (!re && pattern.startsWith('re:')) {
    try {
      re = new RegExp(`^(?:${pattern.slice(3)})`);
    } catch {
      re = /$^/; // an expression JavaScript cannot read matches nothing
    }
    PATTERNS.set(pattern, re);
  }
  if (!re) {
    re = new RegExp(`(^|\\.)${pattern.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.]+')}($|\\.)`);
    PATTERNS.set(pattern, re);
  }
  return re;
}

/** Whether a module path (model.layers.3.self_attn, lm_head) is left unquantized by the format. */
const CONVERTED = new WeakMap<readonly string[], Map<string, boolean>>();

export function isConverted(format: QuantFormat, modulePath: string): boolean {
  const list = format.notConverted;
  if (!list) return true;
  // Asked for every module of every layer of every estimate; a checkpoint's list has hundreds of entries.
  let answers = CONVERTED.get(list);
  if (!answers) {
    answers = new Map();
    CONVERTED.set(list, answers);
  }
  let converted = answers.get(modulePath);
  if (converted === undefined) {
    converted = !list.some((pattern) => modulePattern(pattern).test(modulePath));
    answers.set(modulePath, converted);
  }
  return converted;
}
