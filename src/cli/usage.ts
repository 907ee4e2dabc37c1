export const USAGE = `gpu-fit: does each LLM deployment fit its GPU?

Usage:
  gpu-fit [paths or globs...] [options]   check manifests (default: gpu-fit manifests under .)
  gpu-fit estimate [options]              the quick calculator: one model, one breakdown
  gpu-fit plan --model ID [options]       the GPU configurations a model fits, by cost, with
                                          stretch, speed range and cost
  gpu-fit gpus [--sources]                list the GPU catalog; --sources: each figure's public source
  gpu-fit models [--sources]              list the model catalog; --sources: each figure's public source
  gpu-fit schema                          print the manifest's JSON Schema

Models outside the built-in catalog are read from the Hugging Face Hub (HF_ENDPOINT, default
https://huggingface.co; a token for gated models in HF_TOKEN). --offline reads no Hub.

Check options:
  --format table|markdown|json|junit
                                 output (default table); junit: one test case per
                                 deployment, for GitLab, Jenkins, Azure Pipelines, ...
  --units GiB|GB                 memory unit shown (default GiB)
  --offline                      only the built-in catalog and local config.json files
  --sources GLOB                 deployment files to check too (Kubernetes, KServe, Helm
                                 output, Compose); repeatable. A file given as an argument
                                 that is not named *gpu-fit.yaml is read as one.
  --fail-on undersized|tight|never
                                 what makes the exit code 1 (default undersized)
  --min-headroom 0.1             share of available memory that must stay free
  --prices FILE                  your own $/hour rates for the cost lines (see plan)
  --base DIR                     compare with the same manifests in another checkout
                                 (git worktree add ../base main), as on a pull request;
                                 with --format markdown, prints the pull-request comment

Estimate options (manifest field names, with dashes):
  --model ID [--revision REV] | --config PATH/config.json | --num-parameters N --num-hidden-layers L --hidden-size H
               [--num-attention-heads A --num-key-value-heads K --head-dim D]
  --engine generic|vllm|sglang|tgi|llama.cpp|ollama|transformers   --engine-version V
  --dtype auto|float32|float16|bfloat16   --quantization NAME (fp8, awq, gptq, Q4_K_M, ...)
  --bits N --group-size N   --kv-cache-dtype NAME   --max-model-len S   --concurrency B
  --gpu NAME   --tensor-parallel-size N   --pipeline-parallel-size N
  --gpu-memory-utilization F | --mem-fraction-static F   --max-num-seqs N
  --max-num-batched-tokens N   --block-size N   --enforce-eager true|false
  --n-gpu-layers N   --flash-attention true|false   --units GiB|GB   --format table|json

Plan options (the estimate options, and):
  --gpu NAME                     GPUs to compare; repeatable (default: the whole catalog)
  --max-model-len S --concurrency B   the context and sequences every configuration must hold
  --prices FILE                  your own $/hour rates (JSON or YAML: prices: [{gpu,
                                 usd_per_hour, gpus, instance_type, source}])
  --format table|json

Exit codes: 0 all fit, 1 a deployment is undersized (or tight with --fail-on tight),
2 invalid input.`;
