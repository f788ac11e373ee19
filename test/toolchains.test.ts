import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiagnostics } from '../src/diagnostics/index.js';
import { rootCauses } from '../src/classify/fold.js';
import { classifyDiagnostic } from '../src/classify/classify.js';
import { fingerprintOf } from '../src/group/group.js';
import { normaliseSymbol } from '../src/classify/symbols.js';
import { cleanLine } from '../src/diagnostics/line-prefix.js';
import { scanLogText } from '../src/logs/scan.js';

// Real tool output: made here by the make-*.sh scripts beside the fixtures
// (commands in each folder's COMMANDS.txt), or public text (SOURCE: first line).
const DIR = join(import.meta.dirname, 'fixtures', 'toolchains');

function read(name: string): string {
  const text = readFileSync(join(DIR, name), 'utf8');
  return text.startsWith('SOURCE:') ? text.slice(text.indexOf('\n') + 1) : text;
}

function causes(name: string) {
  return rootCauses(parseDiagnostics(read(name))).map((d) => ({ d, c: classifyDiagnostic(d) }));
}

function fingerprints(name: string): string[] {
  return causes(name).map(({ c }) => fingerprintOf(c.category, c.key));
}

describe('GCC and Clang, full output', () => {
  const both = ['gcc', 'clang'];
  const expected: Array<[string, string[]]> = [
    ['undeclared', ['undeclared-identifier', 'undeclared-identifier']],
    ['no_member', ['no-member', 'no-member']],
    ['missing_header', ['missing-header']],
    ['syntax', ['syntax-error']],
    ['incomplete', ['incomplete-type']],
    ['redefinition', ['redefinition']],
    ['override', ['override-mismatch', 'override-mismatch']],
    ['deleted', ['deleted-function']],
    ['ambiguous', ['ambiguous-call']],
    ['werror', ['warning-as-error']],
    ['warning_only', []],
    ['static_assert', ['other-compile-error']],
    ['include_twice', ['undeclared-identifier']],
  ];
  for (const compiler of both) {
    for (const [name, categories] of expected) {
      it(`${compiler}/${name}`, () => {
        const found = causes(`${compiler}/${name}.txt`);
        expect(found.map(({ c }) => c.category)).toEqual(categories);
        for (const { d } of found) expect(d.tool).toBe(compiler);
      });
    }
  }

  it('merges the same root cause across GCC and Clang', () => {
    for (const name of ['undeclared', 'undeclared_type', 'no_member', 'missing_header', 'incomplete', 'redefinition', 'override', 'deleted', 'ambiguous', 'werror', 'static_assert', 'include_twice']) {
      expect(fingerprints(`gcc/${name}.txt`), name).toEqual(fingerprints(`clang/${name}.txt`));
    }
  });

  it('keeps different causes apart', () => {
    const all = ['undeclared', 'no_member', 'missing_header', 'syntax', 'deleted', 'werror'].flatMap((n) => fingerprints(`gcc/${n}.txt`));
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps include chain, enclosing function, carets and notes as context', () => {
    const [{ d }] = causes('gcc/include_twice.txt');
    expect(d.context[0]).toBe('In file included from include_a.cc:1:');
    expect(d.context).toContain("include/shared.h: In function 'int shared_helper()':");
    expect(d.context.some((l) => l.includes('^~~~'))).toBe(true);
    const [deleted] = causes('gcc/deleted.txt');
    expect(deleted.d.context.some((l) => l.includes('note: declared here'))).toBe(true);
    const [template] = causes('gcc/template.txt');
    expect(template.d.context.some((l) => l.includes('required from here'))).toBe(true);
  });

  it('folds the same-line cascade of one undeclared identifier (Clang prints it twice)', () => {
    const printed = parseDiagnostics(read('clang/undeclared.txt'));
    expect(printed).toHaveLength(3);
    const folded = causes('clang/undeclared.txt');
    expect(folded.map(({ c }) => c.key)).toEqual(['scale_factor', 'offest']);
  });

  it('reads ANSI colours and UTF-8 quotes like plain output', () => {
    expect(fingerprints('gcc/undeclared.utf8-color.txt')).toEqual(fingerprints('gcc/undeclared.txt'));
    expect(fingerprints('clang/undeclared.color.txt')).toEqual(fingerprints('clang/undeclared.txt'));
  });

  it('folds the invalid-conversion errors GCC prints under a no-matching-function candidate list (public log)', () => {
    const printed = parseDiagnostics(read('public/gcc-geant4-no-matching.txt')).filter((d) => d.severity === 'error');
    expect(printed.length).toBe(8);
    const found = causes('public/gcc-geant4-no-matching.txt');
    expect(found.map(({ c }) => c.category)).toEqual(['redefinition', 'no-matching-function']);
    expect(found[1].d.context.filter((l) => l.startsWith('follow-on: invalid conversion'))).toHaveLength(6);
  });
});

