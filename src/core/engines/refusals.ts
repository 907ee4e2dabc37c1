// Settings an engine refuses before it loads a byte: each engine's own check, with its own
// message and the file it is in. A refusal is the deployment's start-up error (so it is
// `undersized`, at the line of the setting), whatever the memory would have been.
//
// vLLM    vllm/config.py ModelConfig.verify_with_parallel_config (attention heads),
//         vllm/model_executor/models/llama.py LlamaAttention.__init__ (KV heads),
//         vllm/distributed/utils.py get_pp_indices (pipeline stages),
//         vllm/config.py _get_and_verify_max_len (context, VLLM_ALLOW_LONG_MAX_MODEL_LEN),
//         vllm/config/vllm.py _get_quantization_config (the GPU generation a quantization method needs),
//         platforms/cuda.py check_if_supports_dtype (bfloat16 below compute capability 8.0, vllm-dtype.ts).
// SGLang  python/sglang/srt/models/llama.py LlamaAttention.__init__ (attention and KV heads),
//         python/sglang/srt/configs/model_config.py ModelConfig (context,
//         SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN), model_runner's legacy-GPU check (sm75 and up),
//         model_loader/loader.py _get_quantization_config.
// TGI     server/text_generation_server/models/custom_modeling/flash_llama_modeling.py
//         FlashLlamaAttention.__init__ (attention heads over num_shard).
// llama.cpp, Ollama and transformers split layers, not heads, and run a context past the
// model's training length with a warning only: nothing here refuses them.

import type { Architecture } from '../architecture.js';
import { capabilityOf } from '../compute-capability.js';
import { parseVersion } from '../engine-version.js';
import { resolveFormat } from '../quantization.js';
import type { EngineName, EstimateInput } from '../types.js';
import { capabilityRefusal, quantizationMethod } from './quantization-capability.js';
import { vllmBf16Refusal } from './vllm-dtype.js';

export interface Refusal {
  /** The engine's own message, with the deployment's numbers. */
  message: string;
  /** compute_capability: the GPU's generation itself (the engine runs no model on it). */
  field: 'tensor_parallel_size' | 'pipeline_parallel_size' | 'max_model_len' | 'quantization' | 'dtype' | 'compute_capability';
  /** Where the engine checks it. */
  rule: string;
}

const VLLM_CONFIG = 'https://github.com/vllm-project/vllm/blob/c0c2335ce027486d254c31f665ce00d7db427d22/vllm/config.py';
const VLLM_LLAMA = 'https://github.com/vllm-project/vllm/blob/e06c9ba2a6ea923a84add30f5dafaea126429b81/vllm/model_executor/models/llama.py';
const VLLM_PP = 'https://github.com/vllm-project/vllm/blob/5a6541db9bfa77756459722f69e8c89a0b47a14d/vllm/distributed/utils.py';
const SGLANG_LLAMA = 'https://github.com/sgl-project/sglang/blob/bf7a0e237e8d5b2ce5402f5d2fafce31e012dbdf/python/sglang/srt/models/llama.py';
const SGLANG_CONFIG = 'https://github.com/sgl-project/sglang/blob/8b5e1bbf72cca54c4275463b08d835d2f7221703/python/sglang/srt/configs/model_config.py';
const SGLANG_LEGACY_GPU = 'https://github.com/sgl-project/sglang/blob/8905cbd42f4a27dbecad6487cd3904278756fef8/python/sglang/srt/model_executor/model_runner_components/load_model_utils.py#L52-L63';
const TGI_LLAMA = 'https://github.com/huggingface/text-generation-inference/blob/90f651250e1968e072e7e7c890d3be071ce916f9/server/text_generation_server/models/custom_modeling/flash_llama_modeling.py';

/**
 * KV heads over tensor parallel ranks, as vLLM's and SGLang's attention layers take them: at
 * least as many heads as ranks are partitioned (and must divide evenly); fewer are replicated
 * (and the ranks must be a multiple of them). MLA caches one latent per token, not heads.
 */
function kvHeadsSplit(arch: Architecture, tp: number): string | null {
  const kv = arch.numKeyValueHeads;
  if (arch.mla || !kv || tp <= 1) return null;
  if (kv >= tp ? kv % tp === 0 : tp % kv === 0) return null;
  return kv >= tp
    ? `AssertionError: total_num_kv_heads % tp_size == 0 (num_key_value_heads ${kv} over tensor_parallel_size ${tp}): KV heads are split evenly across the GPUs`
    : `AssertionError: tp_size % total_num_kv_heads == 0 (tensor_parallel_size ${tp} over num_key_value_heads ${kv}): each KV head is copied to a whole number of GPUs`;
}

/** The context the model's config.json allows: max_position_embeddings, scaled by RoPE scaling where the config scales it. */
export function derivedContext(arch: Architecture): number | undefined {
  if (!arch.maxPositionEmbeddings) return undefined;
  return Math.max(arch.maxPositionEmbeddings, arch.rope?.maxPosition ?? 0);
}

