import { InputError } from './errors.js';
import { readInputFile } from './read-input.js';
import type { RuleFileError, RuleSet } from './rules/load.js';

export interface RulesRead {
  ruleSet: RuleSet | null;
  /** Lines for the digest: why the rules were not used. */
  notes: string[];
  /** Located problems, for annotations and warnings. */
  errors: RuleFileError[];
}

/**
 * The rules file, or no rules and a note saying why: a bad rules file never
 * stops the digest. A missing file is silent when it is only the default path.
 */
export async function readRulesFile(path: string, options: { explicit: boolean; warn: (message: string) => void }): Promise<RulesRead> {
  let text: string;
  try {
    text = await readInputFile(path);
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${path}: ${(error as Error).message}`;
    if (!options.explicit && /no such file$/.test(message)) return { ruleSet: null, notes: [], errors: [] };
    options.warn(`rules not used: ${message}`);
    return { ruleSet: null, notes: [`Rules not used: ${message}`], errors: [] };
  }
  // Loaded when there is a rules file: the YAML parser, the schema validator
  // and RE2 are most of the bundle, and a run without rules never needs them.
  const { formatRuleFileError, loadRules, rulesNotUsedNote } = await import('./rules/load.js');
  const loaded = loadRules(text, path);
  for (const error of loaded.errors) options.warn(formatRuleFileError(error));
  if (loaded.ruleSet) return { ruleSet: loaded.ruleSet, notes: [], errors: loaded.errors };
  return { ruleSet: null, notes: [rulesNotUsedNote(loaded.errors) ?? `Rules file not used: ${path}`], errors: loaded.errors };
}
