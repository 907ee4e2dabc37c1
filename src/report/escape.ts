// Text from manifests (names, paths, model ids) goes into Markdown that GitHub renders: escape it
// so a manifest cannot inject HTML, links, tables cells or @-mentions into a comment.

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** For text inside HTML elements (<summary>), where Markdown escapes are not processed. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/**
 * For terminals and CI logs: control characters (ANSI escapes, a lone CR that rewrites the line,
 * C1 controls) shown as \xNN, and `::` at a line start broken so a name cannot become a workflow
 * command (`::add-mask::`, `::error::`). Newlines and tabs stay: the output's own layout uses them.
 */
export function escapeTerminal(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/^(\s*):(?=:)/gm, '$1:\u200b');
}

/** JSON text with C1 controls written as \u escapes too (JSON.stringify leaves them raw; some terminals obey them). */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
