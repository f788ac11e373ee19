import type { CategoryId, GroupCategoryId, Stage } from '../types.js';

/** Stage and a plain-language label of every public category id (spec: categories.md). */
export const CATEGORIES: Record<CategoryId, { stage: Stage; label: string }> = {
  'signature-mismatch': { stage: 'compile', label: 'Function signature mismatch' },
  'type-conversion': { stage: 'compile', label: 'Invalid type conversion' },
  'undeclared-identifier': { stage: 'compile', label: 'Undeclared identifier' },
  'no-member': { stage: 'compile', label: 'No such member' },
  'no-matching-function': { stage: 'compile', label: 'No matching function' },
  'missing-header': { stage: 'compile', label: 'Header not found' },
  'syntax-error': { stage: 'compile', label: 'Syntax error' },
  'incomplete-type': { stage: 'compile', label: 'Incomplete type' },
  redefinition: { stage: 'compile', label: 'Redefinition' },
  'override-mismatch': { stage: 'compile', label: 'Override mismatch' },
  'warning-as-error': { stage: 'compile', label: 'Warning treated as error' },
  'deleted-function': { stage: 'compile', label: 'Use of deleted function' },
  'ambiguous-call': { stage: 'compile', label: 'Ambiguous call' },
  'other-compile-error': { stage: 'compile', label: 'Compile error' },
  'undefined-symbol': { stage: 'link', label: 'Undefined symbol' },
  'duplicate-symbol': { stage: 'link', label: 'Duplicate symbol' },
  'missing-library': { stage: 'link', label: 'Library not found' },
  'test-failure': { stage: 'test', label: 'Test failure' },
  'test-timeout': { stage: 'test', label: 'Test timeout' },
  'memory-error': { stage: 'runtime', label: 'Memory error (AddressSanitizer)' },
  'data-race': { stage: 'runtime', label: 'Data race (ThreadSanitizer)' },
  'undefined-behavior': { stage: 'runtime', label: 'Undefined behaviour (UBSan)' },
  'memory-leak': { stage: 'runtime', label: 'Memory leak (LeakSanitizer)' },
  crash: { stage: 'runtime', label: 'Crash' },
  'format-check': { stage: 'lint', label: 'Formatting check failed' },
  'static-analysis': { stage: 'lint', label: 'Static analysis finding' },
  infrastructure: { stage: 'infra', label: 'Infrastructure failure' },
  timeout: { stage: 'infra', label: 'Job timed out or aborted' },
  unknown: { stage: 'unknown', label: 'Unexplained failure' },
};

export function isCategoryId(value: string): value is CategoryId {
  return Object.prototype.hasOwnProperty.call(CATEGORIES, value);
}

export function stageOf(category: CategoryId): Stage {
  return CATEGORIES[category].stage;
}

/** Label of a group's category: the built-in label, or the custom id itself. */
export function categoryLabel(category: GroupCategoryId): string {
  return isCategoryId(category) ? CATEGORIES[category].label : category;
}
