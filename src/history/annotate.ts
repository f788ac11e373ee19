import { isFailedJob } from '../jobs.js';
import type { Group, GroupHistory, JobStatus } from '../types.js';
import type { RevisionRun, RunGroup } from './runs.js';

/**
 * New / still failing / fixed against the previous revision, and flaky calls
 * made from evidence only:
 *  - the same job on the same revision failed and then passed (a Gerrit
 *    `recheck`, a GitHub re-run), or passed and then failed;
 *  - the same root cause passed on an earlier revision and fails now, while
 *    the files it names did not change in between (the caller says what
 *    changed; without that knowledge no such call is made).
 */

export interface HistoryOptions {
  /**
   * Did the given files stay the same from revision `from` to revision `to`?
   * true: unchanged; false: changed; null: not known (no flaky call is made).
   */
  unchangedBetween?: (from: string, to: string, files: string[]) => boolean | null;
}


function statusIn(run: RevisionRun, job: string): JobStatus | null {
  return run.jobs.find((j) => j.name === job)?.status ?? null;
}

function groupFromRun(runGroup: RunGroup, history: GroupHistory, flaky: string | null): Group {
  return {
    fingerprint: runGroup.fingerprint,
    category: runGroup.category,
    stage: runGroup.stage,
    title: runGroup.title,
    detail: {},
    occurrences: runGroup.occurrences ?? [],
    flaky: flaky === null ? null : { evidence: flaky },
    history,
  };
}

/** `a, b, c and 2 more`: evidence names the jobs, but a matrix of 40 legs should not fill the digest. */
function jobList(jobs: string[], max = 3): string {
  return jobs.length <= max ? jobs.join(', ') : `${jobs.slice(0, max).join(', ')} and ${jobs.length - max} more`;
}

function jobsOfGroup(group: Group): string[] {
  return [...new Set(group.occurrences.map((o) => o.job).filter((j): j is string => j !== null))];
}

function filesOfGroup(group: Group): string[] {
  return [...new Set(group.occurrences.map((o) => o.file).filter((f): f is string => f !== null))];
}

/**
 * `earlier`: runs before `current`, oldest first (any revisions). Returns the
 * current groups with `history` and `flaky` set, followed by groups that no
 * longer fail (`history: fixed`): those of the previous revision whose jobs
 * passed now, and those that failed earlier on this same revision and passed now.
 */
export function annotateHistory(groups: Group[], current: RevisionRun, earlier: RevisionRun[], options: HistoryOptions = {}): Group[] {
  const sameRevision = earlier.filter((run) => run.revision === current.revision);
  const otherRevisions = earlier.filter((run) => run.revision !== current.revision);
  const previous = otherRevisions.length > 0 ? otherRevisions[otherRevisions.length - 1] : null;
  const previousFailing = new Set(previous?.groups.map((g) => g.fingerprint) ?? []);
  const currentFingerprints = new Set(groups.map((g) => g.fingerprint));

  const evidence = new Map<string, string>();
  const note = (fingerprint: string, text: string) => {
    if (!evidence.has(fingerprint)) evidence.set(fingerprint, text);
  };

  // Same code, different outcome: a retry on this revision.
  const passedAfterFailing = new Map<string, RunGroup>();
  for (const run of [...sameRevision].reverse()) {
    for (const runGroup of run.groups) {
      const passedNow = runGroup.jobs.filter((job) => statusIn(current, job) === 'success');
      if (passedNow.length === 0) continue;
      note(runGroup.fingerprint, `failed then passed on ${current.label} (${jobList(passedNow)})`);
      if (!currentFingerprints.has(runGroup.fingerprint) && !passedAfterFailing.has(runGroup.fingerprint)) {
        passedAfterFailing.set(runGroup.fingerprint, runGroup);
      }
    }
    for (const group of groups) {
      const passedBefore = jobsOfGroup(group).filter((job) => statusIn(run, job) === 'success' && isFailedJob({ status: statusIn(current, job) ?? 'unknown' }));
      if (passedBefore.length > 0) note(group.fingerprint, `passed then failed on ${current.label} (${jobList(passedBefore)})`);
    }
  }

  // Different revision, but nothing the failure names changed since it passed.
  if (options.unchangedBetween) {
    for (const group of groups) {
      if (evidence.has(group.fingerprint)) continue;
      if (group.stage !== 'test' && group.stage !== 'runtime') continue;
      const files = filesOfGroup(group);
      const jobs = jobsOfGroup(group);
      for (const run of [...otherRevisions].reverse()) {
        const passedThere = jobs.filter((job) => statusIn(run, job) === 'success');
        if (passedThere.length === 0) continue;
        if (options.unchangedBetween(run.revision, current.revision, files) !== true) continue;
        const what = files.length > 0 ? `no change to ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}` : 'no code change';
        note(group.fingerprint, `passed on ${run.label} and failed on ${current.label} with ${what} (${jobList(passedThere)})`);
        break;
      }
    }
  }

  const annotated: Group[] = groups.map((group) => ({
    ...group,
    flaky: evidence.has(group.fingerprint) ? { evidence: evidence.get(group.fingerprint)! } : null,
    history: previous ? (previousFailing.has(group.fingerprint) ? 'still-failing' : 'new') : null,
  }));

  // No longer failing: only when one of its jobs ran and passed now (a job that did not run fixed nothing).
  const fixed: Group[] = [];
  const listed = new Set(currentFingerprints);
  for (const runGroup of passedAfterFailing.values()) {
    fixed.push(groupFromRun(runGroup, 'fixed', evidence.get(runGroup.fingerprint) ?? null));
    listed.add(runGroup.fingerprint);
  }
  for (const runGroup of previous?.groups ?? []) {
    if (listed.has(runGroup.fingerprint)) continue;
    if (!runGroup.jobs.some((job) => statusIn(current, job) === 'success')) continue;
    fixed.push(groupFromRun(runGroup, 'fixed', null));
    listed.add(runGroup.fingerprint);
  }
  return [...annotated, ...fixed];
}
