import type { Classification, Diagnostic } from '../types.js';
import { compareFunctionTypes, normaliseCppType, parseFunctionType } from './cpp-types.js';
import { expanded, extractQuoted, type Quoted } from './quoted.js';

/**
 * Signature mismatches: find the expected and the actual type in a compiler's
 * words (GCC, Clang, MSVC, in C and C++), compare them as function types, and
 * name the root cause by the parameter that differs rather than by wording.
 */

type Order = 'from-to' | 'to-from';

/** Conversion wordings, on the message with quoted parts replaced by q0, q1, … (lower case). */
const CONVERSION_PATTERNS: Array<[RegExp, Order]> = [
  // GCC: invalid conversion from 'A' to 'B'; cannot convert 'A' to 'B'; MSVC: cannot convert (argument N) from 'A' to 'B'.
  [/(?:conversion|convert)(?: argument \d{1,3})? (?:from )?q(\d{1,3}) to q(\d{1,3})/, 'from-to'],
  // Clang: no viable conversion from 'A' to 'B'; note: no known conversion from 'A' to 'B' for 1st argument.
  [/conversion from q(\d{1,3}) to q(\d{1,3})/, 'from-to'],
  // Clang: assigning to 'B' from incompatible type 'A'; GCC C: assignment to 'B' from incompatible pointer type 'A'.
  [/(?:assigning|assignment) to q(\d{1,3}) from (?:incompatible )?(?:pointer )?(?:type )?q(\d{1,3})/, 'to-from'],
  // GCC C: initialization of 'B' from incompatible pointer type 'A'.
  [/initiali[sz]ation of q(\d{1,3}) from (?:incompatible )?(?:pointer )?(?:type )?q(\d{1,3})/, 'to-from'],
  // Clang: cannot initialize a variable / an array element / a parameter of type 'B' with an lvalue of type 'A'.
  [/of type q(\d{1,3}) with an? (?:[lrx]value|expression) of (?:incompatible )?type q(\d{1,3})/, 'to-from'],
  // Clang C: incompatible function pointer types initializing 'B' with an expression of type 'A'.
  [/initializing q(\d{1,3}) with an expression of (?:incompatible )?type q(\d{1,3})/, 'to-from'],
  // Clang C: incompatible function pointer types passing 'A' to parameter of type 'B'.
  [/passing q(\d{1,3}) to parameter of (?:incompatible )?type q(\d{1,3})/, 'from-to'],
  // Clang/GCC: returning 'A' from a function with result type 'B'.
  [/returning q(\d{1,3}) from a function with (?:result|incompatible return) type q(\d{1,3})/, 'from-to'],
  // GCC C note under "passing argument N of 'f' from incompatible pointer type": expected 'B' but argument is of type 'A'.
  [/expected q(\d{1,3}) but argument is of type q(\d{1,3})/, 'to-from'],
];

