import { describe, expect, it } from 'vitest';
import { readReview } from '../../src/ingest/index.js';
import { findBotReports, latestReportPerPatchSet } from '../../src/reports/index.js';
import { jobFromUrl, parseJobLine } from '../../src/reports/job-line.js';
import { fixture, SEED } from '../helpers/fixtures.js';

const seed = fixture(SEED);

describe('Jenkins Gerrit Trigger + BFA report (real seed)', () => {
  const reports = findBotReports(readReview(seed, 'seed'));

  it('finds one report, on patch set 13, failed with Verified-1', () => {
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ dialect: 'gerrit-trigger', author: 'Build Bot', patchSet: 13, verdict: 'failed', vote: -1 });
  });

  it('lists the six jobs with name, build and status from the URL lines', () => {
    expect(reports[0].jobs.map((j) => [j.name, j.build, j.status])).toEqual([
      ['kv_engine-linux-master', 4029, 'failure'],
      ['kv_engine-windows-master', 3894, 'failure'],
      ['kv_engine-threadsanitizer-master', 3869, 'failure'],
      ['kv_engine-addresssanitizer-master', 3722, 'failure'],
      ['kv_engine-clang_analyzer-master', 3539, 'failure'],
      ['kv_engine-clang_format', 2400, 'success'],
    ]);
  });

  it('gives each job the cause text that names its own build', () => {
    const [linux, windows] = reports[0].jobs;
    expect(linux.text).toContain('engine_testapp.cc:898:46');
    expect(linux.text).not.toContain('C2440');
    expect(windows.text).toContain('error C2440');
    expect(reports[0].jobs[5].text).toBe('');
  });

  it('moves a BFA cause to the job whose URL it ends with', () => {
    // BFA appends causes after the whole list when the message provider runs last.
    const body = [
      'Patch Set 2: Verified-1',
      '',
      'Build Failed ',
      '',
      'http://ci.example/job/a-linux/7/ : FAILURE',
      '',
      'http://ci.example/job/a-windows/9/ : FAILURE',
      '',
      'x.cc(1): error C2065: "y": undeclared identifier ( http://ci.example/job/a-windows/9/ )',
    ].join('\n');
    const [report] = findBotReports({ format: 'text', change: { id: null, subject: null, patchSet: 2 }, messages: [{ author: 'bot', date: null, body, patchSet: 2 }], warnings: [] });
    expect(report.jobs[0].text).toBe('');
    expect(report.jobs[1].text).toContain('C2065');
  });

  it('keeps the newest report of each patch set, newest patch set first', () => {
    const failed = seed.slice(seed.indexOf('Author: Build Bot'), seed.lastIndexOf('-'.repeat(20)));
    const rechecked = failed.replace(/ : FAILURE/g, ' : SUCCESS').replace('Build Failed', 'Build Successful').replace('Verified-1', 'Verified+1');
    const older = failed.replace(/Patch Set 13/g, 'Patch Set 12');
    const rule = '-'.repeat(118);
    const text = seed.replace(failed, `${older}${rule}\n${failed}${rule}\n${rechecked}`);
    const reports = latestReportPerPatchSet(findBotReports(readReview(text, 'rechecked')));
    expect(reports.map((r) => [r.patchSet, r.verdict])).toEqual([
      [13, 'successful'],
      [12, 'failed'],
    ]);
  });
});

describe('job lines and URLs', () => {
  it('reads a Jenkins Gerrit Trigger line and ignores prose with colons', () => {
    expect(parseJobLine('http://cv.jenkins.couchbase.com/job/kv_engine-linux-master/4029/ : FAILURE')).toMatchObject({ status: 'failure', name: null });
    expect(parseJobLine('see http://x/y : this is not a status')).toBeNull();
    expect(parseJobLine('plain words : FAILURE')).toBeNull();
  });

  it('names nested Jenkins folders and GitHub Actions runs', () => {
    expect(jobFromUrl('https://ci.example/job/team/job/repo-linux/123/')).toEqual({ name: 'team/repo-linux', build: 123 });
    expect(jobFromUrl('https://github.com/o/r/actions/runs/42/job/7')).toEqual({ name: 'o/r', build: 42 });
  });
});
