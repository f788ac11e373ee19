import type { Diagnostic } from '../types.js';

/**
 * tsc: `index.ts(2,7): error TS2322: …` (the default when not a TTY; read by
 * the MSVC-shaped parser) and the pretty form `index.ts:2:7 - error TS2322: …`.
 */
export function parseTscPrettyLine(line: string): Diagnostic | null {
  // By hand, not by one regex: `(.+?):(\d+):(\d+) - error` backtracks polynomially on repeats of itself.
  const text = line.trim();
  let at = text.indexOf(' - error TS');
  const severity = at !== -1 ? 'error' : 'warning';
  if (at === -1) at = text.indexOf(' - warning TS');
  if (at === -1) return null;
  const location = /^(.{1,2000}):(\d{1,9}):(\d{1,9})$/.exec(text.slice(0, at));
  const rest = /^(\d{1,6}): (.{0,4000})$/.exec(text.slice(at + ` - ${severity} TS`.length));
  if (!location || !rest) return null;
  return {
    tool: 'tsc',
    severity,
    file: location[1],
    line: Number(location[2]),
    column: Number(location[3]),
    code: `TS${rest[1]}`,
    message: rest[2],
    context: [],
  };
}
