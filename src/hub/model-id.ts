// A Hub model id is checked before any request is built from it: `../../api/whoami-v2?` or
// `org/name#frag` would otherwise send the token to another Hub endpoint.

/**
 * huggingface_hub's own rule (REPO_ID_REGEX and validate_repo_id,
 * https://github.com/huggingface/huggingface_hub/blob/ee0a4510f4bc15e26cb722be2efc2bdb01383ca0/src/huggingface_hub/utils/_validators.py#L28-L147):
 * an optional namespace and a name of letters, digits, `_`, `-` and `.`, neither starting nor
 * ending with `-` or `.`, no `--` or `..`, the name at most 96 characters.
 */
const PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;

/** Why `id` is not a Hub model id, or null when it is one. */
export function hubModelIdProblem(id: string): string | null {
  if (id.length > 2 * 96 + 1) return 'a Hub model id has an org and a name of at most 96 characters each';
  const parts = id.split('/');
  if (parts.length > 2) return 'a Hub model id is `org/name`, with one `/`';
  if (parts.some((p) => !PART.test(p))) return 'a Hub model id is `org/name` of letters, digits, `_`, `-` and `.` (not first or last)';
  if (id.includes('--') || id.includes('..')) return 'a Hub model id has no `--` or `..`';
  if (parts[parts.length - 1].length > 96 || (parts.length === 2 && parts[0].length > 96)) return 'a Hub model id has an org and a name of at most 96 characters each';
  return null;
}

/** Revisions are branch, tag or commit names: no control characters, at most 255 characters (git's ref name limit on most file systems). */
export function revisionProblem(revision: string): string | null {
  if (revision === '' || revision.length > 255) return 'a revision is 1 to 255 characters';
  if (/[\u0000-\u001f\u007f]/.test(revision)) return 'a revision has no control characters';
  if (revision.split('/').some((p) => p === '..' || p === '.')) return 'a revision has no `.` or `..` parts';
  return null;
}
