// A GPU's CUDA compute capability as the engines compare it: major × 10 + minor (torch's
// get_device_capability, vLLM's DeviceCapability.to_int): 70 for a V100, 75 for a T4, 90 for an H100.

import type { Gpu } from './types.js';

/** The capability as an integer, or undefined for a card of unknown generation (a custom `gpu:`). */
export function capabilityOf(gpu: Gpu): number | undefined {
  return gpu.computeCapability ? Math.round(Number(gpu.computeCapability) * 10) : undefined;
}
