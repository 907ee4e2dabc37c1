// KV cache element types: vLLM's --kv-cache-dtype values and llama.cpp's -ctk/-ctv types.

export const KV_CACHE_DTYPES: Record<string, number | null> = {
  auto: null,
  float16: 2,
  fp16: 2,
  f16: 2,
  bfloat16: 2,
  bf16: 2,
  float32: 4,
  fp32: 4,
  f32: 4,
  fp8: 1,
  fp8_e4m3: 1,
  fp8_e5m2: 1,
  fp8_inc: 1,
  int8: 1,
};

/** Bytes of one cached K or V value; `auto` is the model's dtype. */
export function kvCacheDtypeBytes(name: string, modelDtypeBytes: number): number {
  const bytes = KV_CACHE_DTYPES[name.toLowerCase()];
  return bytes ?? modelDtypeBytes;
}
