// Ollama library names (llama3.1, qwen2.5:14b, gemma3:12b-it-q8_0) → the Hugging Face model
// each quantizes and its GGUF type, from catalog/ollama.json.

import library from '../catalog/figures/ollama.json' with { type: 'json' };
import { normalizeFtype } from '../core/gguf.js';

interface LibraryModel {
  name: string;
  default: string | null;
  sizes: Record<string, string>;
}

const MODELS = library.models as unknown as LibraryModel[];

export function ollamaModel(reference: string): { model: string; quantization: string } | { error: string } {
  const ref = reference.replace(/^(?:registry\.ollama\.ai\/)?(?:library\/)?/, '');
  const [name, tag = 'latest'] = ref.split(':');
  const entry = MODELS.find((m) => m.name === name.toLowerCase());
  if (!entry) {
    return { error: `Ollama model "${reference}" is not in gpu-fit's list of the Ollama library: name it in a gpu-fit manifest with \`from:\` this file and \`model:\` (a Hugging Face id).` };
  }
  const parts = tag === 'latest' ? [] : tag.toLowerCase().split('-');
  const size = parts.find((p) => p in entry.sizes) ?? entry.default;
  const model = size ? entry.sizes[size] : undefined;
  if (!model) return { error: `Ollama model "${reference}": say which size (${Object.keys(entry.sizes).join(', ')}).` };
  const typed = parts.map((p) => (p === 'fp16' ? 'F16' : p.toUpperCase())).find((p) => normalizeFtype(p));
  return { model, quantization: typed ?? library.default_quantization.type };
}
