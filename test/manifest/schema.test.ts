import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
