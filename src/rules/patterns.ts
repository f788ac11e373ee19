import { RE2JS } from 're2js';
import globToRegExp from 'glob-to-regexp';

/**
 * Patterns from the rules file. A pull request can edit that file, so its
 * patterns are untrusted: every one runs on RE2JS (linear time in the input),
 * never on the backtracking RegExp. Globs are translated to RE2 syntax too
 * (picomatch's own regexes take minutes on `*a*a*a*a*b` against 200 characters).
 */

export type TextMatcher = (text: string) => boolean;

export type CompileResult = { matcher: TextMatcher } | { error: string };

/** Matching looks at no more than this much of a message (RE2 is linear, this bounds the constant). */
const MAX_INPUT = 100_000;

function re2Matcher(source: string, flags: number): CompileResult {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, flags);
  } catch (error) {
    return { error: `not a valid RE2 pattern: ${(error as Error).message}` };
  }
  return { matcher: (text) => re.matcher(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).find() };
}

/** `/regex/` or `/regex/i` → RE2 search; anything else → case-sensitive substring. */
export function compileMessagePattern(pattern: string): CompileResult {
  const lastSlash = pattern.lastIndexOf('/');
  if (pattern.startsWith('/') && lastSlash > 0) {
    const flags = pattern.slice(lastSlash + 1);
    if (flags === '' || flags === 'i') {
      return re2Matcher(pattern.slice(1, lastSlash), flags === 'i' ? RE2JS.CASE_INSENSITIVE : 0);
    }
    return { error: `unknown regex flag '${flags}' (only /…/i is supported)` };
  }
  return { matcher: (text) => text.includes(pattern) };
}

/**
 * glob-to-regexp turns `?` into `.`, which would also match `/`. Its literal
 * dots are escaped (`\.`), so an unescaped `.` outside a class came from `?`.
 */
function questionMarksWithinSegment(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === '.' ? '[^/]' : c;
  }
  return out;
}

/**
 * A glob on a path or job name: `*` within one segment, `**` across segments,
 * `?`, `[abc]`, `[!abc]`, `{a,b}`. Anchored at both ends.
 */
export function compileGlob(glob: string): CompileResult {
  let source: string;
  try {
    source = globToRegExp(glob, { globstar: true, extended: true }).source;
    // glob-to-regexp escapes `!` and writes `[!x]` as `[\!x]`; in a glob it means "not x".
    source = source.split('[\\!').join('[^');
    source = questionMarksWithinSegment(source);
  } catch (error) {
    return { error: `not a valid glob: ${(error as Error).message}` };
  }
  const result = re2Matcher(source, 0);
  return 'error' in result ? { error: `not a valid glob (${result.error})` } : result;
}
