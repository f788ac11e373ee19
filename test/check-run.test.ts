import { describe, expect, it, vi } from 'vitest';
import type { Group, Occurrence, TriageDocument } from '../src/types.js';
import type { GitHubClient } from '../src/publish/client.js';
import type { Logger } from '../src/logger.js';
import { renderCheckSummary, renderSummary } from '../src/publish/summary.js';
import {
  ANNOTATION_TEXT_LIMIT_BYTES,
  CHECK_SUMMARY_LIMIT,
  batches,
  buildCheckAnnotations,
  checkRunConclusion,
  checkRunName,
  checkRunTitle,
  cutBytes,
  cutSummary,
  publishCheckRun,
} from '../src/publish/check-run.js';

function occurrence(file: string | null, line: number | null, extra: Partial<Occurrence> = {}): Occurrence {
  return { job: 'linux', tool: 'gcc', file, line, column: 3, message: `error at ${file}:${line}`, ...extra };
}

function group(n: number, occurrences: Occurrence[], extra: Partial<Group> = {}): Group {
  return { fingerprint: `fp${n}`, category: 'compile-error' as Group['category'], stage: 'compile', title: `root cause ${n}`, detail: {}, occurrences, ...extra };
}

const doc = (groups: Group[]): TriageDocument => ({ schema: 'build-triage/v1', change: { id: null, subject: null, patchSet: 1 }, jobs: [], groups });

function located(n: number): Occurrence[] {
  return Array.from({ length: n }, (_, k) => occurrence(`src/f${k}.cc`, k + 1));
}

function logger() {
  const lines: string[] = [];
  const log: Logger = { debug() {}, info() {}, warning: (m) => lines.push(m), error: (m) => lines.push(`error: ${m}`) };
  return { log, lines };
}

function client(create: (params: any) => Promise<unknown>) {
  const update = vi.fn(async (_params: any) => ({ data: { id: 77 } }));
  const createFn = vi.fn(create);
  const fake = { rest: { checks: { create: createFn, update } } } as unknown as GitHubClient;
  return { fake, create: createFn, update };
}

const request = (document: TriageDocument, setting: 'auto' | 'true' | 'false' = 'auto') => ({
  owner: 'o',
  repo: 'r',
  headSha: 'b'.repeat(40),
  commentIdKey: '',
  digest: '### ❌ Patch set 13: 5 of 6 jobs failed\n\nbody',
  document,
  setting,
});

