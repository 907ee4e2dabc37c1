// Checks a parsed manifest against the field declarations. It reports every problem it finds
// (unknown field, wrong type, out-of-range value) with its position and a "did you mean", and
// keeps the deployments that are valid so one mistake does not hide the others.

import { parsePrices } from '../catalog/prices.js';
import type { GpuPrice } from '../core/plan/cost.js';
import { closest, didYouMean } from '../core/suggest.js';
import { isKnownQuantization, QUANTIZATION_NAMES } from '../core/quantization.js';
import { GB, parseCount, parseMemory } from '../core/units.js';
import {
  DEPLOYMENT_FIELDS,
  MANIFEST_VERSION,
  TOP_LEVEL_FIELDS,
  type FieldSpec,
} from './fields.js';
import { describe, type ManifestError, type Position, type YamlValue } from './parse.js';

/** The least memory a `gpu:` may have: no GPU that serves a model has less (the smallest MIG slice is 5 GB). */
const MIN_GPU_MEMORY_BYTES = GB;

/** A GPU as written: a catalog name, or a custom card with its memory. */
export type GpuDecl = { name: string; memoryBytes?: number };

export interface Located<T> {
  value: T;
  pos: Position;
}

export interface DeploymentDecl {
  name: string;
  pos: Position;
  /** Valid fields by manifest name; values are converted (bytes, counts, canonical enum names). */
  fields: Record<string, Located<unknown>>;
  /** False only for the CLI's estimate command, which may run without a GPU. */
  requireGpu: boolean;
  /** Said of the deployment by where it came from (a deployment file's flags). */
  notes?: string[];
}

export interface DeploymentResult {
  name: string;
  pos: Position;
  /** The fields that validated, so lookups can report their own problems too; null if not a mapping. */
  decl: DeploymentDecl | null;
  errors: ManifestError[];
  /** `from:` a deployment file: the entry completes that file's deployment (checked once merged). */
  from?: { path: Located<string>; workload?: Located<string>; node: YamlValue };
}

export interface ValidatedManifest {
  deployments: DeploymentResult[];
  /** `prices:` the manifest's own $/hour rates for its deployments' cost lines. */
  prices?: GpuPrice[];
  /** Problems outside any one deployment (version, layout). */
  errors: ManifestError[];
}

function error(pos: Position, message: string): ManifestError {
  return { ...pos, message };
}

/** vLLM's human-readable integers: 8k = 8000, 8K = 8192 (vllm/engine/arg_utils.py human_readable_int). */
function humanReadableInt(text: string): number | undefined {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgG]?)\s*$/.exec(text);
  if (!match) return undefined;
  const suffix = match[2];
  const decimal = { k: 1e3, m: 1e6, g: 1e9 } as Record<string, number>;
  const binary = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>;
  const scale = suffix === '' ? 1 : (decimal[suffix] ?? binary[suffix]);
  const value = Number(match[1]) * scale;
  return Number.isInteger(value) ? value : undefined;
}

