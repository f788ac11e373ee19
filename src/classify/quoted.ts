/**
 * Quoted names and types in compiler messages. Compilers quote with '…'
 * (C locale), ‘…’ (UTF-8 locale) or "…" (MSVC, and any text that passed through
 * Build Failure Analyzer, which turns every ' into "). Typedefs come with their
 * expansion: GCC 8+ `'T' {aka 'U'}`, GCC 7 `'T {aka U}'`, Clang `'T' (aka 'U')`.
 */

export interface Quoted {
  text: string;
  aka: string | null;
}

/** Every quote character becomes `'`. */
export function unifyQuotes(message: string): string {
  // « » » « „ “ ‹ ›: the quotes of localised compilers and linkers (German, French).
  return message.replace(/[‘’“”"`´«»„‹›]/g, '\'');
}

function splitInnerAka(text: string): Quoted {
  const at = text.indexOf(' {aka ');
  if (at !== -1 && text.endsWith('}')) {
    return { text: text.slice(0, at).trim(), aka: text.slice(at + 6, -1).trim() };
  }
  return { text, aka: null };
}

export interface QuotedMessage {
  /** The message with each quoted part replaced by Q0, Q1, … (akas removed). */
  skeleton: string;
  quoted: Quoted[];
}

/**
 * Replaces quoted parts by placeholders so that the wording around them can be
 * matched with short, anchored patterns. Linear: one pass over the message.
 */
export function extractQuoted(message: string): QuotedMessage {
  const text = unifyQuotes(message);
  const quoted: Quoted[] = [];
  let skeleton = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '\'') {
      skeleton += c;
      i++;
      continue;
    }
    // A quote inside a word (don't, it's) is not an opening quote.
    const prev = i > 0 ? text[i - 1] : ' ';
    const after = text[i + 1] ?? ' ';
    if (/[A-Za-z]/.test(prev) && /[A-Za-z]/.test(after)) {
      skeleton += c;
      i++;
      continue;
    }
    const close = findClosingQuote(text, i + 1);
    if (close === -1) {
      skeleton += text.slice(i);
      break;
    }
    const entry = splitInnerAka(text.slice(i + 1, close));
    i = close + 1;
    // Following ` {aka '…'}` or ` (aka '…')`.
    const rest = text.slice(i, i + 8);
    const akaOpen = rest.startsWith(' {aka \'') ? '}' : rest.startsWith(' (aka \'') ? ')' : null;
    if (akaOpen) {
      const akaClose = findClosingQuote(text, i + 7);
      if (akaClose !== -1 && text[akaClose + 1] === akaOpen) {
        entry.aka = text.slice(i + 7, akaClose);
        i = akaClose + 2;
      }
    }
    skeleton += `Q${quoted.length}`;
    quoted.push(entry);
  }
  return { skeleton, quoted };
}

/**
 * The quote that closes one opened at `from`: the next `'` that is followed by
 * something a closing quote is followed by (space, punctuation, end). Types
 * hold no quotes, so this is the next quote in practice.
 */
function findClosingQuote(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== '\'') continue;
    const next = text[j + 1];
    if (next === undefined || /[\s,.:;)\]}]/.test(next) || next === '\'') return j;
  }
  return -1;
}

/** The type a quoted part stands for: its expansion when the compiler gave one. */
export function expanded(quoted: Quoted): string {
  return quoted.aka ?? quoted.text;
}
