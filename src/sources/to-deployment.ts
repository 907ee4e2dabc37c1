// A deployment found in a deployment file, as a validated gpu-fit deployment: its fields become
// a manifest entry written where the flags and labels were, so every check and message of a
// manifest applies. A manifest's `from:` entry completes or overrides it field by field.

import type { ManifestError, Position, YamlValue } from '../manifest/parse.js';
import { validateDeployment, type DeploymentResult } from '../manifest/validate.js';
import type { SourceDeployment } from './extract.js';
import type { SourceField } from './server-fields.js';
import { entries } from './yaml-tree.js';

/** Fields whose values stay text even when they look like numbers ("0.8" is a version). */
const TEXT_FIELDS = new Set(['model', 'revision', 'gpu', 'engine', 'engine_version', 'quantization', 'kv_cache_dtype', 'dtype', 'config']);

function scalar(key: string, value: SourceField['value'], pos: Position): YamlValue {
  if (typeof value === 'object') {
    return { type: 'map', pos, entries: Object.entries(value).map(([k, v]) => ({ key: k, keyPos: pos, value: { type: 'scalar', value: v, pos } })) };
  }
  const numeric = typeof value === 'string' && !TEXT_FIELDS.has(key) && /^-?\d+(?:\.\d+)?(?:e\d+)?$/i.test(value.trim());
  return { type: 'scalar', value: numeric ? Number(value) : value, pos };
}

export interface Override {
  name: string;
  keyPos: Position;
  node: YamlValue;
}

export function sourceDeploymentResult(source: SourceDeployment, override?: Override): DeploymentResult {
  const own = entries(override?.node).filter((e) => e.key !== 'from' && e.key !== 'workload');
  const set = new Set(own.map((e) => e.key));
  const settled = (field: SourceDeployment['problems'][number]['field']) =>
    field === 'gpu' ? set.has('gpu') : field === 'engine' ? set.has('engine') : field === 'model' ? set.has('model') || set.has('config') || set.has('architecture') : false;
  const open = source.problems.filter((p) => !settled(p.field));
  const node: YamlValue = {
    type: 'map',
    pos: source.pos,
    entries: [
      ...source.fields.filter((f) => !set.has(f.key)).map((f) => ({ key: f.key, keyPos: f.pos, value: scalar(f.key, f.value, f.pos) })),
      ...own,
    ],
  };
  const name = override?.name ?? source.name;
  const keyPos = override?.keyPos ?? source.pos;
  const result = validateDeployment(name, keyPos, node, !open.some((p) => p.field === 'gpu') && !(source.unread && open.length > 0));
  // Say which flag or label a message is about; drop "needs model" where the file's own problem says why.
  const labels = new Map(source.fields.map((f) => [`${f.pos.file}:${f.pos.line}:${f.pos.column}:${f.key}`, f.label]));
  const errors: ManifestError[] = result.errors
    .filter((e) => !(open.some((p) => p.field === 'model') && e.message.startsWith(`Deployment "${name}" needs \`model\``)))
    .map((e) => {
      const field = source.fields.find((f) => f.pos.file === e.file && f.pos.line === e.line && f.pos.column === e.column && !set.has(f.key));
      const label = field ? labels.get(`${e.file}:${e.line}:${e.column}:${field.key}`) : undefined;
      return label ? { ...e, message: `${label}: ${e.message}` } : e;
    });
  errors.push(...open.map((p) => ({ ...p.pos, message: p.message })));
  const notes = [...source.notes, ...(override ? [`Serving flags from ${source.file} (${source.name}); the manifest sets ${[...set].join(', ') || 'nothing else'}.`] : [])];
  return { ...result, errors, decl: result.decl ? { ...result.decl, notes } : null };
}
