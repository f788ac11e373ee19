import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { readCliInputs } from '../../src/cli-inputs.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const dir = mkdtempSync(join(tmpdir(), 'bt-cli-logs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCliCaptured;

describe('CLI with logs', () => {
  const gerrit = join(FIXTURES, 'gerrit/kv_engine-gerrit-export.txt');
  const ninjaLog = join(FIXTURES, 'logs/ninja-gcc-color.log');

  it('tells a report from a log by its start', async () => {
    const inputs = await readCliInputs([gerrit, ninjaLog], []);
    expect(inputs.report?.sourceName).toBe(gerrit);
    expect(inputs.logs.map((l) => l.source)).toEqual([ninjaLog]);
  });

  it('adds a job log to the report, named with JOB=', async () => {
    const { code, out } = await cli([gerrit, '--log', `kv_engine-linux-master=${ninjaLog}`, '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    const linux = doc.jobs.find((j: { name: string }) => j.name === 'kv_engine-linux-master');
    expect(linux.logs).toEqual([{ source: ninjaLog, bytes: readFileSync(ninjaLog).length, problem: null }]);
    expect(linux.failedTargets).toContain('CMakeFiles/engine.dir/engine.cc.o');
    const linuxFiles = doc.groups.flatMap((g: { occurrences: Array<{ job: string; file: string }> }) => g.occurrences).filter((o: { job: string }) => o.job === 'kv_engine-linux-master').map((o: { file: string }) => o.file);
    // The bot's quote and the log's errors.
    expect(linuxFiles).toEqual(expect.arrayContaining(['programs/engine_testapp/engine_testapp.cc', 'src/engine.cc', 'src/callbacks.cc']));
  });

  it('reads a log alone, also from standard input', async () => {
    const inputs = await readCliInputs(['-'], [], { stdin: Readable.from([readFileSync(ninjaLog)]) });
    expect(inputs.report).toBeNull();
    expect(inputs.logs[0].source).toBe('standard input');
    const errors = inputs.logs[0].scan!.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`);
    expect(errors).toEqual(expect.arrayContaining(['src/callbacks.cc:4', 'src/engine.cc:5', 'src/engine.cc:6']));
    const { code, out } = await cli([ninjaLog]);
    expect(code).toBe(0);
    expect(out).toMatch(/\d+ root causes/);
    expect(out).toContain('`missing_fn` is not declared');
  });

  it('says what is wrong with the inputs', async () => {
    expect((await cli([])).code).toBe(2);
    const missing = await cli(['--log', join(dir, 'nope.log')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.log: no such file');
    const twoReports = join(dir, 'second-report.txt');
    writeFileSync(twoReports, readFileSync(gerrit));
    const two = await cli([gerrit, twoReports]);
    expect(two.code).toBe(2);
    expect(two.err).toContain('one review or bot report at a time');
  });

  it('documents logs in --help', async () => {
    const { out } = await cli(['--help']);
    expect(out).toContain('--log [JOB=]FILE');
  });
});
