/** Reading the `file:line:col` part that precedes a diagnostic. */

export interface Location {
  file: string;
  line: number | null;
  column: number | null;
}

// Words that bots and CI systems put before a location (BFA's "Compile error at").
const PREFIXES = ['Compile error at ', 'Compilation error at ', 'Error at '];

function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 9) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Where the path starts in text that may carry a prefix (a tag, a timestamp, a bot's words). */
export function pathStart(text: string): number {
  for (const prefix of PREFIXES) {
    const at = text.lastIndexOf(prefix);
    if (at !== -1) return at + prefix.length;
  }
  // A Windows drive path may contain spaces ("C:\Program Files\…"): start at the drive letter.
  for (let i = text.length - 3; i >= 0; i--) {
    if (text[i + 1] === ':' && (text[i + 2] === '\\' || text[i + 2] === '/') && /[A-Za-z]/.test(text[i])) {
      // Also after a digit: progress output glued to the path ("Completed: 0C:\\Users\\…").
      if (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '"' || text[i - 1] === '\'' || /\d/.test(text[i - 1])) return i;
    }
  }
  const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
  return space + 1;
}

/** `path:line:col`, `path:line`, or a bare `path`, with any prefix before the path dropped. */
export function parseColonLocation(text: string): Location | null {
  let rest = text.trimEnd();
  if (rest.endsWith(':')) rest = rest.slice(0, -1);
  const numbers: number[] = [];
  for (let k = 0; k < 2; k++) {
    const colon = rest.lastIndexOf(':');
    if (colon <= 0) break;
    const tail = rest.slice(colon + 1);
    if (!isDigits(tail)) break;
    numbers.unshift(Number(tail));
    rest = rest.slice(0, colon);
  }
  const file = rest.slice(pathStart(rest)).trim();
  if (file === '' || file.length > 1024) return null;
  return { file, line: numbers[0] ?? null, column: numbers[1] ?? null };
}
