import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileGlob, compileMessagePattern, formatRuleFileError, loadRules } from '../src/rules/index.js';
import { CATEGORIES } from '../src/classify/categories.js';

const schema = JSON.parse(readFileSync(new URL('../schema/build-triage.schema.json', import.meta.url), 'utf8'));

function matcher(result: ReturnType<typeof compileGlob>) {
  if ('error' in result) throw new Error(result.error);
  return result.matcher;
}

describe('rules file schema', () => {
  it('offers exactly the public category ids to match on', () => {
    expect([...schema.definitions.match.properties.category.enum].sort()).toEqual(Object.keys(CATEGORIES).sort());
  });
});

describe('loadRules', () => {
  it('reads the example of the spec', () => {
    const text = [
      'rules:',
      '  - id: windows-agent-disk',
      '    kind: infrastructure',
      '    link: https://example.org/issues/123',
      '    note: "Windows agents run out of disk on Mondays"',
      '    match:',
      '      category: unknown',
      '      message: "No space left"',
      '      file: "engines/**"',
      '      job: "*-windows-*"',
      '      tool: msvc',
      '  - id: my-generated-code',
      '    kind: category',
      '    category: generated-code-stale',
      '    title: "Generated code is out of date: run make generate"',
      '    match: { message: "/generated_[a-z_]+\\\\.h/" }',
      '',
    ].join('\n');
    const result = loadRules(text, '.github/build-triage.yml');
    expect(result.errors).toEqual([]);
    expect(result.ruleSet?.rules.map((r) => r.definition.id)).toEqual(['windows-agent-disk', 'my-generated-code']);
    expect(result.ruleSet?.rules[1].message?.('#include "generated_opcodes.h"')).toBe(true);
  });

  it('treats an empty file as no rules, not as an error', () => {
    expect(loadRules('# nothing yet\n', 'r.yml')).toEqual({ ruleSet: { file: 'r.yml', rules: [] }, errors: [] });
    expect(loadRules('rules:\n', 'r.yml')).toEqual({ ruleSet: { file: 'r.yml', rules: [] }, errors: [] });
  });

  it('names file, line and column of each schema error, and yields no rules', () => {
    const text = ['rules:', '  - id: flaky-one', '    kind: flakey', '    mtach: { job: "x" }', '    match: {}', ''].join('\n');
    const result = loadRules(text, '.github/build-triage.yml');
    expect(result.ruleSet).toBeNull();
    expect(result.errors.map(formatRuleFileError)).toEqual([
      ".github/build-triage.yml:4:5: rules[0]: unknown key 'mtach' (allowed: id, kind, link, note, category, title, match)",
      '.github/build-triage.yml:3:11: rules[0].kind: must be one of known, flaky, infrastructure, ignore, category',
      '.github/build-triage.yml:5:12: rules[0].match: give at least one condition (category, message, file, job or tool)',
    ]);
  });

  it('locates YAML syntax errors', () => {
    const result = loadRules('rules:\n  - id: a\n    kind: known\n   match: {job: x}\n', 'r.yml');
    expect(result.ruleSet).toBeNull();
    expect(result.errors[0]).toMatchObject({ file: 'r.yml', line: 4 });
    expect(result.errors[0].message).toMatch(/^YAML: /);
  });

  it('rejects duplicate ids, bad regexes and built-in ids for custom categories, where they stand', () => {
    const text = [
      'rules:',
      '  - id: a',
      '    kind: known',
      '    match: { message: "/a(b/" }',
      '  - id: a',
      '    kind: category',
      '    category: unknown',
      '    title: Something',
      '    match: { file: "src/**" }',
      '',
    ].join('\n');
    const errors = loadRules(text, 'r.yml').errors.map(formatRuleFileError);
    expect(errors).toEqual([
      expect.stringMatching(/^r\.yml:4:23: rules\[0\]\.match\.message: not a valid RE2 pattern: .*missing closing \)/),
      "r.yml:5:9: rules[1].id: duplicate id 'a' (first used by rules[0])",
      "r.yml:7:15: rules[1].category: 'unknown' is a built-in category; a custom category needs a new id",
    ]);
  });

  it('requires category and title for kind: category, and refuses them elsewhere', () => {
    const missing = loadRules('rules:\n  - id: c\n    kind: category\n    match: { tool: gcc }\n', 'r.yml');
    expect(missing.errors.map((e) => e.message)).toEqual(["rules[0]: 'category' is required", "rules[0]: 'title' is required"]);
    const misplaced = loadRules('rules:\n  - id: c\n    kind: known\n    category: unknown\n    match: { tool: gcc }\n', 'r.yml');
    expect(misplaced.errors.map(formatRuleFileError)).toEqual(["r.yml:4:15: rules[0].category: 'category' only goes with kind: category (did you mean match.category?)"]);
  });

  it('refuses non-http links', () => {
    const result = loadRules('rules:\n  - id: c\n    kind: known\n    link: "javascript:alert(1)"\n    match: { tool: gcc }\n', 'r.yml');
    expect(result.errors.map(formatRuleFileError)).toEqual(['r.yml:4:11: rules[0].link: must be an http or https URL']);
  });
});

