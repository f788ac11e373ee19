import type { Diagnostic, Severity } from '../types.js';
import { parseColonLocation } from './location.js';
import { isGnuLdLine } from './ld.js';

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

/**
 * The same severities as a GCC run in the user's language prints them (from
 * GCC's own catalogues: de, fr, es, it, pt, nl, sv, ru, uk, zh, ja, tr, ...).
 * Only tried when no English marker is on the line.
 */
const LOCALISED_SEVERITY_MARKERS: Array<[string, Severity]> = [
  [': schwerwiegender Fehler: ', 'fatal'], [': erreur fatale: ', 'fatal'], [': error fatal: ', 'fatal'], [': errore fatale: ', 'fatal'],
  [': erro fatal: ', 'fatal'], [': fatale fout: ', 'fatal'], [': ödesdigert fel: ', 'fatal'], [': неисправимая ошибка: ', 'fatal'],
  [': 致命错误：', 'fatal'], [': 致命的エラー: ', 'fatal'],
  [': Fehler: ', 'error'], [': erreur: ', 'error'], [': errore: ', 'error'], [': erro: ', 'error'], [': fout: ', 'error'],
  [': fel: ', 'error'], [': ошибка: ', 'error'], [': помилка: ', 'error'], [': 错误：', 'error'], [': エラー: ', 'error'],
  [': hata: ', 'error'], [': błąd: ', 'error'], [': chyba: ', 'error'], [': virhe: ', 'error'], [': lỗi: ', 'error'],
  [': Warnung: ', 'warning'], [': attention: ', 'warning'], [': aviso: ', 'warning'], [': avviso: ', 'warning'],
  [': advertencia: ', 'warning'], [': waarschuwing: ', 'warning'], [': varning: ', 'warning'], [': предупреждение: ', 'warning'],
  [': 警告：', 'warning'], [': 警告: ', 'warning'], [': uyarı: ', 'warning'],
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
  // A localised run: cheap gate on a digit before ": " (a line:col location) first.
  if (!/\d: /.test(text)) return null;
  for (const [marker, severity] of LOCALISED_SEVERITY_MARKERS) {
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
  'incompatible function pointer types', 'errors generated',
];
const GCC_WORDING = [
  '{aka ', '[-fpermissive]', 'was not declared in this scope', 'has no member named', 'invalid conversion from',
  '[-Werror=', 'No such file or directory', 'does not name a type', 'expected primary-expression',
  'from incompatible pointer type', 'marked \'override\', but does not override',
];

export function gnuToolFromWording(message: string): 'gcc' | 'clang' | null {
  const normalised = message.replace(/"/g, '\'');
  // GCC first: Clang's "no member named" is inside GCC's "has no member named".
  if (GCC_WORDING.some((w) => normalised.includes(w))) return 'gcc';
  if (CLANG_WORDING.some((w) => normalised.includes(w))) return 'clang';
  return null;
}

export function gnuDiagnostic(parsed: GnuLine, context: string[] = []): Diagnostic {
  return {
    tool: gnuLineTool(parsed),
    severity: parsed.severity,
    file: parsed.file,
    line: parsed.line,
    column: parsed.column,
    code: null,
    message: parsed.message,
    context,
  };
}

/**
 * Lines GCC and Clang print BEFORE the diagnostic they explain: the include
 * chain, the enclosing function, the template backtrace. GNU ld prints
 * `obj.o: in function `f':` before its undefined references.
 */
export function isLeadingContextLine(line: string): boolean {
  const c = line.charCodeAt(0);
  // Every leading-context line starts with "In ", spaces ("  from"), or a path; none is a build-step tag.
  if (c === 91 /* [ */ || c === 45 /* - */) return false;
  if (line.startsWith('In file included from ') || line.startsWith('In module ')) return true;
  if (line.startsWith('                 from ')) return true;
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith(':') && !trimmed.endsWith(',')) {
    // "f.cc:7:49:   required from here" / "required from 'void f()'" / "required by substitution of".
    return line.indexOf(':   required ') !== -1 || line.indexOf(':   in \'constexpr\' expansion') !== -1 || line.indexOf(':   instantiated from') !== -1;
  }
  if (line.indexOf(': In ') !== -1 || line.indexOf(': At global scope:') !== -1 || line.indexOf(': At top level:') !== -1) return true;
  // GNU ld / gold, in any language: "ld: obj.o: in function `f':", "ld.bfd : obj.o : dans la fonction « f » :".
  if (isGnuLdLine(line)) return true;
  return line.indexOf(': in function ') !== -1 || line.indexOf(': In function ') !== -1 || line.indexOf(':   required from') !== -1;
}

/** Lines that close a compiler's or linker's output without adding a cause. */
export function isSummaryLine(line: string): boolean {
  // Summaries are short; most log lines are not, and leave here without a copy.
  if (line.length > 300) return false;
  const t = line.trim();
  if (t.endsWith(' generated.')) return / (?:errors?|warnings?|warnings? and \d{1,9} errors?) generated\.$/.test(t);
  return (
    t === 'compilation terminated.' ||
    t.endsWith('all warnings being treated as errors') ||
    t.includes('error: ld returned ') ||
    t.includes('error: linker command failed') ||
    t.startsWith('ld: symbol(s) not found') ||
    t.startsWith('ninja: build stopped') ||
    (t.startsWith('make') && t.includes(': *** ')) ||
    t.startsWith('gmake') && t.includes(': *** ')
  );
}

// clang-tidy names its checks in brackets at the end: "[modernize-use-nullptr]", "[clang-analyzer-core.NullDereference]".
const TIDY_CHECK = /\[((?:clang-analyzer|modernize|bugprone|readability|performance|cppcoreguidelines|google|misc|cert|hicpp|llvm|llvmlibc|portability|concurrency|abseil|android|boost|darwin|fuchsia|linuxkernel|mpi|objc|openmp|zircon|altera)-[\w.,-]{1,200})\]$/;

/** The tool the line's shape and wording tell, beyond GCC vs Clang. */
export function gnuLineTool(parsed: GnuLine): string | null {
  if (parsed.message.endsWith('[-Wclang-format-violations]')) return 'clang-format';
  if (parsed.message.endsWith(']') && TIDY_CHECK.test(parsed.message)) return 'clang-tidy';
  if (parsed.file.endsWith('.java')) return 'javac';
  if (parsed.file.endsWith('.kt')) return 'kotlinc';
  return gnuToolFromWording(parsed.message);
}

/** The clang-tidy check named at the end of a message, or null. */
export function tidyCheckOf(message: string): string | null {
  const m = TIDY_CHECK.exec(message);
  return m ? m[1].split(',')[0] : null;
}

/**
 * The compiler of a diagnostic whose wording did not tell, from how it printed
 * the source: GCC 9+ numbers excerpt lines (`    4 |   code`) and names the
 * enclosing function first (`f.cc: In function …`); Clang ends with `N errors generated.`.
 */
export function compilerFromShape(context: string[], sawClangSummary: boolean): 'gcc' | 'clang' | null {
  for (const line of context) {
    if (/^\s{1,8}\d{1,7} \| /.test(line) || line.indexOf(': In function ') !== -1 || line.indexOf(': In member function ') !== -1) return 'gcc';
  }
  return sawClangSummary ? 'clang' : null;
}