export function vllmRefusal(input: EstimateInput): Refusal | null {
  const { model, serving } = input;
  const arch = model.architecture;
  const tp = serving.tensorParallelSize;
  const heads = arch.numAttentionHeads;
  if (heads && heads % tp !== 0) {
    return {
      message: `Total number of attention heads (${heads}) must be divisible by tensor parallel size (${tp}).`,
      field: 'tensor_parallel_size',
      rule: `vLLM ${VLLM_CONFIG} ModelConfig.verify_with_parallel_config`,
    };
  }
  const kv = kvHeadsSplit(arch, tp);
  if (kv) return { message: kv, field: 'tensor_parallel_size', rule: `vLLM ${VLLM_LLAMA} LlamaAttention.__init__` };
  const pp = pipelineStages(arch, serving.pipelineParallelSize, `vLLM ${VLLM_PP} get_pp_indices`);
  if (pp) return pp;
  const derived = derivedContext(arch);
  if (derived && serving.maxModelLen > derived && !serving.allowLongMaxModelLen) {
    return {
      message: `User-specified max_model_len (${serving.maxModelLen}) is greater than the derived max_model_len (max_position_embeddings=${derived} in model's config.json). To allow overriding this maximum, set the env var VLLM_ALLOW_LONG_MAX_MODEL_LEN=1.`,
      field: 'max_model_len',
      rule: `vLLM ${VLLM_CONFIG} _get_and_verify_max_len`,
    };
  }
  // The worker checks the dtype in init_device, after the config (and its quantization) was built.
  const version = parseVersion(serving.engineVersion);
  const bf16 = vllmBf16Refusal(input, version);
  return quantizationRefusal(input) ?? (bf16 && { ...bf16, field: 'dtype' });
}

export function sglangRefusal(input: EstimateInput): Refusal | null {
  const { model, serving } = input;
  const arch = model.architecture;
  const tp = serving.tensorParallelSize;
  const heads = arch.numAttentionHeads;
  if (heads && heads % tp !== 0) {
    return {
      message: `AssertionError: self.total_num_heads % tp_size == 0 (num_attention_heads ${heads} over tensor_parallel_size ${tp}).`,
      field: 'tensor_parallel_size',
      rule: `SGLang ${SGLANG_LLAMA} LlamaAttention.__init__`,
    };
  }
  const kv = kvHeadsSplit(arch, tp);
  if (kv) return { message: kv, field: 'tensor_parallel_size', rule: `SGLang ${SGLANG_LLAMA} LlamaAttention.__init__` };
  // SGLang splits layers over pipeline stages the way vLLM does.
  const pp = pipelineStages(arch, serving.pipelineParallelSize, `SGLang, as vLLM ${VLLM_PP} get_pp_indices`);
  if (pp) return pp;
  const derived = derivedContext(arch);
  if (derived && serving.maxModelLen > derived && !serving.allowLongMaxModelLen) {
    return {
      message: `User-specified context_length (${serving.maxModelLen}) is greater than the derived context_length (${derived}). This may lead to incorrect model outputs or CUDA errors. To allow overriding this maximum, set the env var SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1`,
      field: 'max_model_len',
      rule: `SGLang ${SGLANG_CONFIG} ModelConfig.__init__`,
    };
  }
  // Before loading, below sm80: float16 instead of bfloat16 on sm75, and nothing at all on sm70 (V100) or Pascal.
  const capability = capabilityOf(input.gpu);
  if (capability !== undefined && capability < 75) {
    return { message: 'RuntimeError: SGLang only supports sm75 and above.', field: 'compute_capability', rule: `SGLang ${SGLANG_LEGACY_GPU} maybe_downgrade_dtype_for_legacy_gpu` };
  }
  return quantizationRefusal(input);
}

/** A quantization method this GPU's generation cannot run (quantization-capability.ts). */
function quantizationRefusal(input: EstimateInput): Refusal | null {
  const { model, serving } = input;
  const fp4 = resolveFormat(serving.quantization, model.quantizationConfig, serving.bits, serving.groupSize)?.name === 'nvfp4';
  const refusal = capabilityRefusal(input, quantizationMethod(input, fp4), parseVersion(serving.engineVersion));
  return refusal && { ...refusal, field: 'quantization' };
}

export function tgiRefusal({ model, serving }: EstimateInput): Refusal | null {
  const heads = model.architecture.numAttentionHeads;
  const shards = serving.tensorParallelSize;
  if (heads && heads % shards !== 0) {
    return {
      message: `\`num_heads\` must be divisible by \`num_shards\` (got \`num_heads\`: ${heads} and \`num_shards\`: ${shards}`,
      field: 'tensor_parallel_size',
      rule: `TGI ${TGI_LLAMA} FlashLlamaAttention.__init__`,
    };
  }
  return null;
}

/** More pipeline stages than layers: get_pp_indices leaves stages (the last among them) without a layer to run. */
function pipelineStages(arch: Architecture, pp: number, rule: string): Refusal | null {
  if (pp <= arch.numHiddenLayers) return null;
  return {
    message: `pipeline_parallel_size (${pp}) is larger than the model's ${arch.numHiddenLayers} layers: ${pp - arch.numHiddenLayers} pipeline stages would hold no layer (get_pp_indices gives each stage num_hidden_layers // pipeline_parallel_size = 0 layers plus the remainder).`,
    field: 'pipeline_parallel_size',
    rule,
  };
}

const RULES: Partial<Record<EngineName, (input: EstimateInput) => Refusal | null>> = {
  vllm: vllmRefusal,
  sglang: sglangRefusal,
  tgi: tgiRefusal,
};

/** The setting the deployment's engine would refuse to start with, or null. */
export function engineRefusal(input: EstimateInput): Refusal | null {
  return RULES[input.serving.engine]?.(input) ?? null;
}

/** What the engine does instead of refusing, where the deployment sets the override. */
export function overrideNote(input: EstimateInput): string | null {
  const derived = derivedContext(input.model.architecture);
  const { engine, maxModelLen, allowLongMaxModelLen } = input.serving;
  if (!derived || maxModelLen <= derived || !allowLongMaxModelLen || (engine !== 'vllm' && engine !== 'sglang')) return null;
  const variable = engine === 'vllm' ? 'VLLM_ALLOW_LONG_MAX_MODEL_LEN' : 'SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN';
  return `max_model_len ${maxModelLen} is above the model's ${derived} tokens: ${engine} starts only because ${variable} is set (positions past ${derived} can give NaN or wrong output).`;
}
