import { describe, expect, it } from 'vitest';
import { GGML_TYPES, ggufTensors, normalizeFtype, rowBytes, vllmGgufBytes, type GgufTensor } from '../../src/core/gguf.js';
import { catalogArch } from '../helpers/inputs.js';

const fileBytes = (id: string, ftype: string) => ggufTensors(catalogArch(id), ftype).reduce((a, t) => a + t.bytes, 0);

describe('ggml types', () => {
  it('have llama.cpp block sizes and bits per weight', () => {
    const bpw = (t: string) => (GGML_TYPES[t].bytes * 8) / GGML_TYPES[t].block;
    expect(bpw('Q8_0')).toBe(8.5);
    expect(bpw('Q4_0')).toBe(4.5);
    expect(bpw('Q4_K')).toBe(4.5);
    expect(bpw('Q5_K')).toBe(5.5);
    expect(bpw('Q6_K')).toBe(6.5625);
    expect(bpw('Q2_K')).toBe(2.625);
    expect(bpw('Q3_K')).toBe(3.4375);
    expect(bpw('IQ4_XS')).toBe(4.25);
    expect(bpw('MXFP4')).toBe(4.25);
    expect(rowBytes('Q4_K', 4096)).toBe(16 * 144);
  });

  it('normalise GGUF type spellings', () => {
    expect(normalizeFtype('q4_k_m')).toBe('Q4_K_M');
    expect(normalizeFtype('GGUF Q8_0')).toBe('Q8_0');
    expect(normalizeFtype('awq')).toBeUndefined();
  });
});

describe('llama-quantize type rules', () => {
  it('size Llama-3-8B Q4_K_M as llama.cpp logs it (4.58 GiB, 4.89 BPW; token_embd 281.81 MiB)', () => {
    const tensors = ggufTensors(catalogArch('meta-llama/Meta-Llama-3-8B'), 'Q4_K_M');
    const total = tensors.reduce((a, t) => a + t.bytes, 0);
    expect(total).toBe(4_912_898_048);
    expect(((total * 8) / 8_030_261_248).toFixed(2)).toBe('4.89');
    expect(tensors.find((t) => t.name === 'token_embd')!.bytes / 2 ** 20).toBeCloseTo(281.81, 2);
    expect(tensors.find((t) => t.name === 'output')!.type).toBe('Q6_K');
    // attn_v and ffn_down get Q6_K on the use_more_bits half of the layers
    expect(tensors.filter((t) => t.name === 'attn_v' && t.type === 'Q6_K')).toHaveLength(16);
    expect(tensors.filter((t) => t.name === 'ffn_down' && t.type === 'Q6_K')).toHaveLength(16);
    expect(tensors.find((t) => t.name === 'attn_norm')!.type).toBe('F32');
  });

  it('match the published Llama-3-8B file sizes of other types within 0.5% (metadata excluded)', () => {
    const published: Record<string, number> = { Q8_0: 8.54, Q6_K: 6.6, Q5_K_M: 5.73, Q5_K_S: 5.6, Q4_K_S: 4.69, Q3_K_L: 4.32, Q3_K_M: 4.02, Q2_K: 3.18 };
    for (const [ftype, gb] of Object.entries(published)) {
      expect(Math.abs(fileBytes('meta-llama/Meta-Llama-3-8B', ftype) / 1e9 - gb) / gb, ftype).toBeLessThan(0.005);
    }
  });

  it('apply the 70B and row-size fallback rules (Qwen2-72B Q4_K_M is 47.41 GB)', () => {
    const tensors = ggufTensors(catalogArch('Qwen/Qwen2-72B-Instruct'), 'Q4_K_M');
    expect(tensors.reduce((a, t) => a + t.bytes, 0)).toBe(47_409_725_440);
    // 29568 is not a multiple of 256: ffn_down falls back to Q5_0 / Q8_0
    expect(new Set(tensors.filter((t) => t.name === 'ffn_down').map((t) => t.type))).toEqual(new Set(['Q5_0', 'Q8_0']));
    // the 70B class bumps attn_v from Q4_K to Q5_K
    expect(new Set(tensors.filter((t) => t.name === 'attn_v').map((t) => t.type))).toEqual(new Set(['Q5_K', 'Q6_K']));
  });

  it('quantize a tied embedding as the output tensor', () => {
    const tensors = ggufTensors(catalogArch('Qwen/Qwen2.5-0.5B-Instruct'), 'Q4_K_M');
    expect(tensors.find((t) => t.name === 'output')).toBeUndefined();
    expect(tensors.find((t) => t.name === 'token_embd')!.type).toBe('Q8_0'); // 896 is not a multiple of 256
  });

  it('pack gpt-oss experts as MXFP4 and the rest as Q8_0 for MXFP4_MOE', () => {
    const tensors = ggufTensors(catalogArch('openai/gpt-oss-20b'), 'MXFP4_MOE');
    expect(new Set(tensors.filter((t) => t.name.endsWith('_exps')).map((t) => t.type))).toEqual(new Set(['MXFP4']));
    expect(tensors.find((t) => t.name === 'attn_q')!.type).toBe('Q8_0');
  });
});

