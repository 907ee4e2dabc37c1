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
