import type { Group, Occurrence } from '../types.js';

export interface GroupLocation {
  /** The first occurrence at this place (its message is what the tool printed there). */
  first: Occurrence;
  /** Every job that failed at this place, in first-seen order. */
  jobs: string[];
}

/**
 * A group's distinct places (file, line, column), each with the jobs that
 * failed there; one pass, for every output that lists places (annotations,
 * check runs, SARIF, rdjsonl). `locatedOnly` drops occurrences without a file.
 */
export function locationsOf(group: Group, options: { locatedOnly?: boolean } = {}): GroupLocation[] {
  const byPlace = new Map<string, GroupLocation>();
  for (const o of group.occurrences) {
    if (options.locatedOnly && !o.file) continue;
    const key = o.file ? `${o.file}\u0000${o.line ?? ''}\u0000${o.column ?? ''}` : '';
    let place = byPlace.get(key);
    if (!place) {
      place = { first: o, jobs: [] };
      byPlace.set(key, place);
    }
    if (o.job !== null && !place.jobs.includes(o.job)) place.jobs.push(o.job);
  }
  return [...byPlace.values()];
}
