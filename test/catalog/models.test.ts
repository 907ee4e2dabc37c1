import { describe, expect, it } from 'vitest';
import { findModel, MODELS } from '../../src/catalog/models.js';
import { findCatalogDir, readCatalog } from '../../src/catalog/provenance.js';
import { normalizeConfig } from '../../src/core/architecture.js';
import { countParameters } from '../../src/core/parameters.js';

interface SourcedModel {
  id: string;
  config_source: string;
  parameters: { source: string };
}

function catalogModels(): SourcedModel[] {
  return readCatalog(findCatalogDir()!)
    .filter((f) => f.file.startsWith('models/'))
    .flatMap((f) => (f.data as { models: SourcedModel[] }).models);
}

describe('model catalog', () => {
  it('holds at least the families issue #3 names', () => {
    expect(MODELS.length).toBeGreaterThanOrEqual(25);
    for (const id of [
      'meta-llama/Llama-3.2-1B-Instruct',
      'meta-llama/Llama-3.1-405B-Instruct',
      'Qwen/Qwen2.5-0.5B-Instruct',
      'Qwen/Qwen2.5-72B-Instruct',
      'Qwen/Qwen3-8B',
      'Qwen/Qwen3-30B-A3B',
      'mistralai/Mistral-7B-Instruct-v0.3',
      'mistralai/Mixtral-8x7B-Instruct-v0.1',
      'google/gemma-2-9b-it',
      'microsoft/Phi-3-mini-4k-instruct',
      'microsoft/phi-4',
      'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
      'openai/gpt-oss-20b',
    ]) {
      expect('model' in findModel(id), id).toBe(true);
    }
  });

  it('gives every model a config source and a parameter source', () => {
    // Sources stay in catalog/models (see test/catalog/sources.test.ts for their form); the code sees the figures.
    const sourced = new Map(catalogModels().map((m) => [m.id, m]));
    for (const m of MODELS) {
      expect(sourced.get(m.id)?.config_source, m.id).toMatch(/^https:\/\/huggingface\.co\/.+\/config\.json$/);
      expect(sourced.get(m.id)?.parameters.source, m.id).not.toBe('');
      expect(m.parameters.published, m.id).toBeGreaterThan(0);
    }
    expect(sourced.size).toBe(MODELS.length);
  });

  it('has no id or alias twice', () => {
    const seen = new Set<string>();
    for (const m of MODELS) {
      for (const id of [m.id, ...(m.aliases ?? [])]) {
        expect(seen.has(id.toLowerCase()), id).toBe(false);
        seen.add(id.toLowerCase());
      }
    }
  });

  // The count comes from the architecture (embeddings, attention with its real heads, MLP or
  // experts, norms, output head, encoders); the published figure comes from the checkpoint or
  // the model card. Tensors a checkpoint stores but a server does not load are listed per model.
  describe.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, model) => {
    it('counts parameters within 0.5% of the published total', () => {
      const counted = countParameters(normalizeConfig(model.config, { catalog: true })).total;
      const notLoaded = Object.values(model.parameters.not_loaded ?? {}).reduce((a, b) => a + b, 0);
      const expected = model.parameters.published - notLoaded;
      // A total published rounded ("80B") only pins the count to half its last unit.
      const allowed = Math.max(0.005, (model.parameters.precision ?? 0) / 2 / expected);
      const error = Math.abs(counted - expected) / expected;
      expect(error, `counted ${counted}, published ${expected}`).toBeLessThanOrEqual(allowed);
    });
  });

  it('holds the hybrid families issue #9 names', () => {
    for (const id of [
      'Qwen/Qwen3-Next-80B-A3B-Instruct',
      'Qwen/Qwen3-Next-80B-A3B-Thinking',
      'ibm-granite/granite-4.0-h-small',
      'ibm-granite/granite-4.0-h-tiny',
      'ibm-granite/granite-4.0-h-micro',
      'nvidia/NVIDIA-Nemotron-Nano-9B-v2',
      'ai21labs/AI21-Jamba-Mini-1.7',
      'LiquidAI/LFM2-1.2B',
    ]) {
      const hit = findModel(id);
      expect('model' in hit && normalizeConfig(hit.model.config, { catalog: true }).recurrent, id).toBeTruthy();
    }
  });

  it('takes granite-4.0-micro, the hybrid class with attention in every layer, as a plain transformer', () => {
    const hit = findModel('ibm-granite/granite-4.0-micro');
    expect('model' in hit && normalizeConfig(hit.model.config, { catalog: true }).recurrent).toBeUndefined();
  });

  it('finds models case-insensitively and by their old names', () => {
    const hit = findModel('META-LLAMA/META-LLAMA-3.1-8B-INSTRUCT');
    expect('model' in hit && hit.model.id).toBe('meta-llama/Llama-3.1-8B-Instruct');
  });

  it('suggests the full id when the organisation is missing', () => {
    const miss = findModel('Llama-3.1-8B-Instruct');
    expect('error' in miss && miss.suggestions).toContain('meta-llama/Llama-3.1-8B-Instruct');
  });

  it('suggests near misses', () => {
    const miss = findModel('Qwen/Qwen2.5-7B-Instrut');
    expect('error' in miss && miss.error).toMatch(/Did you mean "Qwen\/Qwen2\.5-7B-Instruct"/);
  });
});
