// A manifest entry with `from:` picks one deployment of a deployment file and completes it.
// The picked deployment is then reported once, under the manifest's name.

import { closest, didYouMean } from '../core/suggest.js';
import type { DeploymentResult } from '../manifest/validate.js';
import type { ExtractedFile, SourceDeployment } from './extract.js';
import { sourceDeploymentResult } from './to-deployment.js';

export interface Paired {
  result: DeploymentResult;
  /** The file deployment it completed, if one was found. */
  used?: SourceDeployment;
}

/** `target` is the workspace-relative path the entry's `from` names; `file` its extraction, or why it could not be read. */
export function pairFrom(entry: DeploymentResult, target: string, file: ExtractedFile | { error: string }): Paired {
  const from = entry.from!;
  const fail = (message: string, pos = from.path.pos): Paired => ({ result: { name: entry.name, pos: entry.pos, decl: null, errors: [{ ...pos, message }] } });
  if ('error' in file) return fail(file.error);
  if (file.errors.length > 0) return fail(`\`from\` ${target}: ${file.errors[0].message}`);
  if (file.deployments.length === 0) return fail(`\`from\` ${target}: no container in it runs vLLM, SGLang, TGI, llama.cpp or Ollama.`);
  const names = file.deployments.map((d) => d.name);
  let picked: SourceDeployment | undefined;
  if (from.workload) {
    const wanted = from.workload.value;
    const matches = file.deployments.filter((d) => d.workload === wanted || d.name === wanted || d.name.endsWith(`/${wanted}`));
    if (matches.length !== 1) {
      const which = matches.length > 1 ? `matches several (${matches.map((m) => m.name).join(', ')}): use the full name` : `is not in ${target} (it has ${names.join(', ')}).${didYouMean(closest(wanted, names, 2))}`;
      return fail(`\`workload\` "${wanted}" ${which}`, from.workload.pos);
    }
    picked = matches[0];
  } else if (file.deployments.length > 1) {
    return fail(`\`from\` ${target} runs ${file.deployments.length} deployments (${names.join(', ')}): add \`workload:\` to pick one.`);
  } else picked = file.deployments[0];
  return { result: sourceDeploymentResult(picked, { name: entry.name, keyPos: entry.pos, node: from.node }), used: picked };
}
