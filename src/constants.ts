// Names and limits shared by the action and the CLI.

/** Where manifests live by default: anywhere in the repository. */
export const DEFAULT_MANIFEST_GLOBS = ['**/gpu-fit.yaml', '**/gpu-fit.yml', '**/*.gpu-fit.yaml', '**/*.gpu-fit.yml'] as const;

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;

/** The job summary of one step must stay under 1 MiB. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

/** The hidden marker that identifies gpu-fit's sticky comment; comment-id keeps jobs apart. */
export function commentMarker(commentId: string): string {
  return `<!-- gpu-fit:comment-id=${commentId.replace(/-->/g, '')} -->`;
}

export const COMMENT_MODES = ['update', 'new', 'delete-and-new', 'hide-and-new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
