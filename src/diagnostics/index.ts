import type { Diagnostic } from '../types.js';
import {
  compilerFromShape,
  gnuDiagnostic,
  isLeadingContextLine,
  isSummaryLine,
  parseBareSeverityLine,
  parseGnuDiagnosticLine,
  parseSplitLocationLine,
} from './gcc.js';
import { LINK_SUMMARY_CODES, parseErrorListRow, parseLinkExeLine, parseMsvcDiagnosticLine } from './msvc.js';
import { Ld64UndefinedBlock, parseLinkerLine } from './ld.js';
import { SanitizerBlock } from './sanitizers.js';
import { TestRunnerReader } from './tests.js';
import { RustcReader } from './rustc.js';
import { CmakeReader } from './cmake.js';
import { parseGoLine } from './go.js';
import { parseTscPrettyLine } from './tsc.js';
import { parseMachineLine } from './infra.js';
import { cleanLine } from './line-prefix.js';

/** Lines longer than this are cut before parsing: no diagnostic needs more. */
export const MAX_LINE_LENGTH = 8192;

/** How many lines of include chain / function / template backtrace are kept before a diagnostic. */
const MAX_LEADING_CONTEXT = 30;
const MAX_CONTEXT = 50;

/** Lines that belong to the diagnostic above them: notes, carets, fix-its, candidates. */
function isContinuation(line: string): boolean {
  if (line.trim() === '') return false;
  if (line.includes(': note: ') || line.startsWith('note: ')) return true;
  return line.startsWith(' ') || line.startsWith('\t') || line.startsWith('>>> ');
}

// BFA closes each cause with "( <build url> )": not part of the diagnostic.
function stripBuildUrlSuffix(message: string): string {
  const trimmed = message.trimEnd();
  if (!trimmed.endsWith(')')) return trimmed;
  const open = trimmed.lastIndexOf(' ( http');
  return open === -1 ? trimmed : trimmed.slice(0, open).trimEnd();
}

/**
 * One line → a self-contained diagnostic of any tool we know, or null.
 * Cheap substring checks gate each parser.
 */
export function parseDiagnosticLine(line: string): Diagnostic | null {
  if (line.indexOf(': ') === -1 && line.indexOf('\t') === -1 && line.indexOf(' - error ') === -1 && !line.startsWith('duplicate symbol ')) return null;
  const gnu = parseGnuDiagnosticLine(line);
  if (gnu) return gnuDiagnostic(gnu);
  if (line.indexOf('LNK') !== -1) {
    const link = parseLinkExeLine(line);
    if (link) return link;
  }
  if (line.indexOf(')') !== -1) {
    const msvc = parseMsvcDiagnosticLine(line);
    if (msvc) return msvc;
  }
  if (line.indexOf(' - error TS') !== -1) {
    const tsc = parseTscPrettyLine(line);
    if (tsc) return tsc;
  }
  const linker = parseLinkerLine(line);
  if (linker) return linker;
  if (line.indexOf('\t') !== -1) {
    const row = parseErrorListRow(line);
    if (row) return row;
  }
  return parseGoLine(line);
}

/**
 * Reads diagnostics line by line, keeping only the little state multi-line
 * forms need (include chains before a diagnostic, notes after it, sanitizer
 * and test-runner blocks), so a log can be fed to it as a stream.
 */
export class DiagnosticScanner {
  private readonly found: Diagnostic[] = [];
  private last: Diagnostic | null = null;
  private pendingLocation: { file: string; line: number | null; column: number | null } | null = null;
  private leading: string[] = [];
  private sawClangSummary = false;
  private excerptNext = false;
  private readonly sanitizers = new SanitizerBlock();
  private readonly tests = new TestRunnerReader((d) => this.emit(d));
  private readonly ld64 = new Ld64UndefinedBlock();
  private readonly rustc = new RustcReader();
  private readonly cmake = new CmakeReader();
  private readonly emitFn = (d: Diagnostic) => this.emit(d);

