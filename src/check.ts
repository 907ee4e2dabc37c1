// The whole check, shared by the action and the CLI: find manifests, load them, estimate each
// deployment, and build the report. Reading files is the only I/O, and it is kept apart so the
// same check runs on texts read elsewhere (the base commit of a pull request).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GPUS, toGpu } from './catalog/gpus.js';
import type { Gpu } from './core/types.js';
import { findManifests } from './manifest/discover.js';
import { modelRefs, parseManifest, resolveManifest } from './manifest/load.js';
import type { ModelSource } from './models/source.js';
import { buildReport, reportDeployment, reportFailure, type DeploymentReport, type FailOn, type Report } from './report/report.js';

/** A manifest's text, or why it could not be read. */
export interface ManifestText {
  file: string;
  text: string | null;
  error?: string;
}

export interface CheckOptions {
  minHeadroom: number;
  failOn: FailOn;
  /** Answers models outside the catalog (Hub, repository files); without it only the catalog is used. */
  models?: ModelSource;
}

export interface CheckRequest extends CheckOptions {
  /** Folder the globs are relative to (the workspace). */
  root: string;
  patterns: readonly string[];
  /** Explicit files (relative to root) checked in addition to the globs' matches. */
  files?: readonly string[];
}

/** Catalog GPUs as the estimator sees them, for recommendations. */
export const CATALOG_GPUS: readonly Gpu[] = GPUS.map(toGpu);

export async function readManifests(root: string, patterns: readonly string[], files: readonly string[] = []): Promise<ManifestText[]> {
  const globbed = patterns.length > 0 ? await findManifests(root, patterns) : [];
  const all = [...new Set([...files, ...globbed])];
  return Promise.all(
    all.map(async (file) => {
      try {
        return { file, text: await readFile(join(root, file), 'utf8') };
      } catch (e) {
        return { file, text: null, error: `Cannot read the file: ${(e as Error).message}` };
      }
    }),
  );
}

export async function checkTexts(manifests: readonly ManifestText[], options: CheckOptions): Promise<Report> {
  const rows: DeploymentReport[] = [];
  const parsed = [];
  for (const { file, text, error } of manifests) {
    if (text === null) {
      rows.push(reportFailure({ name: '(manifest)', file, line: 1, errors: [{ file, line: 1, column: 1, message: error ?? 'Cannot read the file.' }] }));
      continue;
    }
    parsed.push(parseManifest(text, file));
  }
  // Models outside the catalog are fetched once, together, between parsing and resolving.
  const answers = options.models ? await options.models.answer(parsed.flatMap(modelRefs)) : undefined;
  for (const manifest of parsed) {
    const loaded = resolveManifest(manifest, answers);
    rows.push(...loaded.failed.map(reportFailure));
    rows.push(...loaded.resolved.map((d) => reportDeployment(d, { ...options, catalog: CATALOG_GPUS })));
  }
  rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return buildReport(rows, options.failOn);
}

export async function checkManifests(request: CheckRequest): Promise<{ report: Report; files: string[] }> {
  const texts = await readManifests(request.root, request.patterns, request.files);
  return { report: await checkTexts(texts, request), files: texts.map((t) => t.file) };
}
