// Published measured speeds the planner's ranges are compared with (npm run speed-accuracy). Each case
// is the deployment the run used and the figure it printed, with its source. Nothing is tuned to them:
// the efficiency factors come from catalog/plan-assumptions.json.

export interface SpeedCase {
  id: string;
  /** The deployment, in manifest fields. */
  deployment: Record<string, unknown>;
  metric: 'decodePerSequence' | 'decodeAggregate' | 'timeToFirstToken';
  /** tokens/s (decode) or seconds (time to first token). */
  measured: number;
  source: string;
  reading: string;
}

const XD = 'https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/00dd2bdeb2404263f22bd6c1cd46ce397e341db5/README.md';
const LLAMA3 = 'meta-llama/Meta-Llama-3-8B-Instruct';
const LLAMA2 = 'meta-llama/Llama-2-7b-hf';

/** llama-bench tg 1024: 1,024 tokens generated from an empty context (mean context 512) → max_model_len 1024, whose half the planner reads. */
function tg(gpu: string, quantization: string, measured: number, model = LLAMA3, table = 'LLaMA 3 table, tg 1024'): SpeedCase {
  return {
    id: `llama.cpp ${model.split('/')[1]} ${quantization} ${gpu} decode`,
    deployment: { model, engine: 'llama.cpp', quantization, max_model_len: 1024, gpu },
    metric: 'decodePerSequence',
    measured,
    source: XD,
    reading: `${table}; one sequence (llama-bench), context growing to 1,024 tokens.`,
  };
}

/** llama-bench pp 4096: a 4,096-token prompt at that rate → time to first token = 4096 / rate. */
function pp(gpu: string, quantization: string, rate: number): SpeedCase {
  return {
    id: `llama.cpp Meta-Llama-3-8B-Instruct ${quantization} ${gpu} prompt 4096`,
    deployment: { model: LLAMA3, engine: 'llama.cpp', quantization, max_model_len: 4096, gpu },
    metric: 'timeToFirstToken',
    measured: 4096 / rate,
    source: XD,
    reading: `LLaMA 3 table, pp 4096 = ${rate} tokens/s → ${(4096 / rate).toFixed(3)} s for the prompt.`,
  };
}

const MUSGRAVE = 'https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on';
/** vLLM 0.23 on one A100 40GB (Lambda), Llama-3.1-8B-Instruct BF16, 1,024 tokens in and 128 out: mean context ≈ 1,088 → max_model_len 2176. */
const VLLM_A100 = { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', engine_version: '0.23.0', max_model_len: 2176, gpu: 'A100 40GB SXM4' };

export const SPEED_CASES: SpeedCase[] = [
  {
    id: 'vLLM 0.23 Llama-3.1-8B-Instruct A100 40GB decode, 1 request',
    deployment: { ...VLLM_A100, concurrency: 1 },
    metric: 'decodePerSequence',
    measured: 75,
    source: MUSGRAVE,
    reading: '"decode at one request per time runs at about 75 tokens/sec" (vllm bench serve, random 1024 in / 128 out).',
  },
  {
    id: 'vLLM 0.23 Llama-3.1-8B-Instruct A100 40GB decode, 8 requests',
    deployment: { ...VLLM_A100, concurrency: 8 },
    metric: 'decodeAggregate',
    measured: 75 * 6.6,
    source: MUSGRAVE,
    reading: '"a 6.6x gain" in throughput at concurrency 8 over the ~75 tokens/s of one request: ≈ 495 tokens/s in all.',
  },
  tg('RTX 3070', 'Q4_K_M', 70.94),
  tg('RTX 3080 10GB', 'Q4_K_M', 106.4),
  tg('RTX 4080', 'Q4_K_M', 106.22),
  tg('RTX 4080', 'F16', 40.29),
  tg('RTX 3090', 'Q4_K_M', 111.74),
  tg('RTX 3090', 'F16', 46.51),
  tg('RTX 4090', 'Q4_K_M', 127.74),
  tg('RTX 4090', 'F16', 54.34),
  // LLaMA 2 overview: "average eval speed", context not stated; read as a short one.
  tg('H100 PCIe', 'Q4_0', 133.77, LLAMA2, 'LLaMA 2 overview, 7B average eval speed'),
  tg('H100 PCIe', 'F16', 83.32, LLAMA2, 'LLaMA 2 overview, 7B average eval speed'),
  tg('RTX A6000', 'Q4_0', 111.57, LLAMA2, 'LLaMA 2 overview, 7B average eval speed'),
  tg('RTX A6000', 'F16', 44.01, LLAMA2, 'LLaMA 2 overview, 7B average eval speed'),
  tg('RTX 6000 Ada', 'Q4_0', 127.45, LLAMA2, 'LLaMA 2 overview, 7B average eval speed'),
  tg('RTX 6000 Ada', 'F16', 50.56, LLAMA2, 'LLaMA 2 overview, 7B average eval speed'),
  pp('RTX 3090', 'Q4_K_M', 3169.91),
  pp('RTX 3090', 'F16', 3410.47),
  pp('RTX 4090', 'Q4_K_M', 5265.68),
  pp('RTX 4090', 'F16', 6531.36),
];
