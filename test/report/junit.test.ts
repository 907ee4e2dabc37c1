import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { buildReport, reportFailure, type DeploymentReport } from '../../src/report/report.js';

function deployment(name: string, verdict: DeploymentReport['verdict'], extra: Partial<DeploymentReport> = {}): DeploymentReport {
  return {
    ...reportFailure({ name, file: 'deploy/gpu-fit.yaml', line: 4, errors: [] }),
    verdict,
    gpu: { name: 'L4', count: 1, memoryBytes: 24_152_899_584 },
    memory: { weightsBytes: 1, kvCacheBytes: 1, activationBytes: 1, overheadBytes: 1, totalBytes: 30 * 1024 ** 3 },
    availableBytes: 20 * 1024 ** 3,
    ...extra,
  };
}

describe('renderJunit', () => {
  const report = buildReport(
    [
      deployment('chat', 'fits'),
      deployment('long <context> & "quotes"\u001b[31m', 'undersized', { decidedBy: { field: 'max_model_len', file: 'deploy/gpu-fit.yaml', line: 7, column: 5 } }),
      deployment('edge', 'tight'),
      reportFailure({ name: 'broken', file: 'deploy/gpu-fit.yaml', line: 12, errors: [{ message: 'unknown field "max_model_length"', file: 'deploy/gpu-fit.yaml', line: 13, column: 5 }] }),
    ],
    'undersized',
  );

  it('writes one test case per deployment and counts failures as the gate does', () => {
    const xml = renderJunit(report, 'undersized', 'GiB');
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('<testsuite name="gpu-fit" tests="4" failures="1" errors="1">');
    expect(xml).toMatch(/<failure message="deploy\/gpu-fit.yaml:4: undersized; needs 30.00 GiB per GPU, 20.00 GiB available; on 1 x L4; change max_model_len at deploy\/gpu-fit.yaml:7"/);
    expect(xml).toMatch(/<error message="deploy\/gpu-fit.yaml:13:5: unknown field &quot;max_model_length&quot;"/);
  });

  it('fails tight deployments too under fail-on tight', () => {
    expect(renderJunit(report, 'tight', 'GiB')).toContain('failures="2"');
  });

  it('escapes markup and drops control characters XML cannot carry', () => {
    const xml = renderJunit(report, 'undersized', 'GiB');
    expect(xml).toContain('name="long &lt;context&gt; &amp; &quot;quotes&quot;\ufffd[31m"');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
