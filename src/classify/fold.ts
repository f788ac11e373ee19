import type { CategoryId, Diagnostic } from '../types.js';
import { classifyDiagnostic } from './classify.js';

/**
 * Root causes, not printed errors. Takes one job's diagnostics in print order
 * and returns those that stand for a cause of their own:
 * - warnings are dropped unless promoted (`[-Werror…]`, MSVC C2220 in the same
 *   job, which promotes that job's C4xxx warnings), or a linter's findings in
 *   a job with nothing else;
 * - the same error at the same place is kept once (a header's error repeats for
 *   every translation unit that includes it);
 * - follow-on errors fold into the error they follow from, kept in its context:
 *   errors on the same line after an undeclared identifier or a failed overload
 *   resolution (GCC prints the candidates' `invalid conversion` errors as errors
 *   of their own), and an error printed right after a note that ends
 *   "… would be ill-formed:".
 * Pure: the input is not changed.
 */

/** MSB3073 (a command), MSB6006 (a tool like CL.exe), MSB3721/MSB3722 (CUDA): "exited with code N". */
const MSBUILD_EXIT_CODES = new Set(['MSB3073', 'MSB6006', 'MSB3721', 'MSB3722']);
const SANITIZER_TOOLS = new Set(['asan', 'tsan', 'ubsan', 'lsan', 'msan']);
const LINTERS = new Set(['clang-tidy', 'clang-format']);
const CASCADE_ROOTS = new Set<CategoryId>(['undeclared-identifier', 'no-member', 'no-matching-function', 'ambiguous-call', 'syntax-error', 'missing-header']);
/** Roots named by an identifier: a second, different name of the same kind on the line is a cause of its own. */
const NAMED_ROOTS = new Set<CategoryId>(['undeclared-identifier', 'no-member', 'no-matching-function', 'ambiguous-call']);
const COMPILERS = new Set(['gcc', 'clang', 'msvc', 'javac', 'rustc', 'tsc', 'go', 'kotlinc']);

function isPromotedWarning(d: Diagnostic, msvcPromotes: boolean): boolean {
  if (d.message.includes('[-Werror')) return true;
  return msvcPromotes && d.tool === 'msvc' && d.code !== null && /^C4\d{3}$/.test(d.code);
}

function placeOf(d: Diagnostic): string | null {
  return d.file === null || d.line === null ? null : `${d.file}\u0000${d.line}`;
}

