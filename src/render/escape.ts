/**
 * Markdown for text we do not trust (anything quoted from comments or logs).
 * Untrusted text goes into code spans and fences, where GitHub renders no HTML,
 * mentions, images or links; what stays outside is escaped character by character.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** `@name` → `@\u200bname`: GitHub then notifies nobody (Dependabot does the same). */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`);
}

/** `<!--` can no longer open a comment nor be mistaken for our marker. */
export function neutraliseComments(text: string): string {
  return text.replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`).replace(/-->/g, `--${ZERO_WIDTH_SPACE}>`);
}

/** Characters that carry meaning in GitHub-flavoured markdown. */
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()<>#+\-.!|~&:]/g;

/**
 * Plain text outside code: every special escaped, entities disarmed, URLs
 * broken (`:` escaped stops GFM autolinks), mentions neutralised, one line.
 */
export function escapeText(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  return neutraliseMentions(oneLine.replace(MARKDOWN_SPECIALS, (c) => `\\${c}`));
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 96) {
      current++;
      if (current > longest) longest = current;
    } else current = 0;
  }
  return longest;
}

/**
 * An inline code span that no content can close early. In a table cell `|`
 * must be escaped even inside code (GFM splits cells first).
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let content = neutraliseComments(text.replace(/[\r\n]+/g, ' '));
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  if (content === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || content.startsWith(' ') || content.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function fencedBlock(text: string, info = 'text'): string {
  // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces.
  const content = neutraliseComments(text).trimEnd();
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  return `${fence}${info}\n${content}\n${fence}`;
}

/** Only http(s) URLs become links; anything else is shown as code. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Parentheses and spaces would end the markdown link target, `|` a table
  // cell; a `\` (kept in a fragment) would escape the closing `)`.
  return parsed.href.replace(/[()\s<>|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function link(text: string, url: string | null, options: { inTable?: boolean } = {}): string {
  const label = escapeText(text);
  const target = safeUrl(url);
  const cell = (s: string) => (options.inTable ? s.replace(/\|/g, '\\|') : s);
  return target ? cell(`[${label}](${target})`) : cell(label);
}

/**
 * Our own sentences that embed untrusted values in '…' (titles): the quoted
 * values become code spans, the rest is escaped.
 */
export function inlineWithCode(text: string, options: { inTable?: boolean } = {}): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('\'', i);
    if (open === -1) break;
    const close = text.indexOf('\'', open + 1);
    if (close === -1) break;
    out += escapeText(text.slice(i, open)) + codeSpan(text.slice(open + 1, close), options);
    i = close + 1;
  }
  return out + escapeText(text.slice(i));
}
