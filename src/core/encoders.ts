// Parameters of the vision encoders (and their projectors into the language model) that ship
// inside multimodal checkpoints. Each formula follows the transformers modeling file named.

import { gemma4VisionParameters } from './gemma4.js';
import type { HfConfig } from './architecture.js';

function n(config: HfConfig, key: string, fallback?: number): number {
  const value = config[key];
  if (typeof value === 'number') return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`vision_config has no ${key}`);
}

/** modeling_siglip.py (Gemma 3's tower): ViT with LayerNorm and biases, learned positions. */
function siglip(v: HfConfig): number {
  const h = n(v, 'hidden_size', 768);
  const inter = n(v, 'intermediate_size', 3072);
  const layers = n(v, 'num_hidden_layers', 12);
  const patch = n(v, 'patch_size', 16);
  const image = n(v, 'image_size', 224);
  const channels = n(v, 'num_channels', 3);
  const layer = 4 * (h * h + h) + (h * inter + inter) + (inter * h + h) + 2 * 2 * h;
  return layers * layer + channels * patch * patch * h + h + (image / patch) ** 2 * h + 2 * h;
}

/** modeling_gemma3.py Gemma3MultiModalProjector: input projection and soft-embedding RMSNorm. */
function gemma3(config: HfConfig, textHidden: number): number {
  const v = config.vision_config as HfConfig;
  const h = n(v, 'hidden_size', 1152);
  return siglip(v) + h * textHidden + h;
}

/** modeling_mllama.py: local and gated global ViT layers, tiled position embeddings, projector. */
function mllama(config: HfConfig, textHidden: number): number {
  const v = config.vision_config as HfConfig;
  const h = n(v, 'hidden_size');
  const inter = n(v, 'intermediate_size');
  const patch = n(v, 'patch_size');
  const image = n(v, 'image_size');
  const tiles = n(v, 'max_num_tiles');
  const channels = n(v, 'num_channels', 3);
  const ratios = Array.isArray(v.supported_aspect_ratios) ? v.supported_aspect_ratios.length : 8;
  const patches = (image / patch) ** 2 + 1;
  const layer = 4 * h * h + (h * inter + inter) + (inter * h + h) + 2 * 2 * h;
  const local = n(v, 'num_hidden_layers') * layer;
  const global = n(v, 'num_global_layers') * (layer + 2);
  const embeddings =
    channels * patch * patch * h + // patch_embedding (no bias)
    h + // class_embedding
    1 + patches * h + // gated positional embedding
    (ratios + 1) * tiles * patches * h + // tile position embedding
    2 * ((ratios + 1) * tiles * h + 1) + // pre/post tile aspect-ratio embeddings with gates
    2 * 2 * h; // layernorm_pre, layernorm_post
  const projector = n(v, 'vision_output_dim') * textHidden + textHidden;
  return local + global + embeddings + projector;
}

/**
 * modeling_qwen2_vl.py / modeling_qwen2_5_vl.py: Conv3d patch embedding, ViT blocks with qkv
 * bias, and a patch merger MLP into the language model. Qwen2-VL: LayerNorm and a 4× fc MLP;
 * Qwen2.5-VL: RMSNorm and a gated MLP of intermediate_size with biases.
 */
function qwenVl(config: HfConfig, textHidden: number, v25: boolean): number {
  const v = config.vision_config as HfConfig;
  const e = n(v, 'embed_dim', n(v, 'hidden_size', 1280));
  const depth = n(v, 'depth');
  const patch = n(v, 'patch_size', 14);
  const temporal = n(v, 'temporal_patch_size', 2);
  const channels = n(v, 'in_chans', n(v, 'in_channels', 3));
  const merge = n(v, 'spatial_merge_size', 2);
  const out = n(v, 'out_hidden_size', v25 ? textHidden : n(v, 'hidden_size', textHidden));
  const norm = v25 ? e : 2 * e;
  const attention = 3 * e * e + 3 * e + e * e + e;
  let mlp: number;
  if (v25) {
    const inter = n(v, 'intermediate_size');
    mlp = 2 * (e * inter + inter) + inter * e + e;
  } else {
    const hiddenMlp = e * n(v, 'mlp_ratio', 4);
    mlp = e * hiddenMlp + hiddenMlp + hiddenMlp * e + e;
  }
  const merged = e * merge * merge;
  const merger = norm + (merged * merged + merged) + (merged * out + out);
  return channels * temporal * patch * patch * e + depth * (2 * norm + attention + mlp) + merger;
}

