import { isBlockingFailure } from '../jobs.js';
import type { Group, TriageDocument } from '../types.js';

/** The action's `fail-on` input: when the step should fail. */
export type FailOn = 'never' | 'failure' | 'new';

export const FAIL_ON_VALUES: readonly FailOn[] = ['never', 'failure', 'new'];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value);
}


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
  // Non-voting jobs (Zuul, Prow's optional ones) never fail the step.
  const blocking = new Set(doc.jobs.filter(isBlockingFailure).map((job) => job.name));
  const nonVoting = new Set(doc.jobs.filter((job) => job.voting === false).map((job) => job.name));
  const blocks = (group: Group) => group.occurrences.some((o) => o.job === null || blocking.has(o.job) || !nonVoting.has(o.job));
  const active = doc.groups.filter(isActive).filter(blocks);
  if (failOn === 'failure') return active.length > 0 || blocking.size > 0;
  return active.some((group) => !isExplained(group));
}
