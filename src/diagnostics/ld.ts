import type { Diagnostic } from '../types.js';

/**
 * Linker diagnostics of GNU ld (bfd), gold, lld and Apple's ld64. GNU ld
 * speaks the user's language ("undefinierter Verweis auf", "référence
 * indéfinie vers"), so the line's shape decides: `obj:(.section+0xNN): words
 * <quoted symbol>`; the words only choose between undefined and duplicate.
 */

export type LinkKind = 'undefined' | 'duplicate' | 'missing-library';

/** Quote pairs linkers use around a symbol, in every locale we have seen. */
const QUOTES: Array<[string, string]> = [['`', '\''], ['‘', '’'], ['»', '«'], ['«', '»'], ['„', '“'], ['"', '"'], ['\'', '\''], ['「', '」']];

/** Spaces and « » trimmed from both ends; by hand: /^[«»\s]+|[«»\s]+$/g backtracked quadratically. */
function trimGuillemets(text: string): string {
  const strip = (c: string) => c === '«' || c === '»' || c.trim() === '';
  let start = 0;
  let end = text.length;
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return text.slice(start, end);
}

/** The symbol inside the first quote pair of text (the closing quote is the last one). */
export function quotedSymbol(text: string): string | null {
  let best: { at: number; close: string } | null = null;
  for (const [open, close] of QUOTES) {
    const at = text.indexOf(open);
    if (at !== -1 && (best === null || at < best.at)) best = { at, close };
  }
  if (!best) return null;
  const end = text.lastIndexOf(best.close);
  if (end <= best.at) return null;
  const inner = trimGuillemets(text.slice(best.at + 1, end).trim());
  return inner === '' ? null : inner;
}

function linkDiagnostic(tool: string, kind: LinkKind, symbol: string, message: string, file: string | null = null): Diagnostic {
  return {
    tool,
    severity: 'error',
    file,
    line: null,
    column: null,
    code: kind,
    message: message.trim(),
    context: [],
    subject: symbol,
  };
}

// Words of localised GNU ld for a symbol defined twice (en, de, fr, es, it, pt, ...).
const DUPLICATE_WORDS = ['multiple definition', 'mehrfache definition', 'définitions multiples', 'definición múltiple', 'definizione multipla', 'múltipla definição', 'множественное определение', '多重定义', '重複定義'];
const UNDEFINED_WORDS = ['undefined reference', 'undefinierter verweis', 'référence indéfinie', 'referencia a', 'riferimento non definito', 'referência indefinida', 'неопределённая ссылка', 'неопределенная ссылка', '未定义的引用', '定義されていない参照'];

function toolOfPrefix(line: string): string {
  if (line.startsWith('ld.lld') || line.startsWith('lld-link') || line.startsWith('ld64.lld') || line.startsWith('wasm-ld')) return 'lld';
  if (line.indexOf('ld.gold') !== -1) return 'gold';
  return 'ld';
}

/** Where a location-like object prefix ends: `obj.o:(.text+0x5): ` or `file.cc:(.text+0x5): `. */
function sectionMessage(line: string): string | null {
  const at = line.indexOf(':(.');
  if (at === -1) return null;
  // French typography puts a space before the colon: "obj.o:(.data+0x0) : définitions multiples de « x »".
  let close = line.indexOf('): ', at);
  let skip = 3;
  const spaced = line.indexOf(') : ', at);
  if (spaced !== -1 && (close === -1 || spaced < close)) {
    close = spaced;
    skip = 4;
  }
  if (close === -1 || close - at > 200) return null;
  return line.slice(close + skip);
}

