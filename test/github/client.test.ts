import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, retryDelay } from '../../src/github/client.js';

const error = (status: number, headers: Record<string, string> = {}, message = 'x') => ({ status, message, response: { headers } });

describe('retryDelay', () => {
  it('backs off exponentially on server errors', () => {
    expect(retryDelay(error(502), 0, DEFAULT_RETRY)).toBe(1000);
    expect(retryDelay(error(503), 2, DEFAULT_RETRY)).toBe(4000);
  });

  it('honours retry-after on 429 and on secondary rate limits', () => {
    expect(retryDelay(error(429, { 'retry-after': '7' }), 0, DEFAULT_RETRY)).toBe(7000);
    expect(retryDelay(error(403, {}, 'You have exceeded a secondary rate limit'), 1, DEFAULT_RETRY)).toBe(2000);
    expect(retryDelay(error(403, { 'retry-after': '3' }, 'slow down'), 0, DEFAULT_RETRY)).toBe(3000);
  });

  it('waits for the primary rate limit to reset, within the cap', () => {
    const now = 1_700_000_000_000;
    expect(retryDelay(error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 20) }), 0, DEFAULT_RETRY, now)).toBe(20_000);
    expect(retryDelay(error(429, { 'retry-after': '3600' }), 0, DEFAULT_RETRY)).toBe(DEFAULT_RETRY.maxDelayMs);
  });

  it('does not retry what another try cannot fix', () => {
    expect(retryDelay(error(403, {}, 'Resource not accessible by integration'), 0, DEFAULT_RETRY)).toBeNull();
    expect(retryDelay(error(404), 0, DEFAULT_RETRY)).toBeNull();
    expect(retryDelay(error(422), 0, DEFAULT_RETRY)).toBeNull();
  });
});
