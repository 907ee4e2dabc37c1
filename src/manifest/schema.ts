// The manifest's JSON Schema, generated from the same field declarations the validator uses.
// Published as schema/gpu-fit.schema.json for editors (a test keeps the file in step).

import { MEMORY_UNITS } from '../core/units.js';
import { GGUF_FTYPES } from '../core/gguf.js';
import { QUANTIZATION_NAMES } from '../core/quantization.js';
import { DEPLOYMENT_FIELDS, MANIFEST_VERSION, type FieldSpec } from './fields.js';

/** Stable address of the published schema: editors and SchemaStore resolve it from the main branch. */
export const SCHEMA_ID = 'https://raw.githubusercontent.com/gpu-fit/gpu-fit/main/schema/gpu-fit.schema.json';

type Json = Record<string, unknown>;

/** A regular expression matching `word` in any case (JSON Schema patterns have no flags). */
function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c === '_' ? '[_-]' : c)).join('');
}

/** GGUF types as the validator reads them (normalizeFtype): any case, `-` for `_`, an optional "GGUF " before. */
const GGUF_PATTERN = `^(${anyCase('gguf')}[\\s_-]*)?(${GGUF_FTYPES.map(anyCase).join('|')})$`;

function fieldSchema(spec: FieldSpec): Json {
  switch (spec.kind) {
    case 'string':
      return { type: 'string', minLength: 1, description: spec.description };
    case 'enum': {
      const values = [...spec.values, ...Object.keys(spec.aliases ?? {})];
      return { enum: spec.nullable ? [...values, null] : values, description: spec.description };
    }
    case 'integer':
      return spec.humanReadable
        ? {
            anyOf: [
              { type: 'integer', minimum: spec.min, ...(spec.max !== undefined ? { maximum: spec.max } : {}) },
              { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?[kKmMgG]$' },
              ...(spec.auto ? [{ const: 'auto' }, { const: -1 }] : []),
            ],
            description: `${spec.description} Accepts 8k (8000) and 8K (8192).`,
          }
        : { type: 'integer', minimum: spec.min, ...(spec.max !== undefined ? { maximum: spec.max } : {}), description: spec.description };
    case 'number':
      return {
        type: 'number',
        ...(spec.exclusiveMin ? { exclusiveMinimum: spec.min } : { minimum: spec.min }),
        maximum: spec.max,
        description: spec.description,
      };
    case 'boolean':
      return { type: 'boolean', description: spec.description };
    case 'count':
      return {
        anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*[kKmMbBtT]?$' }],
        description: spec.description,
      };
    case 'quantization':
      return { anyOf: [{ type: 'null' }, { enum: QUANTIZATION_NAMES }, { type: 'string', pattern: GGUF_PATTERN }], description: spec.description };
    case 'gpu':
      return {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
              name: { type: 'string', minLength: 1 },
              memory: {
                type: 'string',
                pattern: `^[0-9]+(\\.[0-9]+)?\\s*(${MEMORY_UNITS.join('|')})$`,
                description: 'Memory of one GPU with its unit, e.g. "47.5 GiB".',
              },
            },
          },
        ],
        description: spec.description,
      };
    case 'object':
      return {
        type: 'object',
        additionalProperties: false,
        required: [...spec.required],
        properties: Object.fromEntries(Object.entries(spec.fields).map(([k, v]) => [k, fieldSchema(v)])),
        description: spec.description,
      };
  }
}

export function manifestJsonSchema(): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'gpu-fit manifest',
    description: 'LLM deployments and the GPUs they target, checked by the gpu-fit action.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'deployments'],
    properties: {
      version: { const: MANIFEST_VERSION, description: 'Manifest format version.' },
      prices: {
        type: 'array',
        description: "Your own $/hour rates for the cost lines of this manifest's deployments; they replace catalog/prices.json for the GPUs they name.",
        items: {
          type: 'object',
          required: ['gpu'],
          additionalProperties: false,
          properties: {
            gpu: { type: 'string', description: 'GPU name from the catalog.' },
            gpus: { type: 'integer', minimum: 1, description: 'GPUs the rate is for (default 1).' },
            usd_per_hour: { type: 'number', exclusiveMinimum: 0, description: 'US dollars per hour for `gpus` GPUs.' },
            usd_per_gpu_hour: { type: 'number', exclusiveMinimum: 0, description: 'US dollars per GPU-hour (instead of usd_per_hour).' },
            instance_type: { type: 'string', description: 'Cloud instance type the rate is for.' },
            source: { type: 'string', description: 'Where the rate comes from.' },
            as_of: { type: 'string', description: 'Date of the rate.' },
          },
        },
      },
      deployments: {
        type: 'object',
        minProperties: 1,
        description: 'Deployments by name.',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          // As the validator reads a deployment: a model from `model`, `config`, `architecture` or
          // the deployment file `from` names; `architecture` alone; a GPU unless `from` gives it.
          allOf: [
            { anyOf: [{ required: ['model'] }, { required: ['config'] }, { required: ['architecture'] }, { required: ['from'] }] },
            { not: { required: ['architecture', 'model'] } },
            { not: { required: ['architecture', 'config'] } },
            { anyOf: [{ required: ['gpu'] }, { required: ['from'] }] },
          ],
          properties: Object.fromEntries(Object.entries(DEPLOYMENT_FIELDS).map(([k, v]) => [k, fieldSchema(v)])),
        },
      },
    },
  };
}
