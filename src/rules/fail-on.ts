import type { Group, TriageDocument } from '../types.js';

/** The action's `fail-on` input: when the step should fail. */
export type FailOn = 'never' | 'failure' | 'new';

export const FAIL_ON_VALUES: readonly FailOn[] = ['never', 'failure', 'new'];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value);
}

const FAILED_STATUSES = new Set(['failure', 'unstable', 'aborted', 'unknown']);

/** Still failing now: groups marked `fixed` are history, not a current failure. */
export function isActive(group: Group): boolean {
  return group.history !== 'fixed';
}

/**
 * Explained: a rule says it is known, flaky, infrastructure or to be ignored,
 * or the same job passed on the same code (flaky evidence). A `category` rule
 * only renames a failure the author still has to fix, so it explains nothing.
 */
export function isExplained(group: Group): boolean {
  if (group.flaky) return true;
  const kind = group.rule?.kind;
  return kind === 'known' || kind === 'flaky' || kind === 'infrastructure' || kind === 'ignore';
}

/**
 * never: don't fail. failure: fail when any job failed. new: fail only for
 * failures that nothing explains.
 */
export function shouldFail(doc: TriageDocument, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const active = doc.groups.filter(isActive);
  if (failOn === 'failure') return active.length > 0 || doc.jobs.some((job) => FAILED_STATUSES.has(job.status));
  return active.some((group) => !isExplained(group));
}
