// gpu-fit's own GGUF header reader, checked against @huggingface/gguf (the reference reader, a
// dev dependency only): the same generated files, served by a Hub on 127.0.0.1, give the same
// metadata and tensor infos with both. Then the growing ranges, and hostile headers that must end
// in an error at once: no hang, no huge allocation, no stack overflow.

import { gguf } from '@huggingface/gguf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GGUF_FIRST_READ_BYTES,
  GgufFormatError,
  MAX_GGUF_HEADER_BYTES,
  parseGgufHeader,
  readGgufHeaderData,
  type GgufHeaderData,
  type ReadRange,
} from '../../src/hub/gguf-reader.js';
import { ggufFile, startHubServer, type GgufTensorSpec, type GgufTyped, type GgufValue, type HubServer, type SafetensorsFile } from '../helpers/hub-server.js';

let hub: HubServer;
let served = 0;

beforeAll(async () => {
  hub = await startHubServer();
});

afterAll(async () => {
  await hub.close();
});

/** The file as bytes in memory: the header, then zeros, read in the ranges asked for. */
function memoryReader(file: SafetensorsFile, log: Array<[number, number]> = []): ReadRange {
  return async (start, end) => {
    log.push([start, end]);
    const stop = Math.min(end, file.size);
    const bytes = new Uint8Array(Math.max(0, stop - start));
    bytes.set(file.head.subarray(Math.min(start, file.head.length), Math.min(stop, file.head.length)));
    return { bytes, ended: end >= file.size };
  };
}

/** Both readers on one file: ours from memory, the reference over HTTP from the Hub on 127.0.0.1. */
async function both(file: SafetensorsFile): Promise<{ ours: GgufHeaderData; reference: Awaited<ReturnType<typeof gguf>> }> {
  const path = `f${(served += 1)}.gguf`;
  hub.repos.set('acme/diff', { revisions: { main: { ...(hub.repos.get('acme/diff')?.revisions.main ?? {}), [path]: file } } });
  const reference = await gguf(`${hub.url}/acme/diff/resolve/main/${path}`);
  const ours = await readGgufHeaderData(memoryReader(file));
  return { ours, reference };
}

/** The reference's answer in our terms: its three header fields out of the metadata, shapes as numbers. */
function sameAsReference(ours: GgufHeaderData, reference: Awaited<ReturnType<typeof gguf>>): void {
  const { version, tensor_count, kv_count, ...metadata } = reference.metadata as unknown as Record<string, unknown>;
  expect(ours.version).toBe(version);
  expect(ours.tensors.length).toBe(Number(tensor_count));
  expect(Object.keys(ours.metadata).length).toBe(Number(kv_count));
  expect({ ...ours.metadata }).toEqual(metadata);
  expect(ours.tensors).toEqual(reference.tensorInfos.map((t) => ({ name: t.name, shape: t.shape.map(Number), type: t.dtype, offset: Number(t.offset) })));
  expect(ours.bytes).toBe(reference.tensorInfoByteRange[1]);
}

const t = (type: GgufTyped['type'], value: GgufTyped['value'], of?: GgufTyped['type']): GgufTyped => ({ type, value, of });

