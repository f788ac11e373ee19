import type { CategoryId, Classification, Diagnostic, JobReport } from '../types.js';
import { CATEGORIES } from './categories.js';
import { normaliseCppType } from './cpp-types.js';
import { expanded, extractQuoted, unifyQuotes, type Quoted } from './quoted.js';
import { conversionClassification, conversionOperands, signatureFromContext } from './signature.js';
import { classifyToolDiagnostic } from './tools.js';
import { GCC_TRANSLATED_WORDING } from './gcc-translations.js';

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
  C2666: 'ambiguous-call',
  C2872: 'ambiguous-call',
  C2653: 'undeclared-identifier',
  C2871: 'undeclared-identifier',
  C2062: 'syntax-error',
  C2238: 'syntax-error',
  C2334: 'syntax-error',
  C2601: 'syntax-error',
  C3646: 'syntax-error',
  C4430: 'syntax-error',
  C4716: 'other-compile-error',
  C2019: 'syntax-error',
  C1075: 'syntax-error',
  C1004: 'syntax-error',
  C2512: 'no-matching-function',
  C2664: 'type-conversion',
  C2440: 'type-conversion',
  C2678: 'no-matching-function',
  C2679: 'no-matching-function',
  C2676: 'no-matching-function',
  C2064: 'other-compile-error',
  C2228: 'no-member',
  C2662: 'type-conversion',
  C2556: 'redefinition',
  C2371: 'redefinition',
  C2365: 'redefinition',
  C2373: 'redefinition',
  C2555: 'override-mismatch',
  C3248: 'override-mismatch',
  C2282: 'deleted-function',
  C2338: 'other-compile-error',
  C2248: 'other-compile-error',
  E0020: 'undeclared-identifier',
  E0135: 'no-member',
  E0167: 'type-conversion',
  E0413: 'type-conversion',
  E0144: 'type-conversion',
  E1696: 'missing-header',
  E0304: 'no-matching-function',
  E0140: 'no-matching-function',
  E0029: 'syntax-error',
  E0065: 'syntax-error',
  E0070: 'incomplete-type',
  E0322: 'override-mismatch',
  E1776: 'deleted-function',
  E0308: 'ambiguous-call',
  LNK2019: 'undefined-symbol',
  LNK2001: 'undefined-symbol',
  LNK2005: 'duplicate-symbol',
  LNK1169: 'duplicate-symbol',
  LNK1104: 'missing-library',
};