describe('linkers', () => {
  it('classifies GNU ld, gold and lld alike and merges their symbols', () => {
    for (const [file, category] of [['undefined', 'undefined-symbol'], ['multiple', 'duplicate-symbol'], ['missing_lib', 'missing-library']] as const) {
      const per = ['ld', 'gold', 'lld'].map((tool) => causes(`${tool}/${file}.txt`));
      for (const found of per) expect(found.every(({ c }) => c.category === category)).toBe(true);
      const keys = per.map((found) => found.map(({ c }) => c.key).sort());
      expect(keys[1]).toEqual(keys[0]);
      expect(keys[2]).toEqual(keys[0]);
    }
    expect(causes('ld/undefined.txt').map(({ c }) => c.key)).toEqual(['c_helper', 'store::lookup(char const*,int)']);
    expect(causes('ld/undefined.txt').map(({ d }) => d.tool)).toEqual(['ld', 'ld']);
    expect(causes('gold/undefined.txt')[0].d.tool).toBe('gold');
    expect(causes('lld/undefined.txt')[0].d.tool).toBe('lld');
  });

  it('merges link.exe and GNU ld on the same C++ symbol, and ld64 and lld on the same C symbol', () => {
    expect(fingerprints('public/link.exe-lnk2019-cherno.txt')).toEqual(fingerprints('ld/undefined_log.txt'));
    expect(fingerprints('public/ld64-undefined-display.txt')).toEqual(fingerprints('lld/undefined_display.txt'));
    expect(fingerprints('public/link.exe-lnk2019-cherno.txt')).not.toEqual(fingerprints('lld/undefined_display.txt'));
  });

  it('drops LNK1120 (a count, not a cause) and reads localised link.exe and Error List copies', () => {
    expect(causes('public/link.exe-lnk2019-dllimport.txt').map(({ c }) => c.key)).toEqual(['get_greeting()']);
    expect(causes('public/link.exe-de-lnk2019.txt').map(({ c }) => c.key)).toEqual(['closesocket', 'connect', 'htons']);
    const [row] = causes('public/vs-error-list-de.txt');
    expect(row.c.category).toBe('undefined-symbol');
    expect(row.c.key).toBe('main');
    expect(row.d.tool).toBe('link.exe');
  });

  it('LNK2001 and LNK2019 name their symbols as GNU ld would; LNK4217 is a warning', () => {
    expect(causes('public/link.exe-lnk2001-openvdb.txt').map(({ d, c }) => [d.code, c.category, c.key])).toEqual([
      ['LNK2019', 'undefined-symbol', 'std::bad_cast::bad_cast(char const*)'],
      ['LNK2001', 'undefined-symbol', 'std::bad_cast::_Doraise()const'],
    ]);
  });

  it('reads ld64 blocks with referenced-from lines', () => {
    const [found] = causes('public/ld64-undefined-display.txt');
    expect(found.d.tool).toBe('ld64');
    expect(found.d.context).toEqual(['_main in showchar1-05cc4c.o']);
    expect(causes('public/ld64-undefined-cpp.txt')[0].c.key).toBe(normaliseSymbol('cv::imread(cv::String const&, int)'));
  });
});

