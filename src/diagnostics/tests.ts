import type { Diagnostic } from '../types.js';

/**
 * Test runners: GoogleTest, CTest, pytest, Jest, Vitest, go test, cargo test.
 * One diagnostic per failed test (subject = the test's name, code = `failed`
 * or `timeout`), with the failing assertion as message where the runner
 * prints it. Runners repeat a failure in their summaries; the scanner keeps
 * each (tool, test) once and lets a later line fill in the message.
 */

export type TestOutcome = 'failed' | 'timeout';

export function testDiagnostic(tool: string, name: string, outcome: TestOutcome, message = '', file: string | null = null, line: number | null = null): Diagnostic {
  return {
    tool,
    severity: 'error',
    file,
    line,
    column: null,
    code: outcome,
    message: message || (outcome === 'timeout' ? `${name} timed out` : `${name} failed`),
    context: [],
    // A test id is the runner's text; keep it to a sane length.
    subject: name.length > 500 ? name.slice(0, 500) : name,
  };
}

const MAX_MESSAGE_LINES = 8;

/** What the runner said about a test: the first lines after its start, kept short. */
function joinMessage(lines: string[]): string {
  return lines.map((l) => l.trim()).filter((l) => l !== '').slice(0, MAX_MESSAGE_LINES).join(' | ').slice(0, 600);
}

/**
 * CTest's progress line `2/3 Test #2: storage_roundtrip ......***Failed  0.00 sec`,
 * read by position (no regex over the dots, which a hostile line can repeat).
 */
export function parseCtestResultLine(line: string, stars: number): { name: string; detail: string } | null {
  const hash = line.indexOf('Test #');
  if (hash === -1 || hash > stars) return null;
  const colon = line.indexOf(': ', hash);
  if (colon === -1 || colon > stars || !/^\d{1,7}$/.test(line.slice(hash + 6, colon))) return null;
  let end = colon + 2;
  while (end < stars && line.charCodeAt(end) !== 32) end++;
  const name = line.slice(colon + 2, end);
  if (name === '' || name.length > 500) return null;
  // Between the name and "***" only dots and spaces.
  for (let i = end; i < stars; i++) {
    const c = line.charCodeAt(i);
    if (c !== 46 && c !== 32) return null;
  }
  const detail = withoutSeconds(beforeWideGap(line.slice(stars + 3))).trim();
  return detail === '' ? null : { name, detail: detail.slice(0, 60) };
}

/** Index of the last line terminator (what `.` does not match), or -1. */
function lastLineBreak(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
}

const isSpace = (c: string | undefined): boolean => c !== undefined && c !== '' && c.trim() === '';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Text before its first run of 2+ whitespace characters, as .replace(/\s{2,}.*$/, '') did; by hand: that regex was cubic. */
function beforeWideGap(text: string): string {
  const lastBreak = lastLineBreak(text);
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text[i])) continue;
    let end = i;
    while (isSpace(text[end])) end++;
    if (end - i >= 2 && end > lastBreak) return text.slice(0, i);
    i = end;
  }
  return text;
}

/** Text without a trailing " 0.01 sec", as .replace(/\s+\d[\d.]* sec$/, '') did; by hand: that regex was quadratic. */
function withoutSeconds(text: string): string {
  if (!text.endsWith(' sec')) return text;
  let start = text.length - 4;
  while (start > 0 && (isDigit(text[start - 1]) || text[start - 1] === '.')) start--;
  if (start === text.length - 4 || !isDigit(text[start]) || !isSpace(text[start - 1])) return text;
  return text.slice(0, start).trimEnd();
}

/** Text before ", where …" (gtest's parameter description); by hand: /, where .*$/ was quadratic. */
function beforeWhere(text: string): string {
  const at = text.indexOf(', where ', lastLineBreak(text) + 1);
  return at === -1 ? text : text.slice(0, at);
}

/**
 * "panicked at src/lib.rs:6:20:" as [_, file, line], as
 * /panicked at (.{1,1000}?):(\d{1,9}):\d{1,9}:?/ did; by hand: that regex was polynomial.
 */
function panicLocation(line: string): [string, string, string] | null {
  for (let at = line.indexOf('panicked at '); at !== -1; at = line.indexOf('panicked at ', at + 1)) {
    const start = at + 12;
    for (let colon = start + 1; colon < line.length && colon - start <= 1000; colon++) {
      if ('\n\r\u2028\u2029'.includes(line[colon])) break;
      if (line[colon] !== ':') continue;
      let end = colon + 1;
      while (isDigit(line[end]) && end - colon <= 9) end++;
      if (end - colon - 1 >= 1 && end - colon - 1 <= 9 && line[end] === ':' && isDigit(line[end + 1])) {
        return [line.slice(at, end + 2), line.slice(start, colon), line.slice(colon + 1, end)];
      }
    }
  }
  return null;
}

