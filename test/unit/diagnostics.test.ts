import { describe, expect, it } from 'vitest';
import { parseDiagnostics } from '../../src/diagnostics/index.js';
import { readReview } from '../../src/ingest/index.js';
import { findBotReports } from '../../src/reports/index.js';
import { fixture, SEED } from '../helpers/fixtures.js';

describe('diagnostics in the seed report', () => {
  const [report] = findBotReports(readReview(fixture(SEED), 'seed'));
  const byJob = Object.fromEntries(report.jobs.map((job) => [job.name, parseDiagnostics(job.text)]));

  it("reads BFA's split GCC form: 'Compile error at file:line:col:' then 'error: …'", () => {
    const [d] = byJob['kv_engine-linux-master'];
    expect(d).toMatchObject({
      tool: 'gcc',
      severity: 'error',
      file: '/home/couchbase/jenkins/workspace/kv_engine-linux-master/kv_engine/programs/engine_testapp/engine_testapp.cc',
      line: 898,
      column: 46,
      code: null,
    });
    expect(d.message.startsWith('invalid conversion from "ENGINE_ERROR_CODE (*)')).toBe(true);
    expect(d.message.endsWith('[-fpermissive]')).toBe(true);
  });

  it('reads MSVC with its code, without the BFA build link', () => {
    const [d] = byJob['kv_engine-windows-master'];
    expect(d).toMatchObject({ tool: 'msvc', severity: 'error', file: '..\\kv_engine\\engines\\ep\\src\\ep_engine.cc', line: 1752, column: null, code: 'C2440' });
    expect(d.message.endsWith('const protocol_binary_response_header *)"')).toBe(true);
  });

  it('tells Clang from GCC by its wording', () => {
    expect(byJob['kv_engine-threadsanitizer-master'].map((d) => d.tool)).toEqual(['clang']);
    expect(byJob['kv_engine-clang_analyzer-master'].map((d) => d.tool)).toEqual(['gcc']);
  });

  it('finds one diagnostic per failed job and none for the passed one', () => {
    expect(Object.values(byJob).map((list) => list.length)).toEqual([1, 1, 1, 1, 1, 0]);
  });
});

// Real g++ 12 / clang++ 14 output (fixtures/toolchains/signature/COMMANDS.md).
describe('real GCC and Clang output', () => {
  it('reads location, severity and tool, and keeps notes as context', () => {
    const gcc = parseDiagnostics(fixture('toolchains/signature/param_count.gcc.txt'));
    expect(gcc).toHaveLength(1);
    expect(gcc[0]).toMatchObject({ tool: 'gcc', file: 'param_count.cc', line: 4, column: 34, severity: 'error' });
    expect(gcc[0].context.some((l) => l.includes('note:   initializing argument 1'))).toBe(true);

    const clang = parseDiagnostics(fixture('toolchains/signature/param_count.clang.txt'));
    expect(clang).toHaveLength(1);
    expect(clang[0]).toMatchObject({ file: 'param_count.cc', line: 4, column: 16, severity: 'error' });
    expect(clang[0].context.some((l) => l.includes('candidate function not viable'))).toBe(true);
  });

  it('reads warnings as warnings', () => {
    const c = parseDiagnostics(fixture('toolchains/signature/c_callback.clang.txt'));
    expect(c.map((d) => [d.severity, d.line])).toEqual([
      ['warning', 7],
      ['warning', 8],
    ]);
  });

  it('reads Windows paths with spaces and drive letters', () => {
    const [d] = parseDiagnostics('C:\\Program Files\\Project X\\src\\a.cpp(12,5): error C2065: \'y\': undeclared identifier [C:\\b\\p.vcxproj]');
    expect(d).toMatchObject({ file: 'C:\\Program Files\\Project X\\src\\a.cpp', line: 12, column: 5, code: 'C2065', message: "'y': undeclared identifier" });
    const [g] = parseDiagnostics('C:\\src\\x.cc:3:7: error: expected \';\' after expression');
    expect(g).toMatchObject({ file: 'C:\\src\\x.cc', line: 3, column: 7 });
  });
});
