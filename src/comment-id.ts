// comment-id is any text a workflow gives (`staging/eu`, `a--!>b`): it names the sticky comment's
// hidden marker and the files the action writes, so it is encoded for each.

import { createHash } from 'node:crypto';

/**
 * The hidden marker that identifies gpu-fit's sticky comment. The id is percent-encoded, so it
 * holds no `>` and cannot end the HTML comment early (`-->` or `--!>`), nor break the line.
 */
export function commentMarker(commentId: string): string {
  return `<!-- gpu-fit:comment-id=${encodeURIComponent(commentId)} -->`;
}

/** Longest id kept readable in a file name; the rest is told apart by the hash. */
const FILE_ID_CHARS = 40;

/**
 * A file-name part for the id: itself when it is plain (letters, digits, `.`, `_`, `-`), else its
 * plain characters and a hash of the whole, so `staging/eu` and `staging_eu` stay two files.
 */
export function commentIdFileName(commentId: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,39}$/.test(commentId)) return commentId;
  const plain = commentId.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, FILE_ID_CHARS);
  return `${plain}-${createHash('sha256').update(commentId).digest('hex').slice(0, 12)}`;
}
