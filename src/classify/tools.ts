import { firstQuoted } from '../diagnostics/quotes.js';
import type { CategoryId, Classification, Diagnostic } from '../types.js';
import { CATEGORIES } from './categories.js';
import { normaliseLibrary, normaliseSymbol } from './symbols.js';
import { tidyCheckOf } from '../diagnostics/gcc.js';

/**
 * Categories of what linkers, sanitizers, test runners, rustc, tsc, go,
 * CMake, linters and CI machines print: decided by the tool and its code or
 * kind, keyed by the thing the failure is about (symbol, test, frames, kind).
 */

/** Titles are one line a person reads first: never the whole of an untrusted name. */
const MAX_TITLE = 300;

function make(category: CategoryId, key: string, title: string, detail: Record<string, unknown> = {}): Classification {
  const oneLine = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 3)}...` : title;
  return { category, stage: CATEGORIES[category].stage, title: oneLine, detail, key };
}

function short(text: string, max = 140): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}

function folded(text: string): string {
  return text.replace(/0x[0-9a-fA-F]+/g, '0x?').replace(/\d+/g, 'N').replace(/\s+/g, ' ').trim();
}

/** link.exe codes and the linkers' kinds → categories. */
const LINK_CATEGORY: Record<string, CategoryId> = {
  undefined: 'undefined-symbol',
  duplicate: 'duplicate-symbol',
  'missing-library': 'missing-library',
  LNK2019: 'undefined-symbol',
  LNK2001: 'undefined-symbol',
  LNK2005: 'duplicate-symbol',
  LNK1169: 'duplicate-symbol',
  LNK4006: 'duplicate-symbol',
  LNK1104: 'missing-library',
  LNK1181: 'missing-library',
};

const LINKERS = new Set(['ld', 'gold', 'lld', 'ld64', 'link.exe']);
const SANITIZERS: Record<string, CategoryId> = { asan: 'memory-error', msan: 'memory-error', tsan: 'data-race', ubsan: 'undefined-behavior', lsan: 'memory-leak' };
const TEST_RUNNERS = new Set(['gtest', 'ctest', 'pytest', 'jest', 'vitest', 'go-test', 'cargo']);
const INFRA_TITLES: Record<string, [CategoryId, string]> = {
  'disk-full': ['infrastructure', 'Build machine ran out of disk space'],
  'out-of-memory': ['infrastructure', 'Build machine ran out of memory (OOM-killed)'],
  'agent-lost': ['infrastructure', 'Build agent went offline or lost its connection'],
  'checkout-failed': ['infrastructure', 'Source checkout/clone failed'],
  network: ['infrastructure', 'Network failure on the build machine'],
  'job-timeout': ['timeout', 'Job timed out'],
  'job-aborted': ['timeout', 'Job aborted'],
};
const CRASH_CODES = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGFPE', 'SIGABRT', 'uncaught-exception', 'access-violation', 'core-dump', 'assertion']);

/** rustc error codes (https://doc.rust-lang.org/error_codes/) → categories by meaning. */
const RUSTC_CODES: Record<string, CategoryId> = {
  E0425: 'undeclared-identifier', E0412: 'undeclared-identifier', E0433: 'undeclared-identifier', E0432: 'undeclared-identifier',
  E0422: 'undeclared-identifier', E0423: 'undeclared-identifier', E0531: 'undeclared-identifier', E0405: 'undeclared-identifier',
  E0308: 'type-conversion', E0605: 'type-conversion', E0606: 'type-conversion', E0614: 'type-conversion',
  E0599: 'no-member', E0609: 'no-member', E0560: 'no-member', E0026: 'no-member',
  E0061: 'no-matching-function', E0060: 'no-matching-function', E0107: 'no-matching-function',
  E0428: 'redefinition', E0201: 'redefinition', E0252: 'redefinition', E0124: 'redefinition',
  E0046: 'override-mismatch', E0407: 'override-mismatch', E0053: 'override-mismatch', E0050: 'override-mismatch',
  E0277: 'other-compile-error', E0382: 'other-compile-error', E0502: 'other-compile-error', E0499: 'other-compile-error',
  E0034: 'ambiguous-call', E0659: 'ambiguous-call',
};

/** tsc codes → categories by meaning. */
const TSC_CODES: Record<string, CategoryId> = {
  TS2322: 'type-conversion', TS2345: 'type-conversion', TS2352: 'type-conversion', TS2741: 'type-conversion', TS2739: 'type-conversion',
  TS2740: 'type-conversion', TS2559: 'type-conversion', TS2820: 'type-conversion', TS2769: 'no-matching-function',
  TS2304: 'undeclared-identifier', TS2552: 'undeclared-identifier', TS2503: 'undeclared-identifier', TS2305: 'undeclared-identifier', TS2724: 'undeclared-identifier', TS2580: 'undeclared-identifier', TS2582: 'undeclared-identifier',
  TS2339: 'no-member', TS2551: 'no-member', TS2353: 'no-member', TS2694: 'no-member',
  TS2307: 'missing-header', TS2792: 'missing-header', TS7016: 'missing-header',
  TS2554: 'no-matching-function', TS2555: 'no-matching-function', TS2556: 'no-matching-function', TS2575: 'no-matching-function',
  TS2300: 'redefinition', TS2451: 'redefinition', TS2393: 'redefinition', TS2323: 'redefinition',
  TS2416: 'override-mismatch', TS2515: 'override-mismatch', TS2511: 'override-mismatch', TS4113: 'override-mismatch', TS4114: 'override-mismatch', TS2720: 'override-mismatch',
  TS1005: 'syntax-error', TS1003: 'syntax-error', TS1109: 'syntax-error', TS1128: 'syntax-error', TS1161: 'syntax-error', TS1136: 'syntax-error', TS1002: 'syntax-error',
};

/** C# compiler codes seen in Error List copies → categories by meaning. */
const CSC_CODES: Record<string, CategoryId> = {
  CS0103: 'undeclared-identifier', CS0246: 'undeclared-identifier', CS0234: 'undeclared-identifier',
  CS1061: 'no-member', CS0117: 'no-member',
  CS0029: 'type-conversion', CS0266: 'type-conversion', CS1503: 'type-conversion', CS0030: 'type-conversion',
  CS1501: 'no-matching-function', CS7036: 'no-matching-function', CS1729: 'no-matching-function',
  CS0121: 'ambiguous-call', CS0111: 'redefinition', CS0101: 'redefinition', CS0102: 'redefinition', CS0128: 'redefinition',
  CS0115: 'override-mismatch', CS0534: 'override-mismatch', CS0535: 'override-mismatch', CS0144: 'override-mismatch',
  CS1002: 'syntax-error', CS1513: 'syntax-error', CS1514: 'syntax-error', CS1519: 'syntax-error', CS1026: 'syntax-error', CS0116: 'syntax-error',
};

/** go build / vet wording → categories. */
const GO_WORDING: Array<[string, CategoryId]> = [
  ['undefined: ', 'undeclared-identifier'],
  ['cannot use ', 'type-conversion'],
  ['cannot convert ', 'type-conversion'],
  ['mismatched types', 'type-conversion'],
  ['has no field or method', 'no-member'],
  ['undefined (type ', 'no-member'],
  ['not enough arguments', 'no-matching-function'],
  ['too many arguments', 'no-matching-function'],
  ['redeclared in this block', 'redefinition'],
  ['already declared', 'redefinition'],
  ['syntax error', 'syntax-error'],
  ['does not implement', 'override-mismatch'],
  ['cannot find package', 'missing-header'],
  ['no required module provides package', 'missing-header'],
  ['is not in std', 'missing-header'],
  ['ambiguous selector', 'ambiguous-call'],
];

function firstQuotedOrWord(text: string): string | null {
  return firstQuoted(text, '`\'"‘', '`\'"’', 300);
}

