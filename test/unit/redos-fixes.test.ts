/**
 * Regexes rewritten by hand for the ReDoS audit: each still does its job on a
 * normal line, agrees with the old regex on small inputs, and returns on the
 * audit's attack string (the result is asserted, not the time).
 */
import { describe, expect, it } from 'vitest';
import { withoutWithClause } from '../../src/classify/classify.js';
import { withoutGutter } from '../../src/classify/fold.js';
import { normaliseSymbol } from '../../src/classify/symbols.js';
import { cmakeFindModule, expectedFoundLabel, withoutCheckSuffix } from '../../src/classify/tools.js';
import { firstQuoted } from '../../src/diagnostics/quotes.js';
import { parseCrashLine } from '../../src/diagnostics/infra.js';
import { quotedSymbol } from '../../src/diagnostics/ld.js';
import { linkExeSubject } from '../../src/diagnostics/msvc.js';
import { parseUbsanLine, SanitizerBlock } from '../../src/diagnostics/sanitizers.js';
import { parseCtestResultLine, TestRunnerReader } from '../../src/diagnostics/tests.js';
import { logUrlOf } from '../../src/publish/fetch-logs.js';
import { withoutJobCount } from '../../src/reports/drci.js';
import type { Diagnostic } from '../../src/types.js';

const N = 50_000;

function cargo(lines: string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reader = new TestRunnerReader((d) => out.push(d));
  for (const l of ['---- tests::doubles stdout ----', ...lines, '', 'failures:']) reader.push(l);
  reader.finish();
  return out;
}

