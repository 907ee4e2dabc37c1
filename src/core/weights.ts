// Weight memory: unquantized tensors at the serving dtype, packed tensors at their format's size.

import { DTYPE_BYTES, type ResolvedDtype } from './dtype.js';
import type { ParameterCount } from './parameters.js';
import { bytesPerQuantizedWeight, type QuantFormat } from './quantization.js';

export interface WeightBytes {
  bytes: number;
  formula: string;
  inputs: Record<string, number | string>;
}

export function weightBytes(params: ParameterCount, dtype: ResolvedDtype, format: QuantFormat | null): WeightBytes {
  const dtypeBytes = DTYPE_BYTES[dtype];
  if (!format) {
    return {
      bytes: Math.round(params.total * dtypeBytes),
      formula: 'num_parameters × bytes_per_parameter',
      inputs: { num_parameters: params.total, dtype, bytes_per_parameter: dtypeBytes },
    };
  }
  const packed = format.scope === 'experts' ? params.routedExperts : params.linear;
  const perWeight = bytesPerQuantizedWeight(format);
  const rest = params.total - packed;
  return {
    bytes: Math.round(packed * perWeight + rest * dtypeBytes),
    formula: `quantized_parameters × bytes_per_quantized_weight + other_parameters × bytes_per_parameter`,
    inputs: {
      quantization: format.name,
      quantized_parameters: packed,
      bits: format.bits,
      group_size: format.groupSize ?? 'none',
      bytes_per_quantized_weight: Number(perWeight.toFixed(6)),
      other_parameters: rest,
      dtype,
      bytes_per_parameter: dtypeBytes,
    },
  };
}
