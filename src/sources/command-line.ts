// A container's command line as words with the line each was written on: Kubernetes
// command/args lists (with $(VAR) taken from the container's env, as the kubelet does), Compose
// strings, and `sh -c` scripts split the way a shell splits them ($VAR and ${VAR} from the env).

import type { Position, YamlValue } from '../manifest/parse.js';
import { items, text } from './yaml-tree.js';

export interface Word {
  text: string;
  pos: Position;
}

export type Env = ReadonlyMap<string, { value: string; pos: Position }>;

/** Kubernetes expands $(VAR) in command and args from the container's env; $$(VAR) stays literal. */
function expandKubernetes(value: string, env: Env): string {
  return value.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string | undefined) => {
    if (!name) return '$(';
    return env.get(name)?.value ?? whole;
  });
}

function expandShell(value: string, env: Env): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string, fallback: string | undefined, bare: string) => {
    const name = braced ?? bare;
    return env.get(name)?.value ?? fallback ?? whole;
  });
}

/**
 * Shell words of a script, each with its line; `&&`, `||`, `;`, `|` and newlines end a command
 * (with `foldNewlines`, a YAML > block's newlines are spaces, as its value has them).
 */
export function shellWords(script: string, start: Position, block: boolean, env: Env, foldNewlines = false): Word[][] {
  const commands: Word[][] = [[]];
  let line = start.line + (block ? 1 : 0);
  let current = '';
  let wordLine = line;
  let inWord = false;
  const push = () => {
    if (inWord) commands[commands.length - 1].push({ text: expandShell(current, env), pos: { file: start.file, line: wordLine, column: 1 } });
    current = '';
    inWord = false;
  };
  const endCommand = () => {
    push();
    if (commands[commands.length - 1].length > 0) commands.push([]);
  };
  for (let i = 0; i < script.length; i += 1) {
    const c = script[i];
    if (c === '\\' && script[i + 1] === '\n') {
      i += 1;
      line += 1;
      continue;
    }
    if (c === '\n') {
      if (foldNewlines) push();
      else endCommand();
      line += 1;
      continue;
    }
    if (c === ' ' || c === '\t') {
      push();
      continue;
    }
    if (c === '#' && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i += 1;
      continue;
    }
    if (c === ';' || c === '|' || c === '&') {
      endCommand();
      if (script[i + 1] === c) i += 1;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordLine = line;
    }
    if (c === "'" || c === '"') {
      const close = script.indexOf(c, i + 1);
      const end = close < 0 ? script.length : close;
      const quoted = script.slice(i + 1, end);
      line += quoted.split('\n').length - 1;
      current += quoted;
      i = end;
      continue;
    }
    if (c === '\\' && i + 1 < script.length) {
      current += script[i + 1];
      i += 1;
      continue;
    }
    current += c;
  }
  endCommand();
  return commands.filter((c) => c.length > 0);
}

const SHELLS = /(?:^|\/)(?:ba|da|z)?sh$/;

/**
 * The commands a container runs: its command and args as one list (Kubernetes) or string
 * (Compose), expanded; a `sh -c` script becomes the commands it runs.
 */
export function containerCommands(command: YamlValue | undefined, args: YamlValue | undefined, env: Env): Word[][] {
  const words: Word[] = [];
  for (const node of [command, args]) {
    if (!node) continue;
    const asText = text(node);
    if (asText !== undefined && node.type === 'scalar') {
      // Compose: a string is split like a shell would; a > block from its lines as written.
      const folded = node.lines !== undefined;
      words.push(...shellWords(folded ? node.lines!.join('\n') : asText, node.pos, node.block === true, env, folded).flat());
      continue;
    }
    for (const item of items(node)) {
      const value = text(item);
      if (value !== undefined) words.push({ text: expandKubernetes(value, env), pos: item.pos });
    }
  }
  const shell = words.findIndex((w, i) => SHELLS.test(w.text) && words[i + 1]?.text.startsWith('-') && words[i + 1].text.includes('c'));
  if (shell < 0) return words.length > 0 ? [words] : [];
  // `bash -lc -- "script"`: `--` ends the shell's options; the script is the next word.
  const script = words[shell + 2]?.text === '--' ? words[shell + 3] : words[shell + 2];
  if (!script) return [];
  const node = [command, args].flatMap((n) => items(n)).find((n) => n.pos === script.pos);
  return shellWords(script.text, script.pos, node?.type === 'scalar' && node.block === true, env);
}