describe('sanitizers and crashes', () => {
  it('groups ASan reports by kind and project frames, not addresses or pids, across GCC and Clang', () => {
    const clang = causes('asan/heap_use_after_free.clang.txt');
    const gcc = causes('asan/heap_use_after_free.gcc.txt');
    expect(clang.map(({ c }) => c.category)).toEqual(['memory-error']);
    expect(clang[0].c.key).toBe('heap-use-after-free|read_id < close_and_read < main');
    expect(fingerprints('asan/heap_use_after_free.gcc.txt')).toEqual(fingerprints('asan/heap_use_after_free.clang.txt'));
    expect(gcc[0].d.line).toBe(3);
    expect(causes('asan/heap_buffer_overflow.clang.txt')[0].c.key).toBe('heap-buffer-overflow|fill < main');
  });

  it('TSan, UBSan and LSan', () => {
    expect(fingerprints('tsan/data_race.gcc.txt')).toEqual(fingerprints('tsan/data_race.clang.txt'));
    expect(causes('tsan/data_race.clang.txt')[0].c).toMatchObject({ category: 'data-race', key: 'data race|record' });
    expect(fingerprints('ubsan/signed_overflow.gcc.txt')).toEqual(fingerprints('ubsan/signed_overflow.clang.txt'));
    expect(causes('ubsan/signed_overflow.gcc.txt')[0].c.category).toBe('undefined-behavior');
    expect(fingerprints('lsan/leak.clang.txt')).toEqual(fingerprints('lsan/leak.asan.clang.txt'));
    expect(causes('lsan/leak.clang.txt')[0].c.category).toBe('memory-leak');
  });

  it('more ASan kinds, and UBSan with stack traces (its SEGV after the null load is the same cause)', () => {
    expect(causes('asan/double_free.clang.txt').map(({ c }) => c.key)).toEqual(['attempting double-free|release < double_free < main']);
    expect(causes('asan/stack_buffer_overflow.clang.txt').map(({ c }) => c.key)).toEqual(['stack-buffer-overflow|stack_overflow < main']);
    expect(causes('asan/segv.clang.txt').map(({ c }) => [c.category, c.key])).toEqual([['memory-error', 'SEGV|null_deref < main']]);
    const ub = causes('ubsan/stacktrace.clang.txt');
    expect(ub.map(({ c }) => [c.category, c.key])).toEqual([
      ['undefined-behavior', 'shift exponent|shift < main'],
      ['undefined-behavior', "load of null pointer of type 'int'|load < main"],
    ]);
    expect(ub[0].d).toMatchObject({ file: 'ubsan_stack.c', line: 2, column: 37 });
  });

  it('segfault and assertion abort are crashes; the abort after an assertion is not a second cause', () => {
    expect(causes('crash/segfault.bash.txt').map(({ c }) => [c.category, c.key])).toEqual([['crash', 'SIGSEGV in segv']]);
    const abort = causes('crash/abort.bash.txt');
    expect(abort).toHaveLength(1);
    expect(abort[0].c.category).toBe('crash');
    expect(abort[0].c.key).toContain('engine must be ready');
  });
});

describe('test runners', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['gtest/cache_test.txt', [['test-failure', 'CacheTest.EvictsHalf'], ['test-failure', 'CacheTest.KeepsName']]],
    ['ctest/ctest.txt', [['test-failure', 'storage_roundtrip'], ['test-timeout', 'network_slow']]],
    ['pytest/pytest.txt', [['test-failure', 'test_parser.py::test_count'], ['test-failure', 'test_parser.py::test_raises']]],
    ['vitest/vitest.txt', [['test-failure', 'math.test.ts > add > adds large numbers']]],
    ['gotest/go_test.txt', [['test-failure', 'TestDiv']]],
    ['gotest/go_test_v.txt', [['test-failure', 'TestDiv']]],
    ['cargo/cargo_test.txt', [['test-failure', 'tests::doubles'], ['test-failure', 'tests::panics_cleanly']]],
    ['pytest/pytest_collect_error.txt', [['test-failure', 'test_imports.py']]],
    ['gotest/go_test_timeout.txt', [['test-timeout', 'TestFetchRetries']]],
    ['vitest/vitest_timeout.txt', [['test-timeout', 'slow.test.ts > fetches with retries']]],
    ['jest/jest.txt', [['test-failure', 'cart › sums prices'], ['test-timeout', 'cart › waits for the server']]],
  ];
  for (const [file, want] of cases) {
    it(file, () => {
      expect(causes(file).map(({ c }) => [c.category, c.key])).toEqual(want);
    });
  }

  it('keeps the failing assertion message', () => {
    expect(causes('gtest/cache_test.txt')[0].d.message).toContain('Which is: 5');
    expect(causes('pytest/pytest.txt')[0].d.message).toBe('AssertionError: assert 3 == 4');
    expect(causes('vitest/vitest.txt')[0].d.message).toContain('expected 31 to be 30');
    expect(causes('gotest/go_test.txt')[0].d.message).toContain('Div(7, 2) = 3, want 4');
    expect(causes('cargo/cargo_test.txt')[1].d.message).toContain('index out of bounds');
    expect(causes('jest/jest.txt')[0].d.message).toContain('Expected: 8 | Received: 7');
    expect(causes('pytest/pytest_collect_error.txt')[0].d.message).toBe("ModuleNotFoundError: No module named 'not_installed_module'");
  });
});

