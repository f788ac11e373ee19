import type { CategoryId, Classification, Diagnostic, JobReport } from '../types.js';
import { CATEGORIES } from './categories.js';
import { normaliseCppType } from './cpp-types.js';
import { extractQuoted, unifyQuotes, type Quoted } from './quoted.js';
import { conversionClassification, conversionOperands, signatureFromContext } from './signature.js';

/**
 * Diagnostics → category ids of the spec, with a key naming the root cause
 * independently of compiler wording, location and job.
 */

/** MSVC and link.exe codes whose category the code alone decides. */
const MSVC_CODES: Record<string, CategoryId> = {
  C2065: 'undeclared-identifier',
  C3861: 'undeclared-identifier',
  C2039: 'no-member',
  C2660: 'no-matching-function',
  C2661: 'no-matching-function',
  C2665: 'no-matching-function',
  C2672: 'no-matching-function',
  C1083: 'missing-header',
  C2143: 'syntax-error',
  C2059: 'syntax-error',
  C2146: 'syntax-error',
  C2144: 'syntax-error',
  C2061: 'syntax-error',
  C2447: 'syntax-error',
  C2027: 'incomplete-type',
  C2079: 'incomplete-type',
  C2084: 'redefinition',
  C2011: 'redefinition',
  C2086: 'redefinition',
  C2374: 'redefinition',
  C3668: 'override-mismatch',
  C2259: 'override-mismatch',
  C2220: 'warning-as-error',
  C2280: 'deleted-function',
  C2668: 'ambiguous-call',
  C2593: 'ambiguous-call',
  LNK2019: 'undefined-symbol',
  LNK2001: 'undefined-symbol',
  LNK2005: 'duplicate-symbol',
  LNK1169: 'duplicate-symbol',
  LNK1104: 'missing-library',
};

/** MSVC codes that report a failed conversion; function types make it a signature mismatch. */
const MSVC_CONVERSION_CODES = new Set(['C2440', 'C2664', 'C2446', 'C2444', 'C2100']);

/** GCC and Clang wording, most specific first. Lower-case substrings of the quote-unified message. */
const GNU_WORDING: Array<[string, CategoryId]> = [
  ['use of deleted function', 'deleted-function'],
  ['call to deleted ', 'deleted-function'],
  ['call to implicitly-deleted', 'deleted-function'],
  ['attempt to use a deleted function', 'deleted-function'],
  ['is ambiguous', 'ambiguous-call'],
  ['ambiguous conversion', 'ambiguous-call'],
  ['marked \'override\', but does not override', 'override-mismatch'],
  ['marked \'override\' but does not override', 'override-mismatch'],
  ['marked override, but does not override', 'override-mismatch'],
  ['abstract class type', 'override-mismatch'],
  ['of abstract type', 'override-mismatch'],
  ['no matching function for call', 'no-matching-function'],
  ['no matching member function for call', 'no-matching-function'],
  ['no matching constructor', 'no-matching-function'],
  ['too many arguments to function', 'no-matching-function'],
  ['too few arguments to function', 'no-matching-function'],
  ['was not declared in this scope', 'undeclared-identifier'],
  ['use of undeclared identifier', 'undeclared-identifier'],
  ['undeclared (first use in this function)', 'undeclared-identifier'],
  ['undeclared here', 'undeclared-identifier'],
  ['unknown type name', 'undeclared-identifier'],
  ['does not name a type', 'undeclared-identifier'],
  ['has not been declared', 'undeclared-identifier'],
  ['implicit declaration of function', 'undeclared-identifier'],
  ['has no member named', 'no-member'],
  ['no member named', 'no-member'],
  ['is not a member of', 'no-member'],
  ['no type named', 'no-member'],
  ['file not found', 'missing-header'],
  ['no such file or directory', 'missing-header'],
  ['invalid use of incomplete type', 'incomplete-type'],
  ['incomplete type', 'incomplete-type'],
  ['redefinition of', 'redefinition'],
  ['conflicting declaration', 'redefinition'],
  ['redeclared as different kind', 'redefinition'],
  ['conflicting types for', 'redefinition'],
  ['expected ', 'syntax-error'],
  ['stray ', 'syntax-error'],
  ['missing terminating', 'syntax-error'],
];

function lowerSkeleton(quoted: { skeleton: string }): string {
  return quoted.skeleton.toLowerCase();
}