/** C4xxx codes MSVC reports as errors without /WX: not promoted warnings. */
const MSVC_C4_ERRORS = new Set(['C4430', 'C4716', 'C4235', 'C4394', 'C4483']);

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
  ['ambiguating new declaration', 'redefinition'],
  ['previously declared here', 'redefinition'],
  ['already defined in', 'redefinition'],
  ['cannot be overloaded', 'redefinition'],
  ['does not override or implement', 'override-mismatch'],
  ['does not override abstract method', 'override-mismatch'],
  ['only virtual member functions can be marked', 'override-mismatch'],
  ['hides virtual member function', 'override-mismatch'],
  ['is an abstract class', 'override-mismatch'],
  ['request for member', 'no-member'],
  ['cannot find symbol', 'undeclared-identifier'],
  ['is not a class, namespace, or enumeration', 'undeclared-identifier'],
  ['is not a namespace-name', 'undeclared-identifier'],
  ['cannot be applied to given types', 'no-matching-function'],
  ['no suitable method found', 'no-matching-function'],
  ['no suitable constructor found', 'no-matching-function'],
  ['cannot convert', 'type-conversion'],
  ['invalid conversion', 'type-conversion'],
  ['no viable conversion', 'type-conversion'],
  ['incompatible types', 'type-conversion'],
  ['incompatible pointer', 'type-conversion'],
  ['expected ', 'syntax-error'],
  ['\' expected', 'syntax-error'],
  ['stray ', 'syntax-error'],
  ['missing terminating', 'syntax-error'],
  ['illegal start of', 'syntax-error'],
  ['class, interface, enum, or record expected', 'syntax-error'],
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
      const gccOrder = s.includes('has no member named') || translatedWording(s)?.[2] === '%qT has no member named %qE';
      // The expansion names the type the same way in every compiler ('std::string' is 'std::basic_string<char>').
      const typeQuote = quoted[gccOrder ? 0 : 1];
      const type = typeQuote ? plainTypeName(expanded(typeQuote)) : '';
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
      // GCC "too many arguments to function 'int f(int, int)'", Clang/MSVC 'f': the name alone.
      const name = entityName(callee);
      return { key: name, title: `No matching function for call to '${name}'`, detail: { function: name } };
    }
    case 'deleted-function': {
      const name = deletedFunctionName(s, quoted);
      if (!name) break;
      return { key: name, title: `${label}: '${name}'`, detail: { name } };
    }
    case 'override-mismatch': {
      const name = overrideSubject(s, quoted);
      if (!name) break;
      return { key: name, title: name.startsWith('abstract:') ? `Cannot instantiate abstract class '${name.slice(9)}'` : `'${name.slice(9)}' is marked override but overrides nothing`, detail: { name: name.slice(9) } };
    }
    case 'ambiguous-call':
    case 'redefinition':
    case 'redefinition':
    case 'ambiguous-call': {
      const name = entityName(quoted[0]?.text ?? '');
      if (!name) break;
      return { key: name, title: `${label}: '${name}'`, detail: { name } };
    }
    case 'other-compile-error': {
      // GCC "static assertion failed: msg", Clang "static_assert failed due to requirement '…' \"msg\"".
      if (s.includes('static assert') || s.includes('static_assert')) {
        const text = s.includes('static assertion failed: ') ? message.slice(message.indexOf('static assertion failed: ') + 25).trim() : quoted[quoted.length - 1]?.text ?? '';
        if (text) return { key: `static_assert|${text}`, title: `Static assertion failed: ${text}`, detail: { assertion: text } };
      }
      break;
    }
    case 'incomplete-type': {
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

/** A type named the same by every compiler: no cv-qualifier, no class/struct keyword, no libstdc++ inline namespace. */
function plainTypeName(type: string): string {
  return normaliseCppType(type)
    .replace(/^(?:const |volatile )+/, '')
    .replace(/ const$/, '')
    .replace(/\bstd::__cxx11::/g, 'std::')
    .replace(/\bstd::__1::/g, 'std::');
}

/**
 * Text cut before GCC's trailing ` [with T = …]` (first whitespace + "[with "
 * when the text ends in "]"). By hand: /\s\[with .*\]$/ backtracked quadratically.
 */
export function withoutWithClause(text: string): string {
  if (!text.endsWith(']')) return text;
  // `.` stops at line breaks: the clause starts at or after the last one.
  const from = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'), 0);
  const at = /\s\[with /.exec(text.slice(from));
  return at ? text.slice(0, from + at.index) : text;
}

/** A function or variable name without return type, parameters or `[with …]`: GCC's 'int limit()' is Clang's 'limit'. */
function entityName(text: string): string {
  let name = withoutWithClause(text).trim();
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '<') depth++;
    else if (c === '>') depth = Math.max(0, depth - 1);
    else if (c === '(' && depth === 0 && !name.slice(0, i).endsWith('operator')) {
      name = name.slice(0, i);
      break;
    }
  }
  depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name[i];
    if (c === '>') depth++;
    else if (c === '<') depth--;
    else if (c === ' ' && depth === 0 && !name.slice(0, i).endsWith('operator')) return name.slice(i + 1);
  }
  return name;
}

/** Template arguments dropped: `std::unique_ptr<_Tp, _Dp>` and `std::unique_ptr<int>` name one template. */
function withoutTemplateArguments(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '<') depth++;
    else if (c === '>') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** `Class::member` of a deleted function, the same for GCC's signature and Clang's "constructor of 'T'". */