describe('patterns', () => {
  it('matches a substring, or a /regex/ with an optional i flag', () => {
    const sub = matcher(compileMessagePattern('No space left'));
    expect(sub('write failed: No space left on device')).toBe(true);
    expect(sub('no space left')).toBe(false);
    const re = matcher(compileMessagePattern('/no space left/i'));
    expect(re('No Space Left on device')).toBe(true);
    expect('error' in compileMessagePattern('/x/g')).toBe(true);
  });

  it('runs user regexes in linear time (a backtracking engine would hang here)', () => {
    const evil = matcher(compileMessagePattern('/(a+)+$/'));
    expect(evil(`${'a'.repeat(50_000)}!`)).toBe(false);
    const backrefs = compileMessagePattern('/(a)\\1/');
    expect('error' in backrefs).toBe(true); // RE2 has no backreferences
  });

  it('matches globs segment by segment', () => {
    const files = matcher(compileGlob('engines/**'));
    expect(files('engines/ep/src/ep_engine.cc')).toBe(true);
    expect(files('programs/engines/x.cc')).toBe(false);
    const anyCc = matcher(compileGlob('**/*.cc'));
    expect(anyCc('ep_engine.cc')).toBe(true);
    expect(anyCc('engines/ep/src/ep_engine.cc')).toBe(true);
    expect(anyCc('engines/ep/src/ep_engine.h')).toBe(false);
    const job = matcher(compileGlob('*-windows-*'));
    expect(job('kv_engine-windows-master')).toBe(true);
    expect(job('kv_engine-linux-master')).toBe(false);
    const alternatives = matcher(compileGlob('src/{ep,magma}/*.[ch]'));
    expect(alternatives('src/ep/x.c')).toBe(true);
    expect(alternatives('src/magma/x.h')).toBe(true);
    expect(alternatives('src/other/x.h')).toBe(false);
    const one = matcher(compileGlob('a?c'));
    expect(one('abc')).toBe(true);
    expect(one('a/c')).toBe(false);
    expect(matcher(compileGlob('v1.?'))('v1.2')).toBe(true);
    expect(matcher(compileGlob('v1.?'))('v1x2')).toBe(false);
    const negated = matcher(compileGlob('v[!0-9]*'));
    expect(negated('vx')).toBe(true);
    expect(negated('v1')).toBe(false);
  });

  it('matches hostile globs in linear time (picomatch backtracks for minutes on this)', () => {
    const glob = matcher(compileGlob('*a*a*a*a*a*a*a*b'));
    expect(glob('a'.repeat(5_000))).toBe(false);
  });
});