export function rootCauses(diagnostics: Diagnostic[]): Diagnostic[] {
  const msvcPromotes = diagnostics.some((d) => d.code === 'C2220');
  // MSBuild's "command exited with code N" only says a tool failed; when the tool said why, that is the cause.
  const explained = diagnostics.some((d) => d.severity !== 'warning' && d.tool !== 'msbuild');
  const hasErrors = diagnostics.some((d) => d.severity !== 'warning' && !LINTERS.has(d.tool ?? ''));
  const candidates: Diagnostic[] = [];
  let promotedAny = false;
  for (const d of diagnostics) {
    if (d.severity === 'warning') {
      if (isPromotedWarning(d, msvcPromotes)) {
        promotedAny = true;
        candidates.push({ ...d, severity: 'error' });
      } else if (!hasErrors && LINTERS.has(d.tool ?? '')) {
        candidates.push(d);
      }
      continue;
    }
    candidates.push(d);
  }
  // "The operation was canceled" after a timeout is how the timeout ended, not a second cause.
  const timedOut = candidates.some((d) => d.code === 'job-timeout');
  const kept: Diagnostic[] = [];
  const seen = new Set<string>();
  // Variables declared with an undeclared type ("ssize_t written = 0;"): their later uses are follow-ons.
  const declaredWithUnknownType = new Map<string, Diagnostic>();
  const rootAt = new Map<string, { diagnostic: Diagnostic; category: CategoryId; key: string }>();
  for (const d of candidates) {
    if (explained && d.tool === 'msbuild' && d.code !== null && MSBUILD_EXIT_CODES.has(d.code)) continue;
    // C2220 only says "the warnings above were errors": the promoted warnings are the causes.
    if (d.code === 'C2220' && promotedAny) continue;
    // A parser that names the subject (symbol, test, frames) says what is the same; the wording around it may differ.
    const identity = d.tool === 'clang-format'
      ? `clang-format\u0000${d.file}`
      : d.subject
      ? `${d.tool}\u0000${d.code}\u0000${d.subject}\u0000${d.file}\u0000${d.line}`
      : `${d.tool}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    if (timedOut && d.code === 'job-aborted') continue;
    // A sanitizer's SEGV where an earlier report of the same run already points (UBSan's null load, then its SEGV).
    if (d.code === 'SEGV' && SANITIZER_TOOLS.has(d.tool ?? '') && d.subject && kept.some((k) => SANITIZER_TOOLS.has(k.tool ?? '') && k.subject === d.subject)) continue;
    // The shell's "Aborted (core dumped)" after an assertion, a sanitizer report or an uncaught exception says nothing new.
    if ((d.code === 'SIGABRT' || d.code === 'core-dump') && kept.some((k) => k.code === 'assertion' || k.code === 'uncaught-exception' || SANITIZER_TOOLS.has(k.tool ?? ''))) continue;
    const isCompiler = COMPILERS.has(d.tool ?? '') || (d.tool === null && d.file !== null && d.line !== null && d.subject === undefined);
    const previous = kept[kept.length - 1];
    if (isCompiler && previous && endsWithIllFormedNote(previous)) {
      previous.context = withFollowOn(previous.context, d);
      continue;
    }
    const place = isCompiler ? placeOf(d) : null;
    if (place !== null && declaredWithUnknownType.size > 0) {
      const classification = classifyDiagnostic(d);
      const root = classification.category === 'undeclared-identifier' ? declaredWithUnknownType.get(`${d.file}\u0000${classification.key}`) : undefined;
      if (root) {
        root.context = withFollowOn(root.context, d);
        continue;
      }
    }
    if (place !== null) {
      const root = rootAt.get(place);
      if (root) {
        const classification = classifyDiagnostic(d);
        // Two different undeclared names on one line are two causes (MSVC's C2065 after C2039 on the same name is
        // not: the category differs); anything else there follows from the first.
        const sameKindOtherName = NAMED_ROOTS.has(classification.category) && classification.category === root.category && classification.key !== root.key;
        if (!sameKindOtherName) {
          root.diagnostic.context = withFollowOn(root.diagnostic.context, d);
          continue;
        }
      }
    }
    const copy = { ...d, context: [...d.context] };
    kept.push(copy);
    if (place !== null && !rootAt.has(place)) {
      const classification = classifyDiagnostic(copy);
      if (CASCADE_ROOTS.has(classification.category)) rootAt.set(place, { diagnostic: copy, category: classification.category, key: classification.key });
      if (classification.category === 'undeclared-identifier') {
        for (const name of variablesDeclaredWith(classification.key, copy.context)) declaredWithUnknownType.set(`${copy.file}\u0000${name}`, copy);
      }
    }
  }
  return foldErrorStorms(kept);
}

/** Errors after a syntax error, in its file, from which a storm is counted. */
const STORM_SIZE = 5;

/**
 * A syntax error the compiler cannot recover from (a macro colliding with a
 * name, a missing brace) is followed by dozens of errors in the same file that
 * all go away with it. When at least STORM_SIZE errors follow a syntax error
 * in its file, they fold into it; fewer stay causes of their own, since
 * compilers recover from most small slips.
 */
function foldErrorStorms(kept: Diagnostic[]): Diagnostic[] {
  const firstSyntax = new Map<string, number>();
  const after = new Map<string, number>();
  kept.forEach((d, index) => {
    if (d.file === null || !COMPILERS.has(d.tool ?? '')) return;
    if (firstSyntax.has(d.file)) after.set(d.file, (after.get(d.file) ?? 0) + 1);
    else if (classifyDiagnostic(d).category === 'syntax-error') firstSyntax.set(d.file, index);
  });
  if (![...after.values()].some((n) => n >= STORM_SIZE)) return kept;
  const result: Diagnostic[] = [];
  kept.forEach((d, index) => {
    const rootIndex = d.file === null ? undefined : firstSyntax.get(d.file);
    const storm = d.file !== null && (after.get(d.file) ?? 0) >= STORM_SIZE;
    if (storm && rootIndex !== undefined && index > rootIndex && COMPILERS.has(d.tool ?? '')) {
      const root = kept[rootIndex];
      root.context = withFollowOn(root.context, d);
      return;
    }
    result.push(d);
  });
  return result;
}

const MAX_FOLDED_CONTEXT = 200;

/**
 * A line without GCC's "  12 |" gutter (spaces, digits, spaces, '|'). By hand:
 * /^\s*\d*\s*\|/ backtracked quadratically on long runs of spaces.
 */
export function withoutGutter(line: string): string {
  let i = 0;
  while (i < line.length && isSpace(line[i])) i++;
  while (i < line.length && line[i] >= '0' && line[i] <= '9') i++;
  while (i < line.length && isSpace(line[i])) i++;
  return line[i] === '|' ? line.slice(i + 1) : line;
}

function isSpace(c: string): boolean {
  return c.trim() === '';
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/** Index of word as a whole word (\bword\b for an identifier), or -1; by hand so no RegExp is built from input. */
function wholeWordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return at;
  }
  return -1;
}

/**
 * Names the quoted source line declares with the unknown type: `Widget w;`,
 * `ssize_t written = 0;`, `Foo* a, *b`. Only the first excerpt line is read
 * (GCC numbers it "  3 |", Clang prints it as is).
 */
function variablesDeclaredWith(typeName: string, context: string[]): string[] {
  if (!/^[A-Za-z_]\w{0,200}$/.test(typeName)) return [];
  const excerpt = context.find((l) => !l.includes(': note: ') && !l.includes(': In ') && !l.startsWith('In file included') && /[A-Za-z_]/.test(l) && !/^\s*[|~^]/.test(withoutGutter(l)));
  if (!excerpt) return [];
  const code = excerpt.replace(/^\s*\d{1,7}\s\|/, '');
  const at = wholeWordAt(code, typeName);
  if (at === -1) return [];
  const names: string[] = [];
  const declarators = /^\s{0,8}(?:const\s{1,4})?[*&]{0,3}\s{0,4}([A-Za-z_]\w{0,200})\s{0,4}(?:[=;,(\[{]|$)/;
  const first = declarators.exec(code.slice(at + typeName.length));
  if (first) names.push(first[1]);
  return names;
}

/** The follow-on error and its notes, kept under the root cause for display. */
function withFollowOn(context: string[], followOn: Diagnostic): string[] {
  if (context.length >= MAX_FOLDED_CONTEXT) return context;
  return [...context, `follow-on: ${followOn.message}`, ...followOn.context].slice(0, MAX_FOLDED_CONTEXT);
}

function endsWithIllFormedNote(d: Diagnostic): boolean {
  for (let i = d.context.length - 1; i >= 0 && i >= d.context.length - 3; i--) {
    const line = d.context[i];
    if (line.includes(': note: ') || line.trimStart().startsWith('note:')) return line.trimEnd().endsWith('would be ill-formed:');
  }
  return false;
}