  push(rawLine: string): void {
    const line = cleanLine(rawLine.length > MAX_LINE_LENGTH ? rawLine.slice(0, MAX_LINE_LENGTH) : rawLine);
    if (this.pendingLocation) {
      const location = this.pendingLocation;
      this.pendingLocation = null;
      const bare = parseBareSeverityLine(line);
      if (bare) {
        this.emit(gnuDiagnostic({ ...location, ...bare }));
        return;
      }
    }
    if (this.sanitizers.push(line, this.emitFn)) return this.endPlain();
    if (this.tests.push(line)) return this.endPlain();
    if (this.ld64.push(line, this.emitFn)) return this.endPlain();
    if (this.rustc.push(line, this.emitFn)) return this.endPlain();
    if (this.cmake.push(line, this.emitFn)) return this.endPlain();

    if (isLeadingContextLine(line)) {
      if (this.leading.length < MAX_LEADING_CONTEXT) this.leading.push(line);
      return;
    }
    if (isSummaryLine(line)) {
      if (line.indexOf(' generated.') !== -1) this.sawClangSummary = true;
      this.last = null;
      this.leading = [];
      return;
    }
    const diagnostic = parseDiagnosticLine(line);
    if (diagnostic) {
      if (diagnostic.code !== null && LINK_SUMMARY_CODES.has(diagnostic.code)) {
        this.last = null;
        return;
      }
      this.emit(diagnostic);
      return;
    }
    if (line.trimEnd().endsWith(':')) {
      const location = parseSplitLocationLine(line);
      if (location) {
        this.pendingLocation = location;
        this.last = null;
        return;
      }
    }
    // Clang prints the source line as is (no indent) right after a diagnostic or note.
    const excerpt = this.excerptNext && line.trim() !== '';
    this.excerptNext = false;
    if (excerpt) {
      // Not source but the machine failing right after a diagnostic ("g++: fatal error: Killed signal…").
      const other = parseMachineLine(line);
      if (other) {
        this.emit(other);
        return;
      }
    }
    if (this.last && (excerpt || isContinuation(line))) {
      if (line.includes(': note: ')) this.excerptNext = true;
      const continuation = stripBuildUrlSuffix(line);
      if (this.last.context.length < MAX_CONTEXT && continuation.trim() !== '' && !continuation.trim().startsWith('( http')) {
        // An include chain printed before a note belongs to that note.
        for (const lead of this.leading) if (this.last.context.length < MAX_CONTEXT) this.last.context.push(lead);
        this.last.context.push(continuation);
      }
      this.leading = [];
      return;
    }
    const other = parseMachineLine(line);
    if (other) {
      this.emit(other);
      return;
    }
    this.last = null;
    this.leading = [];
  }

  /** A line some block reader took: plain diagnostics above no longer continue. */
  private endPlain(): void {
    this.last = null;
    this.leading = [];
  }

  private emit(diagnostic: Diagnostic): void {
    diagnostic.message = stripBuildUrlSuffix(diagnostic.message);
    if (this.leading.length > 0) {
      diagnostic.context = [...this.leading, ...diagnostic.context];
      this.leading = [];
    }
    this.found.push(diagnostic);
    this.last = diagnostic;
    // Only compilers quote the source line after a diagnostic (Clang and GCC before 9 unindented).
    this.excerptNext = diagnostic.column !== null && diagnostic.code === null && diagnostic.subject === undefined && (diagnostic.tool === null || diagnostic.tool === 'gcc' || diagnostic.tool === 'clang' || diagnostic.tool === 'clang-tidy' || diagnostic.tool === 'clang-format');
  }

  /** Diagnostics found so far, without closing the blocks still being read (finish() does). */
  get count(): number {
    return this.found.length;
  }

  finish(): Diagnostic[] {
    this.sanitizers.finish();
    this.tests.finish();
    for (const d of this.found) {
      if (d.tool === null && d.file !== null && d.line !== null && d.code === null) d.tool = compilerFromShape(d.context, this.sawClangSummary);
    }
    return this.found;
  }
}

/** Every diagnostic in a text (a bot's quote or a log), in order. */
export function parseDiagnostics(text: string): Diagnostic[] {
  const scanner = new DiagnosticScanner();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    scanner.push(text.slice(start, end));
    start = end + 1;
  }
  return scanner.finish();
}
