/**
 * Helpers for bot comments as people paste them: quoted in e-mail replies or
 * markdown (`> `), wrapped in code fences, with markdown links, HTML details
 * blocks and log lines carrying timestamps or colour codes. Everything here is
 * linear in the input and uses no backtracking-prone regex.
 */

/** Removes `>` quoting, level by level (a reply to a reply), while the text is a quote. */
export function unquote(text: string): string {
  let out = text;
  for (let level = 0; level < 5; level++) {
    const next = unquoteOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Removes one level of `>` quoting when the text is a quote (most of its lines start with `>`). */
function unquoteOnce(text: string): string {
  const lines = text.split('\n');
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0) return text;
  const quoted = content.filter((line) => line.trimStart().startsWith('>')).length;
  if (quoted < content.length * 0.6) return text;
  return lines
    .map((line) => {
      const trimmed = line.trimStart();
      if (!trimmed.startsWith('>')) return line;
      return trimmed.startsWith('> ') ? trimmed.slice(2) : trimmed.slice(1);
    })
    .join('\n');
}

export interface MarkdownLink {
  text: string;
  url: string;
}

/** The `[text](url)` links of a line, in order; nested brackets (image links) tolerated one level deep. */
export function markdownLinks(line: string, max = 20): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let from = 0;
  while (links.length < max) {
    const mid = line.indexOf('](', from);
    if (mid === -1) break;
    const close = line.indexOf(')', mid + 2);
    if (close === -1) break;
    // The opening bracket: walk back (at most 300 characters, so hostile input
    // stays linear) over nested links such as [![img](u)](url).
    let depth = 0;
    let open = -1;
    for (let i = mid - 1; i >= Math.max(0, mid - 300); i--) {
      const c = line[i];
      if (c === ']') depth++;
      else if (c === '[') {
        if (depth === 0) {
          open = i;
          break;
        }
        depth--;
      }
    }
    const url = line.slice(mid + 2, close).trim();
    if (open !== -1) links.push({ text: line.slice(open + 1, mid).trim(), url });
    from = close + 1;
  }
  return links;
}

/** The first http(s) URL in the text, cut at whitespace, quotes, `<`, `>` or `)`. */
export function firstUrl(text: string): string | null {
  let start = text.indexOf('https://');
  const plain = text.indexOf('http://');
  if (start === -1 || (plain !== -1 && plain < start)) start = plain;
  if (start === -1) return null;
  let end = start;
  while (end < text.length && !' \t\n"\'<>)'.includes(text[end])) end++;
  return text.slice(start, end);
}

const ANSI_ESCAPE = /\u001b\[[0-9;]{0,20}[A-Za-z]/g;

/**
 * A quoted log line made plain for the diagnostic parsers: colour codes,
 * GitHub Actions / Azure timestamps (`2019-12-26T22:11:23.3293161Z `),
 * CircleCI-era syslog-style stamps (`Dec 19 21:17:17 `) and Travis-era
 * elapsed-time prefixes (`[00:04:12] `) removed.
 */
export function plainLogLine(line: string): string {
  let out = line.indexOf('\u001b') === -1 ? line : line.replace(ANSI_ESCAPE, '');
  if (out.length > 20 && out[4] === '-' && out[10] === 'T') {
    const space = out.indexOf(' ');
    if (space > 18 && space < 40 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z?$/.test(out.slice(0, space))) {
      out = out.slice(space + 1);
    }
  }
  // CircleCI-era logs as Dr. CI quoted them: "Dec 19 21:17:17 ".
  const syslog = out.length > 16 && out[3] === ' ' ? /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} /.exec(out) : null;
  if (syslog) out = out.slice(syslog[0].length);
  if (out.length > 10 && out[0] === '[' && out[3] === ':' && out[6] === ':' && out[9] === ']' && /^\[\d{2}:\d{2}:\d{2}\] ?/.test(out)) {
    out = out.slice(out[10] === ' ' ? 11 : 10);
  }
  return out;
}

/** Lines that are only markup around a quoted log: details/summary tags, fences, `---` separators. */
export function isMarkupLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t === '---') return t === '---';
  if (t.startsWith('```')) return true;
  if (t.startsWith('<') && t.endsWith('>') && /^(?:<\/?(?:details|summary|p|i|b|code|br)\b[^<>]{0,80}>\s*)+$/i.test(t)) return true;
  return false;
}

/** The lines inside code fences of a block of text; when there is no fence, null. */
export function fencedLines(lines: string[]): string[] | null {
  const out: string[] = [];
  let inFence = false;
  let sawFence = false;
  for (const line of lines) {
    if (line.trimStart().startsWith('```')) {
      inFence = !inFence;
      sawFence = true;
      continue;
    }
    if (inFence) out.push(line);
  }
  return sawFence ? out : null;
}

/** Removes inline HTML tags (`<code>`, `</span>`, `<h2>`) from a line. */
export function stripTags(line: string): string {
  if (line.indexOf('<') === -1) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '<') {
      const close = line.indexOf('>', i + 1);
      const inner = close === -1 ? '' : line.slice(i + 1, close);
      if (close !== -1 && close - i < 200 && /^\/?[A-Za-z][A-Za-z0-9]{0,10}\b[^<>]*$/.test(inner)) {
        i = close + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}
