// The model catalog (catalog/models/*.json): config.json facts of popular open models by
// Hugging Face id and the published parameter total. The figures come without their sources
// (scripts/catalog-figures.mjs merges every file of catalog/models/); catalog/ keeps the URLs.

import data from './figures/models.json' with { type: 'json' };
import { normalizeConfig, type Architecture, type HfConfig } from '../core/architecture.js';
import { closest, didYouMean, shortText } from '../core/suggest.js';
import { impliedQuantization, type ImpliedQuantization } from './quantized.js';

export interface CatalogModel {
  id: string;
  aliases?: string[];
  config: HfConfig;
  /** precision: the unit the published figure is rounded to ("80B" → 1e9), where the source gives no exact count. */
  parameters: { published: number; precision?: number; not_loaded?: Record<string, number> };
}

export const MODELS: readonly CatalogModel[] = (data as unknown as { models: CatalogModel[] }).models;

const INDEX = new Map<string, CatalogModel>();
for (const model of MODELS) {
  for (const id of [model.id, ...(model.aliases ?? [])]) INDEX.set(id.toLowerCase(), model);
}

export type ModelLookup = { model: CatalogModel; implied?: ImpliedQuantization } | { error: string; suggestions: string[] };

/** Hugging Face names an organisation and a repository with at most 96 characters each (and a revision or GGUF tag after them). */
const MAX_MODEL_ID_LENGTH = 256;

export function findModel(id: string): ModelLookup {
  if (id.length > MAX_MODEL_ID_LENGTH) {
    return { error: `Model "${shortText(id)}" is ${id.length.toLocaleString('en-US')} characters long: a Hugging Face id is org/name, each part at most 96 characters.`, suggestions: [] };
  }
  const hit = INDEX.get(id.toLowerCase());
  if (hit) return { model: hit };
  // A quantized repository of a catalog model: the base model, with the format its name implies.
  const implied = impliedQuantization(id);
  if (implied) {
    const base = MODELS.find((m) => [m.id, ...(m.aliases ?? [])].some((a) => a.slice(a.indexOf('/') + 1).toLowerCase() === implied.baseName.toLowerCase()));
    if (base) return { model: base, implied };
  }
  const ids = MODELS.map((m) => m.id);
  // "Llama-3.1-8B-Instruct" without its organisation, or a near miss of the name part.
  const bare = id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
  const byName = MODELS.filter((m) => [m.id, ...(m.aliases ?? [])].some((a) => a.toLowerCase().endsWith(`/${bare.toLowerCase()}`)));
  const suggestions = byName.length > 0 ? byName.map((m) => m.id) : closest(id, ids, 3);
  return {
    error: `Model "${shortText(id)}" is not in the built-in catalog.${didYouMean(suggestions)} Or describe it with \`architecture:\` (num_parameters, num_hidden_layers, hidden_size, ...).`,
    suggestions,
  };
}

const ARCHITECTURES = new Map<CatalogModel, Architecture>();

/** A catalog model's architecture, normalised once. */
export function architectureOf(model: CatalogModel): Architecture {
  let arch = ARCHITECTURES.get(model);
  if (!arch) {
    arch = normalizeConfig(model.config, { catalog: true });
    ARCHITECTURES.set(model, arch);
  }
  return arch;
}
