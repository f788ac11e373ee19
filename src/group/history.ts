import type { Group, JobSummary } from '../types.js';
import { jobsOf } from './order.js';

/**
 * Marks each current group `new` or `still-failing` against the previous
 * report's groups (same fingerprint = same root cause), and adds the previous
 * groups that are gone as `fixed` — only when one of their jobs ran again,
 * since a job that has not reported yet proves nothing.
 */
export function withHistory(current: Group[], previous: Group[], currentJobs: JobSummary[]): Group[] {
  const before = new Set(previous.map((g) => g.fingerprint));
  const now = new Set(current.map((g) => g.fingerprint));
  const ranAgain = new Set(currentJobs.filter((j) => j.status !== 'not_built').map((j) => j.name));
  const marked: Group[] = current.map((g) => ({ ...g, history: before.has(g.fingerprint) ? 'still-failing' : 'new' }));
  for (const group of previous) {
    if (now.has(group.fingerprint)) continue;
    const jobs = jobsOf(group);
    if (jobs.length > 0 && !jobs.some((job) => ranAgain.has(job))) continue;
    marked.push({ ...group, history: 'fixed' });
  }
  return marked;
}

/** Groups still failing now (not the `fixed` ones kept for the record). */
export function activeGroups(groups: Group[]): Group[] {
  return groups.filter((g) => g.history !== 'fixed');
}