describe('check run output', () => {
  it('fits a digest too long for the Checks API by dropping detail, leaving no fence or <details> open', () => {
    const long = doc(Array.from({ length: 60 }, (_, n) => group(n, [occurrence(`src/f${n}.cc`, n + 1, { message: `error ${n}: ${'x'.repeat(3000)}` })])));
    expect(renderSummary(long, {}).length).toBeGreaterThan(CHECK_SUMMARY_LIMIT);
    const summary = renderCheckSummary(long, {});
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(cutSummary(summary)).toBe(summary);
    expect((summary.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
    expect((summary.match(/<details>/g) ?? []).length).toBe((summary.match(/<\/details>/g) ?? []).length);
    expect(summary.split('\n')[0]).toBe(renderSummary(long, {}).split('\n')[0]);
  });

  it('is named after the digest and titled with its first line', () => {
    expect(checkRunName('')).toBe('build-triage');
    expect(checkRunName('linux')).toBe('build-triage (linux)');
    expect(checkRunTitle('### ❌ Patch set 13: 5 of 6 jobs failed, 1 root cause\n\nmore')).toBe('❌ Patch set 13: 5 of 6 jobs failed, 1 root cause');
    expect(checkRunTitle('\nplain first line\n')).toBe('plain first line');
  });

  it('cuts the summary to the Checks API limit, and leaves a short one alone', () => {
    expect(cutSummary('short')).toBe('short');
    const long = 'x'.repeat(CHECK_SUMMARY_LIMIT - 1) + '😀'.repeat(10);
    const cut = cutSummary(long);
    expect(cut.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(cut).toMatch(/Checks API limit/);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('cuts annotation text to 64 KiB without splitting a character', () => {
    const text = 'é'.repeat(ANNOTATION_TEXT_LIMIT_BYTES);
    const cut = cutBytes(text);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(ANNOTATION_TEXT_LIMIT_BYTES);
    expect(cut).toBe('é'.repeat(ANNOTATION_TEXT_LIMIT_BYTES / 2));
    const annotations = buildCheckAnnotations(doc([group(1, [occurrence('a.cc', 1, { message: 'm'.repeat(200_000) })])]));
    expect(Buffer.byteLength(annotations[0].message)).toBe(ANNOTATION_TEXT_LIMIT_BYTES);
  });

  it('concludes failure, neutral or success from the active groups', () => {
    expect(checkRunConclusion(doc([]))).toBe('success');
    expect(checkRunConclusion(doc([group(1, located(1), { history: 'fixed' })]))).toBe('success');
    const known = { id: 'k', kind: 'known' as const, link: null, note: null };
    expect(checkRunConclusion(doc([group(1, located(1), { rule: known }), group(2, located(1), { flaky: { evidence: 'rerun passed' } })]))).toBe('neutral');
    expect(checkRunConclusion(doc([group(1, located(1), { rule: known }), group(2, located(1))]))).toBe('failure');
    // A failure only in a non-voting job fails no step (fail-on), so no red check either.
    const nonVoting: TriageDocument = { ...doc([group(3, located(1))]), jobs: [{ name: 'linux', url: null, build: null, status: 'failure', patchSet: 1, voting: false }] };
    expect(checkRunConclusion(nonVoting)).toBe('neutral');
    expect(checkRunConclusion({ ...nonVoting, jobs: [{ ...nonVoting.jobs[0], voting: true }] })).toBe('failure');
  });

  it('annotates every repo-relative located occurrence once, with the group title', () => {
    const a = buildCheckAnnotations(
      doc([
        group(1, [
          occurrence('src/a.cc', 10, { job: 'linux' }),
          occurrence('src/a.cc', 10, { job: 'asan' }),
          occurrence('/usr/include/x.h', 3),
          occurrence('../other/b.cc', 4),
          occurrence('C:\\w\\c.cc', 5),
          occurrence('src/no-line.cc', null),
          occurrence(null, null),
        ]),
        group(2, located(1), { history: 'fixed' }),
      ]),
    );
    expect(a).toEqual([
      {
        path: 'src/a.cc',
        start_line: 10,
        end_line: 10,
        start_column: 3,
        end_column: 3,
        annotation_level: 'failure',
        title: 'root cause 1',
        message: 'error at src/a.cc:10',
        raw_details: 'Jobs: linux, asan',
      },
    ]);
  });

  it('batches by 50', () => {
    expect(batches(Array.from({ length: 120 }, (_, k) => k)).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches([])).toEqual([[]]);
  });

  it('creates the run with the first 50 annotations and updates it with the rest', async () => {
    const { fake, create, update } = client(async () => ({ data: { id: 77 } }));
    const { log, lines } = logger();
    const result = await publishCheckRun(fake, request(doc([group(1, located(70)), group(2, located(50))])), log);
    expect(result).toEqual({ id: 77, carriesAnnotations: true, requests: 3 });
    expect(lines).toEqual([]);
    const params = create.mock.calls[0][0];
    expect(params).toMatchObject({ owner: 'o', repo: 'r', name: 'build-triage', head_sha: 'b'.repeat(40), status: 'completed', conclusion: 'failure' });
    expect(params.output.title).toBe('❌ Patch set 13: 5 of 6 jobs failed');
    expect(params.output.summary).toBe(request(doc([])).digest);
    expect(params.output.annotations).toHaveLength(50);
    expect(update.mock.calls.map((c) => c[0].output.annotations.length)).toEqual([50, 20]);
    expect(update.mock.calls.every((c) => c[0].check_run_id === 77)).toBe(true);
  });

  it('sends no annotations key when nothing is located, and makes no update', async () => {
    const { fake, create, update } = client(async () => ({ data: { id: 5 } }));
    await publishCheckRun(fake, request(doc([])), logger().log);
    expect(create.mock.calls[0][0].output.annotations).toBeUndefined();
    expect(create.mock.calls[0][0].conclusion).toBe('success');
    expect(update).not.toHaveBeenCalled();
  });

  it('falls back with one warning on a 403, louder with check-run: true', async () => {
    const refused = async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    };
    const quiet = logger();
    expect(await publishCheckRun(client(refused).fake, request(doc([group(1, located(3))])), quiet.log)).toEqual({ id: null, carriesAnnotations: false, requests: 0 });
    expect(quiet.lines).toHaveLength(1);
    expect(quiet.lines[0]).toMatch(/checks: write/);
    const loud = logger();
    await publishCheckRun(client(refused).fake, request(doc([group(1, located(3))]), 'true'), loud.log);
    expect(loud.lines).toHaveLength(1);
    expect(loud.lines[0]).toMatch(/check-run is true.*403 Resource not accessible by integration/);
  });

  it('never calls GitHub with check-run: false', async () => {
    const { fake, create } = client(async () => ({ data: { id: 1 } }));
    const { log, lines } = logger();
    expect((await publishCheckRun(fake, request(doc([group(1, located(3))]), 'false'), log)).carriesAnnotations).toBe(false);
    expect(create).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('keeps the runner annotations when an update fails', async () => {
    const { fake, update } = client(async () => ({ data: { id: 9 } }));
    update.mockRejectedValueOnce(Object.assign(new Error('Server Error'), { status: 500 }));
    const { log, lines } = logger();
    const result = await publishCheckRun(fake, request(doc([group(1, located(60))])), log);
    expect(result.carriesAnnotations).toBe(false);
    expect(result.id).toBe(9);
    expect(lines).toHaveLength(1);
  });
});