/** The message of "panicked at 'message', src/lib.rs:6:20" (0..500 chars, up to the last "', "); by hand: the regex was cubic. */
function inlinePanicMessage(line: string): string | null {
  for (let at = line.indexOf("panicked at '"); at !== -1; at = line.indexOf("panicked at '", at + 1)) {
    const start = at + 13;
    let limit = start;
    while (limit < line.length && limit - start < 500 && !'\n\r\u2028\u2029'.includes(line[limit])) limit++;
    for (let end = limit; end >= start; end--) {
      if (line.startsWith("', ", end)) return line.slice(start, end);
    }
  }
  return null;
}

/**
 * A stateful reader over the runners' formats. `push` returns true when the
 * line was a test runner's, so no other parser reads it.
 */
export class TestRunnerReader {
  private readonly byKey = new Map<string, Diagnostic>();
  // GoogleTest: lines between "[ RUN      ] X" and its result.
  private gtestRunning: string | null = null;
  private gtestLines: string[] = [];
  // CTest: inside "The following tests FAILED:".
  private ctestList = false;
  // pytest: the "___ name ___" section being read.
  private pytestSection: string | null = null;
  private pytestLines: string[] = [];
  // go test: message lines that precede (-v) or follow "--- FAIL".
  private goPending: string[] = [];
  private goLast: Diagnostic | null = null;
  // go test: "panic: test timed out", named by the lines after it.
  private goTimeout: Diagnostic | null = null;
  // cargo: "---- name stdout ----" section.
  private cargoSection: string | null = null;
  private cargoLines: string[] = [];
  // Jest "● a › b" / Vitest "FAIL file > a > b" message lines.
  private jsCurrent: Diagnostic | null = null;
  private jsLines: string[] = [];

  constructor(private readonly emit: (d: Diagnostic) => void) {}

  private record(d: Diagnostic): Diagnostic {
    const key = `${d.tool}\u0000${d.subject}`;
    const existing = this.byKey.get(key);
    if (existing) {
      if (d.code === 'timeout') existing.code = 'timeout';
      if (existing.message.endsWith(' failed') && !d.message.endsWith(' failed')) existing.message = d.message;
      return existing;
    }
    this.byKey.set(key, d);
    this.emit(d);
    return d;
  }

  push(line: string): boolean {
    return this.gtest(line) || this.ctest(line) || this.pytest(line) || this.goTest(line) || this.cargo(line) || this.js(line);
  }

  finish(): void {
    this.flushJs();
    this.flushPytest();
    this.reportPytestSections();
    this.flushCargo();
  }

  private gtest(line: string): boolean {
    if (line.startsWith('[ RUN      ] ')) {
      this.gtestRunning = line.slice(13).trim();
      this.gtestLines = [];
      return true;
    }
    if (line.startsWith('[  FAILED  ] ')) {
      const rest = line.slice(13).trim();
      // "[  FAILED  ] 2 tests, listed below:" is the summary header.
      if (/^\d+ tests?, listed below/.test(rest)) return true;
      const name = beforeWhere(rest.replace(/ \(\d+ ms\)$/, ''));
      const message = this.gtestRunning === name ? joinMessage(this.gtestLines) : '';
      const location = /^(.{1,1000}?):(\d{1,9}): Failure$/.exec(this.gtestLines[0]?.trim() ?? '');
      const timedOut = /timed? ?out|timeout/i.test(message) && !/expected/i.test(message);
      this.record(testDiagnostic('gtest', name, timedOut ? 'timeout' : 'failed', location ? joinMessage(this.gtestLines.slice(1)) : message, location?.[1] ?? null, location ? Number(location[2]) : null));
      this.gtestRunning = null;
      return true;
    }
    if (line.startsWith('[       OK ] ')) {
      this.gtestRunning = null;
      return true;
    }
    if (this.gtestRunning !== null) {
      if (this.gtestLines.length < 40) this.gtestLines.push(line);
      // Let other parsers read it too (a sanitizer report inside a test).
      return false;
    }
    return false;
  }