/** One self-contained linker line, or null. */
export function parseLinkerLine(line: string): Diagnostic | null {
  // lld: "ld.lld: error: undefined symbol: foo" / "duplicate symbol: foo".
  let at = line.indexOf('error: undefined symbol: ');
  if (at !== -1) return linkDiagnostic(toolOfPrefix(line), 'undefined', line.slice(at + 25).trim(), line.slice(at + 7));
  at = line.indexOf('error: duplicate symbol: ');
  if (at !== -1) return linkDiagnostic(toolOfPrefix(line), 'duplicate', line.slice(at + 25).trim(), line.slice(at + 7));
  // Missing libraries: bfd/gold "cannot find -lfoo", lld "unable to find library -lfoo", ld64 "library not found for -lfoo".
  at = line.indexOf(' -l');
  if (at !== -1 && (line.includes('cannot find -l') || line.includes('unable to find library -l') || line.includes('library not found for -l'))) {
    const name = /^-l([\w.+-]{1,200})/.exec(line.slice(at + 1));
    if (name) {
      const tool = line.includes('library not found for') ? 'ld64' : toolOfPrefix(line);
      const message = line.slice(line.indexOf(': ') === -1 ? 0 : line.indexOf(': ') + 2).replace(/^error: /, '');
      return linkDiagnostic(tool, 'missing-library', name[1], message);
    }
  }
  // Localised GNU ld: "/usr/bin/ld.bfd : ne peut pas trouver -lfoo : Aucun fichier…"; the shape is "<ld> : words -lname".
  if (at !== -1 && isGnuLdLine(line)) {
    const name = /^-l([\w.+-]{1,200})/.exec(line.slice(at + 1));
    if (name) return linkDiagnostic(toolOfPrefix(line), 'missing-library', name[1], line.slice(line.indexOf(':') + 1).trim());
  }
  // ld64 (Xcode 15+): "ld: library 'zstd' not found".
  if (line.startsWith('ld: library ') && line.trimEnd().endsWith(' not found')) {
    const name = /^ld: library '([^']{1,200})' not found/.exec(line.trimEnd());
    if (name) return linkDiagnostic('ld64', 'missing-library', name[1], line.slice(4).trim());
  }
  // ld64: "duplicate symbol '_x' in:" (older: "duplicate symbol _x in:").
  if (line.startsWith('duplicate symbol ') && line.trimEnd().endsWith(' in:')) {
    const raw = line.slice(17, line.trimEnd().length - 4).trim();
    const symbol = raw.replace(/^'|'$/g, '');
    return linkDiagnostic('ld64', 'duplicate', stripMachOUnderscore(symbol), line.trimEnd().slice(0, -4));
  }
  // gold: "obj:file.cc:function main: error: undefined reference to 'foo'"; "error: obj: multiple definition of 'foo'".
  const lower = line.toLowerCase();
  const hasUndefined = lower.includes('undefined reference') || (lower.includes('(.') && UNDEFINED_WORDS.some((w) => lower.includes(w)));
  const hasDuplicate = !hasUndefined && (lower.includes('multiple definition') || (lower.includes('(.') && DUPLICATE_WORDS.some((w) => lower.includes(w))));
  if (hasUndefined || hasDuplicate) {
    const message = sectionMessage(line) ?? line.slice(line.lastIndexOf('error: ') === -1 ? 0 : line.lastIndexOf('error: ') + 7);
    // "multiple definition of `x'; other.o:(.bss+0x0): first defined here": the symbol is before the ';'.
    const semicolon = message.indexOf('; ');
    const symbolText = hasDuplicate && semicolon !== -1 ? message.slice(0, semicolon) : message;
    const symbol = quotedSymbol(symbolText);
    if (symbol) {
      const tool = line.includes('ld.gold') || line.includes(': error: undefined reference') ? 'gold' : toolOfPrefix(line);
      return linkDiagnostic(tool, hasUndefined ? 'undefined' : 'duplicate', symbol, hasDuplicate && semicolon !== -1 ? message.slice(0, semicolon) : message);
    }
  }
  return null;
}

/** A line GNU ld (bfd or gold) starts with its own name: "/usr/bin/ld: …", "ld.bfd : …" (French spacing). */
export function isGnuLdLine(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 200) return false;
  const head = line.slice(0, colon).trimEnd();
  const name = head.slice(head.lastIndexOf('/') + 1);
  return name === 'ld' || name === 'ld.bfd' || name === 'ld.gold' || name === 'ld.exe' || /^[\w-]{1,60}-ld(?:\.bfd|\.gold)?(?:\.exe)?$/.test(name);
}

/** Mach-O prefixes C symbols with `_`; the C name is what other linkers print. */
export function stripMachOUnderscore(symbol: string): string {
  return symbol.startsWith('_') && !symbol.includes('(') ? symbol.slice(1) : symbol;
}

/**
 * ld64's block: `Undefined symbols for architecture x86_64:` then, per symbol,
 * `  "_foo", referenced from:` and indented referrers.
 */
export class Ld64UndefinedBlock {
  private active = false;
  private current: Diagnostic | null = null;

  /** True when the line belonged to the block. */
  push(line: string, emit: (d: Diagnostic) => void): boolean {
    if (!this.active) {
      if (line.startsWith('Undefined symbols for architecture ')) {
        this.active = true;
        return true;
      }
      return false;
    }
    const trimmed = line.trim();
    if (line.startsWith('  "') || line.startsWith('  _') || line.startsWith('  \'')) {
      const end = trimmed.indexOf(', referenced from');
      const raw = (end === -1 ? trimmed : trimmed.slice(0, end)).replace(/^["']|["']$/g, '');
      this.current = linkDiagnostic('ld64', 'undefined', stripMachOUnderscore(raw), `Undefined symbol ${raw}`);
      emit(this.current);
      return true;
    }
    if ((line.startsWith('    ') || line.startsWith('\t')) && trimmed !== '') {
      if (this.current && this.current.context.length < 20) this.current.context.push(trimmed);
      return true;
    }
    if (trimmed.startsWith('ld: symbol(s) not found') || trimmed === '') {
      // The summary closes the block; a blank line may sit inside some outputs.
      if (trimmed !== '') this.active = false;
      return true;
    }
    this.active = false;
    this.current = null;
    return false;
  }
}
