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

export function escapeMarkdown(text: string): string {
  return breakAutolinks(
    text
      .replace(LINE_END, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1'),
  );
}

/** For text inside HTML elements (<summary>), where Markdown escapes are not processed. */
export function escapeHtml(text: string): string {
  return breakAutolinks(
    text
      .replace(LINE_END, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\|/g, '&#124;'),
  );
}
