import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { triageReview, triageText } from '../src/triage.js';
import { readReview } from '../src/ingest/index.js';
import { reviewFromIssueComments } from '../src/ingest/github-comments.js';
import { renderMarkdown } from '../src/render/markdown.js';

const SEED = readFileSync(new URL('./fixtures/gerrit/kv_engine-gerrit-export.txt', import.meta.url), 'utf8');
const REPORT_13 = readReview(SEED, 'seed').messages.find((m) => m.author === 'Build Bot')!.body;

describe('history of GitHub comment reports against the previous patch set', () => {
  it('follows the seed report into a next patch set where a new failure appears and the old one stays', () => {
    const next = REPORT_13.replace('Patch Set 13', 'Patch Set 14').replace(
      'http://cv.jenkins.couchbase.com/job/kv_engine-clang_format/2400/ : SUCCESS',
      'http://cv.jenkins.couchbase.com/job/kv_engine-clang_format/2401/ : FAILURE',
    );
    const review = reviewFromIssueComments([
      { id: 1, body: REPORT_13, user: { login: 'cb-build-bot' }, created_at: '2017-11-10T07:23:21Z' },
      { id: 2, body: next, user: { login: 'cb-build-bot' }, created_at: '2017-11-11T07:23:21Z' },
    ]);
    const result = triageReview(review, { sourceName: 'pr' });
    expect(result.previous?.patchSet).toBe(13);
    const histories = result.document.groups.map((x) => `${x.category}:${x.history}:${x.occurrences.map((o) => o.job).join(',')}`);
    expect(histories).toContain('signature-mismatch:still-failing:kv_engine-linux-master,kv_engine-windows-master,kv_engine-threadsanitizer-master,kv_engine-addresssanitizer-master,kv_engine-clang_analyzer-master');
    expect(histories.filter((h) => h.endsWith(':new:kv_engine-clang_format'))).toHaveLength(1);
    const markdown = renderMarkdown(result.document, { previousLabel: 'patch set 13' });
    expect(markdown).toMatch(/^### ❌ Patch set 14: 6 of 6 jobs failed, 2 root causes/m);
    expect(markdown).toContain('🔁 still failing');
    expect(markdown).toContain('🆕 new');
    expect(markdown).toContain('**Since patch set 13:** 🆕 1 new · 🔁 1 still failing');
  });

  it('says what was fixed', () => {
    const fixedAll = REPORT_13.replace('Patch Set 13', 'Patch Set 14').replace(/ : FAILURE/g, ' : SUCCESS').replace(/\n\nCompile error[\s\S]*?\)\n?(?=\n|$)/g, '\n');
    const review = reviewFromIssueComments([
      { id: 1, body: REPORT_13, user: { login: 'cb-build-bot' }, created_at: '2017-11-10T07:23:21Z' },
      { id: 2, body: fixedAll, user: { login: 'cb-build-bot' }, created_at: '2017-11-11T07:23:21Z' },
    ]);
    const result = triageReview(review, { sourceName: 'pr' });
    expect(result.document.groups.map((x) => x.history)).toEqual(['fixed']);
    const markdown = renderMarkdown(result.document, { previousLabel: 'patch set 13' });
    expect(markdown).toMatch(/^### ✅ Patch set 14: all 6 jobs passed/m);
    expect(markdown).toContain('✅ **Fixed since patch set 13 (1):** Function signature mismatch');
    expect(markdown).toContain('**Since patch set 13:** ✔️ 1 fixed');
  });

});

describe('GitHub comments as review messages', () => {
  const commits = [
    { sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', commit: { message: 'one', committer: { date: '2026-01-01T10:00:00Z' } } },
    { sha: 'ffeeddccbbaa00998877665544332211aabbccdd', commit: { message: 'two', committer: { date: '2026-01-02T10:00:00Z' } } },
  ];

  it('places a report by the commit it names, else by when it was written', () => {
    const review = reviewFromIssueComments(
      [
        { id: 1, body: 'CI for a1b2c3d failed', user: { login: 'ci' }, created_at: '2026-01-03T00:00:00Z' },
        { id: 2, body: 'CI failed', user: { login: 'ci' }, created_at: '2026-01-01T12:00:00Z' },
        { id: 3, body: 'CI failed', user: { login: 'ci' }, created_at: '2026-01-02T12:00:00Z' },
        { id: 4, body: 'CI failed', user: null, created_at: '2025-12-31T00:00:00Z' },
      ],
      { commits, change: { subject: 'Title' } },
    );
    expect(review.messages.map((m) => m.patchSet)).toEqual([1, 1, 2, null]);
    expect(review.change).toEqual({ id: null, subject: 'Title', patchSet: 2 });
    expect(review.messages[3].author).toBeNull();
  });

  it('keeps the patch sets a Gerrit-style bot names', () => {
    const review = reviewFromIssueComments([{ id: 1, body: REPORT_13, user: { login: 'cb' }, created_at: '2026-01-03T00:00:00Z' }], { commits });
    expect(review.messages[0].patchSet).toBe(13);
  });
});
