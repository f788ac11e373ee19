/**
 * A small Itanium C++ ABI demangler for the names linkers print mangled (ld64
 * prints duplicate symbols as `__Z13local_heatingdd`; GNU ld prints the same
 * symbol as `local_heating(double, double)`). It covers plain and nested
 * names, constructors and destructors, template arguments, the builtin types,
 * pointers, references, cv-qualifiers and substitutions, which is what
 * ordinary functions and methods need. Anything else returns null and the
 * caller keeps the mangled name: a wrong demangling would merge causes that
 * differ, a missing one only leaves them apart.
 * Output follows c++filt (`char const*`, `, ` between parameters).
 */

const BUILTIN: Record<string, string> = {
  v: 'void', w: 'wchar_t', b: 'bool', c: 'char', a: 'signed char', h: 'unsigned char', s: 'short', t: 'unsigned short',
  i: 'int', j: 'unsigned int', l: 'long', m: 'unsigned long', x: 'long long', y: 'unsigned long long', n: '__int128',
  o: 'unsigned __int128', f: 'float', d: 'double', e: 'long double', g: '__float128', z: '...',
};
const BUILTIN_D: Record<string, string> = { s: 'char16_t', i: 'char32_t', u: 'char8_t', n: 'decltype(nullptr)' };
// As c++filt prints them (the full types, not the typedef names).
const STD_ABBREVIATIONS: Record<string, string> = {
  a: 'std::allocator',
  b: 'std::basic_string',
  s: 'std::basic_string<char, std::char_traits<char>, std::allocator<char> >',
  i: 'std::basic_istream<char, std::char_traits<char> >',
  o: 'std::basic_ostream<char, std::char_traits<char> >',
  d: 'std::basic_iostream<char, std::char_traits<char> >',
};

/** How c++filt writes integer template arguments: 0ul, 3u, 7. */
const LITERAL_SUFFIX: Record<string, string> = { int: '', 'unsigned int': 'u', long: 'l', 'unsigned long': 'ul', 'long long': 'll', 'unsigned long long': 'ull' };

class Failure extends Error {}

class Reader {
  pos = 0;
  readonly subs: string[] = [];
  /** The last name component read was a constructor or destructor (which have no return type). */
  lastWasStructor = false;
  constructor(readonly text: string) {}

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  take(): string {
    const c = this.text[this.pos];
    if (c === undefined) throw new Failure();
    this.pos++;
    return c;
  }

  expect(c: string): void {
    if (this.take() !== c) throw new Failure();
  }

  number(): number {
    const start = this.pos;
    while (this.pos < this.text.length && this.text.charCodeAt(this.pos) >= 48 && this.text.charCodeAt(this.pos) <= 57) this.pos++;
    if (this.pos === start || this.pos - start > 6) throw new Failure();
    return Number(this.text.slice(start, this.pos));
  }

  sourceName(): string {
    const length = this.number();
    if (this.pos + length > this.text.length) throw new Failure();
    const name = this.text.slice(this.pos, this.pos + length);
    this.pos += length;
    // GCC names anonymous namespaces _GLOBAL__N_1.
    return name.startsWith('_GLOBAL__N') ? '(anonymous namespace)' : name;
  }

  /** S_, S0_, …, St…, Sa, Sb, Ss, …; returns the text and whether it was a std:: prefix (`St`). */
  substitution(): { text: string; stdPrefix: boolean } {
    this.expect('S');
    const c = this.peek();
    if (c === 't') {
      this.pos++;
      return { text: 'std', stdPrefix: true };
    }
    if (STD_ABBREVIATIONS[c]) {
      this.pos++;
      return { text: STD_ABBREVIATIONS[c], stdPrefix: false };
    }
    let index = 0;
    if (c !== '_') {
      let digits = '';
      while (this.peek() !== '_') {
        const d = this.take();
        if (!/[0-9A-Z]/.test(d) || digits.length > 4) throw new Failure();
        digits += d;
      }
      index = parseInt(digits, 36) + 1;
    }
    this.expect('_');
    const text = this.subs[index];
    if (text === undefined) throw new Failure();
    return { text, stdPrefix: false };
  }

  templateArgs(): string {
    this.expect('I');
    const args: string[] = [];
    while (this.peek() !== 'E') {
      if (args.length > 32) throw new Failure();
      if (this.peek() === 'L') {
        // Literal: L <type> <value> E, e.g. Li3E → 3.
        this.pos++;
        const type = this.type();
        let value = '';
        if (this.peek() === 'n') {
          this.pos++;
          value = '-';
        }
        value += String(this.number());
        this.expect('E');
        args.push(type === 'bool' ? (value === '1' ? 'true' : 'false') : LITERAL_SUFFIX[type] !== undefined ? `${value}${LITERAL_SUFFIX[type]}` : `(${type})${value}`);
      } else {
        args.push(this.type());
      }
    }
    this.expect('E');
    const inner = args.join(', ');
    return `<${inner}${inner.endsWith('>') ? ' ' : ''}>`;
  }

