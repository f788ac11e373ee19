import type { CustomCategoryId, Group, Occurrence, RuleRef } from '../types.js';
import type { CompiledRule, RuleSet } from './load.js';

/**
 * Which rule explains a group. Every condition a rule gives must hold; the
 * occurrence conditions (message, file, job, tool) must hold together for at
 * least one occurrence of the group. The first matching rule wins.
 */

function occurrenceMatches(rule: CompiledRule, occurrence: Occurrence): boolean {
  if (rule.tool !== null && (occurrence.tool ?? '').toLowerCase() !== rule.tool) return false;
  if (rule.job !== null && (occurrence.job === null || !rule.job(occurrence.job))) return false;
  if (rule.file !== null && (occurrence.file === null || !rule.file(occurrence.file))) return false;
  if (rule.message !== null && !rule.message(occurrence.message)) return false;
  return true;
}

export function ruleMatches(rule: CompiledRule, group: Group): boolean {
  if (rule.category !== null && group.category !== rule.category) return false;
  if (rule.tool === null && rule.job === null && rule.file === null && rule.message === null) return true;
  return group.occurrences.some((occurrence) => occurrenceMatches(rule, occurrence));
}

export function firstMatchingRule(ruleSet: RuleSet, group: Group): CompiledRule | null {
  return ruleSet.rules.find((rule) => ruleMatches(rule, group)) ?? null;
}

function ruleRef(rule: CompiledRule): RuleRef {
  const { id, kind, link, note } = rule.definition;
  return { id, kind, link: link ?? null, note: note ?? null };
}

/**
 * Groups with `rule` set (null when no rule explains them). A `category` rule
 * also gives the group the custom category id and title; the fingerprint
 * stays, so history and SARIF alerts keep following the same root cause.
 */
export function applyRules(groups: Group[], ruleSet: RuleSet | null): Group[] {
  return groups.map((group) => {
    const rule = ruleSet ? firstMatchingRule(ruleSet, group) : null;
    if (!rule) return { ...group, rule: null };
    const explained: Group = { ...group, rule: ruleRef(rule) };
    if (rule.definition.kind === 'category' && rule.definition.category && rule.definition.title) {
      explained.category = rule.definition.category as CustomCategoryId;
      explained.title = rule.definition.title;
    }
    return explained;
  });
}
