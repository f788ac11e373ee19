import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { triageText } from '../src/triage.js';
import { shouldFail } from '../src/rules/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { annotateHistory, commitRevision, decodeStateBlock, encodeStateBlock, MAX_STATE_BLOCK, type RevisionRun } from '../src/history/index.js';
import type { Group } from '../src/types.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('flaky evidence and history from a Gerrit export', () => {
  it('the seed alone has no earlier run: history and flaky stay null', () => {
    const { document } = triageText(fixture('gerrit/kv_engine-gerrit-export.txt'), { sourceName: 'seed' });
    expect(document.groups.map((g) => [g.history, g.flaky])).toEqual([[null, null]]);
  });

  it('a fail-then-pass pair on one patch set (a recheck) is called flaky, with its evidence', () => {
    const { document, runs } = triageText(fixture('history/kv_engine-recheck-passed.txt'), { sourceName: 'recheck' });
    expect(document.jobs.every((j) => j.status === 'success')).toBe(true);
    expect(document.groups).toHaveLength(1);
    const [group] = document.groups;
    expect(group.category).toBe('signature-mismatch');
    expect(group.history).toBe('fixed');
    expect(group.flaky?.evidence).toMatch(/^failed then passed on patch set 13 \(kv_engine-linux-master, kv_engine-windows-master, /);
    expect(shouldFail(document, 'new')).toBe(false);
    expect(shouldFail(document, 'failure')).toBe(false);
    expect(runs.map((r) => r.revision)).toEqual(['ps:13', 'ps:13']);
    const markdown = renderMarkdown(document);
    expect(markdown).toContain('all 6 jobs passed');
    expect(markdown).toMatch(/✅ \*\*Fixed since the previous run \(1\):\*\* .*failed then passed on patch set 13/);
  });

  it('the same root cause on the next patch set is still failing, not flaky', () => {
    const { document } = triageText(fixture('history/kv_engine-still-failing.txt'), { sourceName: 'ps14' });
    expect(document.change.patchSet).toBe(14);
    expect(document.groups.map((g) => [g.category, g.history, g.flaky])).toEqual([['signature-mismatch', 'still-failing', null]]);
    expect(shouldFail(document, 'new')).toBe(true);
    expect(renderMarkdown(document)).toContain('🔁 still failing');
  });
});

function group(fingerprint: string, jobs: string[], stage: Group['stage'] = 'test', file = 'tests/ep_testsuite.cc'): Group {
  return {
    fingerprint,
    category: 'test-failure',
    stage,
    title: `test ${fingerprint} failed`,
    detail: {},
    occurrences: jobs.map((job) => ({ job, tool: null, file, line: 10, column: null, message: 'FAILED' })),
  };
}

function run(revision: string, jobs: Record<string, 'success' | 'failure'>, groups: Group[]): RevisionRun {
  return {
    revision,
    label: revision.startsWith('ps:') ? `patch set ${revision.slice(3)}` : `commit ${revision.slice(0, 7)}`,
    jobs: Object.entries(jobs).map(([name, status]) => ({ name, status })),
    groups: groups.map((g) => ({
      fingerprint: g.fingerprint,
      category: g.category,
      stage: g.stage,
      title: g.title,
      jobs: [...new Set(g.occurrences.map((o) => o.job!))],
      files: [...new Set(g.occurrences.map((o) => o.file!))],
    })),
  };
}

describe('annotateHistory', () => {
  const a = 'aaaaaaaaaaaaaaaa';
  const b = 'bbbbbbbbbbbbbbbb';

  it('new, still failing and fixed against the previous revision', () => {
    const previous = run('ps:1', { linux: 'failure', mac: 'failure' }, [group(a, ['linux']), group(b, ['mac'])]);
    const current = run('ps:2', { linux: 'failure', mac: 'success' }, [group(a, ['linux']), group('cccccccccccccccc', ['linux'])]);
    const out = annotateHistory([group(a, ['linux']), group('cccccccccccccccc', ['linux'])], current, [previous]);
    expect(out.map((g) => [g.fingerprint, g.history, g.flaky])).toEqual([
      [a, 'still-failing', null],
      ['cccccccccccccccc', 'new', null],
      [b, 'fixed', null],
    ]);
  });

  it('does not call a root cause fixed when its job did not run', () => {
    const previous = run('ps:1', { mac: 'failure' }, [group(b, ['mac'])]);
    const current = run('ps:2', { linux: 'success' }, []);
    expect(annotateHistory([], current, [previous])).toEqual([]);
  });

  it('passed then failed on the same commit (a re-run) is flaky evidence', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const first = run(sha, { linux: 'success' }, []);
    const rerun = run(sha, { linux: 'failure' }, [group(a, ['linux'])]);
    const [g] = annotateHistory([group(a, ['linux'])], rerun, [first]);
    expect(g.flaky).toEqual({ evidence: 'passed then failed on commit 0123456 (linux)' });
    expect(commitRevision(sha)).toEqual({ revision: sha, label: 'commit 0123456' });
  });

  it('across patch sets, calls it flaky only when the caller knows the named files did not change', () => {
    const earlier = run('ps:3', { linux: 'success' }, []);
    const current = run('ps:4', { linux: 'failure' }, [group(a, ['linux'])]);
    const asked: Array<[string, string, string[]]> = [];
    const unchanged = (from: string, to: string, files: string[]) => {
      asked.push([from, to, files]);
      return true;
    };
    const [flaky] = annotateHistory([group(a, ['linux'])], current, [earlier], { unchangedBetween: unchanged });
    expect(asked).toEqual([['ps:3', 'ps:4', ['tests/ep_testsuite.cc']]]);
    expect(flaky.flaky?.evidence).toBe('passed on patch set 3 and failed on patch set 4 with no change to tests/ep_testsuite.cc (linux)');
    expect(flaky.history).toBe('new');
    const [changed] = annotateHistory([group(a, ['linux'])], current, [earlier], { unchangedBetween: () => false });
    expect(changed.flaky).toBeNull();
    const [unknown] = annotateHistory([group(a, ['linux'])], current, [earlier], { unchangedBetween: () => null });
    expect(unknown.flaky).toBeNull();
    // A compile error is not a test that can flake.
    const [compile] = annotateHistory([group(a, ['linux'], 'compile')], current, [earlier], { unchangedBetween: unchanged });
    expect(compile.flaky).toBeNull();
  });
});