function deletedFunctionName(skeleton: string, quoted: Quoted[]): string | null {
  const first = quoted[0]?.text;
  if (!first) return null;
  // Clang: call to deleted constructor of 'std::unique_ptr<int>'; call to implicitly-deleted copy constructor of 'bar'.
  if (/constructor of q0/.test(skeleton)) {
    const type = withoutTemplateArguments(normaliseCppType(first)).trim();
    return `${type}::${type.slice(type.lastIndexOf(':') + 1)}`;
  }
  // GCC: use of deleted function 'std::unique_ptr<_Tp, _Dp>::unique_ptr(const std::unique_ptr<_Tp, _Dp>&) [with …]'.
  let name = withoutWithClause(first);
  const open = name.indexOf('(');
  if (open !== -1) name = name.slice(0, open);
  name = withoutTemplateArguments(name).trim();
  return name.slice(name.lastIndexOf(' ') + 1);
}

/**
 * GCC names the function that overrides nothing ('void Impl::run(long int)'
 * marked 'override'); Clang only names it in a note, so the member name is the
 * key. Abstract instantiation is keyed by the class.
 */
function overrideSubject(skeleton: string, quoted: Quoted[]): string | null {
  // GCC "of abstract type 'T'", "abstract class type 'T'"; Clang "'T' is an abstract class"; MSVC C2259 "'T': cannot instantiate abstract class".
  const abstract = /abstract (?:class )?type q(\d)/.exec(skeleton) ?? /q(\d) is an abstract class/.exec(skeleton) ?? /^q(\d): cannot instantiate abstract class/.exec(skeleton);
  if (abstract) return `abstract:${withoutTemplateArguments(quoted[Number(abstract[1])]?.text ?? '').trim()}`;
  const first = quoted[0]?.text;
  // GCC "'void Impl::run(long int)' marked 'override', but does not override"; MSVC C3668
  // "'Impl::run': method with override specifier 'override' did not override any base class methods".
  if ((skeleton.startsWith('q0 marked') || skeleton.startsWith('q0: method with override specifier')) && first) {
    let name = first;
    const open = name.indexOf('(');
    if (open !== -1) name = name.slice(0, open);
    name = name.slice(name.lastIndexOf(' ') + 1);
    return `override:${name.slice(name.lastIndexOf(':') + 1)}`;
  }
  return null;
}

function classifyByWording(lowerMessage: string): CategoryId | null {
  // javac: "package com.example does not exist".
  if (lowerMessage.startsWith('package ') && lowerMessage.includes(' does not exist')) return 'missing-header';
  for (const [words, category] of GNU_WORDING) if (lowerMessage.includes(words)) return category;
  return translatedWording(lowerMessage)?.[1] ?? null;
}

/** A localised GCC message: the fixed words of its translation, with the English msgid it translates. */
function translatedWording(lowerMessage: string): readonly [string, CategoryId, string] | null {
  for (const row of GCC_TRANSLATED_WORDING) if (lowerMessage.includes(row[0])) return row;
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
  const classification = classifyUnbounded(diagnostic);
  // The title is one line a person reads first: never the whole of an untrusted message.
  if (classification.title.length <= MAX_TITLE) return classification;
  return { ...classification, title: `${classification.title.slice(0, MAX_TITLE - 3)}...` };
}

const MAX_TITLE = 300;

