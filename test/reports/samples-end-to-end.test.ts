import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBlockingFailure, isFailedJob, triageText } from '../../src/triage.js';
import { DIALECTS } from '../../src/reports/index.js';
import { parseGerritExport } from '../../src/ingest/gerrit-export.js';
import { allSamples, loadSample, SAMPLES_DIR } from '../helpers/samples.js';

/**
 * Every real sample through the whole pipeline: the dialect its folder names
 * is recognised, and every failed job appears in document.jobs and in some
 * group (category `unknown` is allowed where the bot gave no text), so that
 * nothing is dropped.
 */

const DIALECT_OF_FOLDER: Record<string, string | null> = {
  zuul: 'zuul',
  prow: 'prow',
  'rust-log-analyzer': 'rust-log-analyzer',
  drci: 'drci',
  'jenkins-pr': 'jenkins-pr',
  'gerrit-json': null,
  'github-json': null,
};

const SEED = join(SAMPLES_DIR, '..', 'gerrit', 'kv_engine-gerrit-export.txt');

function expectNothingDropped(result: ReturnType<typeof triageText>, label: string): void {
  const jobs = result.currentAll.flatMap((report) => report.jobs);
  expect(result.document.jobs.length, label).toBe(jobs.length);
  const grouped = new Set(result.document.groups.flatMap((g) => g.occurrences.map((o) => o.job)));
  for (const job of jobs.filter(isFailedJob)) {
    expect(result.document.jobs.some((j) => j.name === job.name && j.url === job.url && j.status === job.status), `${label}: ${job.name} in jobs`).toBe(true);
    expect(grouped.has(job.name), `${label}: ${job.name} in a group`).toBe(true);
  }
  for (const group of result.document.groups) expect(group.title.trim(), label).not.toBe('');
}

describe('every real sample, end to end', () => {
  const samples = allSamples();

  it('has at least 25 real messages across the dialects', () => {
    expect(samples.length).toBeGreaterThanOrEqual(25);
    expect(new Set(samples.map((s) => s.dialect)).size).toBeGreaterThanOrEqual(5);
  });

  for (const sample of samples) {
    it(sample.id, () => {
      expect(sample.source.trim()).not.toBe('');
      const result = triageText(sample.text, { sourceName: sample.id });
      const dialect = DIALECT_OF_FOLDER[sample.dialect];
      if (dialect) expect(result.currentAll.map((r) => r.dialect)).toContain(dialect);
      for (const report of result.reports) expect(DIALECTS).toContain(report.dialect);
      expectNothingDropped(result, sample.id);
    });
  }

  it('keeps the seed review working: Jenkins Gerrit Trigger, five failed builds, all grouped', () => {
    const result = triageText(readFileSync(SEED, 'utf8'), { sourceName: 'kv_engine-gerrit-export.txt' });
    expect(result.currentAll.map((r) => r.dialect)).toEqual(['gerrit-trigger']);
    expect(result.document.jobs.map((j) => j.status)).toEqual(['failure', 'failure', 'failure', 'failure', 'failure', 'success']);
    expect(result.document.groups.map((g) => g.category)).toContain('signature-mismatch');
    expectNothingDropped(result, 'seed');
  });

  it('a failed job the bot said nothing about stays unknown, with what the bot did say', () => {
    const result = triageText(loadSample('zuul/gooddata-ruby-734-build-failed.txt').text, { sourceName: 'zuul' });
    const group = result.document.groups.find((g) => g.occurrences.some((o) => o.job === 'gooddata-ruby-tests-zuul'))!;
    expect(group.category).toBe('unknown');
    expect(group.title).toContain('FAILURE');
    // The job that passed is listed but not grouped.
    expect(result.document.groups.some((g) => g.occurrences.some((o) => o.job === 'gooddata-ruby-rubocop-zuul'))).toBe(false);
  });

  it('an aborted build is a timeout, not unknown', () => {
    const result = triageText(loadSample('jenkins-pr/alluxio-7714-aborted.txt').text, { sourceName: 'ghprb' });
    expect(result.document.groups.map((g) => g.category)).toEqual(['timeout']);
  });

  it('a non-voting failure is grouped but does not block; the voting one does', () => {
    const result = triageText(loadSample('zuul/openstack-swift-89568-ps4-failed.txt').text, { sourceName: 'swift' });
    const failed = result.document.jobs.filter(isFailedJob);
    expect(failed.map((j) => [j.name, j.voting])).toEqual([
      ['check-grenade-dsvm-neutron', false],
      ['check-swift-dsvm-functional', undefined],
    ]);
    expect(result.document.jobs.filter(isBlockingFailure).map((j) => j.name)).toEqual(['check-swift-dsvm-functional']);
    expect(result.document.change.patchSet).toBe(4);
    expect(result.document.jobs.every((j) => j.patchSet === 4)).toBe(true);
  });

  it('marks non-voting jobs in the document', () => {
    const result = triageText(loadSample('github-json/zingstats-pr-comments.json').text, { sourceName: 'comments.json' });
    expect(result.document.jobs.map((j) => j.voting)).toEqual([undefined, false, false]);
  });
});

