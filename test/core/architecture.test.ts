import { describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../src/core/architecture.js';

const LLAMA = { model_type: 'llama', num_hidden_layers: 2, hidden_size: 64, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 1000 };

// vLLM config/model.py _get_and_verify_max_len: the smallest of the length keys, model_max_length above all.
describe("the model's context, as vLLM derives it from config.json", () => {
  it('reads max_position_embeddings, and the other families’ keys where it is absent', () => {
    expect(normalizeConfig({ ...LLAMA, max_position_embeddings: 8192 }).maxPositionEmbeddings).toBe(8192);
    expect(normalizeConfig({ ...LLAMA, n_positions: 1024 }).maxPositionEmbeddings).toBe(1024);
    expect(normalizeConfig({ ...LLAMA, max_seq_len: 4096 }).maxPositionEmbeddings).toBe(4096);
    expect(normalizeConfig({ ...LLAMA, seq_length: 32768 }).maxPositionEmbeddings).toBe(32768);
    expect(normalizeConfig({ ...LLAMA, max_target_positions: 448 }).maxPositionEmbeddings).toBe(448);
    expect(normalizeConfig({ ...LLAMA, max_sequence_length: 2048 }).maxPositionEmbeddings).toBe(2048);
    expect(normalizeConfig({ ...LLAMA, max_seq_length: 512 }).maxPositionEmbeddings).toBe(512);
    expect(normalizeConfig({ ...LLAMA, seq_len: 16384 }).maxPositionEmbeddings).toBe(16384);
    expect(normalizeConfig(LLAMA).maxPositionEmbeddings).toBeUndefined();
  });

  it('takes the smallest where several are written', () => {
    expect(normalizeConfig({ ...LLAMA, max_position_embeddings: 131072, seq_length: 8192 }).maxPositionEmbeddings).toBe(8192);
    expect(normalizeConfig({ ...LLAMA, n_positions: 2048, max_position_embeddings: 4096 }).maxPositionEmbeddings).toBe(2048);
  });

  it('takes model_max_length over every other key (Command-R; Kimi-Linear writes its 1M context only there)', () => {
    expect(normalizeConfig({ ...LLAMA, model_max_length: 1_048_576 }).maxPositionEmbeddings).toBe(1_048_576);
    expect(normalizeConfig({ ...LLAMA, max_position_embeddings: 8192, model_max_length: 131072 }).maxPositionEmbeddings).toBe(131072);
  });

  it('ignores a length that is zero or negative', () => {
    expect(normalizeConfig({ ...LLAMA, max_position_embeddings: 0 }).maxPositionEmbeddings).toBeUndefined();
    expect(normalizeConfig({ ...LLAMA, max_position_embeddings: 4096, seq_length: -1 }).maxPositionEmbeddings).toBe(4096);
    expect(normalizeConfig({ ...LLAMA, model_max_length: 0, max_position_embeddings: 4096 }).maxPositionEmbeddings).toBe(4096);
  });
});
