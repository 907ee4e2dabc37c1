// What a pull request does to GPU fit: the report at the base commit against the report at the
// head, deployment by deployment. Files renamed in the pull request are matched through their
// old names; a deployment whose key changed but whose figures did not is a rename.

import type { DeploymentReport, Report } from './report.js';

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'renamed';

export interface DeploymentChange {
  status: ChangeStatus;
  before: DeploymentReport | null;
  after: DeploymentReport | null;
  /** Where the deployment was before a rename (file and/or name). */
  renamedFrom?: { file: string; name: string };
}

export interface ReportDiff {
  changes: DeploymentChange[];
  /** Deployments whose figures or verdict changed, or that came or went. */
  changed: number;
}

const key = (file: string, name: string) => `${file}\u0000${name}`;

function sameFigures(a: DeploymentReport, b: DeploymentReport): boolean {
  return (
    a.verdict === b.verdict &&
    a.memory?.totalBytes === b.memory?.totalBytes &&
    a.availableBytes === b.availableBytes &&
    a.gpu?.name === b.gpu?.name &&
    a.gpu?.count === b.gpu?.count &&
    a.model === b.model &&
    a.engine === b.engine &&
    a.errors.length === b.errors.length
  );
}

/**
 * @param renamedFiles head file → base file, for manifests the pull request renamed.
 */
export function diffReports(base: Report, head: Report, renamedFiles: ReadonlyMap<string, string> = new Map()): ReportDiff {
  const baseByKey = new Map(base.deployments.map((d) => [key(d.file, d.name), d]));
  const matched = new Set<DeploymentReport>();
  const changes: DeploymentChange[] = [];
  const unmatchedHead: DeploymentReport[] = [];
  for (const after of head.deployments) {
    const baseFile = renamedFiles.get(after.file) ?? after.file;
    const before = baseByKey.get(key(baseFile, after.name));
    if (!before) {
      unmatchedHead.push(after);
      continue;
    }
    matched.add(before);
    const renamed = baseFile !== after.file;
    const status: ChangeStatus = !sameFigures(before, after) ? 'changed' : renamed ? 'renamed' : 'unchanged';
    changes.push({ status, before, after, ...(renamed ? { renamedFrom: { file: baseFile, name: before.name } } : {}) });
  }
  const unmatchedBase = base.deployments.filter((d) => !matched.has(d));
  for (const after of unmatchedHead) {
    const baseFile = renamedFiles.get(after.file) ?? after.file;
    // Same file, same figures, new name: the deployment was renamed.
    const before = unmatchedBase.find((b) => b.file === baseFile && !matched.has(b) && sameFigures(b, after) && b.errors.length === 0);
    if (before) {
      matched.add(before);
      changes.push({ status: 'renamed', before, after, renamedFrom: { file: before.file, name: before.name } });
    } else changes.push({ status: 'added', before: null, after });
  }
  for (const before of unmatchedBase) if (!matched.has(before)) changes.push({ status: 'removed', before, after: null });
  return { changes, changed: changes.filter((c) => c.status !== 'unchanged').length };
}
