import type { Diagnostic } from '../types.js';
import {
  gnuDiagnostic,
  parseBareSeverityLine,
  parseGnuDiagnosticLine,
  parseSplitLocationLine,
} from './gcc.js';
import { parseMsvcDiagnosticLine } from './msvc.js';

/** Lines longer than this are cut before parsing: no diagnostic needs more. */
export const MAX_LINE_LENGTH = 8192;

/** Lines that belong to the diagnostic above them: notes, carets, candidates. */
function isContinuation(line: string): boolean {
  if (line.trim() === '') return false;
  if (line.includes(': note: ') || line.startsWith('note: ')) return true;
  return line.startsWith(' ') || line.startsWith('\t');
}

// BFA closes each cause with "( <build url> )": not part of the diagnostic.
function stripBuildUrlSuffix(message: string): string {
  const trimmed = message.trimEnd();
  if (!trimmed.endsWith(')')) return trimmed;
  const open = trimmed.lastIndexOf(' ( http');
  return open === -1 ? trimmed : trimmed.slice(0, open).trimEnd();
}

/** One line → a diagnostic of any tool we know, or null. Cheap checks first. */
export function parseDiagnosticLine(line: string): Diagnostic | null {
  if (line.indexOf(': ') === -1) return null;
  const gnu = parseGnuDiagnosticLine(line);
  if (gnu) return gnuDiagnostic(gnu);
  if (line.indexOf(')') !== -1) return parseMsvcDiagnosticLine(line);
  return null;
}

/**
 * Reads diagnostics line by line, keeping only the little state multi-line
 * forms need (a split location line, the diagnostic that notes attach to), so
 * a log can be fed to it as a stream.
 */
export class DiagnosticScanner {
  private readonly found: Diagnostic[] = [];
  private last: Diagnostic | null = null;
  private lastForNotes: Diagnostic | null = null;
  private linesSinceLast = 0;
  private pendingLocation: { file: string; line: number | null; column: number | null } | null = null;

  push(rawLine: string): void {
    const line = rawLine.length > MAX_LINE_LENGTH ? rawLine.slice(0, MAX_LINE_LENGTH) : rawLine;
    if (this.pendingLocation) {
      const location = this.pendingLocation;
      this.pendingLocation = null;
      const bare = parseBareSeverityLine(line);
      if (bare) {
        this.emit(gnuDiagnostic({ ...location, ...bare }));
        return;
      }
    }
    const diagnostic = parseDiagnosticLine(line);
    if (diagnostic) {
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
    // Notes belong to the last diagnostic even after Clang's unindented source echo.
    if (this.lastForNotes && (line.includes(': note: ') || line.startsWith('note: ')) && this.linesSinceLast < 40) {
      if (this.lastForNotes.context.length < 50) this.lastForNotes.context.push(line);
      this.last = this.lastForNotes;
      return;
    }
    this.linesSinceLast++;
    if (this.last && isContinuation(line)) {
      const continuation = stripBuildUrlSuffix(line);
      if (this.last.context.length < 50 && continuation.trim() !== '' && !continuation.trim().startsWith('( http')) {
        this.last.context.push(continuation);
      }
      return;
    }
    this.last = null;
  }

  private emit(diagnostic: Diagnostic): void {
    diagnostic.message = stripBuildUrlSuffix(diagnostic.message);
    this.found.push(diagnostic);
    this.last = diagnostic;
    this.lastForNotes = diagnostic;
    this.linesSinceLast = 0;
  }

  finish(): Diagnostic[] {
    return this.found;
  }
}

/** Every compiler diagnostic in a text (a bot's quote or a log), in order. */
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
