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
