import type { BotReport, Group, GroupCategoryId, JobStatus, Occurrence, Stage } from '../types.js';

/**
 * What one CI run on one revision (a Gerrit patch set, a commit) showed: the
 * status of each job and the root causes that failed. History and flaky
 * evidence compare the current run with earlier ones; earlier runs come from
 * the review's earlier reports or from the state block of our own comment.
 */

export interface RunGroup {
  fingerprint: string;
  category: GroupCategoryId;
  stage: Stage;
  title: string;
  /** Jobs it failed in. */
  jobs: string[];
  /** Repo-relative files it names (to tell whether they changed since). */
  files: string[];
  /** Full occurrences when the run was read from a report; absent when it came from the state block. */
  occurrences?: Occurrence[];
}

export interface RevisionRun {
  /** Identity of the code that ran: `ps:13` for a Gerrit patch set, or a commit sha. */
  revision: string;
  /** How a person names it: `patch set 13`, `commit 1a2b3c4`. */
  label: string;
  jobs: Array<{ name: string; status: JobStatus }>;
  groups: RunGroup[];
}

export function patchSetRevision(patchSet: number): { revision: string; label: string } {
  return { revision: `ps:${patchSet}`, label: `patch set ${patchSet}` };
}

export function commitRevision(sha: string): { revision: string; label: string } {
  return { revision: sha, label: `commit ${sha.slice(0, 7)}` };
}

export function runGroupOf(group: Group): RunGroup {
  return {
    fingerprint: group.fingerprint,
    category: group.category,
    stage: group.stage,
    title: group.title,
    jobs: [...new Set(group.occurrences.map((o) => o.job).filter((j): j is string => j !== null))],
    files: [...new Set(group.occurrences.map((o) => o.file).filter((f): f is string => f !== null))],
    occurrences: group.occurrences,
  };
}

export function runOf(identity: { revision: string; label: string }, jobs: Array<{ name: string; status: JobStatus }>, groups: Group[]): RevisionRun {
  return {
    revision: identity.revision,
    label: identity.label,
    jobs: jobs.map((j) => ({ name: j.name, status: j.status })),
    groups: groups.map(runGroupOf),
  };
}

/** A report counts as a run once it has results (a "Build Started" notice has none). */
export function hasResults(report: BotReport): boolean {
  return report.jobs.some((job) => job.status !== 'unknown');
}
