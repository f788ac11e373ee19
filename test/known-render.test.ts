import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { triageText } from '../src/triage.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { partitionGroups } from '../src/render/known.js';
import { shouldFail } from '../src/rules/index.js';
import type { Group, RuleRef, TriageDocument } from '../src/types.js';

// The seed's real root cause, copied under other fingerprints to stand for the other kinds.
const seed = triageText(readFileSync(new URL('./fixtures/gerrit/kv_engine-gerrit-export.txt', import.meta.url), 'utf8'), { sourceName: 'seed' }).document;
const base = seed.groups[0];

function variant(n: number, title: string, extra: Partial<Group>): Group {
  return { ...base, fingerprint: n.toString(16).padStart(16, '0'), title, rule: null, flaky: null, history: null, ...extra };
}
const rule = (id: string, kind: RuleRef['kind'], link: string | null = null): RuleRef => ({ id, kind, link, note: null });

describe('digest sections', () => {
  const groups: Group[] = [
    variant(1, 'Known thing', { rule: rule('known-1', 'known', 'https://example.org/issues/7') }),
    variant(2, 'Still broken', { history: 'still-failing' }),
    variant(3, 'Flaky by rule', { rule: rule('flaky-1', 'flaky') }),
    variant(4, 'Brand new break', { history: 'new' }),
    variant(5, 'Disk full', { rule: rule('infra-1', 'infrastructure') }),
    variant(6, 'Agent noise', { rule: rule('ignore-1', 'ignore') }),
    variant(7, 'Flaky by evidence', { flaky: { evidence: 'failed then passed on patch set 13 (linux)' } }),
    variant(8, 'Flaky too', { rule: rule('flaky-2', 'flaky') }),
  ];
  const doc: TriageDocument = { ...seed, groups };

  it('new unexplained first, then still failing, then known; the rest collapsed', () => {
    const sections = partitionGroups(groups);
    expect(sections.detailed.map((g) => g.title)).toEqual(['Brand new break', 'Still broken', 'Known thing']);
    expect(sections.flaky.map((g) => g.title)).toEqual(['Flaky by rule', 'Flaky by evidence', 'Flaky too']);
    expect(sections.infrastructure.map((g) => g.title)).toEqual(['Disk full']);
    expect(sections.ignored.map((g) => g.title)).toEqual(['Agent noise']);
  });

  it('renders each collapsed kind on one line with its count, and the known link in full', () => {
    const markdown = renderMarkdown(doc);
    const headings = markdown.split('\n').filter((l) => l.startsWith('#### '));
    expect(headings).toEqual(['#### 1. Brand new break', '#### 2. Still broken', '#### 3. Known thing']);
    expect(markdown).toContain('📌 Known issue `known-1`: [tracked here](https://example.org/issues/7)');
    expect(markdown.split('\n').filter((l) => l.startsWith('🎲 **Flaky (3):**'))).toHaveLength(1);
    expect(markdown).toContain('failed then passed on patch set 13 \\(linux\\)');
    expect(markdown.split('\n').filter((l) => l.startsWith('🏗️ **Infrastructure (1):** Disk full'))).toHaveLength(1);
    expect(markdown).toContain('_1 failure hidden by ignore rules: `ignore-1`._');
    expect(markdown).not.toContain('Agent noise');
    expect(markdown.split('\n')[0]).toContain('3 root causes');
    expect(markdown.split('\n')[0]).toContain('(also 3 flaky, 1 infrastructure, 1 ignored)');
  });

  it('fail-on new fails while any unexplained failure is left, and only then', () => {
    expect(shouldFail(doc, 'new')).toBe(true);
    const explainedOnly = { ...doc, groups: groups.filter((g) => g.rule !== null || g.flaky !== null) };
    expect(shouldFail(explainedOnly, 'new')).toBe(false);
    expect(shouldFail(explainedOnly, 'failure')).toBe(true);
  });

  it('keeps untrusted rule text inert', () => {
    const hostile = variant(9, 'x', { rule: { id: 'r', kind: 'known', link: 'javascript:alert(1)', note: '<img src=x> @everyone' } });
    const markdown = renderMarkdown({ ...doc, groups: [hostile] });
    expect(markdown).not.toContain('javascript:alert');
    expect(markdown).not.toMatch(/(?<!\\)<img/); // `\<img` renders as text
    expect(markdown).toContain('@\u200beveryone');
  });
});
