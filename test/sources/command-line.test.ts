import { describe, expect, it } from 'vitest';
import { containerCommands, shellWords } from '../../src/sources/command-line.js';
import { parseYaml } from '../../src/manifest/parse.js';
import { at } from '../../src/sources/yaml-tree.js';

const env = new Map([
  ['MODEL', { value: 'Qwen/Qwen2.5-7B-Instruct', pos: { file: 'f', line: 1, column: 1 } }],
  ['CTX', { value: '8192', pos: { file: 'f', line: 2, column: 1 } }],
]);
const start = { file: 'f.yaml', line: 10, column: 5 };

describe('shell words', () => {
  it('splits commands at && ; | and newlines, keeps quotes, joins continued lines, and numbers lines', () => {
    const script = 'pip install x && exec vllm serve "$MODEL" \\\n  --max-model-len ${CTX} \\\n  --served-model-name \'my model\'\necho done';
    const commands = shellWords(script, start, true, env);
    expect(commands.map((c) => c.map((w) => w.text))).toEqual([
      ['pip', 'install', 'x'],
      ['exec', 'vllm', 'serve', 'Qwen/Qwen2.5-7B-Instruct', '--max-model-len', '8192', '--served-model-name', 'my model'],
      ['echo', 'done'],
    ]);
    // a block scalar's text starts on the line after its indicator
    expect(commands[1].find((w) => w.text === '--max-model-len')!.pos.line).toBe(12);
    expect(commands[2][0].pos.line).toBe(14);
  });

  it('leaves variables it cannot see, and uses ${VAR:-default}', () => {
    const [words] = shellWords('vllm serve $SECRET --max-model-len ${LEN:-4096}', start, false, env);
    expect(words.map((w) => w.text)).toEqual(['vllm', 'serve', '$SECRET', '--max-model-len', '4096']);
  });
});

describe('container commands', () => {
  it('expands $(VAR) in command and args as the kubelet does, and opens sh -c scripts', () => {
    const { root } = parseYaml(
      ['command: ["/bin/sh", "-c"]', 'args:', '  - |', '    vllm serve $(MODEL) \\', '      --max-model-len $(CTX) --q $$(LITERAL)'].join('\n'),
      'pod.yaml',
    );
    const [words] = containerCommands(at(root!, 'command'), at(root!, 'args'), env);
    expect(words.map((w) => w.text)).toEqual(['vllm', 'serve', 'Qwen/Qwen2.5-7B-Instruct', '--max-model-len', '8192', '--q', '$(LITERAL)']);
    expect(words[3].pos.line).toBe(5);
  });
});