const EVERY_TYPE: Record<string, GgufValue> = {
  'general.architecture': 'llama',
  'x.uint8': t('UINT8', 255),
  'x.int8': t('INT8', -128),
  'x.uint16': t('UINT16', 65535),
  'x.int16': t('INT16', -32768),
  'x.uint32': t('UINT32', 4_294_967_295),
  'x.int32': t('INT32', -2_147_483_648),
  'x.float32': t('FLOAT32', 0.1),
  'x.bool.true': t('BOOL', true),
  'x.bool.false': t('BOOL', false),
  'x.string': t('STRING', 'héllo ✓ 𝄞 "quoted"\n'),
  'x.string.empty': t('STRING', ''),
  'x.uint64': t('UINT64', 2n ** 64n - 1n),
  'x.uint64.small': t('UINT64', 8192n),
  'x.int64': t('INT64', -(2n ** 63n)),
  'x.float64': t('FLOAT64', Math.PI),
  'x.float64.huge': t('FLOAT64', -1.7976931348623157e308),
  'x.array.uint8': t('ARRAY', [0, 1, 255], 'UINT8'),
  'x.array.int8': t('ARRAY', [-1, 127], 'INT8'),
  'x.array.uint16': t('ARRAY', [1, 65535], 'UINT16'),
  'x.array.int16': t('ARRAY', [-2, 3], 'INT16'),
  'x.array.uint32': t('ARRAY', [32, 32, 8, 8], 'UINT32'),
  'x.array.int32': t('ARRAY', [-5, 0, 5], 'INT32'),
  'x.array.float32': t('ARRAY', [0.5, -0.25, 1e-7], 'FLOAT32'),
  'x.array.bool': t('ARRAY', [true, false, true], 'BOOL'),
  'x.array.string': t('ARRAY', ['<s>', '</s>', '', 'Ġthe', '日本'], 'STRING'),
  'x.array.uint64': t('ARRAY', [0n, 2n ** 53n + 1n, 2n ** 64n - 1n], 'UINT64'),
  'x.array.int64': t('ARRAY', [-(2n ** 63n), 2n ** 63n - 1n], 'INT64'),
  'x.array.float64': t('ARRAY', [1e300, -0.5], 'FLOAT64'),
  'x.array.empty': t('ARRAY', [], 'UINT32'),
  'x.array.of.arrays': t('ARRAY', [t('ARRAY', [1, 2], 'UINT8'), t('ARRAY', [], 'UINT8'), t('ARRAY', [3], 'UINT8')], 'ARRAY'),
  'x.array.of.arrays.of.strings': t('ARRAY', [t('ARRAY', ['a', 'b'], 'STRING'), t('ARRAY', ['c'], 'STRING')], 'ARRAY'),
  'x.array.three.deep': t('ARRAY', [t('ARRAY', [t('ARRAY', [7n], 'INT64')], 'ARRAY')], 'ARRAY'),
};

const TENSORS: GgufTensorSpec[] = [
  { name: 'token_embd.weight', type: 12, shape: [256, 1000], bytes: 1000 * 144 },
  { name: 'blk.0.attn_norm.weight', type: 0, shape: [256], bytes: 1024 },
  { name: 'blk.0.ffn_gate_exps.weight', type: 14, shape: [256, 512, 8], bytes: 512 * 8 * 210 },
  { name: 'x.four.dims', type: 1, shape: [2, 3, 4, 5], bytes: 240 },
  { name: 'x.scalar', type: 0, shape: [], bytes: 4 },
];

