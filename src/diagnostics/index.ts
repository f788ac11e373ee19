import type { Diagnostic } from '../types.js';
import {
  gnuDiagnostic,
  parseBareSeverityLine,
  parseGnuDiagnosticLine,
  parseSplitLocationLine,
} from './gcc.js';
import { parseMsvcDiagnosticLine } from './msvc.js';

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

/** Every compiler diagnostic in a text (a bot's quote or a log), in order. */
export function parseDiagnostics(text: string): Diagnostic[] {
  const lines = text.split('\n');
  const found: Diagnostic[] = [];
  let last: Diagnostic | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].length > 8192 ? lines[i].slice(0, 8192) : lines[i];
    let diagnostic: Diagnostic | null = null;
    if (line.indexOf(': ') !== -1) {
      const gnu = parseGnuDiagnosticLine(line);
      if (gnu) diagnostic = gnuDiagnostic(gnu);
      else if (line.indexOf(')') !== -1) diagnostic = parseMsvcDiagnosticLine(line);
    }
    if (!diagnostic && line.trimEnd().endsWith(':')) {
      const location = parseSplitLocationLine(line);
      const next = location && i + 1 < lines.length ? parseBareSeverityLine(lines[i + 1]) : null;
      if (location && next) {
        diagnostic = gnuDiagnostic({ ...location, ...next });
        i++;
      }
    }
    if (diagnostic) {
      diagnostic.message = stripBuildUrlSuffix(diagnostic.message);
      found.push(diagnostic);
      last = diagnostic;
      continue;
    }
    if (last && isContinuation(line) && last.context.length < 50) {
      const continuation = stripBuildUrlSuffix(line);
      if (continuation.trim() !== '' && !continuation.trim().startsWith('( http')) last.context.push(continuation);
      continue;
    }
    last = null;
  }
  return found;
}
