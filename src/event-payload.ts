// The event payload, checked before @actions/github reads it: its context parses
// GITHUB_EVENT_PATH when the module loads, so a payload that is not JSON (or a FIFO, or a huge
// file) would crash the action before any check. This module is imported first (src/index.ts);
// a bad payload is dropped and reported as one warning, and the check runs as for an event
// without a pull request.

import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';

/** GitHub's webhook payloads are capped at 25 MB; anything larger is not one. */
export const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;

/** Why the payload was dropped, or null when it was fine (or there was none). */
export function checkEventPayload(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return null;
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return `GITHUB_EVENT_PATH (${path}) is not a regular file`;
    if (stat.size > MAX_EVENT_PAYLOAD_BYTES) return `GITHUB_EVENT_PATH (${path}) is ${stat.size} bytes, more than an event payload can be (${MAX_EVENT_PAYLOAD_BYTES})`;
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const payload = JSON.parse(buffer.subarray(0, read).toString('utf8')) as unknown;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return `the event payload (${path}) is not a JSON object`;
    return null;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return null; // @actions/github warns about a missing file itself
    if (error instanceof SyntaxError) return `the event payload (${path}) is not JSON: ${e.message}`;
    return `the event payload (${path}) cannot be read: ${e.message}`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Set once, when this module loads, before anything imports @actions/github. */
export const EVENT_PAYLOAD_PROBLEM = checkEventPayload();
if (EVENT_PAYLOAD_PROBLEM) delete process.env.GITHUB_EVENT_PATH;
