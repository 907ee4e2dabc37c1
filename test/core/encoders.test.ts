import { describe, expect, it } from 'vitest';
import { encoderParameters, genericEncoderParameters } from '../../src/core/encoders.js';

describe('encoders of families not modelled one by one', () => {
  it('sizes a ViT from its config: attention, MLP, norms per layer, and the projector', () => {
    const vit = { hidden_size: 1024, num_hidden_layers: 24, intermediate_size: 4096 };
    const perLayer = 4 * 1024 ** 2 + 4 * 1024 + 2 * 1024 * 4096 + 4096 + 1024 + 4 * 1024;
    expect(genericEncoderParameters(vit, 4096)).toBe(24 * perLayer + 1024 * 4096 + 4096);
    expect(encoderParameters({ vision_config: vit }, 'llava', 4096)).toBe(genericEncoderParameters(vit, 4096));
  });

  it('adds an audio encoder (Whisper-style names) to the vision one', () => {
    const audio = { d_model: 1280, encoder_layers: 32, encoder_ffn_dim: 5120 };
    const vision = { embed_dim: 1280, depth: 32, mlp_ratio: 4 };
    const both = encoderParameters({ vision_config: vision, audio_config: audio }, 'qwen2_5_omni_thinker', 3584)!;
    expect(both).toBe(genericEncoderParameters(vision, 3584)! + genericEncoderParameters(audio, 3584)!);
    expect(encoderParameters({ audio_config: { foo: 1 } }, 'x', 1024)).toBeNull();
  });
});

describe('Qwen3-VL vision tower (qwen3_vl, qwen3_vl_moe)', () => {
  // vLLM models/qwen3_vl.py Qwen3_VisionTransformer, Qwen3-VL-8B (e 1152, inter 4304, depth 27, patch 16,
  // temporal 2, 2304 positions, out 4096):
  //   patch conv 3·2·16·16·1152 + 1152 = 1,770,624; positions 2304·1152 = 2,654,208;
  //   block 2·2·1152 + (3·1152² + 3·1152) + (1152² + 1152) + 2·1152·4304 + 4304 + 1152 = 15,533,072, × 27 = 419,392,944;
  //   merger LayerNorm 2·1152 + fc1 4608² + 4608 + fc2 4608·4096 + 4096 = 32,192,704 → tower 456,010,480;
  //   each DeepStack merger (postshuffle LayerNorm over 4608) 2·4608 + 4608² + 4608 + 4608·4096 + 4096 = 40,125,952.
  const vision = { deepstack_visual_indexes: [8, 16, 24], depth: 27, hidden_size: 1152, in_channels: 3, intermediate_size: 4304, num_heads: 16, num_position_embeddings: 2304, out_hidden_size: 4096, patch_size: 16, spatial_merge_size: 2, temporal_patch_size: 2 };

  it('counts the tower, its merger and one merger per DeepStack index', () => {
    expect(encoderParameters({ vision_config: vision }, 'qwen3_vl', 4096)).toBe(456_010_480 + 3 * 40_125_952);
    expect(encoderParameters({ vision_config: { ...vision, deepstack_visual_indexes: [] } }, 'qwen3_vl_moe', 4096)).toBe(456_010_480);
    // Qwen3.5's tower is the same without DeepStack mergers
    expect(encoderParameters({ vision_config: vision }, 'qwen3_5', 4096)).toBe(456_010_480);
  });
});
