import type { RunEvent } from './event.js';

/**
 * A write refused with 403 has one usual cause per setting; say which, and
 * what to change, instead of GitHub's "Resource not accessible by integration".
 */
export function explainWriteError(error: unknown, event: RunEvent): string | null {
  const status = (error as { status?: number }).status;
  if (status !== 403) return null;
  if (event.fromFork && (event.name === 'pull_request' || event.name === 'pull_request_review')) {
    return (
      'GitHub refused to write the digest comment (403): on a pull request from a fork, the pull_request event gets a ' +
      'read-only token. Split the workflow: let the pull_request workflow upload its report as an artifact, and post ' +
      'the digest from a second workflow triggered by workflow_run (it runs in the base repository with write access). ' +
      "See the README's fork example."
    );
  }
  return (
    'GitHub refused to write the digest comment (403): the token lacks write access to pull request comments. ' +
    'Give the job `permissions: pull-requests: write`, or pass a token that has it in github-token.'
  );
}
