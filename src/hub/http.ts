// HTTP for the Hub: retries with backoff on network errors, 5xx and 429 (honouring
// retry-after), and byte-range reads that also work against a server that ignores Range, by
// reading only the bytes needed from the stream and closing it.

export interface HttpOptions {
  retries: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  headers: Record<string, string>;
}

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryable(status: number): boolean {
  return status >= 500 || status === 429;
}

/** GET with retries; resolves with a 2xx response, throws HttpError otherwise. */
export async function get(url: string, options: HttpOptions, extraHeaders: Record<string, string> = {}): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(url, { headers: { ...options.headers, ...extraHeaders }, redirect: 'follow' });
    } catch (error) {
      if (attempt >= options.retries) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new HttpError(url, 0, `${cause?.code ?? cause?.message ?? (error as Error).message} after ${attempt + 1} tries`);
      }
      await sleep(Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs));
      continue;
    }
    if (response.ok) return response;
    await response.body?.cancel().catch(() => undefined);
    if (!retryable(response.status) || attempt >= options.retries) {
      throw new HttpError(url, response.status, `HTTP ${response.status}${attempt > 0 ? ` after ${attempt + 1} tries` : ''}`, response.headers.get('x-error-code') ?? undefined);
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    const delay = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : options.baseDelayMs * 2 ** attempt;
    await sleep(Math.min(delay, options.maxDelayMs));
  }
}

export async function getJson(url: string, options: HttpOptions): Promise<unknown> {
  const response = await get(url, options);
  const text = await response.text();
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
  const response = await get(url, options, { Range: `bytes=${start}-${end - 1}` });
  const skip = response.status === 206 ? 0 : start;
  const want = response.status === 206 ? end - start : end;
  const reader = response.body?.getReader();
  if (!reader) throw new HttpError(url, response.status, 'the answer has no body');
  const chunks: Uint8Array[] = [];
  let received = 0;
  while (received < want) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
  }
  await reader.cancel().catch(() => undefined);
  const all = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  if (received < want) throw new HttpError(url, response.status, `the file ends after ${received} bytes, before byte ${end}`);
  return all.subarray(skip, want);
}