describe('other toolchains and linters', () => {
  it('rustc, tsc, go, javac, cmake', () => {
    expect(causes('rustc/rustc.txt').map(({ c }) => c.category)).toEqual(['undeclared-identifier', 'type-conversion', 'type-conversion']);
    const rust = causes('rustc/rustc.txt');
    expect(rust[1].c.key).not.toBe(rust[2].c.key);
    expect(rust[1].d).toMatchObject({ file: 'main.rs', line: 3, column: 18, code: 'E0308', tool: 'rustc' });
    expect(causes('tsc/tsc.txt').map(({ c, d }) => [d.tool, c.category])).toEqual([['tsc', 'type-conversion'], ['tsc', 'type-conversion'], ['tsc', 'no-member']]);
    // The same errors in tsc's terminal form (`index.ts:2:7 - error TS2322: …`, coloured), as a log reads them.
    const pretty = rootCauses(scanLogText(readFileSync(join(DIR, 'tsc/tsc-pretty.txt'))).diagnostics);
    const plain = causes('tsc/tsc.txt').map(({ d }) => d);
    expect(pretty.map((d) => [d.tool, d.severity, d.file, d.line, d.column, d.code, d.message])).toEqual(plain.map((d) => [d.tool, d.severity, d.file, d.line, d.column, d.code, d.message]));
    expect(causes('go/go_build.txt').map(({ c }) => c.category)).toEqual(['other-compile-error', 'type-conversion', 'undeclared-identifier']);
    const java = causes('javac/javac.txt');
    expect(java.map(({ c }) => [c.category, c.key])).toEqual([
      ['type-conversion', 'incompatible types: String cannot be converted to int'],
      ['undeclared-identifier', 'undefinedMethod'],
      ['undeclared-identifier', 'missingVar'],
    ]);
    expect(java[0].d.tool).toBe('javac');
    expect(causes('cmake/cmake_configure.txt').map(({ c }) => [c.category, c.key])).toEqual([['missing-library', 'NotInstalledLib']]);
  });

  it('clang-format is one format-check per file; clang-tidy warnings are static-analysis findings', () => {
    expect(causes('clang-format/clang_format.txt').map(({ c }) => c.category)).toEqual(['format-check']);
    const tidy = causes('clang-tidy/clang_tidy.txt');
    expect(tidy.map(({ c }) => c.category)).toEqual(['static-analysis', 'static-analysis', 'static-analysis']);
    expect(tidy[0].c.key.startsWith('clang-analyzer-security.insecureAPI.strcpy|')).toBe(true);
    // With -warnings-as-errors the same check is an error; both places are one finding.
    const werror = causes('clang-tidy/clang_tidy_werror.txt');
    expect(werror.map(({ d }) => [d.tool, d.severity])).toEqual([['clang-tidy', 'error'], ['clang-tidy', 'error']]);
    expect(new Set(werror.map(({ c }) => fingerprintOf(c.category, c.key))).size).toBe(1);
  });
});

describe('lines as CI systems print them', () => {
  it('strips timestamps, step tags, annotations, MSBuild node prefixes, CR and colours', () => {
    expect(cleanLine('2024-01-01T00:00:00.0000000Z undeclared.cc:4:35: error: x\r')).toBe('undeclared.cc:4:35: error: x');
    expect(cleanLine('[2024-05-01T10:00:00.123Z] [ 45%] foo')).toBe('foo');
    expect(cleanLine('[12/345] foo')).toBe('foo');
    expect(cleanLine('##[error]a.c:1:2: error: b')).toBe('a.c:1:2: error: b');
    expect(cleanLine('1>Math.obj : error LNK2019: x')).toBe('Math.obj : error LNK2019: x');
    expect(cleanLine('    6 |   log_value("warn", 3);')).toBe('    6 |   log_value("warn", 3);');
  });

  it('a real log with every line timestamped and CRLF reads as the plain one', () => {
    const plain = read('gcc/include_twice.txt');
    const decorated = plain.split('\n').map((l) => (l === '' ? l : `2024-03-05T10:11:12.1234567Z ${l}\r`)).join('\n');
    const a = rootCauses(parseDiagnostics(plain)).map((d) => classifyDiagnostic(d).key);
    const b = rootCauses(parseDiagnostics(decorated)).map((d) => classifyDiagnostic(d).key);
    expect(b).toEqual(a);
    expect(rootCauses(parseDiagnostics(decorated))[0].context.length).toBe(rootCauses(parseDiagnostics(plain))[0].context.length);
  });
});

describe('symbol normalisation', () => {
  it('one key for MSVC undecorated and GNU demangled names', () => {
    expect(normaliseSymbol('int __cdecl store::lookup(char const *,int)')).toBe(normaliseSymbol('store::lookup(char const*, int)'));
    expect(normaliseSymbol('public: void __thiscall std::ios_base::_Addstd(void)')).toBe('std::ios_base::_Addstd()');
    expect(normaliseSymbol('__imp__htons@4')).toBe('htons');
    expect(normaliseSymbol('store::lookup(char const*, int)')).not.toBe(normaliseSymbol('store::lookup(char*, int)'));
  });
});

