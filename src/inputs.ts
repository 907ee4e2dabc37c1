// The action's inputs, parsed once inside run() into one typed object. Defaults live in action.yml.

import * as core from '@actions/core';
import { COMMENT_MODES, type CommentMode } from './constants.js';
import { DISPLAY_UNITS, type DisplayUnit } from './report/format.js';
import { FAIL_ON, type FailOn } from './report/report.js';

export interface ActionInputs {
  manifests: string[];
  /** Globs of deployment files (Kubernetes, KServe, Helm output, Compose) whose serving containers are checked. */
  sources: string[];
  githubToken: string;
  comment: CommentMode;
  commentId: string;
  /** With comment: update, create the comment even when the pull request changes no deployment. */
  commentOnNoChange: boolean;
  failOn: FailOn;
  minHeadroom: number;
  units: DisplayUnit;
  workingDirectory: string;
  /** Hugging Face token for gated and private models (input hf-token, else HF_TOKEN). */
  hfToken: string;
  /** Only the catalog and the repository's files: no Hub. */
  offline: boolean;
  /** A price file of your own rates (relative to working-directory); empty: the catalog's list prices. */
  prices: string;
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name).trim();
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!hit) throw new Error(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
  return hit;
}

export function getInputs(): ActionInputs {
  const githubToken = core.getInput('github-token');
  if (githubToken) core.setSecret(githubToken);
  const hfToken = core.getInput('hf-token').trim() || (process.env.HF_TOKEN ?? '').trim();
  if (hfToken) core.setSecret(hfToken);
  const headroomText = core.getInput('min-headroom').trim();
  const minHeadroom = Number(headroomText.endsWith('%') ? Number(headroomText.slice(0, -1)) / 100 : headroomText);
  if (!headroomText || !Number.isFinite(minHeadroom) || minHeadroom < 0 || minHeadroom >= 1) {
    throw new Error(`Input "min-headroom" must be a fraction from 0 to below 1 (e.g. 0.1 or 10%); got "${headroomText}".`);
  }
  const commentId = core.getInput('comment-id').trim() || 'default';
  const inputs: ActionInputs = {
    manifests: core.getMultilineInput('manifests').filter((l) => l.trim() !== ''),
    sources: core.getMultilineInput('sources').filter((l) => l.trim() !== ''),
    githubToken,
    comment: oneOf('comment', COMMENT_MODES),
    commentId,
    commentOnNoChange: core.getBooleanInput('comment-on-no-change'),
    failOn: oneOf('fail-on', FAIL_ON),
    minHeadroom,
    units: oneOf('units', DISPLAY_UNITS),
    workingDirectory: core.getInput('working-directory').trim() || '.',
    hfToken,
    offline: core.getBooleanInput('offline'),
    prices: core.getInput('prices').trim(),
  };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, githubToken: inputs.githubToken ? '***' : '', hfToken: inputs.hfToken ? '***' : '' })}`);
  return inputs;
}