/**
 * modeling_llama4.py Llama4VisionModel: unfold-conv patch embedding (no bias), class embedding,
 * learned positions for (image/patch)² + 1 patches, LayerNorm pre/post, ViT layers with biased
 * attention and fc1/fc2 MLP, the pixel-shuffle adapter (Llama4VisionMLP2: fc1 intermediate →
 * projector_input_dim, fc2 projector_output_dim², no biases), and Llama4MultiModalProjector
 * (vision_output_dim → text hidden, no bias).
 * Scout / Maverick: 850,960,896 + 20,971,520 = 871,932,416.
 */
function llama4(config: HfConfig, textHidden: number): number {
  const v = config.vision_config as HfConfig;
  const h = n(v, 'hidden_size');
  const inter = n(v, 'intermediate_size');
  const patch = n(v, 'patch_size');
  const image = n(v, 'image_size');
  const channels = n(v, 'num_channels', 3);
  const layer = 4 * (h * h + h) + (h * inter + inter) + (inter * h + h) + 2 * 2 * h;
  const embeddings = channels * patch * patch * h + h + ((image / patch) ** 2 + 1) * h + 2 * 2 * h;
  const adapter = inter * n(v, 'projector_input_dim') + n(v, 'projector_output_dim') ** 2;
  return n(v, 'num_hidden_layers') * layer + embeddings + adapter + n(v, 'vision_output_dim') * textHidden;
}

/**
 * modeling_pixtral.py PixtralVisionModel (Mistral Small 3.1/3.2, Magistral 2509): patch conv
 * without bias, RMSNorms, bias-free attention and gated MLP; modeling_mistral3.py
 * Mistral3MultiModalProjector: RMSNorm, patch merger (h·s² → h), linear_1 (h → text hidden, bias
 * per multimodal_projector_bias) and linear_2 (text hidden²).
 * Mistral-Small-3.2-24B: 403,305,472 + 35,652,608 = 438,958,080.
 */
function mistral3(config: HfConfig, textHidden: number): number {
  const v = config.vision_config as HfConfig;
  const h = n(v, 'hidden_size');
  const inter = n(v, 'intermediate_size');
  const patch = n(v, 'patch_size');
  const channels = n(v, 'num_channels', 3);
  const merge = typeof config.spatial_merge_size === 'number' ? config.spatial_merge_size : 2;
  const tower = n(v, 'num_hidden_layers') * (4 * h * h + 3 * h * inter + 2 * h) + channels * patch * patch * h + h;
  const bias = config.multimodal_projector_bias === true ? 2 * textHidden : 0;
  const projector = h + h * merge * merge * h + h * textHidden + textHidden * textHidden + bias;
  return tower + projector;
}

/**
 * modeling_qwen3_5.py Qwen3_5VisionModel (the Qwen3-VL tower without deepstack mergers): a Conv3d
 * patch embedding with bias, learned position embeddings, ViT blocks with LayerNorms, qkv and
 * proj biases and a plain GELU MLP, and a patch merger (LayerNorm, fc1 over 2×2 merged patches,
 * fc2 into the language model).
 */
function qwen35Vision(config: HfConfig, textHidden: number): number {
  const v = config.vision_config as HfConfig;
  const e = n(v, 'hidden_size');
  const inter = n(v, 'intermediate_size');
  const patch = n(v, 'patch_size', 16);
  const temporal = n(v, 'temporal_patch_size', 2);
  const channels = n(v, 'in_channels', 3);
  const merge = n(v, 'spatial_merge_size', 2);
  const out = n(v, 'out_hidden_size', textHidden);
  const positions = n(v, 'num_position_embeddings', 0);
  const block = 2 * 2 * e + (e * 3 * e + 3 * e) + (e * e + e) + (e * inter + inter) + (inter * e + e);
  const merged = e * merge * merge;
  const merger = 2 * e + (merged * merged + merged) + (merged * out + out);
  return channels * temporal * patch * patch * e + e + positions * e + n(v, 'depth') * block + merger;
}