describe('vLLM with a GGUF checkpoint (quantization/gguf.py)', () => {
  const t = (name: string, layer: number, type: string, ne0: number, rows: number): GgufTensor => ({ name, layer, ne0, rows, type, bytes: rowBytes(type, ne0) * rows });

  it('keeps the blocks, pads merged shards to the widest row, and holds norms in the model dtype', () => {
    const tensors = [
      t('token_embd', -1, 'Q4_K', 512, 1000),
      t('blk.0.attn_norm', 0, 'F32', 512, 1),
      t('blk.0.attn_q', 0, 'Q4_K', 512, 512),
      t('blk.0.attn_k', 0, 'Q4_K', 512, 128),
      t('blk.0.attn_v', 0, 'Q6_K', 512, 128),
      t('blk.0.attn_output', 0, 'Q4_K', 512, 512),
      t('blk.0.ffn_gate', 0, 'Q4_K', 512, 1024),
      t('blk.0.ffn_up', 0, 'Q4_K', 512, 1024),
      t('blk.0.ffn_down', 0, 'Q6_K', 1024, 512),
      t('output_norm', 1, 'F32', 512, 1),
    ];
    // token_embd: 1000 rows padded to 1024 (VocabParallelEmbedding) × 288 B (two Q4_K blocks) = 294,912
    // qkv: 768 rows × the widest row, Q6_K's 420 B = 322,560 (_create_padded_weight_param)
    // o: 512 × 288 = 147,456; gate_up: 2048 × 288 = 589,824; down: 512 × 840 = 430,080
    // norms: 2 × 512 values × 2 B (bfloat16) = 2,048
    expect(vllmGgufBytes(tensors, 2)).toBe(294_912 + 322_560 + 147_456 + 589_824 + 430_080 + 2_048);
  });
});

describe('Nemotron-H MoE tensors (llama-model.cpp nemotron_h_moe)', () => {
  it('lists relu² experts without a gate, and Super\'s latent projections with experts in moe_n_embd', () => {
    const tensors = ggufTensors(catalogArch('nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-BF16'), 'BF16');
    const layer1 = tensors.filter((t) => t.layer === 1).map((t) => [t.name, t.ne0, t.rows]);
    expect(layer1).toEqual(expect.arrayContaining([
      ['ffn_latent_down', 4096, 1024],
      ['ffn_latent_up', 1024, 4096],
      // rows × 512 experts
      ['ffn_up_exps', 1024, 2688 * 512],
      ['ffn_down_exps', 2688, 1024 * 512],
      ['ffn_up_shexp', 4096, 5376],
    ]));
    expect(tensors.some((t) => t.name === 'ffn_gate_exps' || t.name === 'ffn_gate_shexp')).toBe(false);
    // Every counted parameter but the 40 routers' e_score_correction_bias (40 × 512), which this list
    // leaves out as it does for DeepSeek: 120,668,707,840 − 20,480.
    const elements = tensors.reduce((s, t) => s + t.ne0 * t.rows, 0);
    expect(elements).toBe(120_668_687_360);
  });
});