/** Message reduced to its words: quotes unified, numbers and addresses folded, spaces collapsed. */
export function normaliseMessage(message: string): string {
  return unifyQuotes(message)
    .replace(/0x[0-9a-fA-F]+/g, '0x?')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstName(quoted: Quoted[], index = 0): string {
  return normaliseCppType(quoted[index]?.text ?? '');
}

function headerName(message: string, quoted: Quoted[]): string {
  for (const q of quoted) if (/\.(?:h|hh|hpp|hxx|h\+\+|inc|inl|ipp|tcc)$|^[\w./-]+$/i.test(q.text) && q.text !== '') return q.text;
  // GCC: "fatal error: foo.h: No such file or directory" (no quotes).
  const colon = message.indexOf(': ');
  return colon > 0 ? message.slice(0, colon).trim() : message.trim();
}

function keyAndTitle(category: CategoryId, message: string, quoted: Quoted[], skeleton: string): { key: string; title: string; detail: Record<string, unknown> } {
  const label = CATEGORIES[category].label;
  const s = skeleton.toLowerCase();
  switch (category) {
    case 'undeclared-identifier': {
      const name = firstName(quoted) || normaliseMessage(message);
      return { key: name, title: `'${name}' is not declared`, detail: { identifier: name } };
    }
    case 'no-member': {
      // GCC: 'T' has no member named 'm'; Clang: no member named 'm' in 'T'; MSVC/GCC: 'm' is not a member of 'T'.
      const gccOrder = s.includes('has no member named');
      const type = firstName(quoted, gccOrder ? 0 : 1);
      const member = firstName(quoted, gccOrder ? 1 : 0);
      if (!member) break;
      return {
        key: `${type}::${member}`,
        title: type ? `'${type}' has no member '${member}'` : `No member '${member}'`,
        detail: { type: type || null, member },
      };
    }
    case 'missing-header': {
      const header = headerName(message, quoted).replace(/\\/g, '/');
      return { key: header, title: `Header '${header}' not found`, detail: { header } };
    }
    case 'no-matching-function': {
      const callee = firstName(quoted);
      if (!callee) break;
      const name = callee.includes('(') ? callee.slice(0, callee.indexOf('(')) : callee;
      return { key: name, title: `No matching function for call to '${name}'`, detail: { function: name } };
    }
    case 'deleted-function':
    case 'ambiguous-call':
    case 'redefinition':
    case 'incomplete-type':
    case 'override-mismatch': {
      const name = firstName(quoted);
      if (!name) break;
      return { key: name, title: `${label}: '${name}'`, detail: { name } };
    }
    default:
      break;
  }
  const normalised = normaliseMessage(message);
  const short = normalised.length > 160 ? `${normalised.slice(0, 157)}...` : normalised;
  return { key: normalised, title: `${label}: ${short}`, detail: {} };
}

function classifyByWording(lowerMessage: string): CategoryId | null {
  for (const [words, category] of GNU_WORDING) if (lowerMessage.includes(words)) return category;
  return null;
}

/**
 * The message without a closing ` [-Wflag]` (at most 80 characters inside).
 * By hand: the regex `\s*\[-W[^\]]{0,80}\]\s*$` backtracks polynomially on `[-W` runs.
 */
function withoutTrailingWarningFlag(message: string): string {
  const trimmed = message.trimEnd();
  if (!trimmed.endsWith(']')) return message;
  const close = trimmed.length - 1;
  // Like the regex: the leftmost `[-W` after the previous `]` whose flag fits.
  let open = trimmed.indexOf('[-W', trimmed.lastIndexOf(']', close - 1) + 1);
  while (open !== -1 && close - (open + 3) > 80) open = trimmed.indexOf('[-W', open + 1);
  return open === -1 ? message : trimmed.slice(0, open).trimEnd();
}

/** What a compiler or linker diagnostic says, as a category and a root-cause key. */
export function classifyDiagnostic(diagnostic: Diagnostic): Classification {
  const message = diagnostic.message;
  const extracted = extractQuoted(message);
  const lower = unifyQuotes(message).toLowerCase();

  // A warning promoted to an error is that, whatever the warning says.
  const werror = /\[-Werror[=,]([\w+-]{1,80})/.exec(message);
  if (diagnostic.code === 'C2220' || (diagnostic.severity !== 'warning' && werror)) {
    const flag = werror ? werror[1].replace(/^-W/, '') : 'C2220';
    const normalised = normaliseMessage(withoutTrailingWarningFlag(message));
    return {
      category: 'warning-as-error',
      stage: 'compile',
      title: `Warning treated as error (-W${flag}): ${normalised.length > 140 ? normalised.slice(0, 137) + '...' : normalised}`,
      detail: { warning: flag },
      key: `${flag}|${normalised}`,
    };
  }

  const isConversionCode = diagnostic.code !== null && MSVC_CONVERSION_CODES.has(diagnostic.code);
  const operands = conversionOperands(extracted.skeleton, extracted.quoted);
  if (operands && (isConversionCode || diagnostic.code === null)) {
    return conversionClassification(operands.expected, operands.actual);
  }

  const fromContext = signatureFromContext(diagnostic);
  if (fromContext) return fromContext;

  let category: CategoryId | null = diagnostic.code ? MSVC_CODES[diagnostic.code] ?? null : null;
  if (!category && diagnostic.code === null) category = classifyByWording(lower);
  if (!category) category = diagnostic.code?.startsWith('LNK') ? 'undefined-symbol' : 'other-compile-error';
  const { key, title, detail } = keyAndTitle(category, message, extracted.quoted, lowerSkeleton(extracted));
  return { category, stage: CATEGORIES[category].stage, title, detail, key };
}

/** A failed job with no diagnostic: timeout/aborted by its status, otherwise unknown with its text. */
export function classifyJobWithoutDiagnostics(job: JobReport): Classification {
  if (job.status === 'aborted') {
    return { category: 'timeout', stage: 'infra', title: 'Job aborted or timed out', detail: {}, key: 'aborted' };
  }
  const telling = tellingLines(job.text);
  const key = telling.length ? normaliseMessage(telling[0]) : 'no-output';
  return {
    category: 'unknown',
    stage: 'unknown',
    title: telling.length ? `Failed with no recognised diagnostic: ${truncate(telling[0], 140)}` : 'Failed with no diagnostic in the report',
    detail: { lines: telling },
    key,
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** The lines of a job's text most likely to say what went wrong. */
export function tellingLines(text: string, max = 5): string[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\(\s*https?:\/\/\S+\s*\)$/.test(line));
  const scored = lines.map((line, index) => ({
    line,
    index,
    score: /error|fail|fatal|exception|abort|timed? ?out|killed|denied|not found/i.test(line) ? 1 : 0,
  }));
  const chosen = scored.filter((s) => s.score > 0);
  return (chosen.length ? chosen : scored).slice(0, max).map((s) => truncate(s.line, 300));
}