/**
 * Qwen3-VL's tower (vLLM models/qwen3_vl.py Qwen3_VisionTransformer, transformers
 * modeling_qwen3_vl.py Qwen3VLVisionModel): the Qwen3.5 tower above plus one DeepStack merger per
 * deepstack_visual_indexes entry, each a Qwen3_VisionPatchMerger with use_postshuffle_norm=True:
 * LayerNorm over the merged width (e·s²), fc1 (e·s² → e·s²) and fc2 (e·s² → out), with biases.
 * https://github.com/vllm-project/vllm/blob/4f5768c74b6f87eedb592dac8a7fe39f2aecb1ab/vllm/model_executor/models/qwen3_vl.py
 * Qwen3-VL-8B (e 1152, depth 27, out 4096, three indexes): 456,010,480 + 3 × 40,125,952 = 576,388,336.
 */
function qwen3VlVision(config: HfConfig, textHidden: number): number {
  const v = config.vision_config as HfConfig;
  const e = n(v, 'hidden_size');
  const merged = e * n(v, 'spatial_merge_size', 2) ** 2;
  const out = n(v, 'out_hidden_size', textHidden);
  const deepstack = Array.isArray(v.deepstack_visual_indexes) ? v.deepstack_visual_indexes.length : 0;
  const merger = 2 * merged + (merged * merged + merged) + (merged * out + out);
  return qwen35Vision(config, textHidden) + deepstack * merger;
}

function first(config: HfConfig, keys: string[]): number | undefined {
  for (const key of keys) if (typeof config[key] === 'number') return config[key] as number;
  return undefined;
}

/**
 * An encoder of a family not modelled here (a ViT, a Whisper-style audio encoder), from the
 * sizes its config gives: per layer attention (4h² + 4h), an MLP (2·h·intermediate +
 * intermediate + h) and two LayerNorms, plus a linear projector into the language model. An
 * approximation that leaves out patch and position embeddings; null without the sizes.
 */
export function genericEncoderParameters(v: HfConfig, textHidden: number): number | null {
  const h = first(v, ['hidden_size', 'embed_dim', 'd_model', 'width']);
  const layers = first(v, ['num_hidden_layers', 'depth', 'encoder_layers', 'num_layers']);
  if (!h || !layers) return null;
  const inter = first(v, ['intermediate_size', 'encoder_ffn_dim', 'mlp_dim']) ?? h * (first(v, ['mlp_ratio']) ?? 4);
  return layers * (4 * h * h + 4 * h + 2 * h * inter + inter + h + 4 * h) + h * textHidden + textHidden;
}

function visionParameters(config: HfConfig, modelType: string, textHidden: number): number | null {
  if (typeof config.vision_config !== 'object' || config.vision_config === null) return 0;
  switch (modelType) {
    case 'gemma3':
      return gemma3(config, textHidden);
    case 'mllama':
      return mllama(config, textHidden);
    case 'qwen2_vl':
      return qwenVl(config, textHidden, false);
    case 'qwen2_5_vl':
      return qwenVl(config, textHidden, true);
    case 'llama4':
      return llama4(config, textHidden);
    case 'mistral3':
      return mistral3(config, textHidden);
    case 'qwen3_5':
    case 'qwen3_5_moe':
      return qwen35Vision(config, textHidden);
    case 'qwen3_vl':
    case 'qwen3_vl_moe':
      return qwen3VlVision(config, textHidden);
    case 'gemma4':
      return gemma4VisionParameters(config, textHidden);
    default:
      return genericEncoderParameters(config.vision_config as HfConfig, textHidden);
  }
}

/** Vision and audio encoder parameters (with their projectors); null when none present can be sized. */
export function encoderParameters(config: HfConfig, modelType: string, textHidden: number): number | null {
  const present = (key: string) => typeof config[key] === 'object' && config[key] !== null;
  const sizes = [
    ...(present('vision_config') ? [visionParameters(config, modelType, textHidden)] : []),
    ...(present('audio_config') ? [genericEncoderParameters(config.audio_config as HfConfig, textHidden)] : []),
  ];
  if (sizes.length === 0) return 0;
  if (sizes.every((n) => n === null)) return null;
  return sizes.reduce<number>((a, n) => a + (n ?? 0), 0);
}
