/**
 * Lines as CI systems print and people paste them: CR line ends, ANSI colours,
 * timestamps (Azure/GitHub `2024-01-01T00:00:00.0000000Z `, Jenkins timestamper
 * `[2024-01-01T10:00:00.123Z] ` or `10:00:00 `), build-step tags (`[ 45%] `,
 * ninja `[12/345] `, MSBuild `1>`), and GitHub annotations (`##[error]`).
 * Everything here is a cheap character test first; regexes are anchored and bounded.
 */

const ANSI = /\x1b\[[0-9;?]{0,32}[A-Za-z]|\x1b\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)/g;
const ISO_TIMESTAMP = /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]?\s/;
const CLOCK = /^\[?\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\]?\s/;
const STEP_TAG = /^\[\s{0,3}\d{1,3}%\]\s|^\[\d{1,7}\/\d{1,7}\]\s/;
const MSBUILD_NODE = /^\s{0,4}\d{1,3}>/;
const ANNOTATION = /^##\[(?:error|warning|notice|debug|group|endgroup|section|command)\]/;

export function stripAnsi(line: string): string {
  return line.indexOf('\x1b') === -1 ? line : line.replace(ANSI, '');
}

/** The line without decorations that do not belong to the tool's output. */
export function cleanLine(raw: string): string {
  let line = raw;
  if (line.endsWith('\r')) line = line.slice(0, -1);
  line = stripAnsi(line);
  // Up to three stacked decorations: `2024-… [ 45%] ##[error]…`.
  for (let k = 0; k < 3; k++) {
    const c = line.charCodeAt(0);
    let match: RegExpExecArray | null = null;
    if (c >= 48 && c <= 57) match = ISO_TIMESTAMP.exec(line) ?? CLOCK.exec(line) ?? MSBUILD_NODE.exec(line);
    else if (c === 91 /* [ */) match = ISO_TIMESTAMP.exec(line) ?? CLOCK.exec(line) ?? STEP_TAG.exec(line);
    else if (c === 35 /* # */) match = ANNOTATION.exec(line);
    else if (c === 32 && line.indexOf('>') !== -1 && line.indexOf('>') < 8) match = MSBUILD_NODE.exec(line);
    if (!match) break;
    line = line.slice(match[0].length);
  }
  return line;
}
