import { describe, expect, it } from 'vitest';
import { kvHeadsPerRank, pipelineStages, stageWeights } from '../../src/core/sharding.js';
import { countParameters } from '../../src/core/parameters.js';
import { catalogArch } from '../helpers/inputs.js';

describe('sharding', () => {
  it('splits layers over pipeline stages as vLLM does (remainder before the last stage)', () => {
    expect(pipelineStages(32, 1)).toEqual([[0, 31]]);
    expect(pipelineStages(80, 3)).toEqual([[0, 26], [27, 53], [54, 79]]);
    expect(pipelineStages(61, 4)).toEqual([[0, 14], [15, 29], [30, 45], [46, 60]]);
  });

  it('takes VLLM_PP_LAYER_PARTITION\'s counts per stage instead', () => {
    expect(pipelineStages(64, 2, [24, 40])).toEqual([[0, 23], [24, 63]]);
  });

  it('replicates K/V heads when there are fewer than ranks', () => {
    const qwen = catalogArch('Qwen/Qwen2.5-7B-Instruct'); // 4 KV heads
    expect(kvHeadsPerRank(qwen, 2)).toBe(2);
    expect(kvHeadsPerRank(qwen, 8)).toBe(1);
    expect(kvHeadsPerRank(catalogArch('deepseek-ai/DeepSeek-V2-Lite'), 8)).toBe(1);
  });

  it('adds up to the whole model on one GPU (vocabulary unpadded)', () => {
    const arch = catalogArch('meta-llama/Llama-3.1-8B-Instruct');
    const [stage] = stageWeights(arch, { tensorParallelSize: 1, pipelineParallelSize: 1, vocabPadding: 1, dtypeBytes: 2, format: null });
    expect(stage.bytes).toBe(countParameters(arch).total * 2);
  });

  it('puts the embedding on the first stage and the output head on the last', () => {
    const arch = catalogArch('meta-llama/Llama-3.1-8B-Instruct');
    const stages = stageWeights(arch, { tensorParallelSize: 1, pipelineParallelSize: 2, vocabPadding: 64, dtypeBytes: 2, format: null });
    expect(stages[0].embeddingBytes).toBeGreaterThan(0);
    expect(stages[0].lmHeadBytes).toBe(0);
    expect(stages[1].embeddingBytes).toBe(0);
    expect(stages[1].lmHeadBytes).toBeGreaterThan(0);
  });
});
