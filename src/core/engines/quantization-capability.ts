// The GPU generation a quantization method needs. vLLM and SGLang build the method's config before
// loading a byte and refuse a GPU whose compute capability (major × 10 + minor) is below the
// config's get_min_capability():
//   vLLM   vllm/config/vllm.py VllmConfig._get_quantization_config (model_loader/loader.py in 0.6)
//   SGLang python/sglang/srt/model_loader/loader.py _get_quantization_config
// "The quantization method fp8 is not supported for the current GPU. Minimum capability: 80. Current capability: 75."
// Methods whose minimum is below every catalog GPU (gptq and gguf 60; bitsandbytes, compressed-tensors,
// quark and moe_wna16 70) are left out: they never refuse a card gpu-fit knows the generation of.

import { capabilityOf } from '../compute-capability.js';
import { atLeast } from '../engine-version.js';
import type { EstimateInput } from '../types.js';

const VLLM_OLD = 'https://github.com/vllm-project/vllm/blob/1e50f1be705832b0f193b1bd4599109a0c405851/vllm/model_executor/layers/quantization';
const VLLM_NEW = 'https://github.com/vllm-project/vllm/blob/2d5be1dd5ce2e44dfea53ea03ff61143da5137eb/vllm/model_executor/layers/quantization';
const SGLANG = 'https://github.com/sgl-project/sglang/blob/d6ef68881e263812d4901f632786015005c4d050/python/sglang/srt/layers/quantization';

export const VLLM_CAPABILITY_CHECK = 'https://github.com/vllm-project/vllm/blob/2d5be1dd5ce2e44dfea53ea03ff61143da5137eb/vllm/config/vllm.py#L438';
export const SGLANG_CAPABILITY_CHECK = 'https://github.com/sgl-project/sglang/blob/d6ef68881e263812d4901f632786015005c4d050/python/sglang/srt/model_loader/loader.py#L273';

interface Minimum {
  /** get_min_capability(), major × 10 + minor. */
  min: number;
  /** The `return` line that says it. */
  source: string;
}

/**
 * vLLM up to 0.11 (read at main of 2025-10-02, the v0.11.0 release day; the same figures at v0.6.0),
 * and from 0.16 (read at the v0.16.0 release commit; main of 2026-05 agrees). #29901 (Marlin kernels
 * for Turing, merged 2025-12-16) lowered fp8, awq_marlin, gptq_marlin and modelopt_fp4 from 80 to 75;
 * the first release carrying it is not verified, so 0.12 to 0.15 take the lower figure: gpu-fit
 * refuses there only what every release of the range refuses.
 */
const VLLM_BEFORE_29901: Record<string, Minimum> = {
  fp8: { min: 80, source: `${VLLM_OLD}/fp8.py#L115` },
  awq: { min: 75, source: `${VLLM_OLD}/awq.py#L62` },
  awq_marlin: { min: 80, source: `${VLLM_OLD}/awq_marlin.py#L91` },
  gptq_marlin: { min: 80, source: `${VLLM_OLD}/gptq_marlin.py#L157` },
  mxfp4: { min: 80, source: `${VLLM_OLD}/mxfp4.py#L122` },
  modelopt: { min: 89, source: `${VLLM_OLD}/modelopt.py#L86` },
  modelopt_fp4: { min: 80, source: `${VLLM_OLD}/modelopt.py#L646` },
  fbgemm_fp8: { min: 80, source: `${VLLM_OLD}/fbgemm_fp8.py#L51` },
  experts_int8: { min: 80, source: `${VLLM_OLD}/experts_int8.py#L37` },
};

const VLLM_AFTER_29901: Record<string, Minimum> = {
  fp8: { min: 75, source: `${VLLM_NEW}/fp8.py#L155` },
  awq: { min: 75, source: `${VLLM_NEW}/awq.py#L75` },
  awq_marlin: { min: 75, source: `${VLLM_NEW}/awq_marlin.py#L124` },
  gptq_marlin: { min: 75, source: `${VLLM_NEW}/gptq_marlin.py#L184` },
  mxfp4: { min: 80, source: `${VLLM_NEW}/mxfp4.py#L183` },
  modelopt: { min: 89, source: `${VLLM_NEW}/modelopt.py#L374` },
  modelopt_fp4: { min: 75, source: `${VLLM_NEW}/modelopt.py#L1020` },
  fbgemm_fp8: { min: 80, source: `${VLLM_NEW}/fbgemm_fp8.py#L67` },
  experts_int8: { min: 80, source: `${VLLM_NEW}/experts_int8.py#L43` },
};

/** SGLang: the figures its main of 2025-10 and of 2026-07 agree on (modelopt_fp4 went 100 → 80 between, release unverified). */
const SGLANG_MINIMUM: Record<string, Minimum> = {
  fp8: { min: 80, source: `${SGLANG}/fp8.py#L292` },
  awq: { min: 75, source: `${SGLANG}/awq/awq.py#L115` },
  awq_marlin: { min: 80, source: `${SGLANG}/awq/awq.py#L279` },
  gptq_marlin: { min: 80, source: `${SGLANG}/gptq/gptq.py#L357` },
  mxfp4: { min: 80, source: `${SGLANG}/mxfp4.py#L274` },
  modelopt: { min: 89, source: `${SGLANG}/modelopt_quant.py#L415` },
};

/**
 * The method name the engine checks: the deployment's `quantization`, else the checkpoint's
 * quant_method (a ModelOpt checkpoint of NVFP4 weights is modelopt_fp4). An AWQ or GPTQ checkpoint
 * moves to its Marlin method only on a GPU Marlin runs on (is_awq_marlin_compatible), so the plain
 * method's minimum is the one that can refuse it.
 */
export function quantizationMethod({ model, serving }: EstimateInput, fp4: boolean): string | undefined {
  if (serving.quantization) return serving.quantization.toLowerCase();
  const method = model.quantizationConfig?.quant_method;
  if (typeof method !== 'string') return undefined;
  const name = method.toLowerCase();
  return name === 'modelopt' && fp4 ? 'modelopt_fp4' : name;
}

function vllmMinimum(method: string, version: number[] | undefined): Minimum | undefined {
  const before = VLLM_BEFORE_29901[method];
  const after = VLLM_AFTER_29901[method];
  if (!atLeast(version, '0.12.0')) return before;
  if (atLeast(version, '0.16.0')) return after;
  return before && after && after.min < before.min ? after : before;
}

/** The engine's refusal of this GPU for the method, in its own words, or null. */
export function capabilityRefusal(input: EstimateInput, method: string | undefined, version: number[] | undefined): { message: string; rule: string } | null {
  const capability = capabilityOf(input.gpu);
  if (!method || capability === undefined) return null;
  const engine = input.serving.engine;
  const minimum = engine === 'vllm' ? vllmMinimum(method, version) : engine === 'sglang' ? SGLANG_MINIMUM[method] : undefined;
  if (!minimum) return null;
  if (capability >= minimum.min) return null;
  return {
    message: `The quantization method ${method} is not supported for the current GPU. Minimum capability: ${minimum.min}. Current capability: ${capability}.`,
    rule: `${engine === 'vllm' ? `vLLM ${VLLM_CAPABILITY_CHECK}` : `SGLang ${SGLANG_CAPABILITY_CHECK}`} _get_quantization_config; get_min_capability ${minimum.source}`,
  };
}
