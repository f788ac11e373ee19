import { LineCounter, parseDocument, isMap, isNode, type Document, type Node } from 'yaml';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import rulesSchema from '../../schema/build-triage.schema.json' with { type: 'json' };
import { isCategoryId } from '../classify/categories.js';
import type { RuleKind } from '../types.js';
import { compileGlob, compileMessagePattern, type TextMatcher } from './patterns.js';

/**
 * The rules file (`.github/build-triage.yml`): YAML → JSON Schema
 * (schema/build-triage.schema.json, the same file editors use) → compiled
 * matchers. Any error makes the whole file unusable: the caller runs without
 * rules and shows the errors, each located at file:line:column.
 */

export const DEFAULT_RULES_FILE = '.github/build-triage.yml';

/** Larger files are refused before parsing: a rules file is a few kilobytes. */
export const MAX_RULES_FILE_BYTES = 256 * 1024;

export interface RuleFileError {
  file: string;
  /** 1-based; 0 when the error is about the file as a whole. */
  line: number;
  column: number;
  message: string;
}

export function formatRuleFileError(error: RuleFileError): string {
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}: ${error.message}` : `${error.file}: ${error.message}`;
}

/**
 * One line for the digest when the rules file could not be used, so the PR's
 * readers learn it too (the full list goes to the log).
 */
export function rulesNotUsedNote(errors: RuleFileError[]): string | null {
  if (errors.length === 0) return null;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `Rules file not used: ${formatRuleFileError(errors[0])}${more}`;
}

/** A rule as the file gives it (after validation). */
export interface RuleDefinition {
  id: string;
  kind: RuleKind;
  link?: string;
  note?: string;
  category?: string;
  title?: string;
  match: {
    category?: string;
    message?: string;
    file?: string;
    job?: string;
    tool?: string;
  };
}

/** A rule ready to run: its patterns compiled once. */
export interface CompiledRule {
  definition: RuleDefinition;
  category: string | null;
  message: TextMatcher | null;
  file: TextMatcher | null;
  job: TextMatcher | null;
  tool: string | null;
}

export interface RuleSet {
  file: string;
  rules: CompiledRule[];
}

export interface RulesLoadResult {
  /** null when the file had errors: run without rules. */
  ruleSet: RuleSet | null;
  errors: RuleFileError[];
}

let validator: ValidateFunction | null = null;

function validateAgainstSchema(value: unknown): ErrorObject[] {
  if (!validator) {
    // allErrors: report every problem at once, so one edit fixes the file.
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    validator = ajv.compile(rulesSchema);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** `/rules/0/match` → ['rules', 0, 'match'] */
function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `rules[0].match` for messages. */
function pathText(path: Array<string | number>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${part}`;
  return out || 'the file';
}

/** The YAML node at path, or the nearest ancestor that exists. */
function nodeAt(doc: Document, path: Array<string | number>): Node | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node)) return node;
  }
  return null;
}

/** The key node of `name` in the map at path (for "unknown key" errors). */
function keyNodeAt(doc: Document, path: Array<string | number>, name: string): Node | null {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return null;
  for (const pair of map.items) {
    if (isNode(pair.key) && (pair.key as { value?: unknown }).value === name) return pair.key;
  }
  return null;
}