/** The (expected, actual) pair a conversion message names, or null. */
export function conversionOperands(skeleton: string, quoted: Quoted[]): { expected: Quoted; actual: Quoted } | null {
  const s = skeleton.toLowerCase();
  for (const [pattern, order] of CONVERSION_PATTERNS) {
    const match = pattern.exec(s);
    if (!match) continue;
    const first = quoted[Number(match[1])];
    const second = quoted[Number(match[2])];
    if (!first || !second) continue;
    return order === 'from-to' ? { expected: second, actual: first } : { expected: first, actual: second };
  }
  return null;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function signatureTitle(detail: { parameter: number | null; difference: string; expected: string; actual: string }): string {
  switch (detail.difference) {
    case 'const': {
      if (detail.parameter === null) return `Function signature mismatch: const qualification differs ('${detail.actual}', expected '${detail.expected}')`;
      const missing = /\bconst\b/.test(detail.expected) && !/\bconst\b/.test(detail.actual);
      return `Function signature mismatch: ${ordinal(detail.parameter)} parameter ${missing ? 'lacks const' : 'has an extra const'} ('${detail.actual}', expected '${detail.expected}')`;
    }
    case 'count':
      return `Function signature mismatch: takes ${detail.actual} parameters, expected ${detail.expected}`;
    case 'return':
      return `Function signature mismatch: returns '${detail.actual}', expected '${detail.expected}'`;
    default:
      return detail.parameter === null
        ? `Function signature mismatch: '${detail.actual}', expected '${detail.expected}'`
        : `Function signature mismatch: ${ordinal(detail.parameter)} parameter is '${detail.actual}', expected '${detail.expected}'`;
  }
}

/** signature-mismatch when both sides are function types that differ, else null. */
export function signatureClassification(expected: Quoted, actual: Quoted): Classification | null {
  // Compare the written types first (what the user wrote); fall back to the
  // expansions where a typedef name hides the function type.
  const attempts: Array<[string, string]> = [
    [expected.text, actual.text],
    [expanded(expected), expanded(actual)],
    [expanded(expected), actual.text],
    [expected.text, expanded(actual)],
  ];
  for (const [e, a] of attempts) {
    const parsedExpected = parseFunctionType(e);
    if (!parsedExpected || !parseFunctionType(a)) continue;
    const detail = compareFunctionTypes(e, a);
    if (!detail) continue;
    return {
      category: 'signature-mismatch',
      stage: 'compile',
      title: signatureTitle(detail),
      detail: { ...detail },
      // The root cause is which parameter differs and how, on which types; not
      // the typedef sugar around it, which differs between compilers.
      key: `p${detail.parameter ?? '-'}|${detail.difference}|${detail.expected}|${detail.actual}|n${parsedExpected.params.length}`,
    };
  }
  return null;
}

/** A failed conversion: signature-mismatch for function types, type-conversion otherwise. */
export function conversionClassification(expected: Quoted, actual: Quoted): Classification {
  const signature = signatureClassification(expected, actual);
  if (signature) return signature;
  const e = normaliseCppType(expanded(expected));
  const a = normaliseCppType(expanded(actual));
  return {
    category: 'type-conversion',
    stage: 'compile',
    title: `Cannot convert '${a}' to '${e}'`,
    detail: { expected: e, actual: a },
    key: `${a}=>${e}`,
  };
}

/** Clang's own verdict in a note: "type mismatch at 1st parameter ('const int *' vs 'int *')". */
const CLANG_PARAMETER_VERDICT = /type mismatch at (\d{1,3})(?:st|nd|rd|th) parameter \('([^']{1,300})' vs '([^']{1,300})'\)/;

function methodName(signatureOrName: string): string | null {
  const open = signatureOrName.indexOf('(');
  const head = (open === -1 ? signatureOrName : signatureOrName.slice(0, open)).trim();
  const name = head.split(/[\s:*&]+/).filter(Boolean).pop();
  return name && /^~?[A-Za-z_]\w{0,200}$/.test(name) ? name : null;
}

/**
 * Errors whose message names no pair of types but whose notes do: Clang's
 * "no matching function" with "no known conversion from 'A' to 'B'", GCC's
 * "passing argument N … from incompatible pointer type" with "expected 'B' but
 * argument is of type 'A'", and an `override` that no longer overrides because
 * a parameter changed (Clang's note gives the parameter; GCC only the method).
 */
export function signatureFromContext(diagnostic: Diagnostic): Classification | null {
  const message = diagnostic.message.replace(/"/g, '\'');
  const overrides = message.includes('override');
  if (overrides && (message.includes('does not override') || message.includes('hides virtual member function'))) {
    let name: string | null = null;
    let verdict: RegExpExecArray | null = null;
    for (const line of [message, ...diagnostic.context]) {
      const normal = line.replace(/[‘’"]/g, '\'');
      const quoted = extractQuoted(normal).quoted;
      if (!name) {
        const candidate = quoted.find((q) => q.text.includes('(') || /::/.test(q.text));
        if (candidate && (normal.includes('marked \'override\'') || normal.includes('hidden overloaded virtual function'))) name = methodName(candidate.text);
      }
      verdict ??= CLANG_PARAMETER_VERDICT.exec(normal);
    }
    if (!name) return null;
    const detail: Record<string, unknown> = { method: name };
    if (verdict) {
      const expected = normaliseCppType(verdict[2]);
      const actual = normaliseCppType(verdict[3]);
      Object.assign(detail, {
        parameter: Number(verdict[1]),
        difference: expected.replace(/\bconst\b ?/g, '') === actual.replace(/\bconst\b ?/g, '') ? 'const' : 'type',
        expected,
        actual,
      });
    }
    return {
      category: 'override-mismatch',
      stage: 'compile',
      title: verdict
        ? `'${name}' no longer overrides: ${signatureTitle(detail as never).replace('Function signature mismatch: ', '')}`
        : `'${name}' is marked override but overrides nothing`,
      detail,
      // Keyed by the method alone: GCC names the derived method, Clang the base one
      // (the same key classify.ts gives MSVC's C3668).
      key: `override:${name}`,
    };
  }
  // Only when the notes name exactly one candidate: with several overloads
  // that all fail, the root cause is the call (no-matching-function).
  const found: Classification[] = [];
  for (const line of diagnostic.context) {
    if (!line.includes('conversion from') && !line.includes('but argument is of type')) continue;
    const extracted = extractQuoted(line);
    const operands = conversionOperands(extracted.skeleton, extracted.quoted);
    if (!operands) continue;
    const signature = signatureClassification(operands.expected, operands.actual);
    if (signature && !found.some((f) => f.key === signature.key)) found.push(signature);
    if (!signature) return null;
  }
  return found.length === 1 ? found[0] : null;
}
