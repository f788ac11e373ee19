import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { triageText } from '../src/triage.js';
import { loadRules, shouldFail } from '../src/rules/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { runCliCaptured } from './helpers/run-cli.js';

const SEED = new URL('./fixtures/gerrit/kv_engine-gerrit-export.txt', import.meta.url);
const GCC_LOG = new URL('./fixtures/rules/gcc-undeclared.log', import.meta.url);
const seed = readFileSync(SEED, 'utf8');

function rulesOf(yaml: string) {
  const loaded = loadRules(yaml, '.github/build-triage.yml');
  expect(loaded.errors).toEqual([]);
  return loaded.ruleSet;
}

describe('rules on the seed (real Gerrit export, patch set 13)', () => {
  const KNOWN = [
    'rules:',
    '  - id: engine-api-const',
    '    kind: known',
    '    link: https://issues.couchbase.com/browse/MB-26729',
    '    note: "engine API takes const response headers; callers being updated"',
    '    match:',
    '      category: signature-mismatch',
    '      file: "programs/**"',
    '',
  ].join('\n');

  it('without rules, fail-on new fails: nothing explains the failure', () => {
    const { document } = triageText(seed, { sourceName: 'seed' });
    expect(document.groups.length).toBeGreaterThan(0);
    expect(document.groups.every((g) => g.rule === null)).toBe(true);
    expect(shouldFail(document, 'new')).toBe(true);
    expect(shouldFail(document, 'failure')).toBe(true);
    expect(shouldFail(document, 'never')).toBe(false);
  });

  it('a known rule marks the failure, fail-on new passes, fail-on failure still fails', () => {
    const { document } = triageText(seed, { sourceName: 'seed', rules: rulesOf(KNOWN) });
    const mismatch = document.groups.find((g) => g.category === 'signature-mismatch');
    expect(mismatch?.rule).toEqual({
      id: 'engine-api-const',
      kind: 'known',
      link: 'https://issues.couchbase.com/browse/MB-26729',
      note: 'engine API takes const response headers; callers being updated',
    });
    // The seed's five failed jobs share this one root cause: once it is known, nothing is new.
    expect(document.groups).toHaveLength(1);
    expect(shouldFail(document, 'new')).toBe(false);
    expect(shouldFail(document, 'failure')).toBe(true);
    const markdown = renderMarkdown(document);
    expect(markdown).toContain('📌 Known issue `engine-api-const`: [tracked here](https://issues.couchbase.com/browse/MB-26729)');
    expect(markdown.split('\n')[0]).toBe('### ⚠️ Patch set 13: 5 of 6 jobs failed, 1 root cause: function signature mismatch in `engine_testapp.cc:898` (known issue)');
  });

  it('a rule whose conditions do not all hold explains nothing', () => {
    const rules = rulesOf(KNOWN.replace('file: "programs/**"', 'file: "programs/**"\n      job: "*-macos-*"'));
    const { document } = triageText(seed, { sourceName: 'seed', rules });
    expect(document.groups.every((g) => g.rule === null)).toBe(true);
  });

  it('the first matching rule wins', () => {
    const rules = rulesOf(
      ['rules:', '  - id: first', '    kind: flaky', '    match: { tool: msvc }', '  - id: second', '    kind: known', '    match: { category: signature-mismatch }', ''].join('\n'),
    );
    const { document } = triageText(seed, { sourceName: 'seed', rules });
    const mismatch = document.groups.find((g) => g.category === 'signature-mismatch');
    expect(mismatch?.rule?.id).toBe('first');
  });

  it('flaky and infrastructure rules collapse into one line each; ignore rules hide but count', () => {
    const rules = rulesOf(['rules:', '  - id: tsan-flake', '    kind: flaky', '    match: { category: signature-mismatch }', ''].join('\n'));
    const { document } = triageText(seed, { sourceName: 'seed', rules });
    const markdown = renderMarkdown(document);
    expect(markdown).toMatch(/🎲 \*\*Flaky \(1\):\*\* .*rule `tsan-flake`/);
    expect(markdown).not.toContain('#### 1. Function signature mismatch');
    const ignored = triageText(seed, {
      sourceName: 'seed',
      rules: rulesOf(['rules:', '  - id: hide-it', '    kind: ignore', '    match: { category: signature-mismatch }', ''].join('\n')),
    }).document;
    const hidden = renderMarkdown(ignored);
    expect(hidden).toContain('hidden by ignore rules: `hide-it`');
    expect(shouldFail(ignored, 'new')).toBe(false);
    expect(hidden).toContain('nothing new: 1 ignored');
  });

  it('a category rule gives the group a custom id and title, and still fails fail-on new', () => {
    const rules = rulesOf(
      [
        'rules:',
        '  - id: engine-api',
        '    kind: category',
        '    category: engine-api-change',
        '    title: "Engine API changed: update the callbacks"',
        '    match: { message: "/protocol_binary_response_header/" }',
        '',
      ].join('\n'),
    );
    const { document } = triageText(seed, { sourceName: 'seed', rules });
    const custom = document.groups.find((g) => g.category === 'engine-api-change');
    expect(custom?.title).toBe('Engine API changed: update the callbacks');
    expect(custom?.rule?.kind).toBe('category');
    expect(shouldFail(document, 'new')).toBe(true);
    const markdown = renderMarkdown(document);
    expect(markdown).toContain('#### 1. Engine API changed\\: update the callbacks');
    expect(markdown).toContain('root cause: engine\\-api\\-change in `engine_testapp.cc:898`');
  });

  it('matches tool, file and message on real GCC output', () => {
    const log = readFileSync(GCC_LOG, 'utf8');
    const rules = rulesOf(
      [
        'rules:',
        '  - id: pending-count-upstream',
        '    kind: known',
        '    link: https://github.com/example/engine/issues/1',
        '    match:',
        '      tool: GCC',
        '      file: "src/engines/*.cc"',
        '      message: "/.pendingCount. was not declared/"',
        '',
      ].join('\n'),
    );
    const { document } = triageText(log, { sourceName: 'gcc-undeclared.log', format: 'text', rules });
    expect(document.groups).toHaveLength(1);
    expect(document.groups[0].occurrences[0]).toMatchObject({ tool: 'gcc', file: 'src/engines/flusher.cc', line: 6, column: 20 });
    expect(document.groups[0].rule?.id).toBe('pending-count-upstream');
    expect(shouldFail(document, 'new')).toBe(false);
  });
});

