import { describe, expect, it } from 'vitest';
import { findModel } from '../../src/catalog/models.js';
import { findCatalogDir, readCatalog } from '../../src/catalog/provenance.js';

// Issue #9: the families teams deploy in 2026 resolve offline from the catalog. Each entry's
// parameter count is checked against its published total in models.test.ts.
describe('model catalog: 2026 families', () => {
  it.each([
    'meta-llama/Llama-4-Scout-17B-16E-Instruct',
    'meta-llama/Llama-4-Maverick-17B-128E-Instruct',
    'zai-org/GLM-4.5',
    'zai-org/GLM-4.5-Air',
    'zai-org/GLM-4.6',
    'zai-org/GLM-5',
    'moonshotai/Kimi-K2-Instruct-0905',
    'moonshotai/Kimi-K2-Thinking',
    'MiniMaxAI/MiniMax-M2',
    'MiniMaxAI/MiniMax-M2.1',
    'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
    'mistralai/Magistral-Small-2506',
    'mistralai/Magistral-Small-2507',
    'mistralai/Magistral-Small-2509',
    'mistralai/Devstral-Small-2505',
    'mistralai/Devstral-Small-2507',
    'deepseek-ai/DeepSeek-V3.1-Terminus',
    'deepseek-ai/DeepSeek-V3.2',
    'deepseek-ai/DeepSeek-V3.2-Exp',
    'Qwen/Qwen3-235B-A22B-Instruct-2507',
    'Qwen/Qwen3-30B-A3B-Instruct-2507',
    'Qwen/Qwen3-Coder-30B-A3B-Instruct',
    'Qwen/Qwen3-Coder-480B-A35B-Instruct',
  ])('%s', (id) => {
    expect('model' in findModel(id), id).toBe(true);
  });

  it('resolves a published FP8 variant to its base model with FP8 weights', () => {
    const hit = findModel('meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8');
    expect('model' in hit && hit.model.id).toBe('meta-llama/Llama-4-Maverick-17B-128E-Instruct');
    expect('model' in hit && hit.implied?.format).toBe('fp8');
  });

  it('cites every new entry by its Hub config and safetensors total', () => {
    // Sources stay in catalog/ (the code sees the figures alone). Issue #9's entries only: later ones
    // (GLM-4.7-Flash) cite the vendor's model table where no Hub total was read.
    const sourced = readCatalog(findCatalogDir()!)
      .filter((f) => f.file.startsWith('models/'))
      .flatMap((f) => (f.data as { models: Array<{ id: string; parameters: { source: string } }> }).models);
    const recent = sourced.filter((x) => /Llama-4|GLM-4\.[56]|GLM-5|MiniMax|Magistral|Devstral|V3\.2|2507|Coder-480B/.test(x.id));
    expect(recent.length).toBeGreaterThan(10);
    for (const m of recent) {
      expect(m.parameters.source, m.id).toMatch(/^https:\/\/huggingface\.co\/api\/models\//);
    }
  });
});

// Added after issue #9: Qwen3-VL, GLM-4.7, MiniMax-M2.5 and OLMo 3, resolved offline from the catalog.
// (Qwen3.5-27B/122B/397B are left out: their configs could not be read, and shapes fitted to a
// published size are not sources.)
describe('model catalog: later 2025–2026 releases', () => {
  it.each([
    'Qwen/Qwen3-VL-8B-Instruct',
    'Qwen/Qwen3-VL-30B-A3B-Instruct',
    'Qwen/Qwen3-VL-235B-A22B-Instruct',
    'Qwen/Qwen3-VL-235B-A22B-Thinking',
    'allenai/Olmo-3-7B-Instruct',
    'allenai/Olmo-3-32B-Think',
    'zai-org/GLM-4.7',
    'zai-org/GLM-4.7-Flash',
    'MiniMaxAI/MiniMax-M2.5',
  ])('%s', (id) => {
    expect('model' in findModel(id), id).toBe(true);
  });
});
