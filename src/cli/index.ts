// The gpu-fit command line: the action's checks on a laptop. It ships inside the action's bundle
// (dist/index.js); dist/cli/index.js is a shim that runs runCli() from it (scripts/cli-shim.mjs).

import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { manifestJsonSchema } from '../manifest/schema.js';
import { DISPLAY_UNITS, type DisplayUnit } from '../report/format.js';
import { FAIL_ON, type FailOn } from '../report/report.js';
import { modelSourceFromEnv } from '../models/from-env.js';
import { listCatalog, listSources, type CatalogKind } from './catalog-command.js';
import { runCheck } from './check-command.js';
import { runPlan } from './plan-command.js';
import { ARCHITECTURE_FLAGS, DEPLOYMENT_FLAGS, runEstimate } from './estimate-command.js';
import { USAGE } from './usage.js';
import { escapeJsonText, escapeTerminal } from '../report/escape.js';
import { utf8Chunks } from '../report/json.js';
import { redactSecrets } from '../redact.js';

/** Every line the CLI prints carries user text (names, paths, ids): escaped for the terminal and CI logs. */
const print = (text: string | Iterable<string>) => {
  if (typeof text === 'string') {
    process.stdout.write(`${/^\s*[{[]/.test(text) ? escapeJsonText(text) : escapeTerminal(text)}\n`);
    return;
  }
  // A JSON report in pieces (report/json.ts), written as they come.
  for (const chunk of utf8Chunks(escapedPieces(text))) process.stdout.write(chunk);
  process.stdout.write('\n');
};
const printError = (text: string) => console.error(escapeTerminal(redactSecrets(text, [process.env.HF_TOKEN ?? ''])));

function* escapedPieces(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield escapeJsonText(piece);
}

class UsageError extends Error {}

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!hit) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  return hit;
}

function fraction(value: string | undefined): number {
  if (value === undefined) return 0.1;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new UsageError(`--min-headroom must be a fraction from 0 to below 1; got "${value}"`);
  return n;
}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** `gpu-fit gpus|models [--sources] [--units U]`: here --sources is a switch, not the check's globs. */
function catalogCommand(kind: CatalogKind, argv: string[]): number {
  const { values, positionals } = parse(argv, { sources: { type: 'boolean' }, units: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`gpu-fit ${kind} takes no arguments; got "${positionals[0]}"`);
  const units = choice<DisplayUnit>('units', values.units as string | undefined, DISPLAY_UNITS, 'GiB');
  print(values.sources ? listSources(kind) : listCatalog(kind, units));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'gpus' || argv[0] === 'models') return catalogCommand(argv[0], argv.slice(1));
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    offline: { type: 'boolean' },
    sources: { type: 'string', multiple: true },
  };
  for (const flag of [...ARCHITECTURE_FLAGS, ...DEPLOYMENT_FLAGS, 'format', 'units', 'fail-on', 'min-headroom', 'base', 'prices']) {
    options[flag] = { type: 'string' };
  }
  // `plan` compares several GPUs (--gpu L4 --gpu H100); the other commands take the last one given.
  options.gpu = { type: 'string', multiple: true };
  options.prices = { type: 'string' };
  const parsed = parse(argv, options);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const gpus = (parsed.values as Record<string, unknown>).gpu as string[] | undefined;
  values.gpu = gpus && gpus.length > 0 ? gpus[gpus.length - 1] : undefined;
  const positionals = parsed.positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.version) {
    console.log(pkg.version);
    return 0;
  }
  const units = choice<DisplayUnit>('units', values.units as string | undefined, DISPLAY_UNITS, 'GiB');
  const minHeadroom = fraction(values['min-headroom'] as string | undefined);
  const command = positionals[0];
  const models = modelSourceFromEnv({
    root: process.cwd(),
    offline: values.offline === true,
    token: (process.env.HF_TOKEN ?? '').trim(),
    tokenHint: 'HF_TOKEN',
    offlineHint: 'drop --offline',
  });

  if (command === 'estimate') {
    const format = choice('format', values.format as string | undefined, ['table', 'json'] as const, 'table');
    const { output, code } = await runEstimate(values as Record<string, string | undefined>, units, format, minHeadroom, models);
    (code === 2 ? printError : print)(output);
    return code;
  }
  if (command === 'plan') {
    const format = choice('format', values.format as string | undefined, ['table', 'json'] as const, 'table');
    const { output, code } = await runPlan({ ...values, gpu: gpus }, units, format, minHeadroom, process.cwd(), models);
    (code === 2 ? printError : print)(output);
    return code;
  }
  if (values.prices !== undefined && command === 'estimate') throw new UsageError('--prices belongs to `gpu-fit plan` and checks');
  if (command === 'gpus' || command === 'models') {
    print(listCatalog(command, units));
    return 0;
  }
  if (command === 'schema') {
    console.log(JSON.stringify(manifestJsonSchema(), null, 2));
    return 0;
  }
  for (const flag of [...ARCHITECTURE_FLAGS, ...DEPLOYMENT_FLAGS]) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} belongs to \`gpu-fit estimate\`; manifests carry it when checking`);
  }
  const format = choice('format', values.format as string | undefined, ['table', 'markdown', 'json', 'junit'] as const, 'table');
  const failOn = choice<FailOn>('fail-on', values['fail-on'] as string | undefined, FAIL_ON, 'undersized');
  const base = values.base as string | undefined;
  if (base !== undefined && (format === 'json' || format === 'junit')) throw new UsageError(`--base compares for the table and markdown formats; the ${format} report is the head alone`);
  const sources = (values.sources as unknown as string[] | undefined) ?? [];
  const { output, code } = await runCheck(process.cwd(), positionals, { format, units, failOn, minHeadroom, base, models, sources, prices: values.prices as string | undefined });
  print(output);
  return code;
}

export function runCli(argv: string[] = process.argv.slice(2)): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        printError(`gpu-fit: ${error.message}\nRun gpu-fit --help for usage.`);
        process.exitCode = 2;
      } else {
        printError(`gpu-fit: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 2;
      }
    },
  );
}