describe('state block', () => {
  const { runs } = triageText(fixture('history/kv_engine-still-failing.txt'), { sourceName: 'ps14' });

  it('round-trips the runs (without occurrences)', () => {
    const block = encodeStateBlock(runs);
    expect(block.startsWith('<!-- build-triage:state v1 ')).toBe(true);
    expect(block.endsWith(' -->')).toBe(true);
    const body = `### digest\n\ntext\n\n${block}\n`;
    const decoded = decodeStateBlock(body);
    expect(decoded).toEqual(runs.map((r) => ({ ...r, groups: r.groups.map(({ occurrences: _o, ...g }) => g) })));
    expect(decoded?.map((r) => r.label)).toEqual(['patch set 13', 'patch set 14']);
  });

  it('feeds the next run: history from the state alone', () => {
    const decoded = decodeStateBlock(encodeStateBlock(runs.slice(0, 1)))!;
    const { document } = triageText(fixture('gerrit/kv_engine-gerrit-export.txt'), {
      sourceName: 'seed',
      previousRuns: decoded.map((r) => ({ ...r, revision: 'ps:12', label: 'patch set 12' })),
    });
    expect(document.groups.map((g) => g.history)).toEqual(['still-failing']);
  });

  it('ignores a forged or damaged block', () => {
    const block = encodeStateBlock(runs);
    const [marker, name, version, sum, payload] = block.slice(0, -' -->'.length).split(' ');
    expect([marker, name, version, sum.length]).toEqual(['<!--', 'build-triage:state', 'v1', 16]);
    // One character changed in the payload.
    const flipped = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41);
    expect(decodeStateBlock(block.replace(payload, flipped))).toBeNull();
    // A forged payload with a matching checksum but a shape we never write.
    const forgedJson = JSON.stringify({ v: 1, runs: [{ r: 'ps:13', l: 'patch set 13', j: [['linux', 'success']], g: [{ f: 'not-hex', c: 'x', s: 'test', t: '', j: [0], p: [] }] }] });
    const forged = `<!-- build-triage:state v1 ${checksumOf(forgedJson)} ${Buffer.from(forgedJson).toString('base64')} -->`;
    expect(decodeStateBlock(forged)).toBeNull();
    // A job index pointing outside the run's jobs.
    const outOfRange = JSON.stringify({ v: 1, runs: [{ r: 'ps:13', l: 'patch set 13', j: [], g: [{ f: 'aaaaaaaaaaaaaaaa', c: 'crash', s: 'runtime', t: 't', j: [3], p: [] }] }] });
    expect(decodeStateBlock(`<!-- build-triage:state v1 ${checksumOf(outOfRange)} ${Buffer.from(outOfRange).toString('base64')} -->`)).toBeNull();
    // Another version, two blocks, no block, garbage.
    expect(decodeStateBlock(block.replace(' v1 ', ' v2 '))).toBeNull();
    expect(decodeStateBlock(`${block}\n${block}`)).toBeNull();
    expect(decodeStateBlock('no state here')).toBeNull();
    expect(decodeStateBlock('<!-- build-triage:state v1 0123456789abcdef !!!! -->')).toBeNull();
  });

  it('stays within its size bound however many runs and groups there are', () => {
    const many: RevisionRun[] = Array.from({ length: 20 }, (_, i) => ({
      revision: `ps:${i + 1}`,
      label: `patch set ${i + 1}`,
      jobs: Array.from({ length: 50 }, (_, j) => ({ name: `job-${j}-${'x'.repeat(100)}`, status: 'failure' as const })),
      groups: Array.from({ length: 100 }, (_, g) => ({
        fingerprint: (g + 1).toString(16).padStart(16, '0'),
        category: 'test-failure' as const,
        stage: 'test' as const,
        title: 't'.repeat(300),
        jobs: [`job-${g % 50}-${'x'.repeat(100)}`],
        files: ['tests/a.cc'],
      })),
    }));
    const block = encodeStateBlock(many);
    expect(block.length).toBeLessThanOrEqual(MAX_STATE_BLOCK);
    const decoded = decodeStateBlock(block)!;
    expect(decoded.length).toBeGreaterThan(0);
    expect(decoded[decoded.length - 1].revision).toBe('ps:20');
  });
});

function checksumOf(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}
