// Turns a validated deployment into the estimator's input: looks the model and the GPU up in
// the catalogs, applies defaults, and reports lookup failures at the field that caused them.

import { engineVersionWarning } from '../core/engines/releases.js';
import { MAX_LAYERS } from './fields.js';
import { normalizeConfig, type Architecture } from '../core/architecture.js';
import { checkpointQuantization, formatFromConfig } from '../core/quantization.js';
import type { Checkpoint } from '../core/checkpoint.js';
import type { WeightDtypeName } from '../core/dtype.js';
import { normalizeFtype } from '../core/gguf.js';
import type { EngineName, EstimateInput, GgufFile, Gpu } from '../core/types.js';
import { GiB } from '../core/units.js';
import { findGpu, toGpu } from '../catalog/gpus.js';
import { architectureOf, findModel } from '../catalog/models.js';
import { DEFAULT_REVISION, refKey, type ModelAnswer, type ModelRef, type SourcedModel } from '../models/ref.js';
import type { ManifestError, Position } from './parse.js';
import type { DeploymentDecl, GpuDecl, Located } from './validate.js';

export interface ResolvedDeployment {
  name: string;
  pos: Position;
  input: EstimateInput;
  /** GPUs one replica spans (tensor_parallel_size × pipeline_parallel_size). */
  gpuCount: number;
  /** Catalog name of the GPU, or the custom name. */
  gpuName: string;
  /** Catalog id, or a description of the raw architecture. */
  modelLabel: string;
  /** Where each field was written (a manifest line, or a flag or label in a deployment file), for annotations. */
  fieldPositions: Record<string, Position>;
  notes: string[];
}

/** Stands in for the GPU when none was named (gpu-fit estimate without --gpu). */
export const NO_GPU: Gpu = { name: '(no GPU given)', memoryBytes: 0 };

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

/** Ollama's default num_ctx since v0.15.5: by total VRAM (server/routes.go), capped at the model's context. */
function ollamaDefaultContext(totalVram: number, modelContext: number | undefined): number {
  const tier = totalVram >= 47 * GiB ? 262144 : totalVram >= 23 * GiB ? 32768 : 4096;
  return modelContext ? Math.min(tier, modelContext) : tier;
}

/**
 * The model a deployment needs from outside the built-in catalog: a config.json in the
 * repository, or a Hub repository the catalog does not hold. Null when the catalog (or raw
 * architecture numbers) is enough.
 */
export function modelRef(decl: DeploymentDecl): ModelRef | null {
  const config = get<string>(decl, 'config');
  if (config) return { kind: 'config', file: decl.pos.file, path: config.value };
  const model = get<string>(decl, 'model');
  if (!model) return null;
  // A .gguf file is read from its repository whatever the catalog holds: its header is the model.
  const ggufFile = get<string>(decl, 'gguf_file');
  if (ggufFile && GGUF_FILE.test(ggufFile.value)) return { kind: 'hub', id: model.value, revision: get<string>(decl, 'revision')?.value ?? DEFAULT_REVISION, ggufFile: ggufFile.value };
  const lookup = findModel(model.value);
  if ('model' in lookup) return null;
  // A catalog model's name without its organisation is a slip, not a Hub repository.
  if (!model.value.includes('/') && lookup.suggestions.some((s) => s.toLowerCase().endsWith(`/${model.value.toLowerCase()}`))) return null;
  return { kind: 'hub', id: model.value, revision: get<string>(decl, 'revision')?.value ?? DEFAULT_REVISION };
}

/** What `gguf_file` must look like: a path inside the repository ending in .gguf. */
const GGUF_FILE = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$)).+\.gguf$/i;

/** Engines that read a GGUF file: llama.cpp and Ollama, and vLLM's GGUF loader. */
const GGUF_ENGINES: readonly EngineName[] = ['llama.cpp', 'ollama', 'vllm'];

export type ModelAnswers = ReadonlyMap<string, ModelAnswer>;

