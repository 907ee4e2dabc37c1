// Element types of weights and of the KV cache, with their storage size in bytes.
// Names follow vLLM's --dtype / --kv-cache-dtype and torch's dtype names.

export const WEIGHT_DTYPES = ['auto', 'float32', 'float16', 'bfloat16'] as const;
export type WeightDtypeName = (typeof WEIGHT_DTYPES)[number];
export type ResolvedDtype = Exclude<WeightDtypeName, 'auto'>;

/** Other spellings users and config.json files use for the same types. */
export const DTYPE_ALIASES: Record<string, ResolvedDtype> = {
  float32: 'float32',
  fp32: 'float32',
  float: 'float32',
  f32: 'float32',
  float16: 'float16',
  fp16: 'float16',
  half: 'float16',
  f16: 'float16',
  bfloat16: 'bfloat16',
  bf16: 'bfloat16',
};

export const DTYPE_BYTES: Record<ResolvedDtype, number> = {
  float32: 4,
  float16: 2,
  bfloat16: 2,
};

/** Normalises a dtype spelling ("bf16", "torch.bfloat16") to its canonical name, or undefined. */
export function normalizeDtype(name: string | undefined | null): ResolvedDtype | undefined {
  if (!name) return undefined;
  return DTYPE_ALIASES[name.toLowerCase().replace(/^torch\./, '')];
}

/**
 * `dtype: auto` takes the checkpoint's torch_dtype, as vLLM and transformers do, except that
 * float32 checkpoints are served in float16 by vLLM (vllm/config: _get_and_verify_dtype). We
 * follow the engines that down-cast; transformers keeps float32 unless told otherwise.
 */
export function resolveWeightDtype(
  requested: WeightDtypeName,
  checkpointDtype: string | undefined,
  downcastFloat32: boolean,
): ResolvedDtype {
  if (requested !== 'auto') return requested;
  const fromConfig = normalizeDtype(checkpointDtype) ?? 'float16';
  if (fromConfig === 'float32' && downcastFloat32) return 'float16';
  return fromConfig;
}
