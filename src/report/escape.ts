// Text from manifests (names, paths, model ids) goes into Markdown that GitHub renders: escape it
// so a manifest cannot inject HTML, links, table cells, references or @-mentions into a comment,
// as cmark-gfm (tables, autolink, tagfilter) and GitHub's reference filters read it.

const ZWSP = '\u200b';

/**
 * A zero-width space where GitHub would otherwise make a link out of plain text: @-mentions,
 * issue references (`#123`, `org/repo#9`, `GH-77`), and the autolink extension's bare URLs
 * (`https://…`, `www.…`). Backslash escapes cannot stop these: they match the rendered text.
 */
function breakAutolinks(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/\b(gh)-/gi, `$1${ZWSP}-`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** CommonMark ends a line at \n, \r\n and a lone \r: any of them would split a table row or a heading. */
const LINE_END = /\r\n|\r|\n/g;

/**
 * Unicode's bidirectional controls (embeddings, overrides, isolates, marks): a name carrying one
 * is displayed reordered, in a browser (the comment, the Actions log viewer) as in some terminals,
 * so "prod<U+202E>..." can pass for another name ("Trojan Source", CVE-2021-42574). Shown as
 * their code points instead.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Each bidirectional control written as `\uXXXX`, visible and inert. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line, and no tag or entity: what both Markdown text and HTML element text need first. */
function oneLineText(text: string): string {
  return showBidiControls(text.replace(LINE_END, ' ')).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeMarkdown(text: string): string {
  return breakAutolinks(oneLineText(text).replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1'));
}

/** For text inside HTML elements (<summary>), where Markdown escapes are not processed. */
export function escapeHtml(text: string): string {
  return breakAutolinks(oneLineText(text).replace(/"/g, '&quot;').replace(/\|/g, '&#124;'));
}

/**
 * For terminals and CI logs: control characters (ANSI escapes, a lone CR that rewrites the line,
 * C1 controls) shown as \xNN, and `::` at a line start broken so a name cannot become a workflow
 * command (`::add-mask::`, `::error::`). Newlines and tabs stay: the output's own layout uses them.
 */
export function escapeTerminal(text: string): string {
  return showBidiControls(text)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/^(\s*):(?=:)/gm, '$1:\u200b');
}

/**
 * JSON text with C1 controls and bidirectional controls written as \u escapes too (JSON.stringify
 * leaves them raw; some terminals obey them). The JSON means the same.
 */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
