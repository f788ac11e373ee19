import type { Diagnostic } from '../types.js';

/**
 * tsc: `index.ts(2,7): error TS2322: …` (the default when not a TTY; read by
 * the MSVC-shaped parser) and the pretty form `index.ts:2:7 - error TS2322: …`.
 */
export function parseTscPrettyLine(line: string): Diagnostic | null {
  const m = /^(.{1,2000}?):(\d{1,9}):(\d{1,9}) - (error|warning) (TS\d{1,6}): (.{0,4000})$/.exec(line.trim());
  if (!m) return null;
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
