import type { Diagnostic, Severity } from '../types.js';
import { parseColonLocation } from './location.js';

/**
 * GCC and Clang diagnostics: `file:line:col: error: message` (also without a
 * column, `fatal error:`, `warning:`), and the split form Build Failure
 * Analyzer writes: `Compile error at file:line:col:` then `error: message`.
 */

const SEVERITY_MARKERS: Array<[string, Severity]> = [
  [': fatal error: ', 'fatal'],
  [': error: ', 'error'],
  [': warning: ', 'warning'],
];

export interface GnuLine {
  severity: Severity;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
}

/** One `file:line:col: severity: message` line, or null. */
export function parseGnuDiagnosticLine(text: string): GnuLine | null {
  for (const [marker, severity] of SEVERITY_MARKERS) {
    const at = text.indexOf(marker);
    if (at === -1) continue;
    const location = parseColonLocation(text.slice(0, at));
    if (!location || location.line === null) continue;
    return { severity, ...location, message: text.slice(at + marker.length).trim() };
  }
  return null;
}

/** `Compile error at file:line:col:` with the message on the next line. */
export function parseSplitLocationLine(text: string): { file: string; line: number | null; column: number | null } | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(':') || !/\d:$/.test(trimmed)) return null;
  if (trimmed.indexOf(' error at ') === -1 && !trimmed.startsWith('Compile error at')) return null;
  const location = parseColonLocation(trimmed);
  return location && location.line !== null ? location : null;
}

/** `error: message` as the second half of the split form. */
export function parseBareSeverityLine(text: string): { severity: Severity; message: string } | null {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('fatal error: ')) return { severity: 'fatal', message: trimmed.slice(13).trim() };
  if (trimmed.startsWith('error: ')) return { severity: 'error', message: trimmed.slice(7).trim() };
  if (trimmed.startsWith('warning: ')) return { severity: 'warning', message: trimmed.slice(9).trim() };
  return null;
}

// Wording only one of the two compilers uses: enough to say which printed a line.
const CLANG_WORDING = [
  '(aka ', 'type mismatch at ', 'use of undeclared identifier', 'no member named', 'assigning to ',
  'from incompatible type', 'cannot initialize ', 'no viable ', '[-Werror,', 'file not found',
  'incompatible function pointer types', 'unknown type name', 'errors generated',
];
const GCC_WORDING = [
  '{aka ', '[-fpermissive]', 'was not declared in this scope', 'has no member named', 'invalid conversion from',
  '[-Werror=', 'No such file or directory', 'does not name a type', 'expected primary-expression',
  'from incompatible pointer type', 'marked \'override\', but does not override',
];

export function gnuToolFromWording(message: string): 'gcc' | 'clang' | null {
  const normalised = message.replace(/"/g, '\'');
  if (CLANG_WORDING.some((w) => normalised.includes(w))) return 'clang';
  if (GCC_WORDING.some((w) => normalised.includes(w))) return 'gcc';
  return null;
}

export function gnuDiagnostic(parsed: GnuLine, context: string[] = []): Diagnostic {
  return {
    tool: gnuToolFromWording(parsed.message),
    severity: parsed.severity,
    file: parsed.file,
    line: parsed.line,
    column: parsed.column,
    code: null,
    message: parsed.message,
    context,
  };
}