describe('our GGUF reader and @huggingface/gguf read the same header', () => {
  it('every metadata value type, arrays of every type, arrays of arrays, 64-bit integers at their limits', async () => {
    const { ours, reference } = await both(ggufFile(EVERY_TYPE, TENSORS));
    sameAsReference(ours, reference);
    expect(ours.metadata['x.uint64']).toBe(2n ** 64n - 1n);
    expect(ours.metadata['x.array.of.arrays.of.strings']).toEqual([['a', 'b'], ['c']]);
    expect(ours.tensors[2]).toEqual({ name: 'blk.0.ffn_gate_exps.weight', shape: [256, 512, 8], type: 14, offset: Math.ceil((1000 * 144 + 1024) / 32) * 32 });
  });

  it('a header past the first 2 MB: a 250,000-token vocabulary with merges and 6,000 tensors', async () => {
    const tokens = Array.from({ length: 250_000 }, (_, i) => `tok${i}`);
    const merges = Array.from({ length: 150_000 }, (_, i) => `m${i} n${i}`);
    const tensors: GgufTensorSpec[] = Array.from({ length: 6000 }, (_, i) => ({ name: `blk.${Math.floor(i / 10)}.t${i % 10}.weight`, type: i % 3 === 0 ? 0 : 12, shape: [256, 1 + (i % 7)], bytes: 256 * 4 * (1 + (i % 7)) }));
    const file = ggufFile({ 'general.architecture': 'qwen2', 'tokenizer.ggml.tokens': tokens, 'tokenizer.ggml.merges': merges, 'tokenizer.ggml.token_type': t('ARRAY', tokens.map(() => 1), 'INT32') }, tensors);
    expect(file.head.length).toBeGreaterThan(3 * GGUF_FIRST_READ_BYTES);
    const { ours, reference } = await both(file);
    sameAsReference(ours, reference);
    expect(ours.tensors).toHaveLength(6000);
  });

  it('random headers (fast-check): every type, random lengths and nesting, agree value for value', async () => {
    const leaf = (type: GgufTyped['type']): fc.Arbitrary<string | number | bigint | boolean> => {
      switch (type) {
        case 'UINT8': return fc.integer({ min: 0, max: 255 });
        case 'INT8': return fc.integer({ min: -128, max: 127 });
        case 'UINT16': return fc.integer({ min: 0, max: 65535 });
        case 'INT16': return fc.integer({ min: -32768, max: 32767 });
        case 'UINT32': return fc.integer({ min: 0, max: 4_294_967_295 });
        case 'INT32': return fc.integer({ min: -2_147_483_648, max: 2_147_483_647 });
        case 'FLOAT32': return fc.float({ noNaN: true });
        case 'FLOAT64': return fc.double({ noNaN: true });
        case 'BOOL': return fc.boolean();
        case 'STRING': return fc.string({ maxLength: 12, unit: 'grapheme' });
        case 'UINT64': return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
        default: return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
      }
    };
    const scalarTypes = ['UINT8', 'INT8', 'UINT16', 'INT16', 'UINT32', 'INT32', 'FLOAT32', 'BOOL', 'STRING', 'UINT64', 'INT64', 'FLOAT64'] as const;
    const typed: fc.Arbitrary<GgufTyped> = fc.constantFrom(...scalarTypes).chain((type) =>
      fc.oneof(
        leaf(type).map((value) => t(type, value as GgufTyped['value'])),
        fc.array(leaf(type), { maxLength: 6 }).map((items) => t('ARRAY', items as GgufTyped['value'], type)),
        fc.array(fc.array(leaf(type), { maxLength: 3 }), { maxLength: 3 }).map((rows) => t('ARRAY', rows.map((row) => t('ARRAY', row as GgufTyped['value'], type)), 'ARRAY')),
      ),
    );
    const tensor = fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9._]{0,20}$/), type: fc.constantFrom(0, 1, 8, 12, 14, 30), shape: fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 4 }), bytes: fc.integer({ min: 0, max: 1 << 20 }) });
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9._]{0,15}$/), typed, { maxKeys: 12 }),
        fc.uniqueArray(tensor, { maxLength: 8, selector: (x) => x.name }),
        async (metadata, tensors) => {
          cases += 1;
          const { ours, reference } = await both(ggufFile(metadata, tensors));
          sameAsReference(ours, reference);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
    console.log(`differential GGUF fuzz: ${cases} generated headers read alike by both readers`);
  });
});

describe('reading a header in growing ranges', () => {
  it('asks for 2 MB, then as far as the header needs (at least twice as far), never for the weights', async () => {
    const strings = Array.from({ length: 600_000 }, (_, i) => `token-${i}`);
    const file = ggufFile({ 'general.architecture': 'llama', 'tokenizer.ggml.tokens': strings }, TENSORS);
    const log: Array<[number, number]> = [];
    const header = await readGgufHeaderData(memoryReader(file, log));
    expect(header.metadata['tokenizer.ggml.tokens']).toHaveLength(600_000);
    expect(log[0]).toEqual([0, GGUF_FIRST_READ_BYTES]);
    // each range starts where the last ended and at least doubles what is held
    for (let i = 1; i < log.length; i += 1) {
      expect(log[i][0]).toBe(log[i - 1][1]);
      expect(log[i][1]).toBeGreaterThanOrEqual(2 * log[i][0]);
    }
    expect(log.at(-1)![1]).toBeLessThan(2 * file.head.length + GGUF_FIRST_READ_BYTES);
  });

  it('a string longer than what was read is read in one more range, as long as the string says', async () => {
    const file = ggufFile({ 'general.architecture': 'llama', 'tokenizer.chat_template': 'x'.repeat(5_000_000) }, []);
    const log: Array<[number, number]> = [];
    const header = await readGgufHeaderData(memoryReader(file, log));
    expect(header.metadata['tokenizer.chat_template']).toHaveLength(5_000_000);
    expect(log).toHaveLength(2);
    expect(log[1][1]).toBeGreaterThan(5_000_000);
  });

  it('a file shorter than the first range is read once, to its end', async () => {
    const file = ggufFile({ 'general.architecture': 'llama' }, []);
    const log: Array<[number, number]> = [];
    expect((await readGgufHeaderData(memoryReader({ ...file, size: file.head.length }, log))).metadata['general.architecture']).toBe('llama');
    expect(log).toHaveLength(1);
  });

  it('a reader that sends fewer bytes than asked is taken as the file ending: an error, not a loop', async () => {
    const file = ggufFile({ 'general.architecture': 'llama', big: 'y'.repeat(3_000_000) }, []);
    let calls = 0;
    const stingy: ReadRange = async (start) => {
      calls += 1;
      return { bytes: file.head.subarray(start, start + 1000), ended: false };
    };
    await expect(readGgufHeaderData(stingy)).rejects.toThrow(/the file ends at byte 1000, inside the header/);
    expect(calls).toBe(1);
  });
});