describe('the same review in other input formats', () => {
  it('the seed review as Gerrit REST JSON gives the same jobs and groups as the text export', () => {
    const text = readFileSync(SEED, 'utf8');
    const review = parseGerritExport(text, 'seed');
    // Written as Gerrit's REST API would return the change: )]}' then a ChangeInfo.
    const json = `)]}'\n${JSON.stringify({
      change_id: review.change.id,
      subject: review.change.subject,
      messages: review.messages.map((m, i) => ({
        id: `m${i}`,
        author: { name: m.author },
        date: m.date,
        message: m.body,
        _revision_number: m.patchSet,
      })),
    })}`;
    const fromText = triageText(text, { sourceName: 'seed.txt' });
    const fromJson = triageText(json, { sourceName: 'seed.json' });
    expect(fromJson.review.format).toBe('gerrit-json');
    expect(fromJson.document.jobs).toEqual(fromText.document.jobs);
    expect(fromJson.document.groups).toEqual(fromText.document.groups);
    expect(fromJson.document.change).toEqual(fromText.document.change);
  });

  it('GitHub comments of several bots on one PR: each bot newest report counts, all their failed jobs kept', () => {
    // Real comment bodies, wrapped as the GitHub REST API lists issue comments.
    const comment = (id: number, login: string, date: string, sample: string) => ({
      id,
      html_url: `https://github.com/o/r/pull/1#issuecomment-${id}`,
      user: { login, type: 'Bot' },
      created_at: date,
      body: loadSample(sample).text,
    });
    const pageOne = [
      comment(1, 'krestomatio-cibot', '2021-07-04T10:00:00Z', 'prow/krestomatio-moodle-operator-12-a.md'),
      comment(2, 'pytorch-bot', '2021-07-04T10:05:00Z', 'drci/pytorch-188299.md'),
    ];
    const pageTwo = [
      comment(3, 'krestomatio-cibot', '2021-07-04T11:00:00Z', 'prow/krestomatio-moodle-operator-12-b.md'),
      comment(4, 'rust-log-analyzer', '2021-07-04T11:30:00Z', 'rust-log-analyzer/rust-aa662c2-rendered-copy.txt'),
    ];
    // `gh api --paginate` prints the pages one after the other.
    const result = triageText(JSON.stringify(pageOne) + JSON.stringify(pageTwo), { sourceName: 'comments.json' });
    expect(result.review.format).toBe('github-json');
    expect(result.review.change.id).toBe('o/r#1');
    expect(result.currentAll.map((r) => r.dialect).sort()).toEqual(['drci', 'prow', 'rust-log-analyzer']);
    const prow = result.currentAll.find((r) => r.dialect === 'prow')!;
    expect(prow.commit).toBe('361230d796b32c79d1bdd9528354db001d319c23');
    expect(result.document.jobs.map((j) => j.name).sort()).toEqual(['Lint / lintrunner-noclang-all / lint', 'k8s', 'x86_64-gnu-llvm-13']);
    expectNothingDropped(result, 'github pages');
  });

  it('a person quoting a bot report in a reply does not list its jobs twice', () => {
    const report = loadSample('zuul/gooddata-ruby-734-build-failed.txt').text;
    const comments = [
      { id: 1, html_url: 'https://github.com/o/r/pull/2#issuecomment-1', user: { login: 'gdgate', type: 'User' }, created_at: '2017-01-05T10:00:00Z', body: report },
      {
        id: 2,
        html_url: 'https://github.com/o/r/pull/2#issuecomment-2',
        user: { login: 'am-gd-cz', type: 'User' },
        created_at: '2017-01-05T11:00:00Z',
        body: `${report.split('\n').map((l) => `> ${l}`).join('\n')}\n\nrecheck`,
      },
    ];
    const result = triageText(JSON.stringify(comments), { sourceName: 'comments.json' });
    expect(result.document.jobs.map((j) => j.name)).toEqual(['gooddata-ruby-rubocop-zuul', 'gooddata-ruby-tests-zuul']);
    expect(result.currentAll.map((r) => r.author)).toEqual(['gdgate']);
  });
});
