// vLLM's weight dtype on GPUs without bfloat16 (compute capability below 8.0: T4, V100).
//   ≤ 0.8  `dtype: auto` keeps the checkpoint's bfloat16 (config.py _get_and_verify_dtype), and the
//          worker refuses it before loading anything (worker.py _check_if_gpu_supports_dtype).
//   ≥ 0.9  `auto` falls back to float16 with a warning (#17265, current_platform.supported_dtypes);
//          from 0.9.1 (#18751, _resolve_auto_dtype) model types unstable in float16 take float32.
//   any    an explicit `dtype: bfloat16` is refused (platforms/cuda.py check_if_supports_dtype).

import { capabilityOf } from '../compute-capability.js';
import { atLeast } from '../engine-version.js';
import { normalizeDtype, resolveWeightDtype, type ResolvedDtype } from '../dtype.js';
import type { EstimateInput } from '../types.js';

const AUTO_BF16_V060 = 'https://github.com/vllm-project/vllm/blob/32e7db25365415841ebc7c4215851743fbb1bad1/vllm/config.py#L1628-L1629';
const CHECK_V060 = 'https://github.com/vllm-project/vllm/blob/32e7db25365415841ebc7c4215851743fbb1bad1/vllm/worker/worker.py#L461-L465';
const CHECK_MAIN = 'https://github.com/vllm-project/vllm/blob/52a31ccecca203effd490a5b496dc5f8d9496654/vllm/platforms/cuda.py#L504-L522';
const RESOLVE_AUTO = 'https://github.com/vllm-project/vllm/blob/52a31ccecca203effd490a5b496dc5f8d9496654/vllm/config/model.py#L2009-L2044';

/** _FLOAT16_NOT_SUPPORTED_MODELS ("Numerical instability"), vllm/config/model.py#L1977-L1983 at 52a31cc. */
const FLOAT16_UNSTABLE = new Set(['gemma2', 'gemma3', 'gemma3_text', 'plamo2', 'glm4']);

function hasBf16(input: EstimateInput): boolean {
  // A GPU of unknown generation (a custom card) is taken to have it, as every card since 2020 does.
  return (capabilityOf(input.gpu) ?? 80) >= 80;
}

/** The dtype vLLM serves the weights in, and what it logs about the choice (undefined when nothing). */
export function vllmWeightDtype(input: EstimateInput, version: number[] | undefined): { dtype: ResolvedDtype; note?: string } {
  const { serving, model } = input;
  const dtype = resolveWeightDtype(serving.dtype, model.architecture.torchDtype, true);
  if (serving.dtype !== 'auto' || hasBf16(input) || !atLeast(version, '0.9.0')) return { dtype };
  // No bfloat16 here: float16 unless the model type is unstable in it (then float32, the only dtype left).
  const fp32 = atLeast(version, '0.9.1') && FLOAT16_UNSTABLE.has(model.architecture.modelType);
  const served: ResolvedDtype = fp32 ? 'float32' : 'float16';
  if (served === dtype) return { dtype };
  return {
    dtype: served,
    note: `This GPU has no bfloat16 (compute capability ${input.gpu.computeCapability}): vLLM serves the checkpoint's ${normalizeDtype(model.architecture.torchDtype) ?? dtype} weights as ${served}${fp32 ? ` (${model.architecture.modelType} is unstable in float16)` : ''}, with a warning (${RESOLVE_AUTO} _resolve_auto_dtype).`,
  };
}

/** The worker's refusal of bfloat16 on this GPU, in the release's words, or null. */
export function vllmBf16Refusal(input: EstimateInput, version: number[] | undefined): { message: string; rule: string } | null {
  if (hasBf16(input) || vllmWeightDtype(input, version).dtype !== 'bfloat16') return null;
  // 0.8.0 (#13771) put the missing space in "setting the `dtype` flag".
  const setting = atLeast(version, '0.8.0') ? 'setting the `dtype`' : 'setting the`dtype`';
  return {
    message: `Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your ${input.gpu.name} GPU has compute capability ${input.gpu.computeCapability}. You can use float16 instead by explicitly ${setting} flag in CLI, for example: --dtype=half.`,
    rule: atLeast(version, '0.9.0')
      ? `vLLM ${CHECK_MAIN} check_if_supports_dtype (dtype: bfloat16 set explicitly; auto falls back since 0.9.0)`
      : `vLLM ${CHECK_V060} _check_if_gpu_supports_dtype; dtype auto keeps the checkpoint's bfloat16 before 0.9.0 (${AUTO_BF16_V060})`,
  };
}
