// `gpu-fit [paths or globs...]`: check manifests and print the report.

import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { checkManifests } from '../check.js';
import type { ModelSource } from '../models/source.js';
import { diffHeadline, renderDiffMarkdown } from '../report/diff-markdown.js';
import { diffReports } from '../report/diff.js';
import { DEFAULT_MANIFEST_GLOBS } from '../constants.js';
import { findManifests } from '../manifest/discover.js';
import { withDefaultIncludes } from '../manifest/glob.js';
import type { DisplayUnit } from '../report/format.js';
import { jsonPieces } from '../report/json.js';
import { renderJunit } from '../report/junit.js';
import { renderMarkdown } from '../report/markdown.js';
import type { FailOn, Report } from '../report/report.js';
import { renderText } from '../report/table.js';
import { readPriceFile } from '../prices-file.js';

export interface CheckOptions {
  format: 'table' | 'markdown' | 'json' | 'junit';
  units: DisplayUnit;
  failOn: FailOn;
  minHeadroom: number;
  /** Another checkout (say, a `git worktree` of main) to compare with, as the action does on a pull request. */
  base?: string;
  models?: ModelSource;
  /** Globs of deployment files (--sources). */
  sources?: string[];
  /** A price file of the user's rates (--prices). */
  prices?: string;
}

/** Folders are searched with the default globs; files are taken as they are; anything else is a glob. */
async function expand(cwd: string, args: string[]): Promise<{ files: string[]; patterns: string[]; sourceFiles: string[] }> {
  if (args.length === 0) return { files: [], patterns: [...DEFAULT_MANIFEST_GLOBS], sourceFiles: [] };
  const files: string[] = [];
  const patterns: string[] = [];
  const sourceFiles: string[] = [];
  const manifestName = /(?:^|\/)(?:[^/]*\.)?gpu-fit\.ya?ml$/;
  for (const arg of args) {
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    const inCwd = relative(cwd, resolve(cwd, arg)).split('\\').join('/');
    // A file outside the working directory keeps its absolute path: it is read as given.
    const rel = inCwd.startsWith('../') ? resolve(cwd, arg).split('\\').join('/') : inCwd;
    if (info?.isDirectory()) {
      // Searched from the folder itself, so folders outside the working directory work too.
      const found = await findManifests(resolve(cwd, arg), DEFAULT_MANIFEST_GLOBS);
      for (const f of found) files.push(rel === '' ? f : join(rel, f).split('\\').join('/'));
      if (found.length === 0) patterns.push(...DEFAULT_MANIFEST_GLOBS.map((g) => (rel === '' ? g : `${rel}/${g}`)));
    } else if (info?.isFile()) (manifestName.test(rel) ? files : sourceFiles).push(rel);
    else patterns.push(arg);
  }
  // Only exclusions (`'!x/**'`) subtract from the default patterns.
  return { files, patterns: files.length === 0 ? withDefaultIncludes(patterns, DEFAULT_MANIFEST_GLOBS) : patterns, sourceFiles };
}

export function exitCode(report: Report, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  if (report.deployments.some((d) => d.verdict === 'error')) return 2;
  return report.result === 'fail' ? 1 : 0;
}

export async function runCheck(cwd: string, args: string[], options: CheckOptions): Promise<{ output: string | Iterable<string>; code: number }> {
  const { files, patterns, sourceFiles } = await expand(cwd, args);
  const { report, files: checked } = await checkManifests({
    root: cwd,
    patterns,
    files,
    minHeadroom: options.minHeadroom,
    failOn: options.failOn,
    models: options.models,
    sourcePatterns: options.sources ?? [],
    sourceFiles,
    prices: await readPriceFile(options.prices, cwd, '--prices'),
    secrets: [process.env.HF_TOKEN ?? ''],
  });
  if (checked.length === 0) {
    const warnings = report.warnings.map((w) => `\nwarning: ${w}`).join('');
    return { output: `No gpu-fit manifests found (looked for ${patterns.join(', ')}).${warnings}`, code: 2 };
  }
  const markdown = { units: options.units, minHeadroom: options.minHeadroom, failOn: options.failOn };
  if (options.format === 'json') return { output: jsonPieces(report), code: exitCode(report, options.failOn) };
  let output =
    options.format === 'junit'
      ? renderJunit(report, options.failOn, options.units)
      : options.format === 'markdown'
        ? renderMarkdown(report, markdown)
        : renderText(report, options.units);
  if (options.base !== undefined && options.format !== 'junit') {
    // The same arguments, read from the other checkout.
    const baseRoot = resolve(cwd, options.base);
    const base = await expand(baseRoot, args.map((a) => relative(cwd, resolve(cwd, a)) || '.'));
    const { report: baseReport } = await checkManifests({ root: baseRoot, patterns: base.patterns, files: base.files, minHeadroom: options.minHeadroom, failOn: options.failOn, models: options.models, sourcePatterns: options.sources ?? [], sourceFiles: base.sourceFiles });
    const diff = diffReports(baseReport, report);
    output = options.format === 'markdown' ? renderDiffMarkdown(diff, report, markdown, { where: 'run without --base for all of them' }) : `Against ${options.base}: ${diffHeadline(diff, report, markdown)}\n\n${output}`;
  }
  return { output, code: exitCode(report, options.failOn) };
}
