import stripAnsi from 'strip-ansi';

/**
 * What CI systems add around a tool's line: colour codes, Jenkins console
 * notes, timestamp prefixes. Applied only to the few lines the log stage
 * decodes, never to the whole log.
 */

// Jenkins writes console notes (hyperlinks, serialized annotations) as hidden text: ESC[8m … ESC[0m.
const JENKINS_HIDDEN_NOTE = /\x1b\[8m[^\x1b]{0,8192}\x1b\[0m/g;

// Bounded quantifiers only: a hostile line cannot make these backtrack far.
const GITHUB_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z ?/;
const BRACKETED_TIMESTAMP = /^\[\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\] ?/;
const CLOCK_TIMESTAMP = /^\[?\d{1,3}:\d{2}:\d{2}(?:\.\d{1,6})?\]? /;

/** A CI timestamp at the start of a line, removed: GitHub Actions, Jenkins timestamper (system or elapsed time). */
export function stripTimestamp(line: string): string {
  // Cheap shape checks first: most lines are not stamped, and `[12/345] Building` must not pay for three regexes.
  const first = line.charCodeAt(0);
  let match: RegExpExecArray | null = null;
  if (first >= 48 && first <= 57) {
    if (line.charCodeAt(4) === 45 /* - */) match = GITHUB_TIMESTAMP.exec(line);
    else if (hasClockColon(line, 1)) match = CLOCK_TIMESTAMP.exec(line);
  } else if (first === 91 /* [ */) {
    if (line.charCodeAt(5) === 45) match = BRACKETED_TIMESTAMP.exec(line);
    else if (hasClockColon(line, 2)) match = CLOCK_TIMESTAMP.exec(line);
  }
  return match ? line.slice(match[0].length) : line;
}

/** `H:`, `HH:` or `HHH:` from `from`. */
function hasClockColon(line: string, from: number): boolean {
  for (let i = from; i < from + 3; i++) if (line.charCodeAt(i) === 58 /* : */) return true;
  return false;
}

/** One log line as the tool printed it. `\r` is handled by the caller, which splits on it. */
export function cleanLogLine(raw: string): string {
  let line = raw;
  if (line.indexOf('\x1b') !== -1) {
    if (line.indexOf('\x1b[8m') !== -1) line = line.replace(JENKINS_HIDDEN_NOTE, '');
    line = stripAnsi(line);
  }
  // A prefix may come twice: the runner's timestamp, then the tool's own (Jenkins in GitHub, or the reverse).
  line = stripTimestamp(line);
  return stripTimestamp(line);
}
