import type { Group, Stage } from '../types.js';

const STAGE_RANK: Record<Stage, number> = { compile: 0, link: 1, test: 2, runtime: 3, lint: 4, infra: 5, unknown: 6 };

export function jobsOf(group: Group): string[] {
  return [...new Set(group.occurrences.map((o) => o.job).filter((j): j is string => j !== null))];
}

/**
 * Most important first: the cause that breaks the most jobs, then the earliest
 * stage (a compile error explains the test failures that follow it).
 */
export function orderGroups(groups: Group[]): Group[] {
  return groups
    .map((group, index) => ({ group, index }))
    .sort(
      (a, b) =>
        jobsOf(b.group).length - jobsOf(a.group).length ||
        STAGE_RANK[a.group.stage] - STAGE_RANK[b.group.stage] ||
        a.index - b.index,
    )
    .map(({ group }) => group);
}