describe('MSVC (public output) against GCC and Clang on the same programs', () => {
  it('merges the same undeclared identifiers across MSVC, GCC and Clang', () => {
    const keysOf = (file: string) => causes(file).filter(({ c }) => c.category === 'undeclared-identifier').map(({ c }) => fingerprintOf(c.category, c.key));
    const msvc = keysOf('msvc/codetester.txt');
    expect(msvc).toHaveLength(2); // 'd' and 'Cout'
    expect(keysOf('gcc/msvc_twin_codetester.txt')).toEqual(msvc);
    expect(keysOf('clang/msvc_twin_codetester.txt')).toEqual(msvc);
  });

  it('MSVC C2065 after C2039 on the same name and line is a follow-on; GCC names the same causes', () => {
    const msvc = causes('msvc/bad_hello.txt');
    expect(msvc.map(({ c }) => [c.category, c.key])).toEqual([['no-member', 'std::cout'], ['no-member', 'std::endl']]);
    expect(msvc.every(({ d }) => d.tool === 'msvc')).toBe(true);
    expect(fingerprints('gcc/msvc_twin_bad_hello.txt')).toEqual(fingerprints('msvc/bad_hello.txt'));
  });

  it('C2220 promotes the warnings it names (whatever order MSVC prints them in) and is not a cause itself', () => {
    const a = causes('msvc/concept_check-c2220.txt');
    expect(a.map(({ c }) => [c.category, c.detail.warning])).toEqual([['warning-as-error', 'C4834']]);
    const b = causes('msvc/multiprecision-c2220.txt');
    expect(b.map(({ c }) => [c.category, c.detail.warning])).toEqual([['warning-as-error', 'C4193']]);
    expect(b[0].d.line).toBe(2150);
  });

  it('an MSVC warning without C2220 is not a failure', () => {
    const warningsOnly = read('msvc/codetester.txt').split('\n').filter((l) => l.includes('warning C4244')).join('\n');
    expect(rootCauses(parseDiagnostics(warningsOnly))).toEqual([]);
  });
});

describe('compilers and linkers in the user\'s language', () => {
  it('Chinese MSVC and link.exe: codes and shapes classify; names merge with GCC and Clang', () => {
    const found = causes('msvc/zh-cn-posix-port.txt');
    expect(found.map(({ c }) => [c.category, c.key])).toEqual([
      ['missing-header', 'unistd.h'],
      ['missing-header', 'pthread.h'],
      ['undeclared-identifier', 'ssize_t'],
      ['undeclared-identifier', 'open'],
      ['undeclared-identifier', 'O_CREAT'],
      ['undeclared-identifier', 'STDOUT_FILENO'],
      ['undefined-symbol', 'pthread_create'],
    ]);
    expect(found[6].d).toMatchObject({ tool: 'link.exe', file: 'log.c', line: 40 });
    const undeclared = (file: string) => causes(file).filter(({ c }) => c.category === 'undeclared-identifier' && c.key !== 'open').map(({ c }) => fingerprintOf(c.category, c.key));
    expect(undeclared('gcc/msvc_twin_posix_port.txt')).toEqual(undeclared('msvc/zh-cn-posix-port.txt'));
    // Clang also reports 'written', declared with the unknown type: a follow-on of 'ssize_t'.
    expect(undeclared('clang/msvc_twin_posix_port.txt')).toEqual(undeclared('msvc/zh-cn-posix-port.txt'));
  });

  it('German and French GCC classify and group like English GCC', () => {
    expect(fingerprints('gcc/undeclared.de.txt')).toEqual(fingerprints('gcc/undeclared.txt'));
    expect(fingerprints('gcc/no_member.fr.txt')).toEqual(fingerprints('gcc/no_member.txt'));
    expect(causes('gcc/undeclared.de.txt').every(({ d }) => d.tool === 'gcc')).toBe(true);
  });

  it('French GNU ld groups with English ld', () => {
    expect(fingerprints('ld/multiple.fr.txt').sort()).toEqual(fingerprints('ld/multiple.txt').sort());
    expect(fingerprints('ld/missing_lib.fr.txt')).toEqual(fingerprints('ld/missing_lib.txt'));
    expect(fingerprints('ld/undefined.de.txt')).toEqual(fingerprints('ld/undefined.txt'));
  });
});

