// A small Hugging Face Hub on 127.0.0.1 for tests: repositories of files at revisions,
// safetensors files whose headers tests write from real tensor shapes (the data is streamed as
// zeros and never stored), gated repositories that want a token, Range support that can be
// switched off, failures to inject, and a record of every request and of the bytes sent.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TensorSpec {
  name: string;
  dtype: string;
  shape: number[];
}

export const DTYPE_SIZE: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2, F8_E4M3: 1, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1 };

export interface SafetensorsFile {
  /** 8-byte length, then the JSON header (padded with spaces to 8 bytes, as the writer does). */
  head: Buffer;
  /** Size of the whole file: head + data. */
  size: number;
  dataBytes: number;
}

export function safetensorsFile(tensors: readonly TensorSpec[]): SafetensorsFile {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  let offset = 0;
  for (const t of tensors) {
    const bytes = t.shape.reduce((a, b) => a * b, 1) * DTYPE_SIZE[t.dtype];
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (json.length % 8)) % 8);
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
  const head = Buffer.concat([length, Buffer.from(json)]);
  return { head, size: head.length + offset, dataBytes: offset };
}

export type HubFile = string | SafetensorsFile;

export interface HubRepo {
  /** Files by revision, then path. */
  revisions: Record<string, Record<string, HubFile>>;
  /** Token that may read a gated repository. */
  gatedToken?: string;
}

export interface HubRequest {
  path: string;
  range: string | undefined;
  authorization: string | undefined;
  status: number;
}

export interface HubServer {
  url: string;
  repos: Map<string, HubRepo>;
  requests: HubRequest[];
  /** Bytes of response bodies written, by request path. */
  bytesSent: Map<string, number>;
  /** Off: answer every Range request with the whole file (200), as some mirrors do. */
  ranges: boolean;
  /** Fail the next `times` requests whose path includes `pathIncludes`. */
  failures: Array<{ pathIncludes: string; status: number; times: number }>;
  /** On: answer every Range request (206) from the file's first byte, as a broken cache might. */
  rangesFromStart?: boolean;
  close(): Promise<void>;
}

export async function startHubServer(): Promise<HubServer> {
  const state: Omit<HubServer, 'url' | 'close'> = { repos: new Map(), requests: [], bytesSent: new Map(), ranges: true, failures: [] };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: HubRequest = { path: url.pathname, range: req.headers.range, authorization: req.headers.authorization, status: 0 };
    state.requests.push(record);
    const answer = (status: number, body: string, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    };
    const failure = state.failures.find((f) => f.times > 0 && url.pathname.includes(f.pathIncludes));
    if (failure) {
      failure.times -= 1;
      return answer(failure.status, JSON.stringify({ error: 'injected' }));
    }
    const match = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url.pathname);
    if (!match) return answer(404, '{"error":"no route"}');
    const [, id, revision, path] = match;
    const repo = state.repos.get(id);
    if (!repo) return answer(404, '{"error":"Repository not found"}', { 'x-error-code': 'RepoNotFound' });
    if (repo.gatedToken && req.headers.authorization !== `Bearer ${repo.gatedToken}`) {
      return answer(401, '{"error":"Access to model is restricted"}', { 'x-error-code': 'GatedRepo' });
    }
    const files = repo.revisions[decodeURIComponent(revision)];
    if (!files) return answer(404, '{"error":"Invalid rev id"}', { 'x-error-code': 'RevisionNotFound' });
    const file = files[path];
    if (file === undefined) return answer(404, '{"error":"Entry not found"}', { 'x-error-code': 'EntryNotFound' });
    const size = typeof file === 'string' ? Buffer.byteLength(file) : file.size;
    const range = state.ranges ? /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '') : null;
    const start = range && !state.rangesFromStart ? Number(range[1]) : 0;
    const end = range ? Math.min(Number(range[2]), size - 1) : size - 1;
    record.status = range ? 206 : 200;
    res.writeHead(record.status, {
      'content-length': String(end - start + 1),
      ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
      'accept-ranges': state.ranges ? 'bytes' : 'none',
    });
    const head = typeof file === 'string' ? Buffer.from(file) : file.head;
    // Stream [start, end] of head + zeros, in chunks, stopping when the client goes away.
    let position = start;
    const zeros = Buffer.alloc(64 * 1024);
    const pump = () => {
      while (position <= end) {
        const chunk = position < head.length ? head.subarray(position, Math.min(head.length, end + 1)) : zeros.subarray(0, Math.min(zeros.length, end + 1 - position));
        position += chunk.length;
        state.bytesSent.set(url.pathname, (state.bytesSent.get(url.pathname) ?? 0) + chunk.length);
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => (position = end + 1));
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as HubServer;
}

/** A port on 127.0.0.1 nothing listens on (a connection is refused at once). */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** GGUF metadata value types by name (gguf_metadata_value_type in docs/gguf.md). */
export const GGUF_TYPE_IDS = { UINT8: 0, INT8: 1, UINT16: 2, INT16: 3, UINT32: 4, INT32: 5, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10, INT64: 11, FLOAT64: 12 } as const;
export type GgufTypeName = keyof typeof GGUF_TYPE_IDS;

