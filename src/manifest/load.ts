// One manifest's text → deployments ready to estimate, and the ones that failed with their
// errors. Parsing and resolving are two steps, so the models a manifest names outside the
// catalog can be fetched in between (Hub, repository files) while resolution stays pure.

import type { GpuPrice } from '../core/plan/cost.js';
import type { FailedItem } from '../report/report.js';
import type { ModelRef } from '../models/ref.js';
import { parseYaml, type ManifestError } from './parse.js';
import { modelRef, resolveDeployment, type ModelAnswers, type ResolvedDeployment } from './resolve.js';
import { validateManifest, type DeploymentResult } from './validate.js';

export interface LoadedManifest {
  file: string;
  resolved: ResolvedDeployment[];
  failed: FailedItem[];
}

export interface ParsedManifest {
  file: string;
  deployments: DeploymentResult[];
  /** The manifest's own `prices:`, for its deployments' cost lines. */
  prices?: GpuPrice[];
  /** Problems of the file as a whole. */
  failed: FailedItem[];
}

/** Row name for problems that belong to the file rather than to one deployment. */
export const MANIFEST_ROW = '(manifest)';

export function parseManifest(text: string, file: string, requireGpu = true): ParsedManifest {
  const parsed = parseYaml(text, file);
  if (parsed.errors.length > 0) {
    return { file, deployments: [], failed: [{ name: MANIFEST_ROW, file, line: parsed.errors[0].line, errors: parsed.errors }] };
  }
  const validated = validateManifest(parsed.root, file, requireGpu);
  const failed: FailedItem[] =
    validated.errors.length > 0 ? [{ name: MANIFEST_ROW, file, line: validated.errors[0].line, errors: validated.errors }] : [];
  return { file, deployments: validated.deployments, failed, ...(validated.prices ? { prices: validated.prices } : {}) };
}

/** Models the manifest's deployments name outside the built-in catalog. */
export function modelRefs(parsed: ParsedManifest): ModelRef[] {
  return parsed.deployments.flatMap((d) => {
    const ref = d.decl ? modelRef(d.decl) : null;
    return ref ? [ref] : [];
  });
}

/** A message for an exception nobody expected: what went wrong, never a stack trace. */
export function unexpected(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof RangeError && /call stack/.test(message)
    ? 'gpu-fit could not read this deployment: its data is nested too deeply.'
    : `gpu-fit could not check this deployment: ${message.slice(0, 500)}`;
}

export function resolveManifest(parsed: ParsedManifest, models?: ModelAnswers): LoadedManifest {
  const failed = [...parsed.failed];
  const resolved: ResolvedDeployment[] = [];
  for (const d of parsed.deployments) {
    if (d.from) {
      const message = '`from` is read only where the check has the repository\'s files (the action and the CLI).';
      failed.push({ name: d.name, file: parsed.file, line: d.pos.line, errors: [{ ...d.from.path.pos, message }] });
      continue;
    }
    // Lookups run even when a field failed, so every problem of a deployment shows at once.
    // Anything thrown while resolving is this deployment's error: the others are still checked.
    let resolution: ReturnType<typeof resolveDeployment> | { errors: ManifestError[] };
    try {
      resolution = d.decl ? resolveDeployment(d.decl, models) : { errors: [] };
    } catch (e) {
      resolution = { errors: [{ ...d.pos, message: unexpected(e) }] };
    }
    const errors = [...d.errors, ...('errors' in resolution ? resolution.errors : [])];
    if ('deployment' in resolution && errors.length === 0) resolved.push(resolution.deployment);
    else failed.push({ name: d.name, file: parsed.file, line: d.pos.line, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) });
  }
  return { file: parsed.file, resolved, failed };
}

export function loadManifest(text: string, file: string, requireGpu = true, models?: ModelAnswers): LoadedManifest {
  return resolveManifest(parseManifest(text, file, requireGpu), models);
}
