// The whole check, shared by the action and the CLI: find manifests and deployment files, load
// them, estimate each deployment, and build the report. Reading files is the only I/O, and it is
// kept apart so the same check runs on texts read elsewhere (the base commit of a pull request).

import { resolve } from 'node:path';
import { GPUS, toGpu } from './catalog/gpus.js';
import type { GpuPrice } from './core/plan/cost.js';
import { CATALOG_PRICES, layerPrices } from './catalog/prices.js';
import type { Gpu } from './core/types.js';
import { findManifests } from './manifest/discover.js';
import { readRegularFile } from './read-file.js';
import { MANIFEST_ROW, modelRefs, parseManifest, resolveManifest, unexpected, type ParsedManifest } from './manifest/load.js';
import type { ModelSource } from './models/source.js';
import { extractDeployments, type ExtractedFile } from './sources/extract.js';
import { pairFrom } from './sources/from.js';
import { sourceDeploymentResult } from './sources/to-deployment.js';
import { redactSecrets } from './redact.js';
import { joinWorkspace, workspacePath } from './workspace-path.js';
import { buildReport, reportDeployment, reportFailure, reportUnchecked, type DeploymentReport, type FailOn, type Report } from './report/report.js';

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
  /** Deployment files (Kubernetes, KServe, Helm output, Compose), and the files manifests name in `from:`. */
  sources?: readonly ManifestText[];
  /** $/GPU-hour rates for the cost lines (the user's price file first); default catalog/prices.json. */
  prices?: readonly GpuPrice[];
  /** What the search could not read or would not follow, for the report. */
  warnings?: readonly string[];
  /** Values (tokens) no message may show; credentials in URLs are always removed. */
  secrets?: readonly string[];
}

export interface CheckRequest extends CheckOptions {
  /** Folder the globs are relative to (the workspace). */
  root: string;
  patterns: readonly string[];
  /** Explicit files (relative to root) checked in addition to the globs' matches. */
  files?: readonly string[];
  /** Globs of deployment files. */
  sourcePatterns?: readonly string[];
  /** Deployment files named one by one (the CLI's file arguments), read as they are, inside the root or not. */
  sourceFiles?: readonly string[];
}

/** Catalog GPUs as the estimator sees them, for recommendations. */
export const CATALOG_GPUS: readonly Gpu[] = GPUS.map(toGpu);

export async function readManifests(root: string, patterns: readonly string[], files: readonly string[] = [], warnings: string[] = []): Promise<ManifestText[]> {
  const globbed = patterns.length > 0 ? await findManifests(root, patterns, warnings) : [];
  const all = [...new Set([...files, ...globbed])];
  return Promise.all(
    all.map(async (file) => {
      try {
        // resolve, not join: the CLI's file arguments may be absolute paths outside the working directory.
        return { file, text: await readRegularFile(resolve(root, file)) };
      } catch (e) {
        return { file, text: null, error: `Cannot read the file: ${(e as Error).message}` };
      }
    }),
  );
}

/**
 * Manifests readSources has parsed already, taken (once) by checkTexts: parsing is the costliest part
 * of reading, and a manifest must not be parsed twice (10,000 deployments: ~0.7 s each time).
 */
const parsedBefore = new WeakMap<ManifestText, ParsedManifest>();

/** Deployment files matching the source globs, and the files manifests name in `from:` (kept inside the workspace). */
export async function readSources(
  root: string,
  patterns: readonly string[],
  manifests: readonly ManifestText[],
  files: readonly string[] = [],
  warnings: string[] = [],
): Promise<ManifestText[]> {
  const isManifest = new Set(manifests.map((m) => m.file));
  const globbed = [...new Set([...files, ...(patterns.length > 0 ? await findManifests(root, patterns, warnings) : [])])].filter((f) => !isManifest.has(f));
  const texts = await readManifests(root, [], globbed);
  const have = new Set(globbed);
  for (const manifest of manifests) {
    if (manifest.text === null) continue;
    let deployments: ParsedManifest['deployments'];
    try {
      const parsed = parseManifest(manifest.text, manifest.file);
      parsedBefore.set(manifest, parsed);
      deployments = parsed.deployments;
    } catch {
      continue; // checkTexts reports it
    }
    for (const d of deployments) {
      if (!d.from) continue;
      const where = await workspacePath(root, manifest.file, d.from.path.value, 'from');
      const target = 'path' in where ? where.path : joinWorkspace(manifest.file, d.from.path.value);
      if (have.has(target)) continue;
      have.add(target);
      if ('error' in where) texts.push({ file: target, text: null, error: where.error });
      else texts.push(...(await readManifests(root, [], [where.path])));
    }
  }
  return texts;
}