/** A value written with the type named: any of the 13, arrays of any type (`of`), arrays of arrays. */
export interface GgufTyped {
  type: GgufTypeName;
  /** Element type of an ARRAY. */
  of?: GgufTypeName;
  value: string | number | bigint | boolean | Array<string | number | bigint | boolean | GgufTyped>;
}

/** A GGUF metadata value: numbers are written as UINT32 (INT32 when negative), FLOAT32 when fractional. */
export type GgufValue = string | number | boolean | string[] | number[] | GgufTyped;

export interface GgufTensorSpec {
  name: string;
  /** ggml type id (GGMLQuantizationType: F32 0, F16 1, Q8_0 8, Q4_K 12, Q6_K 14, ...). */
  type: number;
  /** ne0 first (the row length), as GGUF stores dimensions. */
  shape: number[];
  /** Bytes of the tensor's data (rows × blocks per row × bytes per block). */
  bytes: number;
}

/** A GGUF v3 file (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md): header, then zeros for the data. */
export function ggufFile(metadata: Record<string, GgufValue>, tensors: readonly GgufTensorSpec[]): SafetensorsFile {
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    parts.push(b);
  };
  const u64 = (n: number | bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    parts.push(b);
  };
  const str = (s: string) => {
    u64(Buffer.byteLength(s));
    parts.push(Buffer.from(s));
  };
  const scalar = (v: string | number | boolean): [number, () => void] => {
    if (typeof v === 'string') return [8, () => str(v)];
    if (typeof v === 'boolean') return [7, () => parts.push(Buffer.from([v ? 1 : 0]))];
    if (!Number.isInteger(v)) return [6, () => { const b = Buffer.alloc(4); b.writeFloatLE(v); parts.push(b); }];
    if (v < 0) return [5, () => { const b = Buffer.alloc(4); b.writeInt32LE(v); parts.push(b); }];
    return [4, () => u32(v)];
  };
  /** Writes `v` as `type` (no type id before it: the caller writes that). */
  const typed = (type: GgufTypeName, v: GgufTyped['value'] | GgufTyped, of?: GgufTypeName): void => {
    const b = Buffer.alloc(8);
    switch (type) {
      case 'UINT8': return void parts.push(Buffer.from([Number(v)]));
      case 'INT8': b.writeInt8(Number(v)); return void parts.push(b.subarray(0, 1));
      case 'UINT16': b.writeUInt16LE(Number(v)); return void parts.push(b.subarray(0, 2));
      case 'INT16': b.writeInt16LE(Number(v)); return void parts.push(b.subarray(0, 2));
      case 'UINT32': return u32(Number(v));
      case 'INT32': b.writeInt32LE(Number(v)); return void parts.push(b.subarray(0, 4));
      case 'FLOAT32': b.writeFloatLE(Number(v)); return void parts.push(b.subarray(0, 4));
      case 'BOOL': return void parts.push(Buffer.from([v ? 1 : 0]));
      case 'STRING': return str(String(v));
      case 'UINT64': return u64(BigInt(v as bigint));
      case 'INT64': b.writeBigInt64LE(BigInt(v as bigint)); return void parts.push(b);
      case 'FLOAT64': b.writeDoubleLE(Number(v)); return void parts.push(b);
      case 'ARRAY': {
        // an element of an array of arrays is itself a GgufTyped ARRAY
        const inner = v as GgufTyped;
        const items = (Array.isArray(v) ? v : inner.value) as Array<string | number | bigint | boolean | GgufTyped>;
        const element = Array.isArray(v) ? of! : inner.of!;
        u32(GGUF_TYPE_IDS[element]);
        u64(items.length);
        for (const item of items) typed(element, item);
      }
    }
  };
  parts.push(Buffer.from('GGUF'));
  u32(3);
  u64(tensors.length);
  u64(Object.keys(metadata).length);
  for (const [key, value] of Object.entries(metadata)) {
    str(key);
    if (typeof value === 'object' && !Array.isArray(value)) {
      u32(GGUF_TYPE_IDS[value.type]);
      typed(value.type, value.value, value.of);
    } else if (Array.isArray(value)) {
      u32(9);
      const [type] = scalar(value[0] ?? 0);
      u32(type);
      u64(value.length);
      for (const item of value) scalar(item)[1]();
    } else {
      const [type, write] = scalar(value);
      u32(type);
      write();
    }
  }
  let offset = 0;
  for (const t of tensors) {
    str(t.name);
    u32(t.shape.length);
    for (const d of t.shape) u64(d);
    u32(t.type);
    u64(offset);
    offset += Math.ceil(t.bytes / 32) * 32;
  }
  let head = Buffer.concat(parts);
  head = Buffer.concat([head, Buffer.alloc((32 - (head.length % 32)) % 32)]);
  return { head, size: head.length + offset, dataBytes: offset };
}
