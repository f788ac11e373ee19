import type { JobStatus } from './types.js';

/** Statuses that count as a failed job: every one of them must show up in some group. */
const FAILED_STATUSES: ReadonlySet<string> = new Set<JobStatus>(['failure', 'unstable', 'aborted', 'unknown']);

export function isFailedJob(job: { status: string }): boolean {
  return FAILED_STATUSES.has(job.status);
}

/** A failed job that blocks the change: not a non-voting or optional one. */
export function isBlockingFailure(job: { status: string; voting?: boolean }): boolean {
  return isFailedJob(job) && job.voting !== false;
}