export async function checkTexts(manifests: readonly ManifestText[], options: CheckOptions): Promise<Report> {
  const rows: DeploymentReport[] = [];
  const failedRead = (file: string, message: string) =>
    rows.push(reportFailure({ name: MANIFEST_ROW, file, line: 1, errors: [{ file, line: 1, column: 1, message }] }));
  const parsed: ParsedManifest[] = [];
  for (const manifest of manifests) {
    const { file, text, error } = manifest;
    const before = parsedBefore.get(manifest);
    parsedBefore.delete(manifest);
    if (text === null) failedRead(file, error ?? 'Cannot read the file.');
    else if (before) parsed.push(before);
    else {
      try {
        parsed.push(parseManifest(text, file));
      } catch (e) {
        failedRead(file, unexpected(e));
      }
    }
  }

  // Deployment files: each serving container is a deployment, unless a manifest's `from:` completes it.
  const extracted = new Map<string, ExtractedFile | { error: string }>();
  for (const { file, text, error } of options.sources ?? []) {
    if (text === null) extracted.set(file, { error: error ?? `\`from\` ${file}: cannot read the file.` });
    else {
      try {
        extracted.set(file, extractDeployments(text, file));
      } catch (e) {
        failedRead(file, unexpected(e));
      }
    }
  }
  const fromTargets = new Set(parsed.flatMap((m) => m.deployments.flatMap((d) => (d.from ? [joinWorkspace(m.file, d.from.path.value)] : []))));
  const used = new Set<object>();
  for (const manifest of parsed) {
    manifest.deployments = manifest.deployments.map((d) => {
      if (!d.from) return d;
      const target = joinWorkspace(manifest.file, d.from.path.value);
      const paired = pairFrom(d, target, extracted.get(target) ?? { error: `\`from\` "${d.from.path.value}": the file was not read (${target}).` });
      if (paired.used) used.add(paired.used);
      return paired.result;
    });
  }
  const emptySources: Array<{ file: string; message: string }> = [];
  for (const [file, source] of extracted) {
    if ('error' in source) continue;
    // A file given in `sources` with nothing gpu-fit reads is said, not passed in silence.
    if (source.deployments.length === 0 && source.errors.length === 0 && !fromTargets.has(file)) {
      emptySources.push({ file, message: 'no container, serving resource or Helm values in it runs vLLM, SGLang, TGI, llama.cpp or Ollama: nothing was checked.' });
    }
    for (const d of source.deployments) {
      if (d.unchecked && !used.has(d)) rows.push(reportUnchecked({ name: d.name, file, line: d.pos.line, message: d.unchecked.message }));
    }
    const deployments = source.deployments.filter((d) => !used.has(d) && !d.unchecked).map((d) => sourceDeploymentResult(d));
    const failed = source.errors.map((e) => ({ name: MANIFEST_ROW, file, line: e.line, errors: [e] }));
    // A file read only because a manifest names it reports through that manifest.
    if (deployments.length > 0 || failed.length > 0) parsed.push({ file, deployments, failed });
  }

  // Models outside the catalog are fetched once, together, between parsing and resolving.
  const answers = options.models ? await options.models.answer(parsed.flatMap(modelRefs)) : undefined;
  for (const manifest of parsed) {
    const loaded = resolveManifest(manifest, answers);
    // One row at a time: push(...rows) overflows the stack for a manifest of 140,000 deployments.
    for (const failed of loaded.failed) rows.push(reportFailure(failed));
    const prices = manifest.prices ? layerPrices(manifest.prices, options.prices ?? CATALOG_PRICES) : options.prices;
    for (const d of loaded.resolved) {
      // One deployment's estimate that throws is its own error, at its line; the others stand.
      try {
        rows.push(reportDeployment(d, { ...options, prices, catalog: CATALOG_GPUS }));
      } catch (e) {
        rows.push(reportFailure({ name: d.name, file: d.pos.file, line: d.pos.line, errors: [{ ...d.pos, message: unexpected(e) }] }));
      }
    }
  }
  rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  // Every message reaches the summary, the comment and the JSON file: no credentials in any of them.
  const clean = (text: string) => redactSecrets(text, options.secrets);
  for (const row of rows) {
    for (const e of row.errors) e.message = clean(e.message);
    row.notes = row.notes.map(clean);
    if (row.engineError) row.engineError = clean(row.engineError);
    if (row.model) row.model = clean(row.model);
  }
  for (const empty of emptySources) empty.message = clean(empty.message);
  return buildReport(rows, options.failOn, options.warnings?.map(clean), emptySources);
}

export async function checkManifests(request: CheckRequest): Promise<{ report: Report; files: string[] }> {
  const warnings: string[] = [];
  const texts = await readManifests(request.root, request.patterns, request.files, warnings);
  const sources = await readSources(request.root, request.sourcePatterns ?? [], texts, request.sourceFiles, warnings);
  // The same warning once, however many searches met the path.
  return { report: await checkTexts(texts, { ...request, sources, warnings: [...new Set(warnings)] }), files: [...texts, ...sources].map((t) => t.file) };
}