describe('hand-written replacements of backtracking regexes', () => {
  it('[with …] clause', () => {
    const old = (t: string) => t.replace(/\s\[with .*\]$/, '');
    for (const t of ["void f(T) [with T = int]", 'a [with b] c', 'x\t[with y]', 'no clause', ' [with ]', 'a [with b\n[with c]']) expect(withoutWithClause(t)).toBe(old(t));
    expect(withoutWithClause('\t[with '.repeat(N) + '\n[with ]')).toBe('\t[with '.repeat(N));
  });

  it('GCC gutter', () => {
    const old = (t: string) => t.replace(/^\s*\d*\s*\|/, '');
    for (const t of ['   12 |   Widget w;', '      |   ^~~~', 'int x;', ' 3 x |', '|a']) expect(withoutGutter(t)).toBe(old(t));
    expect(withoutGutter('\t'.repeat(N))).toBe('\t'.repeat(N));
  });

  it('symbol punctuation', () => {
    expect(normaliseSymbol('foo(char const *, int &)')).toBe('foo(char const*,int&)');
    expect(normaliseSymbol('a' + '\t'.repeat(N) + '\u0000&')).toBe('a \u0000&');
  });

  it('quote pairs', () => {
    const old = (t: string) => /[`'"‘]([^`'"’]{1,300})[`'"’]/.exec(t)?.[1] ?? null;
    for (const t of ["cannot find value `x` in this scope", "'' then 'a'", '‘a’', "no quotes", "`", `'${'x'.repeat(301)}'`]) expect(firstQuoted(t, '`\'"‘', '`\'"’', 300)).toBe(old(t));
    expect(firstQuoted('‘'.repeat(N), '`\'"‘', '`\'"’', 300)).toBeNull();
    expect(linkExeSubject('LNK1104', "LINK : fatal error LNK1104: cannot open file 'foo.lib'")).toBe('foo.lib');
    expect(linkExeSubject('LNK1104', '«\u0000'.repeat(N))).toBeNull();
    expect(quotedSymbol("undefined reference to `« foo »'")).toBe('foo');
    expect(quotedSymbol('`\u0000' + '\t'.repeat(N) + '\t\u0000\'')).toBe('\u0000' + '\t'.repeat(N) + '\t\u0000');
  });

  it('rustc expected/found label', () => {
    const old = (t: string) => /(expected .{1,200}?, found .{1,200})$/.exec(t)?.[1];
    for (const t of ['  |     ^^^ expected `i32`, found `&str`', 'expected , found x', 'expected x, found ', 'expected a\nb, found c', 'x expected a, found b, found c']) expect(expectedFoundLabel(t)).toBe(old(t));
    expect(expectedFoundLabel('expected o, found o'.repeat(N / 10) + '\n')).toBeUndefined();
  });

  it('CMake Find module', () => {
    const old = (t: string) => /Find(\w{1,200})\.cmake/.exec(t)?.[1] ?? null;
    for (const t of ['by not providing "FindFoo.cmake" in CMAKE_MODULE_PATH', 'FindFindBar.cmake', 'Find.cmake', 'x Find_a.cmakes']) expect(cmakeFindModule(t, 'Find', '.cmake', 200)).toBe(old(t));
    expect(cmakeFindModule('Find'.repeat(N) + '\u0000', 'Find', '.cmake', 200)).toBeNull();
    expect(cmakeFindModule('cmakefindk'.repeat(N) + 'cmakelibrary', 'find', '.cmake', Infinity)).toBeNull();
  });

  it('clang-tidy check suffix', () => {
    const old = (t: string) => t.replace(/\s*\[[^\]]{1,200}\]$/, '');
    for (const t of ['use nullptr [modernize-use-nullptr]', 'a [b] [c]', 'a [x[y]', 'a []', 'no suffix', '[only]']) expect(withoutCheckSuffix(t)).toBe(old(t));
    expect(withoutCheckSuffix('[\t'.repeat(N))).toBe('[\t'.repeat(N));
  });

  it('assert location', () => {
    const d = parseCrashLine("prog: file.c:2: main: Assertion `ready' failed.");
    expect([d?.file, d?.line, d?.subject]).toEqual(['file.c', 2, 'main: ready']);
    expect(parseCrashLine('\u0000'.repeat(N) + "\t: Assertion `x' failed.")?.file).toBeNull();
  });

  it('sanitizer header and UBSan kind', () => {
    const out: Diagnostic[] = [];
    const block = new SanitizerBlock();
    block.push('==1==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010 at pc 0x1', (d) => out.push(d));
    block.finish();
    expect(out[0]?.code).toBe('heap-use-after-free');
    const many: Diagnostic[] = [];
    new SanitizerBlock().push('WERROR: LeakSanitizer: N'.repeat(2000) + '\n', (d) => many.push(d));
    expect(many).toEqual([]);
    expect(parseUbsanLine('a.c:3:5: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented')?.code).toBe('signed integer overflow');
    expect(parseUbsanLine('a.c:3:5: runtime error: load of value 7, which is not a valid value')?.code).toBe('load of value');
    expect(parseUbsanLine('a.c:3:5: runtime error: ' + ':'.repeat(N) + '\n:')?.code).toBe(':'.repeat(N));
  });

  it('ctest detail', () => {
    const line = '2/3 Test #2: storage_roundtrip ......***Failed  0.00 sec';
    expect(parseCtestResultLine(line, line.indexOf('***'))).toEqual({ name: 'storage_roundtrip', detail: 'Failed' });
    const slow = '1/1 Test #1: t ***Exception: SegFault 12.5 sec';
    expect(parseCtestResultLine(slow, slow.indexOf('***'))?.detail).toBe('Exception: SegFault');
    const attack = '1/1 Test #1: t ***x' + '\t'.repeat(N) + '.';
    expect(parseCtestResultLine(attack, attack.indexOf('***'))?.detail).toBe('x');
  });

  it('gtest ", where" and cargo panics', () => {
    const out: Diagnostic[] = [];
    const reader = new TestRunnerReader((d) => out.push(d));
    reader.push('[  FAILED  ] Suite/P.Case/0, where GetParam() = 1 (0 ms)');
    reader.finish();
    expect(out[0]?.subject).toBe('Suite/P.Case/0');
    const modern = cargo(["thread 'tests::doubles' (8775) panicked at src/lib.rs:6:20:", 'assertion failed']);
    expect([modern[0]?.file, modern[0]?.line]).toEqual(['src/lib.rs', 6]);
    const inline = cargo(["thread 'main' panicked at 'boom, it's bad', src/lib.rs:8:5"]);
    expect([inline[0]?.message, inline[0]?.line]).toEqual(["boom, it's bad", 8]);
    expect(cargo(['panicked at a'.repeat(2000)])[0]?.file).toBeNull();
    const attack = cargo(["panicked at ',".repeat(864)]);
    expect([attack[0]?.file, attack[0]?.subject]).toEqual([null, 'tests::doubles']);
  });

  it('trailing slashes and Dr. CI job counts', () => {
    expect(logUrlOf('https://github.com/o/r/actions/runs/1/job/2', 'https://api.github.com//').url).toBe('https://api.github.com/repos/o/r/actions/jobs/2/logs');
    expect(logUrlOf('https://github.com/o/r/actions/runs/1/job/2', '/'.repeat(N) + '\u0000/').url).toBe(`${'/'.repeat(N)}\u0000/repos/o/r/actions/jobs/2/logs`);
    const old = (t: string) => t.replace(/\s*\(\d{1,4}\/\d{1,4}\)$/, '');
    for (const t of ['pull / linux-jammy (1/2)', 'a(12345/1)', 'b (1/)', 'c  (3/4)', 'plain']) expect(withoutJobCount(t)).toBe(old(t));
    expect(withoutJobCount('\t'.repeat(N) + '/(0/0)') === '\t'.repeat(N) + '/').toBe(true);
  });
});
