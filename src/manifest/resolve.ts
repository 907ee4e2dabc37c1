// Turns a validated deployment into the estimator's input: looks the model and the GPU up in
// the catalogs, applies defaults, and reports lookup failures at the field that caused them.

import { normalizeConfig, type Architecture } from '../core/architecture.js';
import type { WeightDtypeName } from '../core/dtype.js';
import type { EngineName, EstimateInput } from '../core/types.js';
import { findGpu } from '../catalog/gpus.js';
import { findModel } from '../catalog/models.js';
import type { ManifestError, Position } from './parse.js';
import type { DeploymentDecl, GpuDecl, Located } from './validate.js';

export interface ResolvedDeployment {
  name: string;
  pos: Position;
  input: EstimateInput;
  /** GPUs one replica spans (tensor_parallel_size). */
  gpuCount: number;
  /** Catalog name of the GPU, or the custom name. */
  gpuName: string;
  /** Catalog id, or a description of the raw architecture. */
  modelLabel: string;
  notes: string[];
}

/** Stands in for the GPU when none was named (gpu-fit estimate without --gpu). */
export const NO_GPU = { name: '(no GPU given)', memoryBytes: 0 };

export type Resolution = { deployment: ResolvedDeployment } | { errors: ManifestError[] };

function get<T>(decl: DeploymentDecl, key: string): Located<T> | undefined {
  return decl.fields[key] as Located<T> | undefined;
}

function architectureFromFields(fields: Record<string, Located<unknown>>): Architecture {
  const config: Record<string, unknown> = { model_type: 'custom' };
  for (const [key, located] of Object.entries(fields)) if (key !== 'num_parameters') config[key] = located.value;
  const arch = normalizeConfig(config);
  return { ...arch, numParametersGiven: fields.num_parameters.value as number };
}

export function resolveDeployment(decl: DeploymentDecl): Resolution {
  const errors: ManifestError[] = [];
  const notes: string[] = [];
  const at = (pos: Position, message: string) => errors.push({ ...pos, message });

  let architecture: Architecture | undefined;
  let modelId: string | null = null;
  let modelLabel = '';
  const model = get<string>(decl, 'model');
  if (model) {
    const lookup = findModel(model.value);
    if ('model' in lookup) {
      architecture = normalizeConfig(lookup.model.config);
      modelId = lookup.model.id;
      modelLabel = lookup.model.id;
    } else at(model.pos, lookup.error);
  } else {
    const arch = get<Record<string, Located<unknown>>>(decl, 'architecture');
    if (arch) {
      architecture = architectureFromFields(arch.value);
      const p = architecture.numParametersGiven!;
      const size = p >= 1e9 ? `${(p / 1e9).toPrecision(3)}B` : `${(p / 1e6).toPrecision(3)}M`;
      modelLabel = `custom ${size} (L=${architecture.numHiddenLayers}, H=${architecture.hiddenSize})`;
    }
  }

  const gpuDecl = get<GpuDecl>(decl, 'gpu');
  let gpu: EstimateInput['gpu'] | undefined;
  if (!gpuDecl && decl.requireGpu) {
    gpu = undefined; // reported by validation
  } else if (!gpuDecl) {
    // Only the CLI's estimate command runs without a GPU: it shows what is needed, no verdict.
    gpu = NO_GPU;
  } else if (gpuDecl.value.memoryBytes !== undefined) {
    gpu = { name: gpuDecl.value.name, memoryBytes: gpuDecl.value.memoryBytes };
  } else {
    const lookup = findGpu(gpuDecl.value.name);
    if ('gpu' in lookup) gpu = { name: lookup.gpu.name, memoryBytes: lookup.gpu.memory.bytes };
    else at(gpuDecl.pos, lookup.error);
  }

  let maxModelLen = get<number>(decl, 'max_model_len')?.value;
  if (architecture && maxModelLen === undefined) {
    if (architecture.maxPositionEmbeddings) {
      maxModelLen = architecture.maxPositionEmbeddings;
      notes.push(`max_model_len not set: using the model's max_position_embeddings (${maxModelLen}), as vLLM does.`);
    } else {
      at(decl.pos, `Deployment "${decl.name}" needs \`max_model_len\` (tokens per sequence): its architecture gives no max_position_embeddings.`);
    }
  }
  if (architecture?.maxPositionEmbeddings && maxModelLen && maxModelLen > architecture.maxPositionEmbeddings) {
    notes.push(`max_model_len ${maxModelLen} is longer than the model's max_position_embeddings (${architecture.maxPositionEmbeddings}).`);
  }

  if (errors.length > 0 || !architecture || !gpu || maxModelLen === undefined) return { errors };
  const engine = (get<EngineName>(decl, 'engine')?.value ?? 'generic') as EngineName;
  const tensorParallelSize = get<number>(decl, 'tensor_parallel_size')?.value ?? 1;
  return {
    deployment: {
      name: decl.name,
      pos: decl.pos,
      gpuCount: tensorParallelSize,
      gpuName: gpu.name,
      modelLabel,
      notes,
      input: {
        model: { id: modelId, architecture },
        gpu,
        serving: {
          engine,
          dtype: (get<WeightDtypeName>(decl, 'dtype')?.value ?? 'auto') as WeightDtypeName,
          quantization: (get<string | null>(decl, 'quantization')?.value ?? null) as string | null,
          kvCacheDtype: get<string>(decl, 'kv_cache_dtype')?.value ?? 'auto',
          maxModelLen,
          concurrency: get<number>(decl, 'concurrency')?.value ?? 1,
          tensorParallelSize,
          gpuMemoryUtilization: get<number>(decl, 'gpu_memory_utilization')?.value,
        },
      },
    },
  };
}
