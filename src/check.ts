// The whole check, shared by the action and the CLI: find manifests, load them, estimate each
// deployment, and build the report. File reading is the only I/O here.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GPUS, toGpu } from './catalog/gpus.js';
import type { Gpu } from './core/types.js';
import { findManifests } from './manifest/discover.js';
import { loadManifest } from './manifest/load.js';
import { buildReport, reportDeployment, reportFailure, type DeploymentReport, type FailOn, type Report } from './report/report.js';

export interface CheckRequest {
  /** Folder the globs are relative to (the workspace). */
  root: string;
  patterns: readonly string[];
  /** Explicit files (relative to root) checked in addition to the globs' matches. */
  files?: readonly string[];
  minHeadroom: number;
  failOn: FailOn;
}

/** Catalog GPUs as the estimator sees them, for recommendations. */
export const CATALOG_GPUS: readonly Gpu[] = GPUS.map(toGpu);

export async function checkManifests(request: CheckRequest): Promise<{ report: Report; files: string[] }> {
  const globbed = request.patterns.length > 0 ? await findManifests(request.root, request.patterns) : [];
  const files = [...new Set([...(request.files ?? []), ...globbed])];
  const rows: DeploymentReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(join(request.root, file), 'utf8');
    } catch (e) {
      rows.push(reportFailure({ name: '(manifest)', file, line: 1, errors: [{ file, line: 1, column: 1, message: `Cannot read the file: ${(e as Error).message}` }] }));
      continue;
    }
    const loaded = loadManifest(text, file);
    rows.push(...loaded.failed.map(reportFailure));
    rows.push(...loaded.resolved.map((d) => reportDeployment(d, { minHeadroom: request.minHeadroom, failOn: request.failOn, catalog: CATALOG_GPUS })));
  }
  rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { report: buildReport(rows, request.failOn), files };
}
