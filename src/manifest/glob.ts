// Glob patterns as Actions users write them: `**` crosses folders, `*` and `?` stay inside one,
// `{a,b}` alternates, a leading `!` excludes. Paths are relative and use forward slashes.

function toRegExp(pattern: string): RegExp {
  let source = '';
  let i = 0;
  let braces = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 3 : 2;
        continue;
      }
      source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '{') {
      braces += 1;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i += 1;
  }
  return new RegExp(`^${source}$`);
}

export interface GlobSet {
  include: RegExp[];
  exclude: RegExp[];
}

export function compileGlobs(patterns: readonly string[]): GlobSet {
  const set: GlobSet = { include: [], exclude: [] };
  for (const raw of patterns) {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const negated = trimmed.startsWith('!');
    const pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
    (negated ? set.exclude : set.include).push(toRegExp(pattern));
  }
  return set;
}

export function matches(set: GlobSet, path: string): boolean {
  return set.include.some((r) => r.test(path)) && !set.exclude.some((r) => r.test(path));
}
