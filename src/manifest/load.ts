// One manifest's text → deployments ready to estimate, and the ones that failed with their errors.

import type { FailedItem } from '../report/report.js';
import { parseYaml } from './parse.js';
import { resolveDeployment, type ResolvedDeployment } from './resolve.js';
import { validateManifest } from './validate.js';

export interface LoadedManifest {
  file: string;
  resolved: ResolvedDeployment[];
  failed: FailedItem[];
}

/** Row name for problems that belong to the file rather than to one deployment. */
export const MANIFEST_ROW = '(manifest)';

export function loadManifest(text: string, file: string, requireGpu = true): LoadedManifest {
  const parsed = parseYaml(text, file);
  if (parsed.errors.length > 0) {
    return { file, resolved: [], failed: [{ name: MANIFEST_ROW, file, line: parsed.errors[0].line, errors: parsed.errors }] };
  }
  const validated = validateManifest(parsed.root, file, requireGpu);
  const failed: FailedItem[] = [];
  const resolved: ResolvedDeployment[] = [];
  if (validated.errors.length > 0) {
    failed.push({ name: MANIFEST_ROW, file, line: validated.errors[0].line, errors: validated.errors });
  }
  for (const d of validated.deployments) {
    // Lookups run even when a field failed, so every problem of a deployment shows at once.
    const resolution = d.decl ? resolveDeployment(d.decl) : { errors: [] };
    const errors = [...d.errors, ...('errors' in resolution ? resolution.errors : [])];
    if ('deployment' in resolution && errors.length === 0) resolved.push(resolution.deployment);
    else failed.push({ name: d.name, file, line: d.pos.line, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) });
  }
  return { file, resolved, failed };
}
