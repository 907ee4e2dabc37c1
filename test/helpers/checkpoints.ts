// Checkpoints with real tensor shapes for the test Hub: the Qwen2.5 layout (q/k/v with biases,
// gated MLP, RMSNorms, tied embeddings at 0.5B), unquantized or AWQ-packed as AutoAWQ writes it.

import { DTYPE_SIZE, safetensorsFile, type HubFile, type TensorSpec } from './hub-server.js';

/** Qwen/Qwen2.5-0.5B-Instruct's config.json (huggingface.co/Qwen/Qwen2.5-0.5B-Instruct/blob/main/config.json). */
export const QWEN25_05B_CONFIG = {
  architectures: ['Qwen2ForCausalLM'],
  model_type: 'qwen2',
  torch_dtype: 'bfloat16',
  vocab_size: 151936,
  hidden_size: 896,
  intermediate_size: 4864,
  num_hidden_layers: 24,
  num_attention_heads: 14,
  num_key_value_heads: 2,
  tie_word_embeddings: true,
  max_position_embeddings: 32768,
  hidden_act: 'silu',
  sliding_window: 32768,
  use_sliding_window: false,
  max_window_layers: 21,
  rope_theta: 1000000.0,
};

type Config = typeof QWEN25_05B_CONFIG;

function linear(name: string, out: number, inp: number, dtype: string, awq: boolean): TensorSpec[] {
  if (!awq) return [{ name: `${name}.weight`, dtype, shape: [out, inp] }];
  // AutoAWQ GEMM: qweight int32 [in, out / 8], qzeros int32 [in / group, out / 8], scales fp16 [in / group, out].
  return [
    { name: `${name}.qweight`, dtype: 'I32', shape: [inp, out / 8] },
    { name: `${name}.qzeros`, dtype: 'I32', shape: [inp / 128, out / 8] },
    { name: `${name}.scales`, dtype: 'F16', shape: [inp / 128, out] },
  ];
}

/** Every tensor of a Qwen2 checkpoint, in file order. */
export function qwen2Tensors(c: Config, options: { dtype?: string; awq?: boolean } = {}): TensorSpec[] {
  const dtype = options.awq ? 'F16' : (options.dtype ?? 'BF16');
  const awq = options.awq ?? false;
  const h = c.hidden_size;
  const kv = (c.num_key_value_heads * h) / c.num_attention_heads;
  const tensors: TensorSpec[] = [{ name: 'model.embed_tokens.weight', dtype, shape: [c.vocab_size, h] }];
  for (let i = 0; i < c.num_hidden_layers; i += 1) {
    const p = `model.layers.${i}`;
    tensors.push(
      { name: `${p}.input_layernorm.weight`, dtype, shape: [h] },
      ...linear(`${p}.self_attn.q_proj`, h, h, dtype, awq),
      { name: `${p}.self_attn.q_proj.bias`, dtype, shape: [h] },
      ...linear(`${p}.self_attn.k_proj`, kv, h, dtype, awq),
      { name: `${p}.self_attn.k_proj.bias`, dtype, shape: [kv] },
      ...linear(`${p}.self_attn.v_proj`, kv, h, dtype, awq),
      { name: `${p}.self_attn.v_proj.bias`, dtype, shape: [kv] },
      ...linear(`${p}.self_attn.o_proj`, h, h, dtype, awq),
      { name: `${p}.post_attention_layernorm.weight`, dtype, shape: [h] },
      ...linear(`${p}.mlp.gate_proj`, c.intermediate_size, h, dtype, awq),
      ...linear(`${p}.mlp.up_proj`, c.intermediate_size, h, dtype, awq),
      ...linear(`${p}.mlp.down_proj`, h, c.intermediate_size, dtype, awq),
    );
  }
  tensors.push({ name: 'model.norm.weight', dtype, shape: [h] });
  if (!c.tie_word_embeddings) tensors.push({ name: 'lm_head.weight', dtype, shape: [c.vocab_size, h] });
  return tensors;
}

export const tensorBytes = (tensors: readonly TensorSpec[]): number =>
  tensors.reduce((sum, t) => sum + t.shape.reduce((a, b) => a * b, 1) * DTYPE_SIZE[t.dtype], 0);

/** A repository's files: config.json and the tensors in `shards` safetensors files (with an index when more than one). */
export function repoFiles(config: object, tensors: readonly TensorSpec[], shards: number): Record<string, HubFile> {
  const files: Record<string, HubFile> = { 'config.json': JSON.stringify(config) };
  if (shards === 1) {
    files['model.safetensors'] = safetensorsFile(tensors);
    return files;
  }
  const per = Math.ceil(tensors.length / shards);
  const weightMap: Record<string, string> = {};
  for (let s = 0; s < shards; s += 1) {
    const name = `model-${String(s + 1).padStart(5, '0')}-of-${String(shards).padStart(5, '0')}.safetensors`;
    const part = tensors.slice(s * per, (s + 1) * per);
    for (const t of part) weightMap[t.name] = name;
    files[name] = safetensorsFile(part);
  }
  files['model.safetensors.index.json'] = JSON.stringify({ metadata: { total_size: tensorBytes(tensors) }, weight_map: weightMap });
  return files;
}
