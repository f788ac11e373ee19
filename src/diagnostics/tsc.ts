import type { Diagnostic } from '../types.js';

/**
 * tsc: `index.ts(2,7): error TS2322: …` (the default when not a TTY; read by
 * the MSVC-shaped parser) and the pretty form `index.ts:2:7 - error TS2322: …`.
 */
export function parseTscPrettyLine(line: string): Diagnostic | null {
  // By hand, not by one regex: `(.+?):(\d+):(\d+) - error` backtracks polynomially on repeats of itself.
  const text = line.trim();
  const marker = text.indexOf(' - error TS') !== -1 ? ' - error TS' : text.indexOf(' - warning TS') !== -1 ? ' - warning TS' : null;
  if (!marker) return null;
  const at = text.indexOf(marker);
  const location = /^(.{1,2000}):(\d{1,9}):(\d{1,9})$/.exec(text.slice(0, at));
  const rest = /^(\d{1,6}): (.{0,4000})$/.exec(text.slice(at + marker.length));
  if (!location || !rest) return null;
  const m = [text, location[1], location[2], location[3], marker.includes('warning') ? 'warning' : 'error', `TS${rest[1]}`, rest[2]];
  return {
    tool: 'tsc',
    severity: m[4] === 'warning' ? 'warning' : 'error',
    file: m[1],
    line: Number(m[2]),
    column: Number(m[3]),
    code: m[5],
    message: m[6],
    context: [],
  };
}