function describeSchemaError(error: ErrorObject): { message: string; keyName?: string } {
  const path = pointerToPath(error.instancePath);
  const where = pathText(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = path.length === 0 ? 'rules' : path[path.length - 1] === 'match' ? 'category, message, file, job, tool' : 'id, kind, link, note, category, title, match';
      return { message: `${where}: unknown key '${key}' (allowed: ${allowed})`, keyName: key };
    }
    case 'required':
      return { message: `${where}: '${String(params.missingProperty)}' is required` };
    case 'enum':
      return { message: `${where}: must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'minProperties':
      return { message: `${where}: give at least one condition (category, message, file, job or tool)` };
    case 'type':
      return { message: `${where}: must be ${params.type === 'object' ? 'a mapping' : params.type === 'array' ? 'a list' : `a ${String(params.type)}`}` };
    case 'pattern':
      if (path[path.length - 1] === 'link') return { message: `${where}: must be an http or https URL` };
      if (path[path.length - 1] === 'id') return { message: `${where}: letters, digits, '.', '_' and '-' only, up to 100 characters` };
      if (path[path.length - 1] === 'category') return { message: `${where}: lowercase words joined by '-', e.g. generated-code-stale` };
      return { message: `${where}: ${error.message ?? 'invalid'}` };
    default:
      return { message: `${where}: ${error.message ?? 'invalid'}` };
  }
}

function schemaErrors(doc: Document, lineCounter: LineCounter, file: string, errors: ErrorObject[]): RuleFileError[] {
  const out: RuleFileError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // `if`/`then` adds a summary error beside the real `required` one.
    if (error.keyword === 'if') continue;
    const path = pointerToPath(error.instancePath);
    const { message, keyName } = describeSchemaError(error);
    const node = (keyName ? keyNodeAt(doc, path, keyName) : null) ?? nodeAt(doc, path);
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    const located = { file, line: pos.line, column: pos.col, message };
    const key = formatRuleFileError(located);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(located);
    }
  }
  return out;
}

/** Checks the schema cannot express: unique ids, custom ids, patterns that compile. */
function semanticErrors(doc: Document, lineCounter: LineCounter, file: string, rules: RuleDefinition[]): { errors: RuleFileError[]; compiled: CompiledRule[] } {
  const errors: RuleFileError[] = [];
  const compiled: CompiledRule[] = [];
  const at = (path: Array<string | number>, message: string) => {
    const node = nodeAt(doc, path);
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    errors.push({ file, line: pos.line, column: pos.col, message: `${pathText(path)}: ${message}` });
  };
  const ids = new Map<string, number>();
  rules.forEach((rule, index) => {
    const base: Array<string | number> = ['rules', index];
    const first = ids.get(rule.id);
    if (first !== undefined) at([...base, 'id'], `duplicate id '${rule.id}' (first used by rules[${first}])`);
    else ids.set(rule.id, index);
    if (rule.kind === 'category') {
      if (rule.category && isCategoryId(rule.category)) {
        at([...base, 'category'], `'${rule.category}' is a built-in category; a custom category needs a new id`);
      }
    } else {
      if (rule.category !== undefined) at([...base, 'category'], `'category' only goes with kind: category (did you mean match.category?)`);
      if (rule.title !== undefined) at([...base, 'title'], `'title' only goes with kind: category`);
    }
    const compiledRule: CompiledRule = {
      definition: rule,
      category: rule.match.category ?? null,
      message: null,
      file: null,
      job: null,
      tool: rule.match.tool ? rule.match.tool.toLowerCase() : null,
    };
    for (const field of ['message', 'file', 'job'] as const) {
      const pattern = rule.match[field];
      if (pattern === undefined) continue;
      const result = field === 'message' ? compileMessagePattern(pattern) : compileGlob(pattern);
      if ('error' in result) at([...base, 'match', field], result.error);
      else compiledRule[field] = result.matcher;
    }
    compiled.push(compiledRule);
  });
  return { errors, compiled };
}

/** Parses and validates the rules file's text. Never throws on bad input. */
export function loadRules(text: string, file: string = DEFAULT_RULES_FILE): RulesLoadResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_RULES_FILE_BYTES) {
    return { ruleSet: null, errors: [{ file, line: 0, column: 0, message: `larger than ${MAX_RULES_FILE_BYTES / 1024} KiB; not read` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ruleSet: null,
      errors: doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return { file, line: pos.line, column: pos.col, message: `YAML: ${error.message.split('\n')[0]}` };
      }),
    };
  }
  // An empty or comment-only file explains nothing and is not an error.
  if (doc.contents === null) return { ruleSet: { file, rules: [] }, errors: [] };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ruleSet: null, errors: [{ file, line: 1, column: 1, message: `YAML: ${(error as Error).message}` }] };
  }
  // `rules:` with nothing under it reads as null: no rules yet, not an error.
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && (value as { rules?: unknown }).rules === null) {
    (value as { rules: unknown[] }).rules = [];
  }
  const invalid = validateAgainstSchema(value);
  if (invalid.length > 0) return { ruleSet: null, errors: schemaErrors(doc, lineCounter, file, invalid) };
  const rules = ((value as { rules: RuleDefinition[] }).rules ?? []) as RuleDefinition[];
  const { errors, compiled } = semanticErrors(doc, lineCounter, file, rules);
  if (errors.length > 0) return { ruleSet: null, errors };
  return { ruleSet: { file, rules: compiled }, errors: [] };
}