/** Index of the last line terminator (what `.` does not match), or -1. */
function lastLineBreak(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
}

/**
 * rustc's "expected X, found Y" label at the end of a line (X and Y 1..200 characters).
 * By hand: /(expected .{1,200}?, found .{1,200})$/ backtracked polynomially.
 */
export function expectedFoundLabel(line: string): string | undefined {
  // ", found " leaves 1..200 characters after it, "expected " 1..200 before it.
  const founds: number[] = [];
  for (let found = Math.max(line.length - 208, 0); found <= line.length - 9; found++) {
    if (line.startsWith(', found ', found)) founds.push(found);
  }
  if (founds.length === 0) return undefined;
  const from = Math.max(lastLineBreak(line) + 1, founds[0] - 209);
  for (let at = line.indexOf('expected ', from); at !== -1 && at < founds[founds.length - 1]; at = line.indexOf('expected ', at + 1)) {
    if (founds.some((found) => found - at - 9 >= 1 && found - at - 9 <= 200)) return line.slice(at);
  }
  return undefined;
}

function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
}

/**
 * The module of the first `<prefix><word chars>.cmake` (1..max word characters after the prefix).
 * By hand: /Find(\w{1,200})\.cmake/ backtracked polynomially on runs of "Find".
 */
export function cmakeFindModule(text: string, prefix: string, suffix: string, max: number): string | null {
  let runEnd = -1; // end of the word run holding the current prefix
  for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
    if (at >= runEnd) {
      runEnd = at + prefix.length;
      while (runEnd < text.length && isWordChar(text[runEnd])) runEnd++;
    }
    const length = runEnd - at - prefix.length;
    if (length >= 1 && length <= max && text.startsWith(suffix, runEnd)) return text.slice(at + prefix.length, runEnd);
  }
  return null;
}