function validateField(
  name: string,
  spec: FieldSpec,
  node: YamlValue,
  errors: ManifestError[],
): unknown {
  const where = `\`${name}\``;
  const fail = (message: string): undefined => {
    errors.push(error(node.pos, message));
    return undefined;
  };
  const scalar = node.type === 'scalar' ? node.value : undefined;

  switch (spec.kind) {
    case 'string': {
      if (typeof scalar === 'string' && scalar.trim() !== '') return scalar.trim();
      if (typeof scalar === 'number') {
        // YAML reads an unquoted 0.10 as the number 0.1: a version or revision must be quoted to keep its digits.
        return fail(`${where} is the number ${scalar}: YAML reads unquoted versions as numbers (0.10 becomes 0.1). Quote it: ${name}: "${scalar}" (or the version you meant, e.g. "0.10").`);
      }
      return fail(`${where} must be text, got ${describe(node)}.`);
    }
    case 'enum': {
      if (scalar === null && spec.nullable) return null;
      if (typeof scalar !== 'string') return fail(`${where} must be one of ${spec.values.join(', ')}; got ${describe(node)}.`);
      const lower = scalar.toLowerCase();
      const hit = spec.values.find((v) => v.toLowerCase() === lower) ?? spec.aliases?.[lower];
      if (hit) return hit;
      return fail(
        `${where} "${scalar}" is not one of ${spec.values.join(', ')}.` +
          didYouMean(closest(scalar, [...spec.values, ...Object.keys(spec.aliases ?? {})], 1)),
      );
    }
    case 'integer': {
      let value = scalar;
      // vLLM's --max-model-len auto / -1: the longest context that fits (#29431).
      if (spec.auto && (value === -1 || (typeof value === 'string' && value.trim().toLowerCase() === 'auto'))) return 'auto';
      if (typeof value === 'string' && spec.humanReadable) value = humanReadableInt(value) ?? value;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return fail(`${where} must be a whole number, got ${describe(node)}.`);
      }
      // 1e308 is a whole number to JavaScript: past 2^53 integers are no longer exact, and no setting needs them.
      if (!Number.isSafeInteger(value)) return fail(`${where} is ${value}, beyond any real setting: write a whole number below ${Number.MAX_SAFE_INTEGER}.`);
      if (value < spec.min) return fail(`${where} must be at least ${spec.min}, got ${value}.`);
      if (spec.max !== undefined && value > spec.max) return fail(`${where} must be at most ${spec.max}, got ${value}.`);
      return value;
    }
    case 'number': {
      if (typeof scalar !== 'number' || !Number.isFinite(scalar)) return fail(`${where} must be a number, got ${describe(node)}.`);
      const tooLow = spec.exclusiveMin ? scalar <= spec.min : scalar < spec.min;
      if (tooLow || scalar > spec.max) {
        return fail(`${where} must be ${spec.exclusiveMin ? 'above' : 'at least'} ${spec.min} and at most ${spec.max}, got ${scalar}.`);
      }
      return scalar;
    }
    case 'boolean': {
      if (typeof scalar === 'boolean') return scalar;
      return fail(`${where} must be true or false, got ${describe(node)}.`);
    }
    case 'count': {
      if (typeof scalar !== 'number' && typeof scalar !== 'string') return fail(`${where} must be a number such as 7.0e9 or "7B", got ${describe(node)}.`);
      try {
        const value = parseCount(scalar);
        if (!(value > 0)) return fail(`${where} must be positive, got ${describe(node)}.`);
        if (!Number.isSafeInteger(value)) return fail(`${where} is ${value}, beyond any model (the largest have about 2e12 parameters).`);
        return value;
      } catch (e) {
        return fail(`${where}: ${(e as Error).message}.`);
      }
    }
    case 'quantization': {
      if (scalar === null || scalar === false) return null;
      if (typeof scalar !== 'string') return fail(`${where} must be a format name such as fp8, awq or gptq, got ${describe(node)}.`);
      if (scalar.toLowerCase() === 'none') return null;
      if (!isKnownQuantization(scalar)) {
        return fail(`${where} "${scalar}" is not a known format.` + didYouMean(closest(scalar, QUANTIZATION_NAMES, 2)));
      }
      return scalar.toLowerCase();
    }
    case 'gpu':
      return validateGpu(node, errors);
    case 'object': {
      if (node.type !== 'map') return fail(`${where} must be a mapping of ${Object.keys(spec.fields).join(', ')}; got ${describe(node)}.`);
      return validateMap(node, spec.fields, spec.required, `${name}.`, errors);
    }
  }
}

