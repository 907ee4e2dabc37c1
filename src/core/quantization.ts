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
  modelopt_fp4: 'nvfp4',
  'compressed-tensors': 'compressed-tensors',
};

/** The names the manifest accepts besides GGUF types; `gguf` is vLLM's loader of a GGUF file (gguf.ts). */
export const QUANTIZATION_NAMES = [...Object.keys(ALIASES), 'gguf'];

export function isKnownQuantization(name: string): boolean {
  return ALIASES[name.toLowerCase()] !== undefined || name.toLowerCase() === 'gguf' || isGgufType(name);
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Reads a checkpoint's quantization_config (config.json) into a format. */
export function formatFromConfig(config: Record<string, unknown>): QuantFormat | null {
  const method = String(config.quant_method ?? config.quant_algo ?? '').toLowerCase();
  const notConverted = Array.isArray(config.modules_to_not_convert)
    ? (config.modules_to_not_convert as string[])
    : Array.isArray(config.ignore)
      ? (config.ignore as string[])
      : undefined;
  const withSkips = (f: QuantFormat): QuantFormat => (notConverted ? { ...f, notConverted } : f);
  if (method === 'fp8') {
    const block = Array.isArray(config.weight_block_size) ? (config.weight_block_size as [number, number]) : undefined;
    return withSkips({ ...FORMATS.fp8, block });
  }
  if (method === 'fbgemm_fp8') return withSkips(FORMATS.fbgemm_fp8);
  if (method === 'gptq' || method === 'awq') {
    const group = num(config.group_size) ?? num(config.q_group_size) ?? 128;
    const bits = num(config.bits) ?? num(config.w_bit) ?? 4;
    return withSkips({ ...FORMATS[method], bits, zeroBits: bits, groupSize: group > 0 ? group : null });
  }
  if (method === 'mxfp4') return withSkips(FORMATS.mxfp4);
  if (method === 'nvfp4' || method === 'modelopt_fp4') return withSkips(FORMATS.nvfp4);
  if (method === 'bitsandbytes') {
    if (config.load_in_8bit === true) return withSkips({ ...FORMATS.int8, name: 'bitsandbytes', source: 'bitsandbytes LLM.int8: int8 weights, float32 scale per row' });
    return withSkips(FORMATS.bitsandbytes);
  }
  if (method === 'compressed-tensors') {
    // config_groups.<group>.weights: {num_bits, type: int|float, group_size, strategy}
    const groups = (config.config_groups ?? {}) as Record<string, { weights?: Record<string, unknown> }>;
    const weights = Object.values(groups)[0]?.weights;
    if (!weights) return null;
    const bits = num(weights.num_bits) ?? 8;
    const group = num(weights.group_size);
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
export function resolveFormat(
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
export function isConverted(format: QuantFormat, modulePath: string): boolean {
  if (!format.notConverted) return true;
  return !format.notConverted.some((pattern) => modulePattern(pattern).test(modulePath));
}