/**
 * Text without clang-tidy's trailing " [check-name]" (1..200 characters, no ']').
 * By hand: /\s*\[[^\]]{1,200}\]$/ backtracked polynomially.
 */
export function withoutCheckSuffix(text: string): string {
  if (!text.endsWith(']')) return text;
  const end = text.length - 1;
  // The first '[' after the previous ']' that leaves 1..200 characters inside.
  const open = text.indexOf('[', Math.max(text.lastIndexOf(']', end - 1) + 1, end - 201));
  if (open === -1 || open > end - 2) return text;
  return text.slice(0, open).trimEnd();
}

/** /package|Find\w+\.cmake|library/i by hand: the regex backtracked quadratically on runs of "find". */
function mentionsPackage(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('package') || lower.includes('library') || cmakeFindModule(lower, 'find', '.cmake', Infinity) !== null;
}

/** Classification of a non-C/C++-compiler diagnostic, or null to let the compiler rules decide. */
export function classifyToolDiagnostic(d: Diagnostic): Classification | null {
  const tool = d.tool ?? '';
  const code = d.code ?? '';

  // The machine, not the code: whichever tool printed it (ld "No space left", g++ "Killed signal").
  if (INFRA_TITLES[code]) {
    const [category, title] = INFRA_TITLES[code];
    return make(category, code, title, { kind: code, line: d.message });
  }

  if (CRASH_CODES.has(code)) {
    const subject = d.subject ?? code;
    return make('crash', subject, code === 'assertion' ? `Assertion failed: ${short(subject)}` : `Crash: ${subject}`, { signal: code });
  }

  if (LINKERS.has(tool) || (tool === 'msvc' && code.startsWith('LNK'))) {
    const category = LINK_CATEGORY[code] ?? (code.startsWith('LNK') ? 'other-compile-error' : null);
    if (!category) return null;
    const subject = d.subject ?? d.message;
    if (category === 'missing-library') {
      const library = normaliseLibrary(subject);
      return make(category, library, `Library '${library}' not found`, { library });
    }
    if (category === 'undefined-symbol' || category === 'duplicate-symbol') {
      const symbol = normaliseSymbol(subject);
      const title = category === 'undefined-symbol' ? `Undefined symbol '${symbol}'` : `Symbol '${symbol}' defined more than once`;
      return make(category, symbol, title, { symbol });
    }
    return make(category, `${code}|${folded(d.message)}`, `Link error ${code}: ${short(d.message)}`, { code });
  }

  if (SANITIZERS[tool]) {
    const category = SANITIZERS[tool];
    const kind = code || category;
    // UBSan without frames keys on its file:line; that is not a function name.
    const where = d.subject && !/:\d+$/.test(d.subject) ? ` in ${d.subject.split(' < ')[0]}` : '';
    const at = d.file ? ` (${d.file.replace(/^.*[\\/]/, '')}${d.line !== null ? `:${d.line}` : ''})` : '';
    return make(category, `${kind}|${d.subject ?? folded(d.message)}`, `${kind}${where}${at}`, { kind, frames: d.subject ? d.subject.split(' < ') : [] });
  }

  if (TEST_RUNNERS.has(tool)) {
    const name = d.subject ?? d.message;
    const timeout = code === 'timeout';
    const message = d.message.endsWith(' failed') || d.message.endsWith(' timed out') ? '' : d.message;
    const title = timeout ? `Test '${name}' timed out` : `Test '${name}' failed${message ? `: ${short(message, 120)}` : ''}`;
    return make(timeout ? 'test-timeout' : 'test-failure', name, title, { test: name, runner: tool, message: message || null });
  }

  if (tool === 'rustc' || tool === 'tsc' || tool === 'csc') {
    const table = tool === 'rustc' ? RUSTC_CODES : tool === 'tsc' ? TSC_CODES : CSC_CODES;
    const category = table[code] ?? 'other-compile-error';
    const name = firstQuotedOrWord(d.message);
    // rustc's label under the caret says which types: "expected `i32`, found `&str`".
    const label = tool === 'rustc' ? d.context.map(expectedFoundLabel).find((x) => x) : undefined;
    const key = label ? `${code}|${label}` : category === 'type-conversion' || category === 'other-compile-error' || !name ? `${code}|${folded(d.message)}` : name;
    return make(category, key, `${CATEGORIES[category].label}: ${code ? `${code} ` : ''}${short(d.message)}`, { code: code || null });
  }

  if (tool === 'msbuild') {
    // "The command "…" exited with code 2": the command names the step; its quoting and paths vary, the program does not.
    const command = /The command "{1,2}([^"\s]{1,300})/.exec(d.message)?.[1] ?? folded(d.message);
    return make('other-compile-error', `${code}|${command.replace(/\\/g, '/').split('/').pop()}`, `Build step failed (${code}): ${short(d.message)}`, { code });
  }

  if (tool === 'go') {
    const lower = d.message.toLowerCase();
    const category = GO_WORDING.find(([w]) => lower.includes(w))?.[1] ?? 'other-compile-error';
    const name = category === 'undeclared-identifier' ? d.message.slice(d.message.indexOf('undefined: ') + 11).trim() : null;
    return make(category, name ?? folded(d.message), `${CATEGORIES[category].label}: ${short(d.message)}`);
  }

  if (tool === 'cmake') {
    const notFound = /could not find|not found|by not providing "find(\w{1,100})\.cmake"/i.exec(d.message);
    if (d.code === 'find_package' || (notFound && mentionsPackage(d.message))) {
      const pkg = /provided by\s{1,4}"([^"]{1,200})"/.exec(d.message)?.[1] ?? /Could NOT find (\S{1,200})/.exec(d.message)?.[1] ?? cmakeFindModule(d.message, 'Find', '.cmake', 200) ?? folded(d.message);
      return make('missing-library', normaliseLibrary(pkg), `CMake could not find package '${pkg}'`, { package: pkg, tool: 'cmake' });
    }
    return make('other-compile-error', `cmake|${folded(d.message)}`, `CMake configure error: ${short(d.message)}`);
  }

  if (tool === 'clang-format' || d.message.includes('code should be clang-formatted')) {
    const file = (d.file ?? '').replace(/\\/g, '/').split('/').slice(-2).join('/');
    return make('format-check', file, `'${file}' is not clang-formatted`, { file });
  }

  if (tool === 'clang-tidy') {
    const check = tidyCheckOf(d.message) ?? 'clang-tidy';
    const text = withoutCheckSuffix(d.message);
    return make('static-analysis', `${check}|${folded(text)}`, `${check}: ${short(text)}`, { check });
  }

  return null;
}