const NO_ANSWERS: ModelAnswers = new Map();

export function resolveDeployment(decl: DeploymentDecl, models: ModelAnswers = NO_ANSWERS): Resolution {
  const errors: ManifestError[] = [];
  const notes: string[] = [...(decl.notes ?? [])];
  const at = (pos: Position, message: string) => errors.push({ ...pos, message });
  const engine = (get<EngineName>(decl, 'engine')?.value ?? 'generic') as EngineName;

  let architecture: Architecture | undefined;
  let modelId: string | null = null;
  let modelLabel = '';
  let quantizationConfig: Record<string, unknown> | undefined;
  let impliedFormat: string | undefined;
  let impliedBits: number | undefined;
  let checkpoint: Checkpoint | undefined;
  let gguf: GgufFile | undefined;
  const model = get<string>(decl, 'model');
  const ggufFile = get<string>(decl, 'gguf_file');
  if (ggufFile) {
    if (!GGUF_FILE.test(ggufFile.value)) at(ggufFile.pos, `\`gguf_file\` "${ggufFile.value}" is not a .gguf file inside the repository (a relative path ending in .gguf).`);
    else if (!model) at(ggufFile.pos, '`gguf_file` names a file of the `model` repository: set `model` to that Hub repository (org/name).');
    if (!GGUF_ENGINES.includes(engine)) at(ggufFile.pos, `\`gguf_file\` is read by llama.cpp, ollama and vllm (quantization: gguf); engine ${engine} does not load GGUF files.`);
  }
  const configField = get<string>(decl, 'config');
  const ref = modelRef(decl);
  const answer = ref ? models.get(refKey(ref)) : undefined;
  /** A model read from the Hub or the repository: its config.json, and its checkpoint where read. */
  const useSourced = (sourced: SourcedModel, pos: Position) => {
    try {
      architecture = normalizeConfig(sourced.config);
    } catch (e) {
      at(pos, `${sourced.source}: ${(e as Error).message}.`);
      return;
    }
    modelId = model?.value ?? sourced.id;
    modelLabel = modelId;
    checkpoint = sourced.checkpoint;
    gguf = sourced.gguf;
    const found = checkpointQuantization(sourced.config);
    const qc = found?.value;
    if (found && (typeof qc !== 'object' || Array.isArray(qc))) {
      at(pos, `${sourced.source}: config.json ${found.key} must be an object; got ${typeof qc === 'string' ? `the text "${qc.slice(0, 40)}"` : Array.isArray(qc) ? 'a list' : String(qc)}.`);
      return;
    }
    if (qc) {
      try {
        formatFromConfig(qc as Record<string, unknown>);
      } catch (e) {
        at(pos, `${sourced.source}: ${(e as Error).message}.`);
        return;
      }
      quantizationConfig = qc as Record<string, unknown>;
    }
    notes.push(...sourced.notes);
  };
  if (answer) {
    if ('model' in answer) useSourced(answer.model, (configField ?? model)!.pos);
    else at((configField ?? model)!.pos, answer.error);
  } else if (configField) {
    at(configField.pos, '`config` is read only where the check has the repository\'s files (the action and the CLI); here it was not read.');
  } else if (model) {
    const lookup = findModel(model.value);
    if ('model' in lookup) {
      architecture = architectureOf(lookup.model);
      modelId = lookup.implied ? model.value : lookup.model.id;
      modelLabel = modelId;
      const qc = checkpointQuantization(lookup.model.config)?.value;
      if (qc && typeof qc === 'object') quantizationConfig = qc as Record<string, unknown>;
      if (lookup.implied) {
        impliedFormat = lookup.implied.format;
        impliedBits = lookup.implied.bits;
        notes.push(`${model.value} is read as ${lookup.model.id} quantized with ${impliedFormat === 'gguf' ? 'a GGUF type' : impliedFormat}, as its name says.`);
      }
    } else at(model.pos, lookup.error);
  } else {
    const arch = get<Record<string, Located<unknown>>>(decl, 'architecture');
    // Without its required numbers (reported by validation) there is no architecture to build; a
    // number the architecture refuses is this deployment's error at the block.
    let fromFields: Architecture | undefined;
    if (arch && ['num_parameters', 'num_hidden_layers', 'hidden_size'].every((k) => arch.value[k] !== undefined)) {
      try {
        fromFields = architectureFromFields(arch.value);
      } catch (e) {
        at(arch.pos, `\`architecture\`: ${(e as Error).message.replace(/^config\.json /, '')}.`);
      }
    }
    if (fromFields) {
      architecture = fromFields;
      const p = architecture.numParametersGiven!;
      const size = p >= 1e9 ? `${(p / 1e9).toPrecision(3)}B` : `${(p / 1e6).toPrecision(3)}M`;
      modelLabel = `custom ${size} (L=${architecture.numHiddenLayers}, H=${architecture.hiddenSize})`;
    }
  }

  const gpuDecl = get<GpuDecl>(decl, 'gpu');
  let gpu: Gpu | undefined;
  if (!gpuDecl && decl.requireGpu) {
    gpu = undefined; // reported by validation
  } else if (!gpuDecl) {
    // Only the CLI's estimate command runs without a GPU: it shows what is needed, no verdict.
    gpu = NO_GPU;
  } else if (gpuDecl.value.memoryBytes !== undefined) {
    // A custom card: its memory is taken as the total the engines see. A catalog name keeps the
    // card's architecture (kernels, NCCL) with the memory given.
    const known = findGpu(gpuDecl.value.name);
    const traits = 'gpu' in known ? toGpu(known.gpu) : undefined;
    gpu = {
      name: gpuDecl.value.name,
      memoryBytes: gpuDecl.value.memoryBytes,
      architecture: traits?.architecture,
      computeCapability: traits?.computeCapability,
      interconnect: traits?.interconnect,
      smCount: traits?.smCount,
    };
  } else {
    const lookup = findGpu(gpuDecl.value.name);
    if ('gpu' in lookup) gpu = toGpu(lookup.gpu);
    else at(gpuDecl.pos, lookup.error);
  }

  const tensorParallelSize = get<number>(decl, 'tensor_parallel_size')?.value ?? 1;
  const pipelineParallelSize = get<number>(decl, 'pipeline_parallel_size')?.value ?? 1;
  const maxModelLenField = get<number | 'auto'>(decl, 'max_model_len');
  const maxModelLenAuto = maxModelLenField?.value === 'auto';
  if (maxModelLenAuto && engine !== 'vllm') at(maxModelLenField!.pos, `\`max_model_len: auto\` is vLLM's; ${engine} needs a number of tokens.`);
  let maxModelLen = maxModelLenAuto ? undefined : (maxModelLenField?.value as number | undefined);
  if (maxModelLenAuto && architecture) {
    // vLLM starts from the model's own context and shortens it to what fits (#29431).
    if (architecture.maxPositionEmbeddings) maxModelLen = architecture.maxPositionEmbeddings;
    else at(maxModelLenField!.pos, `\`max_model_len: auto\` needs the model's max_position_embeddings, which its architecture does not give: set a number of tokens.`);
  } else if (architecture && maxModelLen === undefined) {
    if (engine === 'ollama' && gpu) {
      maxModelLen = ollamaDefaultContext(gpu.memoryBytes * tensorParallelSize * pipelineParallelSize, architecture.maxPositionEmbeddings);
      notes.push(`max_model_len not set: Ollama's default num_ctx for this much VRAM is ${maxModelLen}.`);
    } else if (architecture.maxPositionEmbeddings) {
      maxModelLen = architecture.maxPositionEmbeddings;
      notes.push(`max_model_len not set: using the model's max_position_embeddings (${maxModelLen}), as vLLM does.`);
    } else {
      at(decl.pos, `Deployment "${decl.name}" needs \`max_model_len\` (tokens per sequence): its architecture gives no max_position_embeddings.`);
    }
  }
  // vLLM and SGLang refuse it outright (core/engines/refusals.ts); the others run it with a warning.
  if (engine !== 'vllm' && engine !== 'sglang' && architecture?.maxPositionEmbeddings && maxModelLen && maxModelLen > architecture.maxPositionEmbeddings) {
    notes.push(`max_model_len ${maxModelLen} is longer than the model's max_position_embeddings (${architecture.maxPositionEmbeddings}); vLLM refuses it unless VLLM_ALLOW_LONG_MAX_MODEL_LEN=1.`);
  }

  // Quantization: the manifest's, else what the repository name implies; GGUF types belong to llama.cpp/Ollama.
  const quantizationField = get<string | null>(decl, 'quantization');
  let quantization = quantizationField?.value ?? null;
  if (quantization === null && impliedFormat && impliedFormat !== 'gguf') quantization = impliedFormat;
  if (impliedFormat === 'gguf' && quantization === null && GGUF_ENGINES.includes(engine) && !gguf) {
    quantization = 'Q4_K_M';
    notes.push('A GGUF repository holds several files: Q4_K_M is assumed; set `quantization` to the file\'s type.');
  }
  if (!gguf && ggufFile && quantization === null && GGUF_ENGINES.includes(engine)) {
    // The header was not read (offline): the file's name says its type (name-Q4_K_M.gguf).
    const named = /[-._](I?Q\d_[A-Z0-9_]+?|BF16|F16|F32)(?:-\d{5}-of-\d{5})?\.gguf$/i.exec(ggufFile.value)?.[1];
    if (named && normalizeFtype(named)) quantization = named.toUpperCase();
  }
  if (gguf && GGUF_ENGINES.includes(engine)) {
    // The file's own type names the weights; vLLM loads it with its GGUF loader.
    if (engine === 'vllm') quantization = 'gguf';
    else if (quantization === null && gguf.fileType) quantization = gguf.fileType;
  }
  if (quantization && normalizeFtype(quantization) && !['llama.cpp', 'ollama', 'generic', 'vllm'].includes(engine)) {
    at((quantizationField ?? ggufFile ?? decl)!.pos, `\`quantization\` ${quantization} is a GGUF type, which ${engine} does not serve: use engine llama.cpp, ollama or vllm, or a format such as awq, gptq or fp8.`);
  }
  if (quantization?.toLowerCase() === 'gguf' && !gguf && quantizationField) {
    at(quantizationField.pos, engine === 'vllm'
      ? '`quantization: gguf` needs the file: set `gguf_file` to the .gguf file of the `model` repository, or give its GGUF type (Q4_K_M, Q8_0, ...).'
      : `\`quantization: gguf\` is vLLM's GGUF loader; for ${engine} give the file's GGUF type (Q4_K_M, Q8_0, ...) or \`gguf_file\`.`);
  }
  // VLLM_PP_LAYER_PARTITION (vllm/distributed/utils.py get_pp_indices): one count per stage, summing to the layers.
  const partitionField = get<string>(decl, 'pp_layer_partition');
  let ppLayerPartition: number[] | undefined;
  if (partitionField) {
    const counts = String(partitionField.value).split(',').map((c) => Number(c.trim()));
    const layers = architecture?.numHiddenLayers;
    if (engine !== 'vllm') at(partitionField.pos, `\`pp_layer_partition\` is vLLM's VLLM_PP_LAYER_PARTITION; ${engine} splits layers its own way.`);
    else if (counts.some((c) => !Number.isInteger(c) || c < 1)) at(partitionField.pos, `\`pp_layer_partition\` "${partitionField.value}" must be whole layer counts separated by commas, e.g. "24,40".`);
    else if (counts.length !== pipelineParallelSize) at(partitionField.pos, `\`pp_layer_partition\` gives ${counts.length} stages; pipeline_parallel_size is ${pipelineParallelSize}.`);
    else if (layers !== undefined && counts.reduce((a, b) => a + b, 0) !== layers) at(partitionField.pos, `\`pp_layer_partition\` adds up to ${counts.reduce((a, b) => a + b, 0)} layers; the model has ${layers}.`);
    else ppLayerPartition = counts;
  }
  const kvCacheMemory = get<number>(decl, 'kv_cache_memory_bytes');
  if (kvCacheMemory && engine !== 'vllm') at(kvCacheMemory.pos, `\`kv_cache_memory_bytes\` is vLLM's --kv-cache-memory; ${engine} sizes its cache otherwise.`);
  const memFractionStatic = get<number>(decl, 'mem_fraction_static');
  if (memFractionStatic && engine !== 'sglang') {
    at(memFractionStatic.pos, `\`mem_fraction_static\` is SGLang's setting; for ${engine} use \`gpu_memory_utilization\`.`);
  }

  // A config.json (repository or Hub) can claim any layer count: the estimate's work per layer needs a bound.
  if (architecture && architecture.numHiddenLayers > MAX_LAYERS) {
    at(decl.pos, `Deployment "${decl.name}": num_hidden_layers ${architecture.numHiddenLayers} is beyond any model (at most ${MAX_LAYERS.toLocaleString('en-US')} are checked).`);
  }
  const versionWarning = engineVersionWarning(engine, get<string>(decl, 'engine_version')?.value);
  if (versionWarning) notes.push(`Warning: ${versionWarning}`);

  if (errors.length > 0 || !architecture || !gpu || maxModelLen === undefined) return { errors };
  const fieldPositions: Record<string, Position> = { deployment: decl.pos };
  for (const [key, located] of Object.entries(decl.fields)) fieldPositions[key] = located.pos;
  return {
    deployment: {
      name: decl.name,
      pos: decl.pos,
      gpuCount: tensorParallelSize * pipelineParallelSize,
      gpuName: gpu.name,
      modelLabel,
      fieldPositions,
      notes,
      input: {
        model: { id: modelId, architecture, quantizationConfig, checkpoint, gguf },
        gpu,
        serving: {
          engine,
          engineVersion: get<string>(decl, 'engine_version')?.value,
          dtype: (get<WeightDtypeName>(decl, 'dtype')?.value ?? 'auto') as WeightDtypeName,
          quantization,
          bits: get<number>(decl, 'bits')?.value ?? impliedBits,
          groupSize: get<number>(decl, 'group_size')?.value,
          kvCacheDtype: get<string>(decl, 'kv_cache_dtype')?.value ?? 'auto',
          maxModelLen,
          maxModelLenDefault: get<number>(decl, 'max_model_len') === undefined ? true : undefined,
          ...(maxModelLenAuto ? { maxModelLenAuto } : {}),
          ...(kvCacheMemory ? { kvCacheMemoryBytes: kvCacheMemory.value } : {}),
          ...(ppLayerPartition ? { ppLayerPartition } : {}),
          concurrency: get<number>(decl, 'concurrency')?.value ?? 1,
          tensorParallelSize,
          pipelineParallelSize,
          gpuMemoryUtilization: get<number>(decl, 'gpu_memory_utilization')?.value ?? memFractionStatic?.value,
          maxNumSeqs: get<number>(decl, 'max_num_seqs')?.value,
          maxNumBatchedTokens: get<number>(decl, 'max_num_batched_tokens')?.value,
          blockSize: get<number>(decl, 'block_size')?.value,
          enforceEager: get<boolean>(decl, 'enforce_eager')?.value,
          enablePrefixCaching: get<boolean>(decl, 'enable_prefix_caching')?.value,
          nGpuLayers: get<number>(decl, 'n_gpu_layers')?.value,
          flashAttention: get<boolean>(decl, 'flash_attention')?.value,
          allowLongMaxModelLen: get<boolean>(decl, 'allow_long_max_model_len')?.value,
        },
      },
    },
  };
}
