// A GGUF file's header read by gpu-fit itself (magic, version, counts, metadata, tensor infos),
// from bytes that arrive in growing ranges: only the header is ever requested, never the weights.
// Every count, length and nesting level is checked against the bytes that could hold it before
// anything is allocated or read, so a hostile header ends in an error, not a hang, a huge
// allocation or a stack overflow.
// Format (little-endian v2/v3): https://github.com/ggml-org/ggml/blob/d99724f2b141fed9e1a9f402213506c081433465/docs/gguf.md#L142-L330
// Checks as ggml's own reader makes them: gguf_init_from_reader in
// https://github.com/ggml-org/ggml/blob/d99724f2b141fed9e1a9f402213506c081433465/src/gguf.cpp#L451-L760

/**
 * The first range asked for, 2 MB as @huggingface/gguf asks: a small vocabulary's header fits; a
 * 150k-token one with its merges (about 16 bytes a token, 18 a merge) takes one or two more reads.
 */
export const GGUF_FIRST_READ_BYTES = 2_000_000;
/**
 * The most header bytes read. The largest real headers carry a 200k-token vocabulary with 450k BPE
 * merges (gpt-oss, Llama 4): about 12-15 MB by the sizes above; @huggingface/gguf stops at 50 MB.
 * 64 MiB leaves room, bounds the download, and bounds every count read from the header (each
 * checked at its type's minimum size below).
 */
export const MAX_GGUF_HEADER_BYTES = 64 * 1024 * 1024;
/**
 * Metadata values kept, array elements included. Real headers hold under a million (a vocabulary's
 * tokens, token types and merges); 8 million bounds the memory a header of tiny values could take.
 */
export const MAX_GGUF_METADATA_VALUES = 8_000_000;
/** Arrays of arrays: ggml's gguf.cpp reads none; other writers may nest, @huggingface/gguf reads 4 levels. */
export const MAX_GGUF_ARRAY_DEPTH = 4;
/** ggml's GGML_MAX_DIMS (ggml.h): llama.cpp refuses a tensor with more dimensions. */
export const MAX_GGUF_TENSOR_DIMS = 4;

/** gguf_metadata_value_type (docs/gguf.md). */
export const GGUF_VALUE_TYPES = ['UINT8', 'INT8', 'UINT16', 'INT16', 'UINT32', 'INT32', 'FLOAT32', 'BOOL', 'STRING', 'ARRAY', 'UINT64', 'INT64', 'FLOAT64'] as const;
const ARRAY = 9;
const STRING = 8;
/** Fewest bytes one value of each type takes: a length-prefixed string is 8, an array 12 (type and length). */
const MIN_VALUE_BYTES = [1, 1, 2, 2, 4, 4, 4, 1, 8, 12, 8, 8, 8];
/** Fewest bytes of one metadata pair: key length 8, a key of 1 byte (ggml refuses an empty one), type 4, a 1-byte value. */
const MIN_KV_BYTES = 8 + 1 + 4 + 1;
/** Fewest bytes of one tensor info: name length 8, n_dimensions 4, type 4, offset 8. */
const MIN_TENSOR_INFO_BYTES = 8 + 4 + 4 + 8;

/** 64-bit integers stay exact as bigint; every other number is a number. */
export type GgufMetadataValue = string | number | bigint | boolean | GgufMetadataValue[];

export interface GgufTensorInfo {
  name: string;
  /** ne0 first (the row length), as GGUF stores dimensions. */
  shape: number[];
  /** ggml_type id (ggml.h enum ggml_type). */
  type: number;
  /** Offset of the tensor's data from the start of the data section. */
  offset: number;
}

export interface GgufHeaderData {
  version: number;
  /** By key; a null-prototype object, so a key such as "__proto__" is only a key. */
  metadata: Record<string, GgufMetadataValue>;
  tensors: GgufTensorInfo[];
  /** Bytes from the magic to the end of the last tensor info. */
  bytes: number;
}

/** The header is not one gpu-fit can read: the message says what and at which byte. */
export class GgufFormatError extends Error {}

/** The bytes so far end inside the header: read up to `needed` and parse again. */
class NeedMore {
  constructor(readonly needed: number) {}
}

class Cursor {
  private readonly view: DataView;
  private readonly decoder = new TextDecoder();
  pos = 0;
  values = 0;

