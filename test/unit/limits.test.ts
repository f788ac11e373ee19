import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { limitGroups } from '../../src/triage.js';
import type { Group } from '../../src/types.js';
import { fixturePath } from '../helpers/fixtures.js';

const cli = runCliCaptured;

// A real ninja + GCC log (fixtures/logs/make-fixtures.sh) with four root causes in one job.
const LOG = fixturePath('logs/ninja-gcc-tty.log');

describe('limits say what they cut', () => {
  it('max diagnostics per job: the digest counts the errors not shown', async () => {
    const all = JSON.parse((await cli([LOG, '--json'])).out);
    expect(all.groups.length).toBe(4);
    const { code, out } = await cli([LOG, '--max-diagnostics-per-job', '1']);
    expect(code).toBe(0);
    expect(out).toContain('3 more errors in job ninja\\-gcc\\-tty\\.log not shown \\(limit\\: 1 per job\\)');
    const cut = JSON.parse((await cli([LOG, '--json', '--max-diagnostics-per-job', '1'])).out);
    expect(cut.groups).toHaveLength(1);
  });

  it('max groups: the digest counts the root causes not shown', async () => {
    const { out } = await cli([LOG, '--max-groups', '2']);
    expect(out).toContain('2 more root causes not shown \\(limit\\: 2 groups\\)');
  });

  it('max groups never drops the only group of a failed job', () => {
    const group = (fingerprint: string, job: string): Group => ({
      fingerprint,
      category: 'unknown',
      stage: 'unknown',
      title: fingerprint,
      detail: {},
      occurrences: [{ job, tool: null, file: null, line: null, column: null, message: '' }],
    });
    const notes: string[] = [];
    const kept = limitGroups([group('a', 'linux'), group('b', 'linux'), group('c', 'windows')], 1, notes);
    expect(kept.map((g) => g.fingerprint)).toEqual(['a', 'c']);
    expect(notes).toEqual(['1 more root causes not shown (limit: 1 groups)']);
  });

  it('rejects a limit that is not a positive number', async () => {
    const { code, err } = await cli([LOG, '--max-groups', '0']);
    expect(code).toBe(2);
    expect(err).toContain("--max-groups: '0' is not a positive whole number");
  });
});

describe('the log size limit says what it cut', () => {
  it('a log cut at its cap is named in the digest, its errors still counted', async () => {
    const { scanLogText } = await import('../../src/logs/index.js');
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const { triageText } = await import('../../src/triage.js');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(LOG);
    // What fetch-logs hands over when log-max-mib stopped the download.
    const log = { job: null, source: 'https://ci.example/job/linux/7/consoleText', scan: scanLogText(bytes), problem: 'cut at 0.5 MiB (log-max-mib); the rest was not read' };
    const result = triageText(null, { sourceName: 'logs', logs: [log] });
    const markdown = renderMarkdown(result.document, { notes: result.notes });
    expect(markdown).toContain('cut at 0\\.5 MiB \\(log\\-max\\-mib\\)');
    expect(result.document.groups.length).toBe(4);
  });
});
