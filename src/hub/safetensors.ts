// The safetensors header: 8 bytes of little-endian length, then JSON naming each tensor's dtype,
// shape and byte range (https://github.com/huggingface/safetensors#format). Only the header is
// ever read; the weights stay where they are.

import type { CheckpointTensor } from '../core/checkpoint.js';

/** The format caps the header at 100 MB; anything larger is not a safetensors file. */
export const MAX_HEADER_BYTES = 100_000_000;

/** The header's length from the file's first 8 bytes. */
export function headerLength(prefix: Uint8Array): number {
  if (prefix.length < 8) throw new Error('the file is shorter than the 8-byte safetensors header length');
  const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (length === 0n || length > BigInt(MAX_HEADER_BYTES)) throw new Error(`the safetensors header length ${length} is not plausible`);
  return Number(length);
}

/** Tensors named in a header: bytes from the data offsets, elements from the shape. */
export function parseHeader(json: string): CheckpointTensor[] {
  let header: unknown;
  try {
    header = JSON.parse(json);
  } catch (e) {
    throw new Error(`the safetensors header is not JSON (${(e as Error).message})`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) throw new Error('the safetensors header is not a JSON object');
  const tensors: CheckpointTensor[] = [];
  for (const [name, entry] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') continue;
    const t = entry as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const offsets = t.data_offsets;
    if (typeof t.dtype !== 'string' || !Array.isArray(t.shape) || !Array.isArray(offsets) || offsets.length !== 2) {
      throw new Error(`tensor "${name}" in the safetensors header lacks dtype, shape or data_offsets`);
    }
    const [start, end] = offsets as number[];
    if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) throw new Error(`tensor "${name}" has invalid data_offsets`);
    const elements = (t.shape as number[]).reduce((a, b) => a * b, 1);
    tensors.push({ name, dtype: t.dtype, elements, bytes: end - start });
  }
  return tensors;
}
