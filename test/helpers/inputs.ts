// Builds estimator inputs from catalog entries, the way the manifest layer does.

import { findGpu, toGpu } from '../../src/catalog/gpus.js';
import { findModel } from '../../src/catalog/models.js';
import { normalizeConfig, type Architecture } from '../../src/core/architecture.js';
import type { EstimateInput, Gpu, ServingConfig } from '../../src/core/types.js';

export function catalogArch(id: string): Architecture {
  const hit = findModel(id);
  if (!('model' in hit)) throw new Error(`${id} is not in the catalog`);
  return normalizeConfig(hit.model.config, { catalog: true });
}

export function catalogGpu(name: string): Gpu {
  const hit = findGpu(name);
  if (!('gpu' in hit)) throw new Error(hit.error);
  return toGpu(hit.gpu);
}

export function input(model: string, gpu: Gpu | string, serving: Partial<ServingConfig>): EstimateInput {
  const hit = findModel(model);
  if (!('model' in hit)) throw new Error(`${model} is not in the catalog`);
  const qc = hit.model.config.quantization_config as Record<string, unknown> | undefined;
  return {
    model: { id: hit.model.id, architecture: normalizeConfig(hit.model.config, { catalog: true }), quantizationConfig: qc },
    gpu: typeof gpu === 'string' ? catalogGpu(gpu) : gpu,
    serving: {
      engine: 'vllm',
      dtype: 'auto',
      quantization: null,
      kvCacheDtype: 'auto',
      maxModelLen: 8192,
      concurrency: 1,
      tensorParallelSize: 1,
      pipelineParallelSize: 1,
      ...serving,
    },
  };
}
