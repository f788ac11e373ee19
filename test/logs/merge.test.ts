import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage.js';
import { scanLogText } from '../../src/logs/scan.js';
import type { JobLog } from '../../src/logs/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const ninjaLog = readFileSync(join(FIXTURES, 'logs/ninja-gcc-color.log'));
const makeLog = readFileSync(join(FIXTURES, 'logs/make-clang.log'));

// A Gerrit Trigger + BFA report in the seed's dialect, quoting the first error of
// each job the way BFA does (absolute workspace path, split location line, GCC's
// ‘’ quotes turned into "", as in the seed). The quoted lines are the compilers'
// real output from the logs above.
const REPORT = `Patch Set 3: Verified-1

Build Failed

https://ci.example.org/job/demo-linux/7/ : FAILURE

Compile error at /home/jenkins/workspace/demo-linux/src/callbacks.cc:4:32:
error: invalid conversion from "int (*)(char*)" to "int (*)(const char*)" [-fpermissive] ( https://ci.example.org/job/demo-linux/7/ )

https://ci.example.org/job/demo-clang/5/ : FAILURE

Compile error at /home/jenkins/workspace/demo-clang/src/engine.cc:6:10:
error: use of undeclared identifier 'missing_fn' ( https://ci.example.org/job/demo-clang/5/ )

https://ci.example.org/job/demo-docs/2/ : SUCCESS
`;

const log = (job: string | null, source: string, bytes: Buffer): JobLog => ({ job, source, scan: scanLogText(bytes), problem: null });

function occurrencesPerJob(result: ReturnType<typeof triageText>) {
  return result.document.groups.flatMap((g) => g.occurrences.map((o) => `${g.category} ${o.job} ${o.file}:${o.line}`)).sort();
}

describe('log diagnostics merged with the bot report', () => {
  it('adds every error of the logs, counting the quoted one once', () => {
    const without = triageText(REPORT, { sourceName: 'report.txt' });
    expect(without.document.groups.flatMap((g) => g.occurrences)).toHaveLength(2);

    const result = triageText(REPORT, {
      sourceName: 'report.txt',
      logs: [log('demo-linux', 'linux.log', ninjaLog), log(null, 'logs/demo-clang.txt', makeLog)],
    });
    const occurrences = occurrencesPerJob(result);
    // Each (job, file, line) at most once, although the bot quoted it too.
    expect(new Set(occurrences).size).toBe(occurrences.length);
    expect(occurrences.filter((o) => o.includes('demo-linux src/callbacks.cc:4'))).toHaveLength(1);
    expect(occurrences.filter((o) => o.includes('demo-clang src/engine.cc:6'))).toHaveLength(1);
    // And the errors only the logs show.
    expect(occurrences).toEqual(expect.arrayContaining([
      'undeclared-identifier demo-linux src/engine.cc:6',
      'no-member demo-linux src/engine.cc:5',
      'no-member demo-clang src/engine.cc:5',
    ]));
    // The same root cause from both jobs (GCC and Clang wording) is one group.
    const undeclared = result.document.groups.filter((g) => g.category === 'undeclared-identifier');
    expect(undeclared).toHaveLength(1);
    expect(new Set(undeclared[0].occurrences.map((o) => o.job))).toEqual(new Set(['demo-linux', 'demo-clang']));
    // Where each job stopped.
    const linux = result.document.jobs.find((j) => j.name === 'demo-linux')!;
    expect(linux.failedTargets).toEqual(expect.arrayContaining(['CMakeFiles/engine.dir/engine.cc.o']));
    expect(result.notes.some((n) => n.startsWith('demo-clang: failed to build'))).toBe(true);
  });

  it('gives a log the report cannot place a job of its own, and works with logs alone', () => {
    const result = triageText(null, { sourceName: 'logs', logs: [log(null, '/tmp/build.log', ninjaLog)] });
    expect(result.document.jobs.map((j) => [j.name, j.status])).toEqual([['build.log', 'failure']]);
    expect(result.document.groups.map((g) => g.category)).toEqual(expect.arrayContaining(['no-member', 'signature-mismatch', 'undeclared-identifier']));
  });

  it('shows a log that could not be fetched as a note, and keeps the bot quote', () => {
    const result = triageText(REPORT, {
      sourceName: 'report.txt',
      logs: [{ job: 'demo-linux', source: 'https://ci.example.org/job/demo-linux/7/consoleText', scan: null, problem: 'HTTP 404 Not Found' }],
    });
    expect(result.notes).toContain('demo-linux: log https://ci.example.org/job/demo-linux/7/consoleText: HTTP 404 Not Found');
    expect(occurrencesPerJob(result)).toEqual(['signature-mismatch demo-linux src/callbacks.cc:4', 'undeclared-identifier demo-clang src/engine.cc:6']);
  });
});