describe('infrastructure and aborted jobs (public logs)', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['infra/oom-cc1plus-r-package.txt', [['infrastructure', 'out-of-memory']]],
    ['infra/oom-cc1plus-qemu.txt', [['infrastructure', 'out-of-memory']]],
    ['infra/disk-full-python-build.txt', [['infrastructure', 'disk-full']]],
    ['infra/jenkins-agent-offline.txt', [['infrastructure', 'agent-lost']]],
    ['infra/jenkins-clone-failed.txt', [['infrastructure', 'checkout-failed']]],
    ['infra/jenkins-build-timeout.txt', [['timeout', 'job-timeout']]],
    ['infra/gha-timeout-annotation.txt', [['timeout', 'job-timeout']]],
  ];
  for (const [file, want] of cases) {
    it(file, () => {
      expect(causes(file).map(({ c }) => [c.category, c.key])).toEqual(want);
    });
  }

  it('names the tool that printed it where the wording tells', () => {
    const toolOf = (file: string) => causes(file).map(({ d }) => d.tool);
    expect(toolOf('infra/oom-cc1plus-qemu.txt')).toEqual(['gcc']);
    expect(toolOf('infra/disk-full-python-build.txt')).toEqual(['ld']);
    expect(toolOf('infra/jenkins-build-timeout.txt')).toEqual(['jenkins']);
    expect(toolOf('infra/jenkins-clone-failed.txt')).toEqual(['jenkins']);
    expect(toolOf('infra/gha-timeout-annotation.txt')).toEqual(['github-actions']);
    expect(toolOf('crash/segfault.bash.txt')).toEqual(['bash']);
  });

  it('the OOM-killed compiler is the cause, not the warning before it', () => {
    const [only] = causes('infra/oom-cc1plus-r-package.txt');
    expect(only.d.message).toBe('g++: fatal error: Killed signal terminated program cc1plus');
  });
});

describe('duplicate symbols across linkers (public link.exe and ld64 output, twins linked here)', () => {
  it('link.exe LNK2005 and GNU ld / lld name one symbol; LNK1169 is a count', () => {
    expect(causes('public/link.exe-lnk2005-ros.txt').map(({ c }) => c.category)).toEqual(['duplicate-symbol']);
    expect(fingerprints('public/link.exe-lnk2005-ros.txt')).toEqual(fingerprints('lld/duplicate_ros.txt'));
    expect(fingerprints('public/link.exe-lnk2005-botan.txt')).toEqual(fingerprints('ld/duplicate_botan.txt'));
    expect(fingerprints('public/link.exe-lnk2005-botan.txt')).not.toEqual(fingerprints('lld/duplicate_ros.txt'));
  });

  it('ld64 (Xcode 15) "library not found" is the missing library GNU ld and lld name with -l', () => {
    const [found] = causes('public/ld64-library-not-found.txt');
    expect([found.d.tool, found.c.category, found.c.key]).toEqual(['ld64', 'missing-library', 'zstd']);
    expect(causes('ld/missing_lib.txt')[0].c.key).toBe('bt_not_there');
  });

  it('ld64 duplicate symbol block', () => {
    const found = causes('public/ld64-duplicate-main.txt');
    expect(found.map(({ d, c }) => [d.tool, c.category, c.key])).toEqual([['ld64', 'duplicate-symbol', 'main']]);
    expect(fingerprints('public/ld64-duplicate-main.txt')).toEqual(fingerprints('ld/duplicate_main.txt'));
  });

  it('ld64 prints duplicate C++ symbols mangled; they group with GNU ld\'s demangled name', () => {
    expect(causes('public/ld64-duplicate-mangled.txt').map(({ c }) => c.key)).toEqual(['local_heating(double,double)']);
    expect(fingerprints('public/ld64-duplicate-mangled.txt')).toEqual(fingerprints('ld/duplicate_daisy.txt'));
  });
});

describe('Visual Studio Error List copies (public)', () => {
  it('reads rows by their columns, whatever the language of the headers', () => {
    const [urho] = causes('public/vs-error-list-urho3d.txt');
    expect(urho.d).toMatchObject({ tool: 'msvc', code: 'C2323', line: 52 });
    expect(urho.d.file).toMatch(/DebugMemoryLeakCheck\.h$/);
    expect(causes('public/vs-error-list-link.txt').map(({ c }) => [c.category, c.key])).toEqual([
      ['missing-library', 'pthread'],
      ['undefined-symbol', 'CreateUnicastIpAddressEntry'],
    ]);
    const [cs] = causes('public/vs-error-list-csharp.txt');
    expect(cs.d).toMatchObject({ tool: 'csc', code: 'CS0116', line: 36 });
  });
});

describe('missing headers across MSVC (public), GCC and Clang', () => {
  it('C1083 and GCC/Clang name the same header', () => {
    expect(fingerprints('msvc/c1083-boost.txt')).toEqual(fingerprints('gcc/msvc_twin_config_file.txt'));
    expect(fingerprints('msvc/c1083-boost.txt')).toEqual(fingerprints('clang/msvc_twin_config_file.txt'));
    expect(fingerprints('msvc/c1083-node-gyp.txt')).toEqual(fingerprints('gcc/msvc_twin_macros.txt'));
    expect(fingerprints('msvc/c1083-node-gyp.txt')).toEqual(fingerprints('clang/msvc_twin_macros.txt'));
    expect(fingerprints('msvc/c1083-boost.txt')).not.toEqual(fingerprints('msvc/c1083-node-gyp.txt'));
  });

  it('reads MSBuild node prefixes and paths glued to progress output', () => {
    const [old] = causes('msvc/c1083-msvc2010.txt');
    expect(old.d).toMatchObject({ tool: 'msvc', code: 'C1083', line: 1, severity: 'fatal' });
    expect(old.c.key).toBe('cvirte.h');
    const [glued] = causes('msvc/c1083-node-gyp.txt');
    expect(glued.d.file).toBe('C:\\Users\\fabib\\Projects\\ringring\\release\\app\\node_modules\\opencv4nodejs\\cc\\macros.h');
  });
});