  /**
   * A name: nested (N…E), std:: (St…), substitution, or unscoped, with
   * template arguments. `isType` adds the whole name as a substitution
   * candidate (a function's own name is not one).
   */
  name(isType: boolean): { text: string; cv: string } {
    if (this.peek() === 'N') return this.nestedName(isType);
    let text: string;
    if (this.peek() === 'S') {
      const sub = this.substitution();
      if (sub.stdPrefix) {
        text = `std::${this.unqualified('std')}`;
        if (this.peek() !== 'I' || isType) this.subs.push(text);
      } else {
        text = sub.text;
      }
    } else {
      text = this.unqualified('');
      if (this.peek() === 'I' || isType) this.subs.push(text);
    }
    if (this.peek() === 'I') {
      text += this.templateArgs();
      if (isType) this.subs.push(text);
    }
    return { text, cv: '' };
  }

  /** One component: a source name, or a constructor/destructor named after the enclosing class. */
  unqualified(enclosing: string): string {
    // L: internal linkage (a static function or variable); it does not change the name.
    if (this.peek() === 'L' && /[0-9]/.test(this.peek(1))) this.pos++;
    const c = this.peek();
    this.lastWasStructor = false;
    if (c >= '0' && c <= '9') return this.sourceName();
    this.lastWasStructor = true;
    // Template arguments cut by hand (from the first '<' when it ends in '>'): /<.*>$/ backtracked quadratically.
    const open = enclosing.endsWith('>') ? enclosing.indexOf('<') : -1;
    const last = (open === -1 ? enclosing : enclosing.slice(0, open)).split('::').pop() ?? '';
    if (c === 'C' && /[1-5]/.test(this.peek(1))) {
      this.pos += 2;
      if (!last) throw new Failure();
      return last;
    }
    if (c === 'D' && /[0-5]/.test(this.peek(1))) {
      this.pos += 2;
      if (!last) throw new Failure();
      return `~${last}`;
    }
    throw new Failure();
  }

  nestedName(isType: boolean): { text: string; cv: string } {
    this.expect('N');
    let cv = '';
    while (this.peek() === 'K' || this.peek() === 'V' || this.peek() === 'r') {
      const q = this.take();
      cv += q === 'K' ? ' const' : q === 'V' ? ' volatile' : ' restrict';
    }
    if (this.peek() === 'R' || this.peek() === 'O') this.pos++; // ref-qualifier of a member function
    let text = '';
    let components = 0;
    let structor = false;
    while (this.peek() !== 'E') {
      if (++components > 32) throw new Failure();
      if (this.peek() === 'S') {
        const sub = this.substitution();
        text = sub.stdPrefix ? 'std' : sub.text;
        if (sub.stdPrefix) {
          text = `std::${this.unqualified('std')}`;
          this.pushUnlessLast(text, isType);
        }
        continue;
      }
      if (this.peek() === 'I') {
        text += this.templateArgs();
        this.pushUnlessLast(text, isType);
        continue;
      }
      const part = this.unqualified(text);
      structor = this.lastWasStructor;
      text = text ? `${text}::${part}` : part;
      this.pushUnlessLast(text, isType);
    }
    this.expect('E');
    // Template arguments after the last component read names of their own: keep what this level found.
    this.lastWasStructor = structor;
    return { text, cv };
  }

  /** Prefixes are substitution candidates; the last component only when the name is a type. */
  private pushUnlessLast(text: string, isType: boolean): void {
    if (this.peek() !== 'E' || isType) this.subs.push(text);
  }

  type(): string {
    const c = this.peek();
    if (BUILTIN[c]) {
      this.pos++;
      return BUILTIN[c];
    }
    if (c === 'D' && BUILTIN_D[this.peek(1)]) {
      this.pos += 2;
      return BUILTIN_D[this.peek(-1)];
    }
    if (c === 'P' || c === 'R' || c === 'O') {
      this.pos++;
      const inner = this.type();
      const text = `${inner}${c === 'P' ? '*' : c === 'R' ? '&' : '&&'}`;
      this.subs.push(text);
      return text;
    }
    if (c === 'K' || c === 'V') {
      this.pos++;
      const inner = this.type();
      const text = `${inner} ${c === 'K' ? 'const' : 'volatile'}`;
      this.subs.push(text);
      return text;
    }
    if (c === 'N' || c === 'S' || (c >= '0' && c <= '9')) {
      return this.name(true).text;
    }
    throw new Failure();
  }
}

/** `_Z…` → `ns::f(int, char const*)`, or null when the name uses parts this demangler does not read. */
export function demangle(mangled: string): string | null {
  if (!mangled.startsWith('_Z') || mangled.length > 2048) return null;
  const reader = new Reader(mangled);
  reader.pos = 2;
  try {
    const { text, cv } = reader.name(false);
    if (reader.pos === mangled.length) return text; // a variable
    // A template function's encoding starts with its return type; constructors and destructors have none.
    if (/>$/.test(text) && !reader.lastWasStructor) reader.type();
    const params: string[] = [];
    while (reader.pos < mangled.length) {
      if (mangled[reader.pos] === '.') break; // clone suffixes: .cold, .isra.0
      params.push(reader.type());
      if (params.length > 64) return null;
    }
    const list = params.length === 1 && params[0] === 'void' ? '' : params.join(', ');
    return `${text}(${list})${cv}`;
  } catch (error) {
    if (error instanceof Failure) return null;
    throw error;
  }
}
