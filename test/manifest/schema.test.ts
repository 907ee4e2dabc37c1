import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_MANIFEST_GLOBS } from '../../src/constants.js';
import { findManifests } from '../../src/manifest/discover.js';
import { DEPLOYMENT_FIELDS } from '../../src/manifest/fields.js';
import { manifestJsonSchema } from '../../src/manifest/schema.js';
import { ROOT } from '../helpers/run-action.js';

describe('published JSON Schema', () => {
  it('is the schema the validator is built from (run `npm run schema` after changing fields)', async () => {
    const published = JSON.parse(await readFile(join(ROOT, 'schema/gpu-fit.schema.json'), 'utf8'));
    expect(published).toEqual(manifestJsonSchema());
  });

  it('describes every deployment field and refuses unknown ones', () => {
    const schema = manifestJsonSchema() as { properties: { deployments: { additionalProperties: { properties: object; additionalProperties: boolean } } } };
    const deployment = schema.properties.deployments.additionalProperties;
    expect(Object.keys(deployment.properties).sort()).toEqual(Object.keys(DEPLOYMENT_FIELDS).sort());
    expect(deployment.additionalProperties).toBe(false);
  });
});

describe('every manifest the repository ships', () => {
  it('is valid against the published schema (examples and fixtures: `from:`, GGUF types, config)', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'schema/gpu-fit.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const files = (await findManifests(ROOT, DEFAULT_MANIFEST_GLOBS)).filter((f) => !f.startsWith('dist/'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const invalid = [];
    for (const file of files) {
      if (!validate(parse(await readFile(join(ROOT, file), 'utf8')))) invalid.push({ file, errors: validate.errors });
    }
    expect(invalid).toEqual([]);
  });

  it('refuses what the validator refuses: no model at all, architecture with model, no GPU without from', () => {
    const validate = new Ajv({ strict: false }).compile(manifestJsonSchema());
    const with_ = (deployment: object) => validate({ version: 1, deployments: { d: deployment } });
    expect(with_({ model: 'x', gpu: 'L4' })).toBe(true);
    expect(with_({ model: 'x', quantization: 'q4_k_m', gpu: 'L4' })).toBe(true);
    expect(with_({ from: 'k8s.yaml' })).toBe(true);
    expect(with_({ gpu: 'L4' })).toBe(false);
    expect(with_({ model: 'x', architecture: { num_parameters: 1, num_hidden_layers: 1, hidden_size: 1 }, gpu: 'L4' })).toBe(false);
    expect(with_({ model: 'x' })).toBe(false);
    expect(with_({ model: 'x', quantization: 'Q9_Z', gpu: 'L4' })).toBe(false);
  });
});

