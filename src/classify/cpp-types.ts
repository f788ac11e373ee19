import type { SignatureMismatchDetail } from '../types.js';

/**
 * Just enough of C++ type syntax to compare two function types as compilers
 * print them: GCC `R (*)(A*, const B*)`, Clang `R (A *, const B *)`, MSVC
 * `R (__cdecl *)(A *,const B *)`, `std::function<R(A)>`.
 */

const CALLING_CONVENTIONS = /\b__(?:cdecl|stdcall|fastcall|thiscall|vectorcall|clrcall|pascal)\b/g;
const ELABORATED = /\b(?:struct|class|enum|union|typename)\s+/g;

const INTEGER_WORDS = new Set(['signed', 'unsigned', 'short', 'long', 'int', 'char']);

/** `long int` → `long`, `long unsigned int` → `unsigned long`, `unsigned` → `unsigned int`: GCC and Clang spell these differently. */
function canonicalInteger(words: string[]): string {
  const count = (w: string) => words.filter((x) => x === w).length;
  const sign = count('unsigned') ? 'unsigned ' : count('signed') && count('char') ? 'signed ' : '';
  if (count('char')) return `${sign}char`;
  const size = count('short') ? 'short' : count('long') >= 2 ? 'long long' : count('long') ? 'long' : 'int';
  return `${sign}${size}`;
}

function canonicalIntegerTypes(text: string): string {
  const tokens = text.match(/[A-Za-z_]\w*|\s+|[^\w\s]/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!INTEGER_WORDS.has(tokens[i])) {
      out.push(tokens[i]);
      continue;
    }
    const words = [tokens[i]];
    let j = i + 1;
    while (j + 1 < tokens.length && /^\s+$/.test(tokens[j]) && INTEGER_WORDS.has(tokens[j + 1])) {
      words.push(tokens[j + 1]);
      j += 2;
    }
    out.push(canonicalInteger(words));
    i = j - 1;
  }
  return out.join('');
}

/** One spelling per type: no calling conventions, no elaborated keywords, no spaces around punctuation. */
export function normaliseCppType(type: string): string {
  let text = type.replace(CALLING_CONVENTIONS, ' ').replace(ELABORATED, '');
  text = canonicalIntegerTypes(text.replace(/\s+/g, ' ').trim());
  // Remove spaces next to punctuation, keep those between words ("const void").
  text = text.replace(/ ?([*&,()<>[\]{}]) ?/g, '$1');
  // `>>` closing nested templates is printed `> >` by old compilers.
  text = text.replace(/> >/g, '>>');
  // West const: `T const*` → `const T*` where T is one word.
  text = text.replace(/(^|[(,<])([A-Za-z_][\w:]*) const(?=[*&,)>]|$)/g, '$1const $2');
  // `(*)` left empty by a removed calling convention: `( *)` → `(*)` is done above.
  return text;
}

export interface FunctionType {
  returnType: string;
  params: string[];
  /** Written as a pointer or reference to function: `R (*)(…)`. */
  pointer: boolean;
  /** Trailing qualifiers: noexcept, const, &. */
  qualifiers: string;
}

const FUNCTION_WRAPPERS = ['std::function<', 'function<', 'std::move_only_function<', 'function_ref<', 'std::function_ref<'];

function matchingOpen(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === '>' || c === ']') depth++;
    else if (c === '(' || c === '<' || c === '[') {
      depth--;
      if (depth === 0) return c === '(' ? i : -1;
    }
  }
  return -1;
}

/** Splits on commas outside any bracket. */
export function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '<' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === '>' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

const TRAILING_QUALIFIER = /(?:\s?(?:noexcept(?:\([^()]{0,64}\))?|const|volatile|&&|&|throw\(\)|override|final))$/;

/** Parses a normalised or raw function type; null when it is not one. */
export function parseFunctionType(raw: string): FunctionType | null {
  let text = normaliseCppType(raw);
  if (text.length > 4096) return null;
  for (const wrapper of FUNCTION_WRAPPERS) {
    if (text.startsWith(wrapper) && text.endsWith('>')) {
      return parseFunctionType(text.slice(wrapper.length, -1));
    }
  }
  let qualifiers = '';
  for (let k = 0; k < 4; k++) {
    const match = TRAILING_QUALIFIER.exec(text);
    if (!match || match[0].trim() === '') break;
    qualifiers = (match[0].trim() + ' ' + qualifiers).trim();
    text = text.slice(0, text.length - match[0].length).trimEnd();
  }
  if (!text.endsWith(')')) return null;
  const open = matchingOpen(text, text.length - 1);
  if (open <= 0) return null;
  const paramText = text.slice(open + 1, -1);
  let head = text.slice(0, open).trimEnd();
  let pointer = false;
  // `R (*)`, `R (&)`, `R (Class::*)`, `R (* const)`.
  if (head.endsWith(')')) {
    const innerOpen = matchingOpen(head, head.length - 1);
    if (innerOpen <= 0) return null;
    const declarator = head.slice(innerOpen + 1, -1).trim();
    if (!/^(?:[\w:]*::)?[*&](?:const)?$/.test(declarator.replace(/\s/g, ''))) return null;
    pointer = true;
    head = head.slice(0, innerOpen).trimEnd();
  }
  const returnType = head.trim();
  if (returnType === '' || /[(),]$/.test(returnType)) return null;
  const params = paramText === '' || paramText === 'void' ? [] : splitTopLevel(paramText);
  if (params.some((p) => p === '')) return null;
  return { returnType, params, pointer, qualifiers };
}

function withoutConst(type: string): string {
  return type.replace(/\bconst\b ?/g, '').replace(/ ?\bvolatile\b/g, '').trim();
}

export function formatFunctionType(type: FunctionType): string {
  return `${type.returnType} (${type.pointer ? '*' : ''})(${type.params.join(', ')})`.replace(' ()(', '(').replace(' (*)(', ' (*)(');
}

/**
 * How `actual` differs from `expected`, both function types: the first
 * differing parameter (1-based) and whether only `const` differs, or the
 * parameter count, or the return type. Null when they do not differ or are not
 * both function types. A function and a pointer to it count as the same.
 */
export function compareFunctionTypes(expectedRaw: string, actualRaw: string): SignatureMismatchDetail | null {
  const expected = parseFunctionType(expectedRaw);
  const actual = parseFunctionType(actualRaw);
  if (!expected || !actual) return null;
  const expectedSignature = formatFunctionType(expected);
  const actualSignature = formatFunctionType(actual);
  const base = { expectedSignature, actualSignature };
  if (expected.params.length !== actual.params.length) {
    return {
      parameter: null,
      difference: 'count',
      expected: String(expected.params.length),
      actual: String(actual.params.length),
      ...base,
    };
  }
  for (let i = 0; i < expected.params.length; i++) {
    const e = expected.params[i];
    const a = actual.params[i];
    if (e === a) continue;
    const difference = withoutConst(e) === withoutConst(a) ? 'const' : 'type';
    return { parameter: i + 1, difference, expected: e, actual: a, ...base };
  }
  if (expected.returnType !== actual.returnType) {
    return { parameter: null, difference: 'return', expected: expected.returnType, actual: actual.returnType, ...base };
  }
  if (expected.qualifiers !== actual.qualifiers) {
    const difference = withoutConst(expected.qualifiers) === withoutConst(actual.qualifiers) ? 'const' : 'type';
    return { parameter: null, difference, expected: expected.qualifiers || '(none)', actual: actual.qualifiers || '(none)', ...base };
  }
  return null;
}

export function isFunctionType(raw: string): boolean {
  return parseFunctionType(raw) !== null;
}
