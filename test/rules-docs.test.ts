import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRules, shouldFail } from '../src/rules/index.js';
import { triageText } from '../src/triage.js';

const docs = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Every ```yaml block of docs/rules.md that is a rules file. */
function yamlBlocks(): string[] {
  const blocks: string[] = [];
  const parts = docs.split('```yaml\n');
  for (const part of parts.slice(1)) {
    const body = part.slice(0, part.indexOf('```'));
    if (body.startsWith('rules:')) blocks.push(body);
  }
  return blocks;
}

describe('docs/rules.md', () => {
  it('every rules example in the docs is a valid rules file', () => {
    const blocks = yamlBlocks();
    expect(blocks.length).toBe(2);
    for (const block of blocks) expect(loadRules(block, 'docs/rules.md').errors).toEqual([]);
  });

  const examples = loadRules(yamlBlocks()[1], 'docs/rules.md').ruleSet!;

  it('the flaky-test example explains the real CTest output of SerenityOS#7745', () => {
    const { document } = triageText(fixture('rules/serenity-shell-sigpipe.log'), { sourceName: 'ctest.log', format: 'text', rules: examples });
    expect(document.groups.length).toBeGreaterThan(0);
    expect(document.groups.map((g) => g.rule?.id)).toEqual(document.groups.map(() => 'shell-sigpipe-flaky'));
    expect(shouldFail(document, 'new')).toBe(false);
  });

  it('the infrastructure example explains the real runner message', () => {
    const { document } = triageText(fixture('rules/actions-runner-lost.log'), { sourceName: 'job.log', format: 'text', rules: examples });
    expect(document.groups.map((g) => g.rule?.kind)).toEqual(['infrastructure']);
  });

  it("the compiler-bug example matches GCC's real -Werror=maybe-uninitialized wording", () => {
    const { document } = triageText(fixture('rules/gcc-maybe-uninitialized.log'), { sourceName: 'gcc.log', format: 'text', rules: examples });
    expect(document.groups.map((g) => [g.category, g.rule?.id])).toEqual([['warning-as-error', 'gcc-pr80635-optional']]);
    expect(document.groups[0].occurrences[0]).toMatchObject({ tool: 'gcc', file: 'drain.cc', line: 9, column: 10 });
  });

  it('the compiler-bug example leaves other GCC errors unexplained', () => {
    const { document } = triageText(fixture('rules/gcc-undeclared.log'), { sourceName: 'gcc.log', format: 'text', rules: examples });
    expect(document.groups.map((g) => g.rule)).toEqual([null]);
    expect(shouldFail(document, 'new')).toBe(true);
  });
});