describe('CLI --config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-triage-rules-'));
  const seedPath = join(dir, 'seed.txt');
  writeFileSync(seedPath, seed);

  const run = runCliCaptured;

  it('a bad rules file yields a located error and the digest otherwise unchanged', async () => {
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'rules:\n  - id: x\n    kind: flakey\n    match: { job: "*" }\n');
    const plain = await run([seedPath]);
    const withBad = await run([seedPath, '--config', bad]);
    expect(withBad.code).toBe(0);
    expect(withBad.err).toContain(`${bad}:3:11: rules[0].kind: must be one of known, flaky, infrastructure, ignore, category`);
    const note = withBad.out.split('\n').filter((line) => line.startsWith('> Rules file not used'));
    expect(note).toHaveLength(1);
    expect(note[0]).toContain('3\\:11');
    const withoutNote = withBad.out.replace(`${note[0]}\n\n`, '');
    expect(withoutNote).toBe(plain.out);
    const json = await run([seedPath, '--json', '--config', bad]);
    expect(json.out).toBe((await run([seedPath, '--json'])).out);
  });

  it('a missing rules file is said once and the run goes on', async () => {
    const result = await run([seedPath, '--config', join(dir, 'missing.yml')]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/rules not used: .*missing\.yml: no such file/);
    expect(result.out).toContain('Patch set 13');
  });

  it('writes SARIF and rdjsonl beside the digest', async () => {
    const sarif = join(dir, 'out.sarif');
    const rdjsonl = join(dir, 'out.rdjsonl');
    const result = await run([seedPath, '--sarif', sarif, '--rdjsonl', rdjsonl]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    const lines = readFileSync(rdjsonl, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line).source.name).toBe('build-triage');
  });
});