  private ctest(line: string): boolean {
    // "2/3 Test #2: storage_roundtrip ................***Failed    0.00 sec"
    const stars = line.indexOf('***');
    if (stars !== -1 && line.indexOf(' Test ') !== -1 && line.indexOf('#') !== -1) {
      const result = parseCtestResultLine(line, stars);
      if (result) {
        const outcome: TestOutcome = result.detail.startsWith('Timeout') ? 'timeout' : 'failed';
        this.record(testDiagnostic('ctest', result.name, outcome, `${result.name}: ${result.detail}`));
        return true;
      }
    }
    if (line.startsWith('The following tests FAILED:') || line.startsWith('The following tests did not run:')) {
      this.ctestList = line.startsWith('The following tests FAILED:');
      return true;
    }
    if (this.ctestList) {
      // "\t  2 - storage_roundtrip (Failed)"
      const m = /^\s{1,20}\d{1,7} - (\S{1,500}) \(([^)]{1,40})\)/.exec(line);
      if (m) {
        const outcome: TestOutcome = m[2].startsWith('Timeout') ? 'timeout' : 'failed';
        this.record(testDiagnostic('ctest', m[1], outcome, `${m[1]}: ${m[2]}`));
        return true;
      }
      this.ctestList = false;
    }
    return false;
  }

  private pytest(line: string): boolean {
    // Short summary: "FAILED tests/test_x.py::test_y - AssertionError: …", "ERROR tests/…".
    // "ERROR tests/test_x.py" alone: the module failed to import (collection error).
    const collection = line.startsWith('ERROR ') && /^ERROR \S{1,500}\.py(?: - .{0,500})?$/.test(line.trimEnd());
    if ((line.startsWith('FAILED ') || line.startsWith('ERROR ')) && (line.indexOf('::') !== -1 || collection)) {
      this.flushPytest();
      const body = line.slice(line.indexOf(' ') + 1);
      const dash = body.indexOf(' - ');
      const id = (dash === -1 ? body : body.slice(0, dash)).trim();
      const reason = dash === -1 ? this.pytestUnreported.get(id) ?? '' : body.slice(dash + 3).trim();
      const outcome: TestOutcome = /Timeout|timed? ?out/i.test(reason) ? 'timeout' : 'failed';
      const file = id.indexOf('::') === -1 ? id : id.slice(0, id.indexOf('::'));
      this.record(testDiagnostic('pytest', id, outcome, reason, file));
      return true;
    }
    // Section header of the FAILURES part: "____ test_count ____" (kept for the message when no summary follows).
    if (line.startsWith('___') && line.endsWith('___')) {
      this.flushPytest();
      const name = line.replace(/^_+\s|\s_+$/g, '').trim().replace(/^ERROR collecting /, '');
      if (name !== '' && !name.includes(' ')) {
        this.pytestSection = name;
        this.pytestLines = [];
        return true;
      }
      return false;
    }
    if (this.pytestSection !== null) {
      if (line.startsWith('E ') && this.pytestLines.length < 20) this.pytestLines.push(line.slice(1).trim());
      if (/^={3,} /.test(line)) this.flushPytest();
      return false;
    }
    return false;
  }

  /** pytest sections read but not yet reported: the short summary (if any) comes after all of them. */
  private readonly pytestUnreported = new Map<string, string>();

  private flushPytest(): void {
    if (this.pytestSection === null) return;
    const name = this.pytestSection;
    this.pytestSection = null;
    if (this.pytestLines.length > 0 && this.pytestUnreported.size < 1000) this.pytestUnreported.set(name, joinMessage(this.pytestLines));
  }

  /** Sections no summary line named (pytest run with -rN, or the summary cut off). */
  private reportPytestSections(): void {
    for (const [name, message] of this.pytestUnreported) {
      const known = [...this.byKey.values()].some((d) => d.tool === 'pytest' && (d.subject === name || d.subject!.endsWith(`::${name}`) || d.subject!.includes(`::${name}[`)));
      if (!known) this.record(testDiagnostic('pytest', name, 'failed', message));
    }
    this.pytestUnreported.clear();
  }

  private goTest(line: string): boolean {
    if (line.startsWith('--- FAIL: ') || line.startsWith('    --- FAIL: ')) {
      const m = /--- FAIL: (\S{1,500}) \(/.exec(line);
      if (!m) return false;
      const d = this.record(testDiagnostic('go-test', m[1], 'failed', joinMessage(this.goPending)));
      this.goPending = [];
      this.goLast = d;
      return true;
    }
    if (line.startsWith('=== RUN ')) {
      this.goPending = [];
      this.goLast = null;
      return true;
    }
    // "    calc_test.go:7: Div(7, 2) = 3, want 4"
    if ((line.startsWith('    ') || line.startsWith('\t')) && line.indexOf('_test.go:') !== -1) {
      const text = line.trim();
      if (this.goLast && this.goLast.message.endsWith(' failed')) {
        this.goLast.message = text;
      } else if (this.goPending.length < 10) {
        this.goPending.push(text);
      }
      return true;
    }
    if (line.startsWith('panic: test timed out after ')) {
      const d = testDiagnostic('go-test', 'test binary', 'timeout', line.trim());
      // go names the running tests on the next lines ("running tests:\n\tTestX (10m0s)").
      this.goTimeout = d;
      this.record(d);
      return true;
    }
    if (this.goTimeout) {
      // Go 1.20+: "running tests:" then "\tTestX (10m0s)"; older: the test's goroutine, "pkg.TestX(0x0?)".
      const m = /^\s{1,8}(Test\w{0,200}) \(/.exec(line) ?? /^[\w.\/-]{1,300}\.(Test\w{0,200})\(/.exec(line);
      if (m) {
        this.goTimeout.subject = m[1];
        this.goTimeout.message = `${m[1]}: ${this.goTimeout.message}`;
        this.goTimeout = null;
        return true;
      }
      // Goroutine dumps run until the package's FAIL line.
      if (line.startsWith('FAIL')) this.goTimeout = null;
      return line.trim() === '' || line.startsWith('goroutine ') || line.startsWith('\t') || line.startsWith('created by') || line.trim() === 'running tests:' || /^[\w.\/()*-]{1,300}\(/.test(line);
    }
    return false;
  }
  private cargo(line: string): boolean {
    // "test tests::doubles ... FAILED"
    if (line.startsWith('test ') && line.endsWith(' ... FAILED')) {
      const name = line.slice(5, -11).trim();
      this.record(testDiagnostic('cargo', name, 'failed'));
      return true;
    }
    if (line.startsWith('---- ') && line.endsWith(' stdout ----')) {
      this.flushCargo();
      this.cargoSection = line.slice(5, -12).trim();
      this.cargoLines = [];
      return true;
    }
    if (this.cargoSection !== null) {
      if (line.startsWith('stack backtrace:') || line.startsWith('note: ') || line === 'failures:') {
        this.flushCargo();
        return line === 'failures:' || line.startsWith('stack backtrace:');
      }
      if (this.cargoLines.length < 12) this.cargoLines.push(line);
      return true;
    }
    return false;
  }

  private flushCargo(): void {
    if (this.cargoSection === null) return;
    const name = this.cargoSection;
    this.cargoSection = null;
    const lines = this.cargoLines.filter((l) => l.trim() !== '');
    // "thread 'x' (123) panicked at src/lib.rs:6:20:" then the panic message.
    const panicAt = lines.findIndex((l) => l.includes(' panicked at '));
    let file: string | null = null;
    let lineNo: number | null = null;
    let message = joinMessage(lines);
    if (panicAt !== -1) {
      const loc = panicLocation(lines[panicAt]);
      if (loc) {
        file = loc[1];
        lineNo = Number(loc[2]);
      }
      // Old format: "panicked at 'message', src/lib.rs:6:20".
      const inline = inlinePanicMessage(lines[panicAt]);
      message = inline ?? joinMessage(lines.slice(panicAt + 1));
    }
    const d = this.record(testDiagnostic('cargo', name, 'failed', message, file, lineNo));
    if (d.file === null) {
      d.file = file;
      d.line = lineNo;
    }
    if (d.message.endsWith(' failed') && message) d.message = message;
  }

  private js(line: string): boolean {
    const trimmed = line.trimStart();
    // Jest: "  ● Suite › test name"
    if (trimmed.startsWith('● ') && trimmed.indexOf(' › ') !== -1) {
      this.flushJs();
      const name = trimmed.slice(2).trim();
      this.jsCurrent = this.record(testDiagnostic('jest', name, 'failed'));
      this.jsLines = [];
      return true;
    }
    // Vitest: " FAIL  file.test.ts > suite > test"
    if (trimmed.startsWith('FAIL ') && trimmed.indexOf(' > ') !== -1) {
      this.flushJs();
      const name = trimmed.slice(5).trim();
      const file = name.slice(0, name.indexOf(' > ')).trim();
      this.jsCurrent = this.record(testDiagnostic('vitest', name, 'failed', '', file));
      this.jsLines = [];
      return true;
    }
    if (this.jsCurrent) {
      const t = line.trim();
      if (t.startsWith('⎯') || t.startsWith('●') || /^(?:Test Files|Tests|Test Suites|Snapshots|Time|Ran all)\b/.test(t)) {
        this.flushJs();
        return false;
      }
      if (t !== '' && this.jsLines.length < 6 && !t.startsWith('at ') && !/^\d+\s?\|/.test(t) && !t.startsWith('❯') && !t.startsWith('>')) this.jsLines.push(t);
      return true;
    }
    return false;
  }

  private flushJs(): void {
    const d = this.jsCurrent;
    if (!d) return;
    this.jsCurrent = null;
    const message = joinMessage(this.jsLines.slice(0, 3));
    if (message && d.message.endsWith(' failed')) d.message = message;
    if (/Exceeded timeout of|Test timed out in|timed out in \d/.test(this.jsLines.join(' '))) d.code = 'timeout';
    this.jsLines = [];
  }
}