  constructor(
    private readonly bytes: Uint8Array,
    /** The file ends where the bytes end (no more to ask for). */
    private readonly ended: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Moves past `n` bytes and gives where they start; asks for more, or fails, when they are not here. */
  take(n: number, what: string): number {
    const end = this.pos + n;
    if (end > MAX_GGUF_HEADER_BYTES) throw new GgufFormatError(`${what} at byte ${this.pos} would take the header past the ${MAX_GGUF_HEADER_BYTES} bytes gpu-fit reads`);
    if (end > this.bytes.length) {
      if (this.ended) throw new GgufFormatError(`the file ends at byte ${this.bytes.length}, inside the header (${what} at byte ${this.pos})`);
      throw new NeedMore(end);
    }
    const at = this.pos;
    this.pos = end;
    return at;
  }

  u8 = (what: string) => this.view.getUint8(this.take(1, what));
  u32 = (what: string) => this.view.getUint32(this.take(4, what), true);
  u64 = (what: string) => this.view.getBigUint64(this.take(8, what), true);

  /** A count that must fit in what is left of the header at `minBytes` each. */
  count(what: string, minBytes: number): number {
    const at = this.pos;
    const n = this.u64(what);
    const room = BigInt(Math.floor((MAX_GGUF_HEADER_BYTES - this.pos) / minBytes));
    if (n > room) throw new GgufFormatError(`${what} at byte ${at} is ${n}: more than fit in the ${MAX_GGUF_HEADER_BYTES} bytes gpu-fit reads of a header (${minBytes} byte${minBytes === 1 ? '' : 's'} or more each)`);
    return Number(n);
  }

  string(what: string): string {
    const length = this.count(`the length of ${what}`, 1);
    const at = this.take(length, what);
    return this.decoder.decode(this.bytes.subarray(at, at + length));
  }

  /** One more value kept; refuses past MAX_GGUF_METADATA_VALUES. */
  keep(n: number, what: string): void {
    this.values += n;
    if (this.values > MAX_GGUF_METADATA_VALUES) throw new GgufFormatError(`${what} at byte ${this.pos} takes the header past ${MAX_GGUF_METADATA_VALUES} metadata values, more than gpu-fit reads`);
  }

  value(type: number, what: string, depth: number): GgufMetadataValue {
    switch (type) {
      case 0: return this.u8(what);
      case 1: return this.view.getInt8(this.take(1, what));
      case 2: return this.view.getUint16(this.take(2, what), true);
      case 3: return this.view.getInt16(this.take(2, what), true);
      case 4: return this.u32(what);
      case 5: return this.view.getInt32(this.take(4, what), true);
      case 6: return this.view.getFloat32(this.take(4, what), true);
      case 7: return this.u8(what) !== 0;
      case STRING: return this.string(what);
      case ARRAY: return this.array(what, depth + 1);
      case 10: return this.u64(what);
      case 11: return this.view.getBigInt64(this.take(8, what), true);
      case 12: return this.view.getFloat64(this.take(8, what), true);
      default: throw new GgufFormatError(`${what} has value type ${type}, which is not a GGUF type (0-12)`);
    }
  }

  array(what: string, depth: number): GgufMetadataValue[] {
    if (depth > MAX_GGUF_ARRAY_DEPTH) throw new GgufFormatError(`${what} nests arrays ${depth} deep, more than the ${MAX_GGUF_ARRAY_DEPTH} gpu-fit reads`);
    const at = this.pos;
    const type = this.u32(`the element type of ${what}`);
    if (type >= GGUF_VALUE_TYPES.length) throw new GgufFormatError(`${what} at byte ${at} has element type ${type}, which is not a GGUF type (0-12)`);
    const length = this.count(`the length of ${what}`, MIN_VALUE_BYTES[type]);
    this.keep(length, what);
    const items: GgufMetadataValue[] = [];
    for (let i = 0; i < length; i += 1) items.push(this.value(type, what, depth));
    return items;
  }
}

/**
 * Parses a GGUF header from the file's first bytes. Throws GgufFormatError for a header gpu-fit
 * cannot read, or NeedMore (internal) when `bytes` ends inside the header and the file goes on.
 */
function parse(bytes: Uint8Array, ended: boolean): GgufHeaderData {
  const c = new Cursor(bytes, ended);
  const magic = c.take(4, 'the magic number');
  if (String.fromCharCode(...bytes.subarray(magic, magic + 4)) !== 'GGUF') throw new GgufFormatError('the file does not start with "GGUF"');
  const version = c.u32('the version');
  if (version === 0) throw new GgufFormatError('GGUF version 0 is not a version');
  // ggml gguf.cpp: a version whose low 16 bits are zero was written on a machine of the other byte order.
  if ((version & 0xffff) === 0) throw new GgufFormatError(`version ${version} reads as a big-endian file (version ${version >>> 24}); gpu-fit reads little-endian GGUF, as llama.cpp does on x86 and ARM`);
  if (version === 1) throw new GgufFormatError('GGUF version 1 (before August 2023): llama.cpp no longer loads it; convert the model again');
  if (version !== 2 && version !== 3) throw new GgufFormatError(`GGUF version ${version}: gpu-fit reads versions 2 and 3`);
  const tensorCount = c.count('the tensor count', MIN_TENSOR_INFO_BYTES);
  const kvCount = c.count('the metadata count', MIN_KV_BYTES);
  const metadata: Record<string, GgufMetadataValue> = Object.create(null);
  for (let i = 0; i < kvCount; i += 1) {
    const key = c.string(`metadata key ${i}`);
    const what = key ? `metadata "${key.slice(0, 100)}"` : `metadata key ${i}`;
    if (!key) throw new GgufFormatError(`${what} is empty`);
    if (Object.hasOwn(metadata, key)) throw new GgufFormatError(`${what} appears twice`);
    const type = c.u32(`the type of ${what}`);
    c.keep(1, what);
    metadata[key] = c.value(type, what, 0);
  }
  const names = new Set<string>();
  const tensors: GgufTensorInfo[] = [];
  for (let i = 0; i < tensorCount; i += 1) {
    const name = c.string(`the name of tensor ${i}`);
    const what = `tensor "${name.slice(0, 100)}"`;
    if (names.has(name)) throw new GgufFormatError(`${what} appears twice`);
    names.add(name);
    const dims = c.u32(`the dimension count of ${what}`);
    if (dims > MAX_GGUF_TENSOR_DIMS) throw new GgufFormatError(`${what} has ${dims} dimensions; ggml tensors have at most ${MAX_GGUF_TENSOR_DIMS}`);
    const shape: number[] = [];
    let elements = 1;
    for (let d = 0; d < dims; d += 1) {
      const n = c.u64(`dimension ${d} of ${what}`);
      // ggml checks the element count against INT64_MAX; sizes are numbers here, exact to 2^53.
      elements *= Number(n);
      if (n > BigInt(Number.MAX_SAFE_INTEGER) || elements > Number.MAX_SAFE_INTEGER) {
        throw new GgufFormatError(`${what} has more than 2^53 elements, more than any real tensor`);
      }
      shape.push(Number(n));
    }
    const type = c.u32(`the type of ${what}`);
    const offset = c.u64(`the data offset of ${what}`);
    if (offset > BigInt(Number.MAX_SAFE_INTEGER)) throw new GgufFormatError(`${what} has data offset ${offset}, past any file`);
    tensors.push({ name, shape, type, offset: Number(offset) });
  }
  return { version, metadata, tensors, bytes: c.pos };
}

/**
 * Reads bytes [start, end) of the file; fewer where the file ends (`ended` then says so). Errors
 * of the transport (deadline, byte budget, HTTP status) pass through as they are.
 */
export type ReadRange = (start: number, end: number) => Promise<{ bytes: Uint8Array; ended: boolean }>;

/**
 * A GGUF header read through growing ranges: GGUF_FIRST_READ_BYTES, then as far as the header
 * needs (at least twice as far), never past MAX_GGUF_HEADER_BYTES. Parsing starts again on the
 * longer bytes, which costs twice the header's bytes at most since each read doubles.
 */
export async function readGgufHeaderData(read: ReadRange): Promise<GgufHeaderData> {
  let have = new Uint8Array(0);
  let want = GGUF_FIRST_READ_BYTES;
  for (;;) {
    const next = await read(have.length, want);
    // a short answer is the file's end too, so a reader that under-delivers cannot loop
    const ended = next.ended || next.bytes.length < want - have.length;
    const joined = new Uint8Array(have.length + next.bytes.length);
    joined.set(have);
    joined.set(next.bytes, have.length);
    have = joined;
    try {
      return parse(have, ended);
    } catch (signal) {
      if (!(signal instanceof NeedMore)) throw signal;
      want = Math.min(MAX_GGUF_HEADER_BYTES, Math.max(signal.needed, 2 * have.length));
    }
  }
}

/** The same header from bytes already in memory (the whole file, or its first part). */
export function parseGgufHeader(bytes: Uint8Array): GgufHeaderData {
  return parse(bytes, true);
}
