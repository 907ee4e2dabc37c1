// Names and limits shared by the action and the CLI.

/** Where manifests live by default: anywhere in the repository. */
export const DEFAULT_MANIFEST_GLOBS = ['**/gpu-fit.yaml', '**/gpu-fit.yml', '**/*.gpu-fit.yaml', '**/*.gpu-fit.yml'] as const;

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;

/** The job summary of one step must stay under 1 MiB. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export const COMMENT_MODES = ['update', 'new', 'delete-and-new', 'hide-and-new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/**
 * The largest manifest, deployment file or config.json read (from disk or the API): rendered Helm
 * output for a whole cluster is a few MB; a larger file is refused rather than read into memory.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
