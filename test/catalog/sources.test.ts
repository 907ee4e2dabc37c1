// Every catalog figure names a public page a reader can open: an https URL, a GitHub file pinned at
// a commit, and no word about how the figure was found instead of where it is. Reads every JSON
// file under catalog/, so new files and keys (sm_count_source, new model families) are held to it too.

import { describe, expect, it } from 'vitest';
import { findCatalogDir, isSourceKey, readCatalog, type CatalogFile } from '../../src/catalog/provenance.js';

const FILES: CatalogFile[] = readCatalog(findCatalogDir()!);

/** Words that describe a search (a tool, an index, a memory) rather than a place. */
const HOW_FOUND: RegExp[] = [
  /find_string|find_files|read_file|find_repos/i,
  /\bsearch(?:ed|es|ing)?\b/i,
  /code[- ]index/i,
  /not linkable/i,
  /general knowledge/i,
  /\brecalled\b|from memory/i,
  /no page (?:was )?retrieved|not retrieved/i,
  /this session/i,
  /\b(?:hit |file |tool )?ids? \d{6,}/i,
  /\bgithub:[\w.-]+\//i,
];

interface Text {
  where: string;
  key: string;
  value: string;
}

function texts(value: unknown, where: string, key = ''): Text[] {
  if (typeof value === 'string') return [{ where, key, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${where}[${i}]`, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, `${where}.${k}`, k));
  return [];
}

const ALL = FILES.flatMap((f) => texts(f.data, `catalog/${f.file}`));
const SOURCES = ALL.filter((t) => isSourceKey(t.key));

/** Objects that carry a figure: they must say where it is. */
function figures(value: unknown, where: string): Array<{ where: string; record: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => figures(v, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = ['bytes', 'bytes_per_second', 'published', 'value'].some((k) => typeof record[k] === 'number') ? [{ where, record }] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => figures(v, `${where}.${k}`))];
}

describe('catalog sources', () => {
  it('reads the whole catalog', () => {
    expect(FILES.map((f) => f.file)).toEqual(expect.arrayContaining(['gpus.json', 'instance-types.json', 'ollama.json', 'models/llama.json']));
    expect(SOURCES.length).toBeGreaterThan(300);
  });

  it('gives every source an https URL', () => {
    const without = SOURCES.filter((s) => !/https:\/\/[^\s]+\.[^\s]+/.test(s.value)).map((s) => `${s.where}: ${s.value.slice(0, 120)}`);
    expect(without).toEqual([]);
  });

  it('writes every URL whole: https, parseable, GitHub files pinned at a commit', () => {
    const bad: string[] = [];
    for (const t of ALL) {
      for (const [url] of t.value.matchAll(/\bhttps?:\/\/[^\s"'<>)\]]+/g)) {
        if (url.startsWith('http://')) bad.push(`${t.where}: ${url} is not https`);
        else if (!URL.canParse(url)) bad.push(`${t.where}: ${url} is not a URL`);
        const pinned = /^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/([^/]+)\//.exec(url);
        if (pinned && !/^[0-9a-f]{40}$/.test(pinned[1])) bad.push(`${t.where}: ${url} is not pinned at a commit`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('says where each figure is, never how it was found', () => {
    const bad = ALL.flatMap((t) => HOW_FOUND.filter((re) => re.test(t.value)).map((re) => `${t.where}: ${re} in "${t.value.slice(0, 160)}"`));
    expect(bad).toEqual([]);
  });

  it('gives every figure a source', () => {
    const bare = FILES.flatMap((f) => figures(f.data, `catalog/${f.file}`))
      .filter(({ record }) => !Object.keys(record).some((k) => isSourceKey(k)))
      // a model's config values are sourced by config_source one level up
      .filter(({ where }) => !/\.config(\.|$)/.test(where))
      .map(({ where }) => where);
    expect(bare).toEqual([]);
  });

  it('flags the patterns it is meant to', () => {
    for (const text of ['GitHub code index exact-string search (find_string)', 'quoted in find_string hit id 69506398894', 'NVIDIA specification, from general knowledge', 'github:AlexsJones/llmfit/x.json', 'value seen in public repo files, not linkable']) {
      expect(HOW_FOUND.some((re) => re.test(text)), text).toBe(true);
    }
    for (const text of ['https://github.com/vllm-project/vllm/issues/1 ("total_gpu_memory 79.22GiB")', 'https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json', 'research notes on the H20']) {
      expect(HOW_FOUND.some((re) => re.test(text)), text).toBe(false);
    }
  });
});
