// Which engine a command line or an image starts, and its flags as the engine's own parser reads them.

import { describe, expect, it } from 'vitest';
import type { Word } from '../../src/sources/command-line.js';
import { findServer, imageEngine } from '../../src/sources/servers.js';

const pos = { file: 'f.yaml', line: 1, column: 1 };
const words = (...texts: string[]): Word[] => texts.map((text, i) => ({ text, pos: { ...pos, line: i + 1 } }));
const options = (server: ReturnType<typeof findServer>) => Object.fromEntries([...(server?.options ?? [])].map(([k, v]) => [k, v.value.text]));

describe('findServer', () => {
  it('reads argparse prefixes of vLLM and SGLang long options, and leaves an ambiguous one as written', () => {
    const vllm = findServer([words('vllm', 'serve', 'm', '--max-num-seq', '8', '--max-model', '4096', '--max-num', '3')], undefined, pos, null);
    expect(options(vllm)).toEqual({ 'max-num-seqs': '8', 'max-model-len': '4096', 'max-num': '3' });
    const sglang = findServer([words('python3', '-m', 'sglang.launch_server', '--model', 'm', '--context-len', '8192')], undefined, pos, null);
    expect(options(sglang)).toEqual({ 'model-path': 'm', 'context-length': '8192' });
    // TGI's launcher is clap, which takes no prefixes.
    const tgi = findServer([words('text-generation-launcher', '--max-total', '4096')], undefined, pos, null);
    expect(options(tgi)).toEqual({ 'max-total': '4096' });
  });

  it('does not take "serve" for the model when args repeat the vLLM image entrypoint\'s subcommand', () => {
    const server = findServer([words('serve', 'Qwen/Qwen3-8B', '--tensor-parallel-size', '2')], 'vllm/vllm-openai:v0.10.1', pos, words('serve', 'Qwen/Qwen3-8B', '--tensor-parallel-size', '2'));
    expect(server?.positional?.text).toBe('Qwen/Qwen3-8B');
    expect(server?.version).toBe('0.10.1');
  });

  it('knows TGI by the clouds\' Deep Learning Container images, and takes TGI\'s release from an AWS tag', () => {
    expect(imageEngine('us-docker.pkg.dev/deeplearning-platform-release/gcr.io/huggingface-text-generation-inference-cu124.2-3.ubuntu2204.py311')).toBe('tgi');
    const aws = '763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0-tgi2.3.1-gpu-py311-cu124-ubuntu22.04';
    expect(imageEngine(aws)).toBe('tgi');
    expect(findServer([], aws, pos, [])?.version).toBe('2.3.1');
    expect(imageEngine('ghcr.io/huggingface/text-generation-inference:3.0.1')).toBe('tgi');
    expect(imageEngine('nginx:1.27')).toBeUndefined();
  });

  it('reads NVIDIA Dynamo\'s workers as the engine they wrap, and no engine release from another image\'s tag', () => {
    const server = findServer([words('python3', '-m', 'dynamo.vllm', '--model', 'Qwen/Qwen3-0.6B')], 'ghcr.io/llm-d/llm-d-cuda:v0.9.0', pos, null);
    expect(server?.engine).toBe('vllm');
    expect(server?.version).toBeUndefined();
    expect(findServer([words('python3', '-m', 'dynamo.sglang', '--model-path', 'x')], undefined, pos, null)?.engine).toBe('sglang');
  });
});
