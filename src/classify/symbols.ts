/**
 * Linker symbols compared across linkers: GNU ld prints the demangled
 * `store::lookup(char const*, int)`, link.exe the undecorated `int __cdecl
 * store::lookup(char const *,int)` beside `(?lookup@store@@YAHPEBDH@Z)`, ld64
 * `_c_helper` for C. One key per symbol: no return type, calling convention,
 * access specifier, class/struct keyword, or spacing differences.
 */

import { demangle } from './demangle.js';

const CALLING_CONVENTIONS = /\b(?:__cdecl|__stdcall|__thiscall|__fastcall|__vectorcall|__clrcall|__ptr64|__ptr32|__restrict)\b/g;
const ELABORATED = /\b(?:class|struct|union|enum)\s/g;
const ACCESS = /^(?:(?:public|private|protected):\s)?(?:(?:virtual|static)\s)*/;

/** Index of the `(` opening the parameter list: the last top-level `(` whose `)` ends the name part. */
function parameterListStart(text: string): number {
  let depth = 0;
  let angle = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') angle++;
    else if (c === '>') angle = Math.max(0, angle - 1);
    else if (c === '(' && angle === 0 && depth === 0) {
      // `operator()(…)`: the first `()` is the name.
      if (text.slice(0, i).endsWith('operator') && text[i + 1] === ')') {
        i++;
        continue;
      }
      return i;
    } else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** Drops a return type in front of the qualified name: the last top-level space before the parameters. */
function withoutReturnType(text: string): string {
  const open = parameterListStart(text);
  const head = open === -1 ? text : text.slice(0, open);
  let angle = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    const c = head[i];
    if (c === '>') angle++;
    else if (c === '<') angle--;
    else if (c === ' ' && angle === 0) {
      // `operator new`, `operator delete`, conversion operators keep their words.
      const before = head.slice(0, i);
      if (before.endsWith('operator')) continue;
      return text.slice(i + 1);
    }
  }
  return text;
}

/**
 * Whitespace around `* & , ( ) < >` removed: `char const *` → `char const*`.
 * By hand: the regex (spaces, punctuation, spaces) backtracked quadratically on long runs of spaces.
 */
function tightPunctuation(s: string): string {
  const out: string[] = [];
  let skipSpace = false;
  for (const c of s) {
    if ('*&,()<>'.includes(c)) {
      while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
      out.push(c);
      skipSpace = true;
    } else if (!(skipSpace && c.trim() === '')) {
      out.push(c);
      skipSpace = false;
    }
  }
  return out.join('');
}

export function normaliseSymbol(raw: string): string {
  let s = raw.trim().replace(/^["'`]|["'`]$/g, '');
  if (s.startsWith('__imp_')) s = s.slice(6);
  // Mangled names (ld64 prints duplicate symbols so, with Mach-O's extra underscore).
  if (s.startsWith('_Z') || s.startsWith('__Z')) s = demangle(s.startsWith('__Z') ? s.slice(1) : s) ?? s;
  // x86 __stdcall C names: _closesocket@4 → closesocket.
  const stdcall = /^_([A-Za-z_]\w{0,200})@\d{1,4}$/.exec(s);
  if (stdcall) return stdcall[1];
  if (s.startsWith('?')) return s; // decorated only: compare as is.
  s = s.replace(/__declspec\([^()]{0,40}\)/g, ' ');
  s = s.replace(CALLING_CONVENTIONS, ' ').replace(ELABORATED, '').replace(ACCESS, '');
  s = s.replace(/\bstd::__cxx11::/g, 'std::').replace(/\bstd::__1::/g, 'std::').replace(/\bstd::__ndk1::/g, 'std::');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.includes('(')) s = withoutReturnType(s);
  s = tightPunctuation(s).replace(/\(void\)/g, '()');
  // West const as GNU prints it: `const char*` → `char const*`.
  s = s.replace(/(^|[(,<])const ([\w:]+)(?=[*&,)>])/g, '$1$2 const');
  return s;
}

/** A library's name however the linker spells it: -lfoo, libfoo.a, libfoo.so, foo.lib. */
export function normaliseLibrary(raw: string): string {
  let s = raw.trim().replace(/\\/g, '/');
  s = s.slice(s.lastIndexOf('/') + 1);
  if (s.startsWith('-l')) s = s.slice(2);
  s = s.replace(/\.(?:lib|a|so(?:\.\d+)*|dylib|tbd|dll)$/i, '');
  if (s.startsWith('lib') && s.length > 3 && !raw.toLowerCase().endsWith('.lib')) s = s.slice(3);
  return s;
}
