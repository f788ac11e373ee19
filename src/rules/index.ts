export { DEFAULT_RULES_FILE, MAX_RULES_FILE_BYTES, formatRuleFileError, loadRules, rulesNotUsedNote } from './load.js';
export type { CompiledRule, RuleDefinition, RuleFileError, RuleSet, RulesLoadResult } from './load.js';
export { applyRules, firstMatchingRule, ruleMatches } from './match.js';
export { compileGlob, compileMessagePattern } from './patterns.js';
export { FAIL_ON_VALUES, isActive, isExplained, isFailOn, shouldFail } from './fail-on.js';
export type { FailOn } from './fail-on.js';
