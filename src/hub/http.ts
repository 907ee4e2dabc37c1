// HTTP for the Hub: retries with backoff on network errors, 5xx and 429 (honouring
// retry-after), and byte-range reads that also work against a server that ignores Range, by
// reading only the bytes needed from the stream and closing it.
//
// Every request has a deadline (headers and body together: a server that trickles a byte every
// few seconds is cut off), every body is read up to a byte cap (a 3 GB config.json is refused,
// not read into memory), and an optional budget bounds the requests and bytes of a model and of
// the run. All GETs, so retrying is always safe.

export interface HttpOptions {
  retries: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  headers: Record<string, string>;
  /** One try, headers and body (default HTTP_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Ends every request still running (a model's or the run's deadline). */
  signal?: AbortSignal;
  /** Requests and bytes left to spend. */
  budget?: HttpBudget;
}

/** One try of one Hub request: a config.json or a header arrives in well under a second; 30 s means stuck. */
export const HTTP_TIMEOUT_MS = 30_000;
/** config.json and other JSON answers: real ones are kilobytes; 16 MB is past any, and bounds memory. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024;

/** An HTTP answer that is not the file: carries the status for the caller's message. */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
    /** The Hub's X-Error-Code (RepoNotFound, GatedRepo, RevisionNotFound, EntryNotFound), where sent. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Requests and bytes a model (or the whole run) may spend; a child spends from its parent too. */
export class HttpBudget {
  private requests: number;
  private bytes: number;
  constructor(
    readonly limits: { requests: number; bytes: number; what: string },
    private readonly parent?: HttpBudget,
  ) {
    this.requests = limits.requests;
    this.bytes = limits.bytes;
  }

  /** Bytes still allowed, here and in every parent. */
  bytesLeft(): number {
    return Math.min(this.bytes, this.parent?.bytesLeft() ?? Number.POSITIVE_INFINITY);
  }

  spendRequest(url: string): void {
    this.parent?.spendRequest(url);
    if (this.requests <= 0) throw new HttpError(url, 0, `more than ${this.limits.requests} requests ${this.limits.what}: gpu-fit stops there`);
    this.requests -= 1;
  }

  spendBytes(url: string, count: number): void {
    this.parent?.spendBytes(url, count);
    if (count > this.bytes) throw new HttpError(url, 0, `more than ${this.limits.bytes} bytes ${this.limits.what}: gpu-fit stops there`);
    this.bytes -= count;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

function retryable(status: number): boolean {
  return status >= 500 || status === 429;
}

function failure(error: unknown, options: HttpOptions): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (options.signal?.aborted) return `stopped: ${String((options.signal.reason as Error)?.message ?? options.signal.reason)}`;
  if (e.name === 'TimeoutError') return `no complete answer within ${(options.timeoutMs ?? HTTP_TIMEOUT_MS) / 1000} s`;
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}

/** GET with retries; resolves with a 2xx response (its body still under the try's deadline), throws HttpError otherwise. */
export async function get(url: string, options: HttpOptions, extraHeaders: Record<string, string> = {}): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    options.budget?.spendRequest(url);
    const timeout = AbortSignal.timeout(options.timeoutMs ?? HTTP_TIMEOUT_MS);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(url, { headers: { ...options.headers, ...extraHeaders }, redirect: 'follow', signal });
    } catch (error) {
      if (attempt >= options.retries || options.signal?.aborted) {
        throw new HttpError(url, 0, `${failure(error, options)} after ${attempt + 1} tries`);
      }
      await sleep(Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs), options.signal);
      continue;
    }
    if (response.ok) return response;
    await response.body?.cancel().catch(() => undefined);
    if (!retryable(response.status) || attempt >= options.retries || options.signal?.aborted) {
      throw new HttpError(url, response.status, `HTTP ${response.status}${attempt > 0 ? ` after ${attempt + 1} tries` : ''}`, response.headers.get('x-error-code') ?? undefined);
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    const delay = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : options.baseDelayMs * 2 ** attempt;
    await sleep(Math.min(delay, options.maxDelayMs), options.signal);
    if (options.signal?.aborted) {
      throw new HttpError(url, response.status, `HTTP ${response.status} after ${attempt + 1} tries, then ${failure(undefined, options)}`, response.headers.get('x-error-code') ?? undefined);
    }
  }
}

/** Reads a body to its end, refusing it past `maxBytes` (from Content-Length, or while reading). */
async function readCapped(url: string, response: Response, maxBytes: number, options: HttpOptions): Promise<Uint8Array> {
  const cap = Math.min(maxBytes, options.budget?.bytesLeft() ?? Number.POSITIVE_INFINITY);
  const tooLarge = (size: string) => new HttpError(url, response.status, `the answer is ${size}, more than the ${cap} bytes gpu-fit reads`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`${declared} bytes`);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received > cap) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(`over ${cap} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(url, response.status, `${failure(error, options)} while reading the answer`);
  }
  options.budget?.spendBytes(url, received);
  return concat(chunks, received);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk.subarray(0, length - offset), offset);
    offset += Math.min(chunk.length, length - offset);
  }
  return all;
}

/** A JSON answer of at most `maxBytes`. */
export async function getJson(url: string, options: HttpOptions, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const response = await get(url, options);
  const text = new TextDecoder().decode(await readCapped(url, response, maxBytes, options));
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(url, response.status, 'the answer is not JSON');
  }
}

/**
 * Bytes [start, end) of a file. A 206 answer is the range itself; a 200 answer (a server that
 * ignores Range) is read only as far as `end`, then closed, so the rest is never downloaded.
 */
export async function getRange(url: string, start: number, end: number, options: HttpOptions): Promise<Uint8Array> {
  const left = options.budget?.bytesLeft() ?? Number.POSITIVE_INFINITY;
  if (end - start > left) throw new HttpError(url, 0, `reading bytes ${start}-${end} would pass the ${options.budget?.limits.bytes} bytes ${options.budget?.limits.what}: gpu-fit stops there`);
  const response = await get(url, options, { Range: `bytes=${start}-${end - 1}` });
  const skip = response.status === 206 ? 0 : start;
  const want = response.status === 206 ? end - start : end;
  const { bytes, received } = await readUpTo(url, response, want, options, `while reading bytes ${start}-${end}`);
  if (received < want) throw new HttpError(url, response.status, `the file ends after ${received} bytes, before byte ${end}`);
  return bytes.subarray(skip, want);
}

/**
 * The first `want` bytes of an answer's body (fewer where it ends sooner), counted against the
 * byte budget; the rest is never read: the stream is closed as soon as `want` bytes are in.
 */
export async function readUpTo(url: string, response: Response, want: number, options: HttpOptions, doing: string): Promise<{ bytes: Uint8Array; received: number }> {
  const reader = response.body?.getReader();
  if (!reader) throw new HttpError(url, response.status, 'the answer has no body');
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    while (received < want) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
    }
  } catch (error) {
    throw new HttpError(url, response.status, `${failure(error, options)} ${doing}`);
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  received = Math.min(received, want);
  options.budget?.spendBytes(url, received);
  return { bytes: concat(chunks, received), received };
}
