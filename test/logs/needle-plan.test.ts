import { describe, expect, it } from 'vitest';
import { createNeedleSearch, planNeedleGroups } from '../../src/logs/needle-search.js';
import { LOG_NEEDLES } from '../../src/diagnostics/needles.js';
import { LOG_NEEDLE_PLAN } from '../../src/logs/log-needle-plan.js';

/**
 * src/logs/log-needle-plan.ts is the kernel's plan for LOG_NEEDLES, written
 * here so that no start computes it. After changing the needles (or how
 * buckets are formed): npx vitest run test/logs/needle-plan.test.ts -u
 */
const NEEDLES = LOG_NEEDLES.map((n) => n.find);

describe('the log needles\' plan', () => {
  it('is what planNeedleGroups computes for LOG_NEEDLES (run vitest -u on this file to rewrite it)', async () => {
    const plan = { needles: NEEDLES, groups: planNeedleGroups(NEEDLES) };
    const source = [
      '// Written by test/logs/needle-plan.test.ts (npx vitest run test/logs/needle-plan.test.ts -u): do not edit.',
      "import type { NeedlePlan } from './needle-search.js';",
      '',
      '/** planNeedleGroups(LOG_NEEDLES): the kernel\'s groups and buckets, computed once here instead of at every start. */',
      `export const LOG_NEEDLE_PLAN: NeedlePlan = ${JSON.stringify(plan, null, 2)};`,
      '',
    ].join('\n');
    await expect(source).toMatchFileSnapshot('../../src/logs/log-needle-plan.ts');
  });

  it('is taken only for exactly its needles: other needles get their own buckets', () => {
    const layout = (texts: string[], plan = LOG_NEEDLE_PLAN) => createNeedleSearch(texts, { plan }).share()?.groups;
    // The plan itself, not groups computed again to the same value.
    expect(layout(NEEDLES)).toBe(LOG_NEEDLE_PLAN.groups);
    const fewer = NEEDLES.slice(1);
    expect(layout(fewer)).toEqual(planNeedleGroups(fewer));
    const reordered = [...NEEDLES].reverse();
    expect(layout(reordered)).toEqual(planNeedleGroups(reordered));
  });
});
