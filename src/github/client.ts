// The GitHub client: @actions/github's Octokit with octokit's retry and throttling plugins.
// Only idempotent requests are retried after a failure (a POST that timed out may have been done:
// sending it again could post the comment twice); a request the rate limit refused was not done,
// so any request waits for the limit and goes again. Every try has a deadline, and the whole API
// phase has one. A request that still fails throws; callers turn that into a warning.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** One try of one request: GitHub answers in well under a second; 30 s means it is stuck. */
export const API_REQUEST_TIMEOUT_MS = 30_000;
/** The whole API phase (base manifests, comment): past this the check reports without it, rather than hold the job. */
export const API_PHASE_TIMEOUT_MS = 5 * 60_000;
/** Tries after the first, for idempotent requests that failed with 5xx, 429 or a network error. */
export const API_RETRIES = 3;
/** The longest rate-limit wait honoured; a longer one fails the request (a warning) instead of holding the job. */
export const API_MAX_RATE_LIMIT_WAIT_S = 60;
/** Pages of 100 read from any list (comments, changed files): 30,000 items, past any real pull request. */
export const API_MAX_PAGES = 300;

export interface ClientOptions {
  /** Aborts every request still running when the API phase is over. */
  deadline?: AbortSignal;
  log?: (message: string) => void;
  /** The retry plugin's base delay (try n waits n² × this). */
  retryBaseMs?: number;
  /** The API's address when not GITHUB_API_URL's (tests). */
  baseUrl?: string;
}

interface RequestOptions {
  method: string;
  url: string;
  query?: string;
  request: { retries?: number; retryCount?: number; signal?: AbortSignal };
}

/** GET, HEAD, PUT, DELETE, PATCH, and GraphQL queries (not mutations) give the same result sent twice. */
export function idempotent(options: { method: string; url: string; query?: string }): boolean {
  if (['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH'].includes(options.method)) return true;
  return options.url.endsWith('/graphql') && typeof options.query === 'string' && /^\s*(query\b|\{)/.test(options.query);
}

/** A refusal by the primary or secondary rate limit (GitHub's docs: 403 or 429 with these signs). */
function rateLimited(error: unknown): boolean {
  const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string | undefined> } };
  if (e.status !== 403 && e.status !== 429) return false;
  return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /\bsecondary rate\b/i.test(e.message ?? '');
}

/** Status codes another try cannot change (octokit's retry plugin's own list). */
const FINAL_STATUS = [400, 401, 403, 404, 410, 422, 451];

/**
 * The innermost hook, around every single try: its deadline, whether the retry plugin may
 * retry it, and a log line when it will.
 */
function tries(deadline: AbortSignal | undefined, log: (message: string) => void, retryBaseMs: number) {
  return (octokit: { hook: { wrap: (name: 'request', hook: (request: (o: RequestOptions) => Promise<unknown>, o: RequestOptions) => Promise<unknown>) => void } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const timeout = AbortSignal.timeout(API_REQUEST_TIMEOUT_MS);
      options.request.signal = deadline ? AbortSignal.any([deadline, timeout]) : timeout;
      options.request.retries = idempotent(options) && !deadline?.aborted ? API_RETRIES : 0;
      try {
        return await request(options);
      } catch (error) {
        const status = (error as { status?: number }).status ?? 0;
        const count = options.request.retryCount ?? 0;
        if (deadline?.aborted) options.request.retries = 0;
        else if (rateLimited(error)) {
          // the throttling plugin decides and logs
        } else if (status >= 400 && !FINAL_STATUS.includes(status) && count < (options.request.retries ?? 0)) {
          log(`GitHub API ${options.method} ${options.url} answered ${status}; retrying in ${Math.round(((count + 1) ** 2 * retryBaseMs) / 1000)} s`);
        }
        throw error;
      }
    });
    return {};
  };
}

export function createClient(token: string, options: ClientOptions = {}): Octokit {
  const log = options.log ?? (() => undefined);
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, request: RequestOptions, _octokit: unknown, retryCount: number) => {
    const again = retryCount < API_RETRIES && retryAfter <= API_MAX_RATE_LIMIT_WAIT_S && !options.deadline?.aborted;
    log(`GitHub API ${request.method} ${request.url} hit the ${kind}; ${again ? `retrying in ${retryAfter} s` : `not retried (a wait of ${retryAfter} s)`}`);
    return again;
  };
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retries: API_RETRIES, retryAfterBaseValue: retryBaseMs },
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    },
    // Innermost first: each try's deadline, then the rate limits (throttling waits them out),
    // then retries of what failed otherwise.
    tries(options.deadline, log, retryBaseMs) as never,
    throttling,
    retry,
  );
}

/** Every item of a paged list, at most API_MAX_PAGES pages; `truncated` says the list went on. */
export async function paginateCapped<T>(
  octokit: Octokit,
  route: string,
  parameters: Record<string, unknown>,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let pages = 0;
  for await (const response of octokit.paginate.iterator(route as never, { ...parameters, per_page: 100 } as never)) {
    items.push(...((response as { data: T[] }).data ?? []));
    pages += 1;
    if (pages >= API_MAX_PAGES) return { items, truncated: true };
  }
  return { items, truncated: false };
}
