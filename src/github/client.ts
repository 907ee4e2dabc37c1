// The GitHub client: @actions/github's Octokit with retries on server errors and rate limits.
// A request that still fails throws; callers turn that into a warning, never a failed check.

import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryOptions {
  retries: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs: number;
  /** The longest wait honoured from retry-after or a rate-limit reset. */
  maxDelayMs: number;
  log?: (message: string) => void;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/** How long to wait before retrying, or null when the error is final. */
export function retryDelay(error: HttpError, attempt: number, options: RetryOptions, now = Date.now()): number | null {
  const status = error.status ?? 0;
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const secondary = status === 403 && /secondary rate limit|abuse/i.test(error.message ?? '');
  const exhausted = status === 403 && headers['x-ratelimit-remaining'] === '0';
  if (!(status >= 500 || status === 429 || secondary || exhausted || (status === 403 && Number.isFinite(retryAfter)))) return null;
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter * 1000, options.maxDelayMs);
  const reset = Number(headers['x-ratelimit-reset']);
  if (exhausted && Number.isFinite(reset)) return Math.min(Math.max(0, reset * 1000 - now), options.maxDelayMs);
  return Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs);
}

export function createClient(token: string, options: RetryOptions = DEFAULT_RETRY): Octokit {
  const octokit = getOctokit(token);
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const delay = attempt < options.retries ? retryDelay(error as HttpError, attempt, options) : null;
        if (delay === null) throw error;
        options.log?.(`GitHub API ${requestOptions.method} ${requestOptions.url} answered ${(error as HttpError).status}; retrying in ${Math.round(delay / 1000)} s`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  });
  return octokit;
}
