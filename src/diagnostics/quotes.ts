/**
 * The text of the first quote pair: an opening quote, 1..max characters, the first
 * closing quote after it. By hand: the regex with a bounded class between quote
 * classes backtracked polynomially on runs of opening quotes.
 */
export function firstQuoted(text: string, opens: string, closes: string, max: number): string | null {
  let close = -1; // the first closing quote after the current opening one
  for (let open = 0; open < text.length; open++) {
    if (!opens.includes(text[open])) continue;
    if (close <= open) {
      close = open + 1;
      while (close < text.length && !closes.includes(text[close])) close++;
    }
    const length = close - open - 1;
    if (close < text.length && length >= 1 && length <= max) return text.slice(open + 1, close);
  }
  return null;
}