function validateGpu(node: YamlValue, errors: ManifestError[]): GpuDecl | undefined {
  if (node.type === 'scalar') {
    if (typeof node.value === 'string' && node.value.trim() !== '') return { name: node.value.trim() };
    errors.push(error(node.pos, `\`gpu\` must be a GPU name such as L4 or H100, or {name, memory}; got ${describe(node)}.`));
    return undefined;
  }
  if (node.type !== 'map') {
    errors.push(error(node.pos, '`gpu` must be a GPU name or a mapping {name, memory}.'));
    return undefined;
  }
  const before = errors.length;
  let name: string | undefined;
  let memoryBytes: number | undefined;
  for (const entry of node.entries) {
    if (entry.key === 'name') {
      if (entry.value.type === 'scalar' && typeof entry.value.value === 'string' && entry.value.value.trim()) {
        name = entry.value.value.trim();
      } else errors.push(error(entry.value.pos, '`gpu.name` must be text.'));
    } else if (entry.key === 'memory') {
      const value = entry.value.type === 'scalar' ? entry.value.value : undefined;
      if (typeof value === 'number') {
        errors.push(error(entry.value.pos, `\`gpu.memory\` needs a unit: write "${value} GiB" (as nvidia-smi and vLLM print) or "${value} GB" (as spec sheets print).`));
      } else if (typeof value === 'string') {
        try {
          memoryBytes = parseMemory(value);
          if (memoryBytes <= 0) errors.push(error(entry.value.pos, '`gpu.memory` must be positive.'));
          else if (memoryBytes < MIN_GPU_MEMORY_BYTES) {
            // "24 MB" for "24 GB": the smaller unit by mistake gives a GPU nothing fits, said as undersized.
            const larger = /^(.*?)\s*(MiB|MB)\s*$/i.exec(value);
            const hint = larger ? ` Did you mean "${larger[1]} ${larger[2].toLowerCase() === 'mib' ? 'GiB' : 'GB'}"?` : '';
            errors.push(error(entry.value.pos, `\`gpu.memory\`: "${value}" is below any GPU gpu-fit checks (at least 1 GB).${hint}`));
          }
        } catch (e) {
          errors.push(error(entry.value.pos, `\`gpu.memory\`: ${(e as Error).message}.`));
        }
      } else errors.push(error(entry.value.pos, '`gpu.memory` must be a size with its unit, e.g. "47.5 GiB".'));
    } else {
      errors.push(error(entry.keyPos, `\`gpu.${entry.key}\` is not a field of gpu (name, memory).` + didYouMean(closest(entry.key, ['name', 'memory'], 1))));
    }
  }
  if (name === undefined && errors.length === before) errors.push(error(node.pos, '`gpu` needs a `name`.'));
  if (errors.length > before) return undefined;
  return { name: name!, memoryBytes };
}

function validateMap(
  node: Extract<YamlValue, { type: 'map' }>,
  fields: Record<string, FieldSpec>,
  required: readonly string[],
  prefix: string,
  errors: ManifestError[],
): Record<string, Located<unknown>> {
  const values: Record<string, Located<unknown>> = {};
  for (const entry of node.entries) {
    const spec = fields[entry.key];
    if (!spec) {
      errors.push(
        error(entry.keyPos, `\`${prefix}${entry.key}\` is not a known field.` + didYouMean(closest(entry.key, Object.keys(fields), 1).map((f) => prefix + f))),
      );
      continue;
    }
    const value = validateField(prefix + entry.key, spec, entry.value, errors);
    if (value !== undefined) values[entry.key] = { value, pos: entry.value.pos };
  }
  for (const key of required) {
    if (!(key in values) && !node.entries.some((e) => e.key === key)) {
      errors.push(error(node.pos, `\`${prefix}${key}\` is required.`));
    }
  }
  return values;
}