describe('through the pipeline (findingsOfReport → groups)', () => {
  it('one group per root cause across jobs of different compilers and linkers', async () => {
    const { findingsOfReport } = await import('../src/triage.js');
    const { groupFindings } = await import('../src/group/group.js');
    const job = (name: string, file: string) => ({ name, url: null, build: null, status: 'failure' as const, patchSet: 1, text: read(file) });
    const report = {
      dialect: 'test', author: null, date: null, patchSet: 1, verdict: 'failed' as const, vote: -1,
      jobs: [
        job('linux-gcc', 'gcc/undeclared.txt'),
        job('linux-clang', 'clang/undeclared.txt'),
        job('linux-gcc-link', 'ld/undefined_log.txt'),
        job('windows', 'public/link.exe-lnk2019-cherno.txt'),
        job('warnings-only', 'gcc/warning_only.txt'),
      ],
    };
    const groups = groupFindings(findingsOfReport(report));
    const summary = groups.map((g) => [g.category, [...new Set(g.occurrences.map((o) => o.job))].sort()]);
    expect(summary).toEqual([
      ['undeclared-identifier', ['linux-clang', 'linux-gcc']],
      ['undeclared-identifier', ['linux-clang', 'linux-gcc']],
      ['undefined-symbol', ['linux-gcc-link', 'windows']],
      ['unknown', ['warnings-only']],
    ]);
    // Clang's second print of the same identifier on the same line is folded, not a second occurrence.
    expect(groups[0].occurrences.filter((o) => o.job === 'linux-clang')).toHaveLength(1);
  });
});

describe('more MSVC codes (public output) against GCC and Clang twins', () => {
  for (const [msvc, twin, category] of [
    ['msvc/c2280-chain.txt', 'chain', 'deleted-function'],
    ['msvc/c2259-cow.txt', 'cow', 'override-mismatch'],
  ] as const) {
    it(`${msvc}: ${category} merges across the three compilers`, () => {
      const found = causes(msvc);
      expect(found.map(({ c }) => c.category)).toEqual([category]);
      expect(fingerprints(`gcc/msvc_twin_${twin}.txt`)).toEqual(fingerprints(msvc));
      expect(fingerprints(`clang/msvc_twin_${twin}.txt`)).toEqual(fingerprints(msvc));
    });
  }

  it('C2660 (too many arguments): one cause per function, the same as GCC and Clang', () => {
    const found = causes('msvc/c2660-recall.txt');
    expect(found.map(({ c }) => [c.category, c.key])).toEqual([
      ['syntax-error', "syntax error: '|'"],
      ['no-matching-function', 'read_from_recall_new'],
      ['no-matching-function', 'read_from_recall_next'],
    ]);
    const msvcCalls = fingerprints('msvc/c2660-recall.txt').slice(1);
    expect(fingerprints('gcc/msvc_twin_recall.txt')).toEqual(msvcCalls);
    expect(fingerprints('clang/msvc_twin_recall.txt')).toEqual(msvcCalls);
  });
});

describe('demangling for names linkers print mangled', () => {
  it('agrees with c++filt on every real symbol it reads, and reads the ordinary ones', async () => {
    const { demangle } = await import('../src/classify/demangle.js');
    const rows = read('demangle/symbols.tsv').trim().split('\n').map((l) => l.split('\t'));
    let read_ = 0;
    for (const [mangled, expected] of rows) {
      const got = demangle(mangled);
      if (got === null) continue;
      read_++;
      expect(normaliseSymbol(got), mangled).toBe(normaliseSymbol(expected));
    }
    expect(read_).toBeGreaterThan(rows.length / 3);
    for (const name of ['_ZN5store6lookupEPKci', '_ZNK5Botan6BigInt5bytesEv', '_ZL5evicti', '_Z14close_and_readv']) {
      expect(demangle(name), name).not.toBeNull();
    }
  });

  it('an ld64 mangled duplicate symbol groups with GNU ld\'s demangled one', () => {
    expect(normaliseSymbol('__ZN5store6lookupEPKci')).toBe(normaliseSymbol('store::lookup(char const*, int)'));
    expect(normaliseSymbol('__Z13local_heatingdd')).toBe('local_heating(double,double)');
  });
});