function classifyUnbounded(diagnostic: Diagnostic): Classification {
  const message = diagnostic.message;
  const extracted = extractQuoted(message);
  const lower = unifyQuotes(message).toLowerCase();

  // A warning promoted to an error is that, whatever the warning says.
  const werror = /\[-Werror[=,]([\w+-]{1,80})/.exec(message);
  // MSVC C4xxx warnings arrive here as errors when C2220 promoted them (classify/fold.ts).
  // A few C4xxx codes are errors of their own (C4430 missing type specifier, C4716 must return a value).
  const promotedMsvc = diagnostic.tool === 'msvc' && diagnostic.severity !== 'warning' && diagnostic.code !== null && /^C4\d{3}$/.test(diagnostic.code) && !MSVC_C4_ERRORS.has(diagnostic.code);
  if (diagnostic.code === 'C2220' || promotedMsvc || (diagnostic.severity !== 'warning' && werror)) {
    const flag = werror ? werror[1].replace(/^-W/, '') : promotedMsvc ? diagnostic.code! : 'C2220';
    const normalised = normaliseMessage(withoutTrailingWarningFlag(message));
    return {
      category: 'warning-as-error',
      stage: 'compile',
      title: `Warning treated as error (-W${flag}): ${normalised.length > 140 ? normalised.slice(0, 137) + '...' : normalised}`,
      detail: { warning: flag },
      key: `${flag}|${normalised}`,
    };
  }

  const byTool = classifyToolDiagnostic(diagnostic);
  if (byTool) return byTool;

  const isConversionCode = diagnostic.code !== null && MSVC_CONVERSION_CODES.has(diagnostic.code);
  const operands = conversionOperands(extracted.skeleton, extracted.quoted);
  if (operands && (isConversionCode || diagnostic.code === null)) {
    return conversionClassification(operands.expected, operands.actual);
  }

  const fromContext = signatureFromContext(diagnostic);
  if (fromContext) return fromContext;

  let category: CategoryId | null = diagnostic.code ? MSVC_CODES[diagnostic.code] ?? null : null;
  if (!category && isConversionCode) category = 'type-conversion';
  if (!category && diagnostic.code === null) category = classifyByWording(lower);
  if (!category) category = diagnostic.code?.startsWith('LNK') ? 'undefined-symbol' : 'other-compile-error';
  const { key, title, detail } = keyAndTitle(category, message, extracted.quoted, lowerSkeleton(extracted));
  const named = nameFromContext(diagnostic, category);
  if (named) return { category, stage: CATEGORIES[category].stage, ...named };
  return { category, stage: CATEGORIES[category].stage, title, detail, key };
}

/**
 * Names a message leaves out but its notes give: javac's `symbol: variable x`,
 * Clang's override note `hidden overloaded virtual function 'Base::run'`.
 */
function nameFromContext(diagnostic: Diagnostic, category: CategoryId): { key: string; title: string; detail: Record<string, unknown> } | null {
  if (category === 'undeclared-identifier' && diagnostic.message.includes('cannot find symbol')) {
    for (const line of diagnostic.context) {
      const m = /^\s{0,8}symbol:\s{1,8}(?:variable|method|class|interface|enum|record)?\s{0,4}([\w$]{1,200})/.exec(line);
      if (m) return { key: m[1], title: `'${m[1]}' is not declared`, detail: { identifier: m[1] } };
    }
  }
  if (category === 'override-mismatch' && diagnostic.message.includes('hides virtual member function')) {
    for (const line of diagnostic.context) {
      const m = /hidden overloaded virtual function '([^']{1,300})'/.exec(unifyQuotes(line));
      if (m) {
        const member = m[1].slice(m[1].lastIndexOf(':') + 1);
        return { key: `override:${member}`, title: `'${member}' is marked override but overrides nothing`, detail: { name: member } };
      }
    }
  }
  return null;
}

/** A failed job with no diagnostic: timeout/aborted by its status, otherwise unknown with its text. */
/**
 * Zuul results that say the CI system failed, not the change (zuul/model.py):
 * its text starts with the result word (reports/zuul.ts).
 */
const ZUUL_INFRA_RESULTS: Array<[string, string]> = [
  ['NODE_FAILURE', 'no build node could be had'],
  ['RETRY_LIMIT', 'the job was retried until Zuul gave up (pre-run or infrastructure failures)'],
  ['MERGER_FAILURE', 'Zuul could not merge the change for testing'],
  ['POST_FAILURE', 'the job failed after its run (log upload, post playbooks)'],
];

export function classifyJobWithoutDiagnostics(job: JobReport): Classification {
  if (job.status === 'aborted') {
    return { category: 'timeout', stage: 'infra', title: 'Job aborted or timed out', detail: {}, key: 'aborted' };
  }
  const result = ZUUL_INFRA_RESULTS.find(([word]) => job.text.startsWith(word));
  if (result) {
    return { category: 'infrastructure', stage: 'infra', title: `${result[0]}: ${result[1]}`, detail: { result: result[0] }, key: `zuul:${result[0]}` };
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