export function validateDeployment(name: string, keyPos: Position, node: YamlValue, requireGpu: boolean): DeploymentResult {
  const errors: ManifestError[] = [];
  if (node.type !== 'map') {
    errors.push(error(node.pos, `Deployment "${name}" must be a mapping of fields (model, engine, gpu, ...), got ${describe(node)}.`));
    return { name, pos: keyPos, decl: null, errors };
  }
  const fields = validateMap(node, DEPLOYMENT_FIELDS, [], '', errors);
  const has = (key: string) => node.entries.some((e) => e.key === key);
  const from = fields.from as Located<string> | undefined;
  if (from) {
    // The rest comes from the deployment file; checked when merged with it.
    const workload = fields.workload as Located<string> | undefined;
    return { name, pos: keyPos, decl: null, errors: [], from: { path: from, workload, node } };
  }
  if (has('workload')) errors.push(error(keyPos, `Deployment "${name}" has \`workload\` without \`from\`: name the deployment file it picks from.`));
  if (!has('model') && !has('config') && !has('architecture')) {
    errors.push(error(keyPos, `Deployment "${name}" needs \`model\` (a Hugging Face id), \`config\` (a config.json in the repository) or \`architecture\` (raw numbers).`));
  } else if (has('architecture') && (has('model') || has('config'))) {
    errors.push(error(keyPos, `Deployment "${name}" has both \`${has('model') ? 'model' : 'config'}\` and \`architecture\`: keep one.`));
  }
  if (requireGpu && !node.entries.some((e) => e.key === 'gpu')) {
    errors.push(error(keyPos, `Deployment "${name}" needs \`gpu\`: a catalog name such as L4, or {name, memory}.`));
  }
  return { name, pos: keyPos, decl: { name, pos: keyPos, fields, requireGpu }, errors };
}

export function validateManifest(root: YamlValue | null, file: string, requireGpu = true): ValidatedManifest {
  const start: Position = { file, line: 1, column: 1 };
  if (!root || root.type !== 'map') {
    return {
      deployments: [],
      errors: [error(root?.pos ?? start, 'A gpu-fit manifest is a mapping with `version: 1` and `deployments:`.')],
    };
  }
  const errors: ManifestError[] = [];
  const version = root.entries.find((e) => e.key === 'version');
  if (!version) errors.push(error(root.pos, '`version` is required: add `version: 1` at the top.'));
  else if (version.value.type !== 'scalar' || version.value.value !== MANIFEST_VERSION) {
    errors.push(error(version.value.pos, `\`version\` must be ${MANIFEST_VERSION}, got ${describe(version.value)}.`));
  }
  for (const entry of root.entries) {
    if (!(TOP_LEVEL_FIELDS as readonly string[]).includes(entry.key)) {
      const hint = entry.key in DEPLOYMENT_FIELDS ? ' Deployment fields go under `deployments: <name>:`.' : didYouMean(closest(entry.key, TOP_LEVEL_FIELDS, 1));
      errors.push(error(entry.keyPos, `\`${entry.key}\` is not a top-level field (version, deployments, prices).${hint}`));
    }
  }
  const pricesEntry = root.entries.find((e) => e.key === 'prices');
  let prices: GpuPrice[] | undefined;
  if (pricesEntry) {
    try {
      prices = parsePrices({ prices: plain(pricesEntry.value) }, `${file}:${pricesEntry.keyPos.line}`);
    } catch (e) {
      errors.push(error(pricesEntry.value.pos, `\`prices\`: ${(e as Error).message}`));
    }
  }
  const deploymentsEntry = root.entries.find((e) => e.key === 'deployments');
  if (!deploymentsEntry) {
    errors.push(error(root.pos, '`deployments` is required: a mapping from deployment name to its fields.'));
    return { deployments: [], errors };
  }
  const node = deploymentsEntry.value;
  if (node.type !== 'map') {
    errors.push(error(node.pos, `\`deployments\` must be a mapping from deployment name to its fields, got ${describe(node)}.`));
    return { deployments: [], errors };
  }
  if (node.entries.length === 0) errors.push(error(node.pos, '`deployments` is empty.'));
  return { deployments: node.entries.map((e) => validateDeployment(e.key, e.keyPos, e.value, requireGpu)), errors, ...(prices ? { prices } : {}) };
}

/** A YAML value as plain data (for `prices:`, read by the price file's own parser). */
function plain(value: YamlValue): unknown {
  if (value.type === 'scalar') return value.value;
  if (value.type === 'seq') return value.items.map(plain);
  return Object.fromEntries(value.entries.map((e) => [e.key, plain(e.value)]));
}
