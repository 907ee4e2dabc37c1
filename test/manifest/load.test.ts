import { describe, expect, it } from 'vitest';
import { loadManifest, MANIFEST_ROW } from '../../src/manifest/load.js';
import { refKey, type ModelAnswer } from '../../src/models/ref.js';
import { estimate } from '../../src/core/estimate.js';

const FILE = 'deploy/gpu-fit.yaml';

function errorsOf(text: string) {
  return loadManifest(text, FILE).failed.flatMap((f) => f.errors);
}

describe('loading a manifest', () => {
  it('resolves a catalog model and GPU with defaults applied', () => {
    const loaded = loadManifest(
      ['version: 1', 'deployments:', '  chat:', '    model: meta-llama/Llama-3.1-8B-Instruct', '    engine: vllm', '    max_model_len: 8192', '    gpu: L4'].join('\n'),
      FILE,
    );
    expect(loaded.failed).toEqual([]);
    const d = loaded.resolved[0];
    expect(d.name).toBe('chat');
    expect(d.pos).toEqual({ file: FILE, line: 3, column: 3 });
    expect(d.input.serving).toMatchObject({ engine: 'vllm', maxModelLen: 8192, concurrency: 1, tensorParallelSize: 1, dtype: 'auto', kvCacheDtype: 'auto', quantization: null });
    expect(d.input.gpu.name).toBe('L4');
  });

  it('reads vLLM\'s max_model_len auto (or -1) as the model\'s context to shorten, and kv_cache_memory_bytes', () => {
    const text = (len: string, engine = 'vllm') =>
      ['version: 1', 'deployments:', '  chat:', '    model: meta-llama/Llama-3.1-8B-Instruct', `    engine: ${engine}`, `    max_model_len: ${len}`, '    kv_cache_memory_bytes: 4G', '    gpu: L4'].join('\n');
    for (const len of ['auto', '-1']) {
      const loaded = loadManifest(text(len), FILE);
      expect(loaded.failed).toEqual([]);
      // Llama-3.1-8B: max_position_embeddings 131072; 4G = 4 × 1024³ (vLLM's human-readable integers)
      expect(loaded.resolved[0].input.serving).toMatchObject({ maxModelLen: 131072, maxModelLenAuto: true, kvCacheMemoryBytes: 4 * 1024 ** 3 });
    }
    const sglang = errorsOf(text('auto', 'sglang')).map((e) => e.message);
    expect(sglang).toContain("`max_model_len: auto` is vLLM's; sglang needs a number of tokens.");
    expect(sglang).toContain("`kv_cache_memory_bytes` is vLLM's --kv-cache-memory; sglang sizes its cache otherwise.");
  });

  it('reads pp_layer_partition (VLLM_PP_LAYER_PARTITION) and names what does not add up', () => {
    const text = (partition: string, pp = 2) =>
      ['version: 1', 'deployments:', '  chat:', '    model: Qwen/Qwen3-32B', '    engine: vllm', `    pipeline_parallel_size: ${pp}`, `    pp_layer_partition: "${partition}"`, '    max_model_len: 8192', '    gpu: H100 SXM'].join('\n');
    expect(loadManifest(text('24,40'), FILE).resolved[0].input.serving.ppLayerPartition).toEqual([24, 40]);
    expect(errorsOf(text('24,41')).map((e) => e.message)).toEqual(['`pp_layer_partition` adds up to 65 layers; the model has 64.']);
    expect(errorsOf(text('24,20,20', 2)).map((e) => e.message)).toEqual(['`pp_layer_partition` gives 3 stages; pipeline_parallel_size is 2.']);
    expect(errorsOf(text('24;40'))[0]).toMatchObject({ line: 7, message: expect.stringMatching(/must be whole layer counts/) });
  });

  it('accepts the seed raw architecture instead of a model', () => {
    const loaded = loadManifest(
      ['version: 1', 'deployments:', '  tiny:', '    architecture:', '      num_parameters: 5.0e8', '      num_hidden_layers: 8', '      hidden_size: 2304', '    dtype: float16', '    max_model_len: 2048', '    gpu: RTX 3060'].join('\n'),
      FILE,
    );
    expect(loaded.failed).toEqual([]);
    expect(loaded.resolved[0].input.model.architecture.numParametersGiven).toBe(5e8);
  });

  it('names file, line, column and a suggestion for an unknown field', () => {
    const errors = errorsOf(['version: 1', 'deployments:', '  chat:', '    model: meta-llama/Llama-3.1-8B-Instruct', '    max_model_length: 8192', '    gpu: L4'].join('\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, line: 5, column: 5 });
    expect(errors[0].message).toMatch(/`max_model_length` is not a known field\. Did you mean "max_model_len"\?/);
  });

  it('suggests the engine and GPU meant', () => {
    const errors = errorsOf(['version: 1', 'deployments:', '  chat:', '    model: Qwen/Qwen2.5-7B-Instruct', '    engine: vlm', '    gpu: H10'].join('\n'));
    expect(errors.map((e) => e.line)).toEqual([5, 6]);
    expect(errors[0].message).toMatch(/Did you mean "vllm"/);
    expect(errors[1].message).toMatch(/GPU "H10" is not in the catalog/);
  });

  it('explains a wrong type with the value it got', () => {
    const errors = errorsOf(['version: 1', 'deployments:', '  chat:', '    model: Qwen/Qwen2.5-7B-Instruct', '    concurrency: four', '    gpu: L4'].join('\n'));
    expect(errors[0]).toMatchObject({ line: 5, column: 18 });
    expect(errors[0].message).toBe('`concurrency` must be a whole number, got the text "four".');
  });

  it('refuses a GPU memory without a unit', () => {
    const errors = errorsOf(['version: 1', 'deployments:', '  chat:', '    model: Qwen/Qwen2.5-7B-Instruct', '    gpu: {name: mig-3g, memory: 40}'].join('\n'));
    expect(errors[0].message).toMatch(/needs a unit: write "40 GiB".*or "40 GB"/);
  });

  it('takes a custom GPU with its unit', () => {
    const loaded = loadManifest(['version: 1', 'deployments:', '  chat:', '    model: Qwen/Qwen2.5-7B-Instruct', '    gpu: {name: A100 MIG 3g.40gb, memory: 39.5 GiB}'].join('\n'), FILE);
    expect(loaded.resolved[0].input.gpu).toEqual({ name: 'A100 MIG 3g.40gb', memoryBytes: Math.round(39.5 * 1024 ** 3) });
  });

  it('reads vLLM human-readable lengths', () => {
    const loaded = loadManifest(['version: 1', 'deployments:', '  a:', '    model: Qwen/Qwen2.5-7B-Instruct', '    max_model_len: 32K', '    gpu: L4'].join('\n'), FILE);
    expect(loaded.resolved[0].input.serving.maxModelLen).toBe(32768);
  });

  it('defaults max_model_len to the model context and says so', () => {
    const loaded = loadManifest(['version: 1', 'deployments:', '  a:', '    model: Qwen/Qwen2.5-7B-Instruct', '    gpu: L4'].join('\n'), FILE);
    expect(loaded.resolved[0].input.serving.maxModelLen).toBe(32768);
    expect(loaded.resolved[0].notes.join(' ')).toMatch(/max_position_embeddings/);
  });

  it('keeps the valid deployments when one is wrong', () => {
    const loaded = loadManifest(
      ['version: 1', 'deployments:', '  good:', '    model: Qwen/Qwen2.5-7B-Instruct', '    gpu: L4', '  bad:', '    model: no/such-model', '    gpu: L4'].join('\n'),
      FILE,
    );
    expect(loaded.resolved.map((d) => d.name)).toEqual(['good']);
    expect(loaded.failed.map((f) => [f.name, f.line])).toEqual([['bad', 6]]);
  });

  it('reports YAML syntax errors with their position', () => {
    const loaded = loadManifest('version: 1\ndeployments:\n  chat: [unclosed\n', FILE);
    expect(loaded.failed[0].name).toBe(MANIFEST_ROW);
    expect(loaded.failed[0].errors[0].message).toMatch(/^YAML syntax/);
    expect(loaded.failed[0].errors[0].line).toBeGreaterThanOrEqual(3);
  });

  it('requires version 1 and deployments', () => {
    const errors = errorsOf('version: 2\nmodel: x\n');
    expect(errors.map((e) => e.message)).toEqual([
      '`version` must be 1, got number 2.',
      '`model` is not a top-level field (version, deployments, prices). Deployment fields go under `deployments: <name>:`.',
      '`deployments` is required: a mapping from deployment name to its fields.',
    ]);
  });

  it('needs a model or an architecture, and a GPU', () => {
    const errors = errorsOf(['version: 1', 'deployments:', '  empty:', '    engine: vllm'].join('\n'));
    expect(errors.map((e) => e.message)).toEqual([
      'Deployment "empty" needs `model` (a Hugging Face id), `config` (a config.json in the repository) or `architecture` (raw numbers).',
      'Deployment "empty" needs `gpu`: a catalog name such as L4, or {name, memory}.',
    ]);
  });

  it('rejects duplicate deployment names', () => {
    const errors = errorsOf(['version: 1', 'deployments:', '  a:', '    model: x', '  a:', '    model: y'].join('\n'));
    expect(errors[0].message).toMatch(/unique/i);
    expect(errors[0].line).toBe(5);
  });

  it('refuses a Hub model whose architecture it cannot size, naming it, and keeps the other deployments', () => {
    const answer = (id: string, config: Record<string, unknown>): [string, ModelAnswer] => [
      refKey({ kind: 'hub', id, revision: 'main' }),
      { model: { id, config, source: `https://huggingface.co/${id}/resolve/main/config.json`, notes: [] } },
    ];
    const models = new Map([
      answer('acme/rwkv-chat', { model_type: 'rwkv7', architectures: ['RWKV7ForCausalLM'], num_hidden_layers: 24, hidden_size: 2048, vocab_size: 65536 }),
      answer('acme/hybrid-chat', {
        model_type: 'granitemoehybrid', architectures: ['GraniteMoeHybridForCausalLM'], num_hidden_layers: 4, hidden_size: 1024, intermediate_size: 512,
        num_attention_heads: 8, num_key_value_heads: 2, vocab_size: 49152, layer_types: ['mamba', 'mamba', 'mamba', 'attention'], num_local_experts: 0,
        shared_intermediate_size: 2048, mamba_n_heads: 32, mamba_d_head: 64, mamba_d_state: 128, mamba_n_groups: 1, mamba_d_conv: 4, mamba_expand: 2,
      }),
    ]);
    const loaded = loadManifest(
      ['version: 1', 'deployments:', '  rwkv:', '    model: acme/rwkv-chat', '    gpu: L4', '  hybrid:', '    model: acme/hybrid-chat', '    engine: vllm', '    max_model_len: 8192', '    gpu: L4'].join('\n'),
      FILE,
      true,
      models,
    );
    expect(loaded.failed.map((f) => f.errors[0])).toEqual([
      expect.objectContaining({
        line: 4,
        message: expect.stringContaining('config.json describes RWKV7ForCausalLM (model_type "rwkv7"), an architecture gpu-fit has no sizing rules for.'),
      }),
    ]);
    expect(loaded.resolved.map((d) => d.name)).toEqual(['hybrid']);
    expect(loaded.resolved[0].input.model.architecture.recurrent?.kind).toBe('mamba2');
  });

  it('reads a multimodal wrapper as its decoder: traits of text_config.model_type, and a quantization_config kept there (Kimi-K2.5)', () => {
    // Kimi-K2.5's shape, shrunk: model_type kimi_k25 (no rules of its own) around a deepseek_v3 decoder whose
    // INT4 experts' compressed-tensors config sits in text_config, where vLLM looks for it too.
    const decoder = {
      model_type: 'deepseek_v3', hidden_size: 1024, intermediate_size: 2048, moe_intermediate_size: 256, num_hidden_layers: 4, num_attention_heads: 8,
      num_key_value_heads: 8, vocab_size: 32000, q_lora_rank: 256, kv_lora_rank: 128, qk_rope_head_dim: 32, qk_nope_head_dim: 64, v_head_dim: 64,
      n_routed_experts: 16, n_shared_experts: 1, num_experts_per_tok: 4, first_k_dense_replace: 1, max_position_embeddings: 8192, torch_dtype: 'bfloat16',
    };
    const int4 = { quant_method: 'compressed-tensors', ignore: ['lm_head', 're:.*self_attn.*', 're:.*shared_experts.*', 're:.*mlp\\.(gate|up|gate_up|down)_proj.*'], config_groups: { group_0: { targets: ['Linear'], weights: { num_bits: 4, type: 'int', group_size: 32, symmetric: true } } } };
    const answer = (id: string, config: Record<string, unknown>): [string, ModelAnswer] => [
      refKey({ kind: 'hub', id, revision: 'main' }),
      { model: { id, config, source: `https://huggingface.co/${id}/resolve/main/config.json`, notes: [] } },
    ];
    const models = new Map([
      answer('acme/k25-int4', { model_type: 'kimi_k25', architectures: ['KimiK25ForConditionalGeneration'], text_config: { ...decoder, quantization_config: int4 } }),
      answer('acme/k25-bf16', { model_type: 'kimi_k25', architectures: ['KimiK25ForConditionalGeneration'], text_config: decoder }),
    ]);
    const loaded = loadManifest(
      ['version: 1', 'deployments:', '  int4:', '    model: acme/k25-int4', '    engine: vllm', '    max_model_len: 4096', '    gpu: L4', '  bf16:', '    model: acme/k25-bf16', '    engine: vllm', '    max_model_len: 4096', '    gpu: L4'].join('\n'),
      FILE,
      true,
      models,
    );
    expect(loaded.failed).toEqual([]);
    const [int4Input, bf16Input] = loaded.resolved.map((d) => d.input);
    expect(int4Input.model.quantizationConfig).toEqual(int4);
    expect(bf16Input.model.quantizationConfig).toBeUndefined();
    // deepseek_v3's traits (the router's correction bias), not a Llama layout for an unknown kimi_k25
    expect(int4Input.model.architecture.traits.routerCorrectionBias).toBe(true);
    // The routed experts (3 MoE layers × 16 × gate/up/down 1024 × 256) in 4 bits with a BF16 scale per 32
    // (0.5625 bytes a weight) instead of 2 bytes; everything the `ignore` list names stays BF16.
    const weights = (input: typeof int4Input) => estimate(input).weights.bytes;
    const experts = 3 * 16 * 3 * 1024 * 256;
    expect((weights(bf16Input) - weights(int4Input)) / (experts * (2 - 0.5625))).toBeCloseTo(1, 2);
  });

  it('serves GGUF types with vLLM, and asks `quantization: gguf` for the file', () => {
    const ok = loadManifest('version: 1\ndeployments:\n  g:\n    model: meta-llama/Llama-3.1-8B-Instruct\n    engine: vllm\n    quantization: Q4_K_M\n    gpu: L4\n    max_model_len: 8192\n', FILE);
    expect(ok.failed).toEqual([]);
    expect(errorsOf('version: 1\ndeployments:\n  g:\n    model: meta-llama/Llama-3.1-8B-Instruct\n    engine: vllm\n    quantization: gguf\n    gpu: L4\n')[0].message).toMatch(
      /`quantization: gguf` needs the file: set `gguf_file`/,
    );
  });

  it('reads gguf_file only with a model repository and an engine that loads GGUF', () => {
    const messages = errorsOf('version: 1\ndeployments:\n  g:\n    gguf_file: model-q4_k_m.gguf\n    engine: sglang\n    architecture: {num_parameters: 1000000000, num_hidden_layers: 8, hidden_size: 1024}\n    gpu: L4\n    max_model_len: 4096\n').map((e) => e.message);
    expect(messages).toContain('`gguf_file` names a file of the `model` repository: set `model` to that Hub repository (org/name).');
    expect(messages.join(' ')).toMatch(/engine sglang does not load GGUF files/);
  });
});

