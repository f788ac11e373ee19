/**
 * Byte strings that mark the lines of a log worth parsing. The log stage
 * (src/logs) searches whole logs for these with a SIMD kernel and hands only
 * the lines around the hits to DiagnosticScanner, so EVERY line a parser here
 * turns into an error (or a step/target marker) must contain one of them.
 * When you teach a parser new wording, add its needle here;
 * test/logs/needles.test.ts checks this over every fixture.
 *
 * Speed (src/logs/needle-search.ts): the kernel's cost per byte does not grow
 * with the number of needles, up to 32 in 8 buckets of 3-byte fingerprints
 * (one pass; more needles take another pass), but needles sharing a bucket
 * accept every mix of their first bytes, and each accepted
 * position is compared in full. So a needle should start with bytes that are
 * rare in logs, together: prefer `rror` over `error`, and rare-byte anchors
 * with a lineMustContain check over common words.
 * English tool output only: a localised MSVC (`Fehler C2065`) needs its word here.
 */

export interface LogNeedle {
  /** Searched as bytes (UTF-8). */
  find: string;
  /** The hit's line counts only when it also contains one of these (cheap check on the few hits). */
  lineMustContain?: string[];
  /**
   * Bytes that, right after the match, make it no hit: `error` inside a word
   * (`error_map.cc`, `error12.cc.o` in build progress lines) is no diagnostic.
   */
  notFollowedBy?: string;
  /** What it catches, for people. */
  why: string;
}

const DIGITS = '0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Word characters but `s` (`errors`): what may not follow `error` in a diagnostic. */
const WORD_BUT_PLURAL = `${DIGITS}${LETTERS.replace('s', '')}_`;

export const LOG_NEEDLES: readonly LogNeedle[] = [
  {
    find: 'rror',
    notFollowedBy: WORD_BUT_PLURAL,
    why: 'GCC/Clang `: error:`, `fatal error:`, `[-Werror=`; MSVC `error C2065`, link.exe `error LNK2019`; UBSan `runtime error:`; collect2/lld `error:`; make `Error 1`; `##[error]`',
  },
  { find: 'RROR', why: 'sanitizers `ERROR: AddressSanitizer`, `ERROR: LeakSanitizer`, other tools in capitals' },
  // Not `FAIL`/`Fail`: CMake logs have `F` in every line (CMakeFiles), `A` is rare.
  { find: 'AIL', why: 'ninja `FAILED: target`, GoogleTest `[  FAILED  ]`, CTest `tests FAILED`, go test `--- FAIL`, jest `FAIL`' },
  { find: '***', why: 'CTest `***Failed`, `***Timeout`, `***Exception: SegFault`; make `*** [target] Error 1`; crash handlers `*** SIGSEGV`' },
  { find: 'fatal', why: 'git and other tools `fatal:`' },
  { find: 'Sanitizer', why: '`WARNING: ThreadSanitizer: data race`, `SUMMARY: …Sanitizer`' },
  {
    find: '`',
    lineMustContain: ['undefined reference', 'multiple definition', 'in function `'],
    why: 'GNU ld `undefined reference to `sym\'`, `multiple definition of `sym\'` and the `in function `f\':` line before them (the backtick is the rare anchor)',
  },
  { find: 'Undefined symbols', why: 'Apple ld' },
  { find: 'Segmentation fault', why: 'crashes' },
  { find: 'SIG', why: '`SIGSEGV`, `SIGABRT`, `SIGILL` in crash reports' },
  { find: 'Aborted', why: '`Aborted (core dumped)`' },
  { find: 'Timeout', why: 'CTest `***Timeout`, test timeouts' },
  { find: '(after ', lineMustContain: ['timed out'], why: 'Jenkins build-timeout plugin `Build timed out (after 60 minutes)`' },
  { find: 'No space left on device', why: 'infrastructure' },
  { find: 'Killed', why: 'OOM killer' },
  { find: '##[group]', why: 'GitHub Actions step names (the failing step)' },
  { find: 'LNK', why: 'link.exe in any language: `LNK2019`, `LNK1104`' },
  { find: 'duplicate symbol', why: 'Apple ld64 `duplicate symbol \'_main\'`' },
  { find: '.go:', lineMustContain: [': '], why: 'go build `./main.go:5:2: undefined: x` (no severity word)' },
  { find: 'panic', why: 'Rust `thread \'t\' panicked at src/lib.rs:6:5` (cargo test); go test `panic: test timed out after 1s`' },
  { find: 'diff of stderr', why: 'rust compiletest UI test failures' },
  // Localised GCC, GNU ld and MSVC (the severity word and the linker's sentences).
  { find: 'Fehler', why: 'German GCC `Fehler:`, MSVC `Fehler C2065`' },
  { find: 'rreur', why: 'French GCC `erreur:`, MSVC `erreur C2065` (`rreur`: rarer bytes than `err`)' },
  { find: 'rrore', why: 'Italian GCC/MSVC `errore`' },
  { find: '«', why: 'the opening guillemet of localised GCC and GNU ld quotes (French « x », German »x«, Russian): undefinierter Verweis, définitions multiples, …' },
  { find: 'nicht finden', why: 'German ld `kann -lfoo nicht finden`' },
  { find: 'ne peut pas trouver', why: 'French ld `ne peut pas trouver -lfoo`' },
  { find: 'ошибка', why: 'Russian GCC/MSVC' },
  { find: '错误', why: 'Chinese GCC/MSVC' },
  { find: 'エラー', why: 'Japanese GCC/MSVC' },
];
