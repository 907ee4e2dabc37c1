// The action's inputs, parsed once inside run() into one typed object. Defaults live in action.yml;
// an input left empty (what `${{ vars.X }}` gives when X is unset) means that default, as in the
// Actions toolkit's own actions, and an invalid value is one error naming the input and what it accepts.

import * as core from '@actions/core';
import { posix } from 'node:path';
import { COMMENT_MODES, DEFAULT_MANIFEST_GLOBS, type CommentMode } from './constants.js';
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
  /** Repository-relative, normalized once: `.` or `deploy/eu` (no `./`, no trailing `/`). */
  workingDirectory: string;
  /** Hugging Face token for gated and private models (input hf-token, else HF_TOKEN). */
  hfToken: string;
  /** Only the catalog and the repository's files: no Hub. */
  offline: boolean;
  /** A price file of your own rates (relative to working-directory); empty: the catalog's list prices. */
  prices: string;
}

/** action.yml's defaults, for inputs given empty; test/inputs.test.ts keeps the two equal. */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  manifests: DEFAULT_MANIFEST_GLOBS.join('\n'),
  sources: '',
  'working-directory': '.',
  'hf-token': '',
  offline: 'false',
  comment: 'update',
  'comment-on-no-change': 'false',
  'comment-id': 'default',
  'fail-on': 'undersized',
  'min-headroom': '0.1',
  prices: '',
  units: 'GiB',
};

function text(name: string): string {
  const value = core.getInput(name).trim();
  return value === '' ? (INPUT_DEFAULTS[name] ?? '') : value;
}

function lines(name: string): string[] {
  return text(name)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T {
  const value = text(name);
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!hit) throw new Error(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
  return hit;
}

/** YAML 1.2 core schema booleans, as core.getBooleanInput reads them. */
function flag(name: string): boolean {
  const value = text(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new Error(`Input "${name}" must be true or false; got "${value}".`);
}

/** `./deploy/`, `deploy//eu` → `deploy`, `deploy/eu`; the folder must be inside the workspace. */
export function normalizeWorkingDirectory(value: string): string {
  const path = posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (posix.isAbsolute(path) || path === '..' || path.startsWith('../')) {
    throw new Error(`Input "working-directory" must be a folder inside the repository, relative to it; got "${value}".`);
  }
  return path === '' ? '.' : path;
}

/** The password written into an HF_ENDPOINT URL (a mirror behind basic auth), to mask it in the log. */
function endpointPassword(endpoint: string | undefined): string {
  try {
    return decodeURIComponent(new URL(endpoint ?? '').password);
  } catch {
    return '';
  }
}

export function getInputs(): ActionInputs {
  const githubToken = core.getInput('github-token').trim();
  if (githubToken) core.setSecret(githubToken);
  const hfToken = core.getInput('hf-token').trim() || (process.env.HF_TOKEN ?? '').trim();
  if (hfToken) core.setSecret(hfToken);
  const mirrorPassword = endpointPassword(process.env.HF_ENDPOINT);
  if (mirrorPassword) core.setSecret(mirrorPassword);
  const headroomText = text('min-headroom');
  const minHeadroom = Number(headroomText.endsWith('%') ? Number(headroomText.slice(0, -1)) / 100 : headroomText);
  if (!Number.isFinite(minHeadroom) || minHeadroom < 0 || minHeadroom >= 1) {
    throw new Error(`Input "min-headroom" must be a fraction from 0 to below 1 (e.g. 0.1 or 10%); got "${headroomText}".`);
  }
  const inputs: ActionInputs = {
    manifests: lines('manifests'),
    sources: lines('sources'),
    githubToken,
    comment: oneOf('comment', COMMENT_MODES),
    commentId: text('comment-id'),
    commentOnNoChange: flag('comment-on-no-change'),
    failOn: oneOf('fail-on', FAIL_ON),
    minHeadroom,
    units: oneOf('units', DISPLAY_UNITS),
    workingDirectory: normalizeWorkingDirectory(text('working-directory')),
    hfToken,
    offline: flag('offline'),
    prices: text('prices'),
  };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, githubToken: inputs.githubToken ? '***' : '', hfToken: inputs.hfToken ? '***' : '' })}`);
  return inputs;
}