/** Bytes of a hand-made header: little-endian u32/u64 and strings, as the format writes them. */
type Part = string | readonly ['u32' | 'u64' | 'u32be', number | bigint] | readonly ['str', string];

function bytes(...parts: Part[]): Uint8Array {
  const out: Buffer[] = [];
  for (const p of parts) {
    if (typeof p === 'string') out.push(Buffer.from(p));
    else if (p[0] === 'str') {
      const b = Buffer.alloc(8);
      b.writeBigUInt64LE(BigInt(Buffer.byteLength(p[1])));
      out.push(b, Buffer.from(p[1]));
    } else {
      const b = Buffer.alloc(p[0] === 'u64' ? 8 : 4);
      if (p[0] === 'u64') b.writeBigUInt64LE(BigInt(p[1]));
      else if (p[0] === 'u32') b.writeUInt32LE(Number(p[1]));
      else b.writeUInt32BE(Number(p[1]));
      out.push(b);
    }
  }
  return new Uint8Array(Buffer.concat(out));
}

const V3 = ['GGUF', ['u32', 3]] as const;

describe('a header gpu-fit cannot read is one clear error, at once', () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['bad magic', bytes('GGML', ['u32', 3], ['u64', 0], ['u64', 0]), /does not start with "GGUF"/],
    ['version 1', bytes('GGUF', ['u32', 1], ['u32', 0], ['u32', 0]), /GGUF version 1 .*llama\.cpp no longer loads it/],
    ['a version from the future', bytes('GGUF', ['u32', 4], ['u64', 0], ['u64', 0]), /GGUF version 4: gpu-fit reads versions 2 and 3/],
    ['big-endian', bytes('GGUF', ['u32be', 3], ['u64', 0], ['u64', 0]), /big-endian file \(version 3\)/],
    ['truncated inside the counts', bytes(...V3, ['u32', 0]), /the file ends at byte 12, inside the header \(the tensor count at byte 8\)/],
    ['truncated inside a string', bytes(...V3, ['u64', 0], ['u64', 1], ['str', 'general.architecture'], ['u32', 8], ['u64', 5], 'lla'), /the file ends at byte 67, inside the header \(metadata "general\.architecture" at byte 64\)/],
    ['a string of 2^60 bytes', bytes(...V3, ['u64', 0], ['u64', 1], ['u64', 2n ** 60n]), /the length of metadata key 0 at byte 24 is 1152921504606846976: more than fit in the 67108864 bytes gpu-fit reads of a header \(1 byte or more each\)/],
    ['an array of 10^12 entries', bytes(...V3, ['u64', 0], ['u64', 1], ['str', 'a'], ['u32', 9], ['u32', 0], ['u64', 10n ** 12n]), /the length of metadata "a" at byte 41 is 1000000000000/],
    ['an array of 10^12 strings', bytes(...V3, ['u64', 0], ['u64', 1], ['str', 'a'], ['u32', 9], ['u32', 8], ['u64', 10n ** 12n]), /is 1000000000000: more than fit .*\(8 bytes or more each\)/],
    ['10^7 tensors', bytes(...V3, ['u64', 10 ** 7], ['u64', 0]), /the tensor count at byte 8 is 10000000: more than fit .*\(24 bytes or more each\)/],
    ['2^64-1 metadata pairs', bytes(...V3, ['u64', 0], ['u64', 2n ** 64n - 1n]), /the metadata count at byte 16 is 18446744073709551615/],
    ['a value type that does not exist', bytes(...V3, ['u64', 0], ['u64', 1], ['str', 'a'], ['u32', 13]), /metadata "a" has value type 13, which is not a GGUF type/],
    ['an array element type that does not exist', bytes(...V3, ['u64', 0], ['u64', 1], ['str', 'a'], ['u32', 9], ['u32', 99], ['u64', 1]), /element type 99/],
    ['an empty key', bytes(...V3, ['u64', 0], ['u64', 1], ['str', ''], ['u32', 4], ['u32', 1]), /metadata key 0 is empty/],
    ['a key twice', bytes(...V3, ['u64', 0], ['u64', 2], ['str', 'a'], ['u32', 4], ['u32', 1], ['str', 'a'], ['u32', 4], ['u32', 2]), /metadata "a" appears twice/],
    ['a tensor twice', bytes(...V3, ['u64', 2], ['u64', 0], ['str', 'w'], ['u32', 1], ['u64', 4], ['u32', 0], ['u64', 0], ['str', 'w'], ['u32', 1], ['u64', 4], ['u32', 0], ['u64', 32]), /tensor "w" appears twice/],
    ['a tensor of 5 dimensions', bytes(...V3, ['u64', 1], ['u64', 0], ['str', 'w'], ['u32', 5]), /tensor "w" has 5 dimensions; ggml tensors have at most 4/],
    ['a tensor of 2^32 × 2^32 elements', bytes(...V3, ['u64', 1], ['u64', 0], ['str', 'w'], ['u32', 2], ['u64', 2n ** 32n], ['u64', 2n ** 32n]), /tensor "w" has more than 2\^53 elements/],
  ];

  it.each(cases)('%s', (_, header, message) => {
    const started = performance.now();
    expect(() => parseGgufHeader(header)).toThrow(GgufFormatError);
    expect(() => parseGgufHeader(header)).toThrow(message);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('arrays nested five deep (deeper than any writer nests; ggml reads none), without a stack overflow', () => {
    let nested: GgufTyped = t('ARRAY', [1], 'UINT8');
    for (let i = 0; i < 4; i += 1) nested = t('ARRAY', [nested], 'ARRAY');
    expect(() => parseGgufHeader(ggufFile({ deep: nested }, []).head)).toThrow(/metadata "deep" nests arrays 5 deep, more than the 4 gpu-fit reads/);
    // 100,000 levels declared in a small file: refused at the fifth, no recursion past it
    const level = bytes(['u32', 9], ['u64', 1]);
    const deep = Buffer.concat([bytes(...V3, ['u64', 0], ['u64', 1], ['str', 'a'], ['u32', 9]), ...Array.from({ length: 100_000 }, () => level)]);
    expect(() => parseGgufHeader(deep)).toThrow(/nests arrays 5 deep/);
  });

  it('a header that keeps going past the cap stops there, with the bytes read bounded', async () => {
    // a string 1 MiB short of the cap, then a key whose length would pass it: refused as declared
    const near = MAX_GGUF_HEADER_BYTES - 1024 * 1024;
    const head = bytes(...V3, ['u64', 0], ['u64', 2], ['str', 'a'], ['u32', 8], ['u64', near]);
    const second = bytes(['u64', 2 * 1024 * 1024]);
    let asked = 0;
    const reader: ReadRange = async (start, end) => {
      asked = Math.max(asked, end);
      const file = new Uint8Array(end);
      file.set(head);
      if (end >= head.length + near + second.length) file.set(second, head.length + near);
      return { bytes: file.subarray(start), ended: false };
    };
    await expect(readGgufHeaderData(reader)).rejects.toThrow(`the length of metadata key 1 at byte ${head.length + near} is 2097152: more than fit`);
    expect(asked).toBeLessThanOrEqual(MAX_GGUF_HEADER_BYTES);
  });
});