describe('an error storm after a syntax error (public GitHub Actions log, timestamps and ##[error] kept)', () => {
  it('folds the storm into the syntax error it follows from', () => {
    const text = read('msvc/gha-dwarfs-error-storm.txt');
    const errorLines = text.split('\n').filter((l) => l.includes('##[error]')).length;
    const printed = parseDiagnostics(text);
    expect(printed.filter((d) => d.severity !== 'warning').length).toBe(errorLines);
    // "error C4430" is an error although C4xxx codes are warnings by default.
    expect(printed.find((d) => d.code === 'C4430')?.severity).toBe('error');
    const found = causes('msvc/gha-dwarfs-error-storm.txt');
    expect(found.map(({ c }) => [c.category, c.key])).toEqual([['syntax-error', "syntax error: missing '}' before 'constant'"]]);
    expect(found[0].d).toMatchObject({ tool: 'msvc', line: 55, code: 'C2143' });
    // Every other distinct error is kept under it (the same error printed twice on a line counts once).
    const distinct = new Set(printed.map((d) => `${d.line}|${d.code}|${d.message}`)).size;
    expect(found[0].d.context.filter((l) => l.startsWith('follow-on: '))).toHaveLength(distinct - 1);
  });

  it('a few errors after a syntax error stay causes of their own', () => {
    expect(causes('msvc/codetester.txt')).toHaveLength(4);
  });
});

describe('C# through MSBuild on GitHub Actions (public log)', () => {
  it('csc codes classify; the MSBuild project suffix and the runner prefix are not part of the cause', () => {
    const found = causes('public/gha-dotnet-csc.txt');
    expect(found.map(({ d, c }) => [d.tool, d.code, c.category])).toEqual([
      ['csc', 'CS0266', 'type-conversion'],
      ['csc', 'CS7036', 'no-matching-function'],
    ]);
    expect(found[0].d.file).toBe('/home/runner/work/YFinance.NET/YFinance.NET/YFinance.NET.Implementation/Scrapers/AnalysisScraper.cs');
    expect(found[0].d.message.endsWith('.csproj]')).toBe(false);
  });
});

describe('MSBuild "exited with code" lines', () => {
  it('alone, it is the failure to show; after the compiler said why, it is not another cause', () => {
    const alone = causes('public/msbuild-msb3073-mono.txt');
    expect(alone.map(({ d, c }) => [d.tool, c.category])).toEqual([['msbuild', 'other-compile-error']]);
    const log = `${read('msvc/codetester.txt')}\n${read('public/msbuild-msb3073-mono.txt')}`;
    const withCompiler = rootCauses(parseDiagnostics(log));
    expect(withCompiler.map((d) => d.tool)).toEqual(['msvc', 'msvc', 'msvc', 'msvc']);
  });
});

describe('MSVC C4xxx printed as errors', () => {
  it('"error C4430" is a syntax error, not a promoted warning', () => {
    const line = read('msvc/gha-dwarfs-error-storm.txt').split('\n').find((l) => l.includes('error C4430'))!;
    const [only] = rootCauses(parseDiagnostics(line));
    expect(classifyDiagnostic(only).category).toBe('syntax-error');
  });
});

describe('hostile input', () => {
  it('long and repetitive lines of the characters parsers look for still parse to sane results', async () => {
    const { demangle } = await import('../src/classify/demangle.js');
    const lines = [
      '#0 0x' + ' in '.repeat(3000),
      'a:'.repeat(5000) + ' error: x',
      '('.repeat(5000) + '): error C2065: x',
      '\t'.repeat(5000) + 'C2065',
      ' -l'.repeat(4000),
      'Test #1: ' + '.'.repeat(9000) + '***Failed',
      'x' + ':(.'.repeat(3000) + ') : undefined reference to `a\'',
      ' --> ' + 'a:1:'.repeat(3000),
      'CMake Error at ' + 'a:1 ('.repeat(2000),
      '==1==ERROR: AddressSanitizer: ' + 'x'.repeat(9000),
      'FAILED ' + '::'.repeat(5000),
      '"'.repeat(9000),
    ];
    const found = parseDiagnostics(lines.join('\n'));
    expect(found.length).toBeGreaterThan(0);
    for (const d of rootCauses(found)) {
      const c = classifyDiagnostic(d);
      expect(typeof c.key).toBe('string');
      expect(c.title.length).toBeLessThanOrEqual(300);
    }
    expect(demangle('_Z1f' + 'P'.repeat(2000) + 'i')).not.toBeNull();
    expect(demangle('_Z1f' + 'I'.repeat(1500))).toBeNull();
  });
});
