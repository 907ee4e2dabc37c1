// Weight quantization formats: how many bytes a quantized weight takes, scales and zero points
// included, and which tensors a format packs. Names are vLLM's --quantization values.

export interface QuantFormat {
  name: string;
  /** Bits of one packed weight. */
  bits: number;
  /** Weights sharing one scale (and zero point); null for per-tensor/per-channel scales. */
  groupSize: number | null;
  /** Bytes of the scale stored per group. */
  scaleBytes: number;
  /** Bits of the zero point stored per group (asymmetric formats). */
  zeroBits: number;
  /** linear: every projection matrix of the decoder layers; experts: routed experts only. */
  scope: 'linear' | 'experts';
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
    source: 'vllm/model_executor/layers/quantization/fp8.py (Fp8LinearMethod: float8_e4m3fn weight, float32 scale)',
  },
  int8: {
    name: 'int8',
    bits: 8,
    groupSize: null,
    scaleBytes: 4,
    zeroBits: 0,
    scope: 'linear',
    source: 'W8A8 int8: one int8 per weight, float32 per-channel scale',
  },
  awq: {
    name: 'awq',
    bits: 4,
    groupSize: 128,
    scaleBytes: 2,
    zeroBits: 4,
    scope: 'linear',
    source: 'vllm/model_executor/layers/quantization/awq.py (qweight int32-packed, qzeros packed, float16 scales per group)',
  },
  gptq: {
    name: 'gptq',
    bits: 4,
    groupSize: 128,
    scaleBytes: 2,
    zeroBits: 4,
    scope: 'linear',
    source: 'vllm/model_executor/layers/quantization/gptq.py (qweight, qzeros, float16 scales per group)',
  },
  bitsandbytes: {
    name: 'bitsandbytes',
    bits: 4,
    groupSize: 64,
    scaleBytes: 4,
    zeroBits: 0,
    scope: 'linear',
    source: 'bitsandbytes NF4: 4-bit codes, one float32 absmax per 64-weight block',
  },
  mxfp4: {
    name: 'mxfp4',
    bits: 4,
    groupSize: 32,
    scaleBytes: 1,
    zeroBits: 0,
    scope: 'experts',
    source: 'OCP MX spec: FP4 E2M1 values, one E8M0 scale per 32; gpt-oss quantizes only MoE experts',
  },
  nvfp4: {
    name: 'nvfp4',
    bits: 4,
    groupSize: 16,
    scaleBytes: 1,
    zeroBits: 0,
    scope: 'linear',
    source: 'NVFP4: FP4 E2M1 values, one FP8 E4M3 scale per 16',
  },
};

const ALIASES: Record<string, string> = {
  none: 'none',
  fp8: 'fp8',
  fbgemm_fp8: 'fp8',
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
};

export const QUANTIZATION_NAMES = Object.keys(ALIASES);

export function quantFormat(name: string | null | undefined, bits?: number, groupSize?: number): QuantFormat | null {
  if (!name) return null;
  const canonical = ALIASES[name.toLowerCase()];
  if (!canonical || canonical === 'none') return null;
  const format = FORMATS[canonical];
  return {
    ...format,
    bits: bits ?? format.bits,
    groupSize: groupSize === undefined ? format.groupSize : groupSize <= 0 ? null : groupSize,
  };
}

export function isKnownQuantization(name: string): boolean {
  return ALIASES[name.toLowerCase()] !== undefined;
}

/** Bytes one packed weight takes, its share of group scales and zero points included. */
export function bytesPerQuantizedWeight(format: QuantFormat): number {
  const perGroup = format.groupSize ? (format.scaleBytes + format.zeroBits / 8) / format.groupSize : 0;
  return format.bits / 8 + perGroup;
}
