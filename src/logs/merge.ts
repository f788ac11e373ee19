import type { Diagnostic } from '../types.js';
import { unifyQuotes } from '../classify/quoted.js';

/**
 * A bot quotes the first error of a job; the job's log holds it again with
 * all the others. One error is one occurrence: same job + file + line +
 * message (quotes, spaces and a bot's trimming aside).
 */

export function normaliseForMatch(message: string): string {
  return unifyQuotes(message).replace(/\s+/g, ' ').trim().toLowerCase();
}

export function occurrenceKey(file: string | null, line: number | null, message: string): string {
  return `${file ?? ''}\u0000${line ?? ''}\u0000${normaliseForMatch(message)}`;
}

/**
 * The log's diagnostics (complete, with columns and notes) first, then what
 * only the bot quoted; duplicates kept once. `relative` maps a printed path
 * to the repository-relative one, so `/home/ci/ws/repo/a.cc` and `a.cc` meet.
 */
export function mergeJobDiagnostics(quoted: Diagnostic[], fromLog: Diagnostic[], relative: (file: string) => string): Diagnostic[] {
  const seen = new Set<string>();
  const merged: Diagnostic[] = [];
  const keyOf = (d: Diagnostic) => occurrenceKey(d.file === null ? null : relative(d.file), d.line, d.message);
  for (const d of [...fromLog, ...quoted]) {
    const key = keyOf(d);
    if (seen.has(key)) continue;
    // A bot may cut a long message: a quote that starts the log's message is the same error.
    if (fromLog.length > 0 && quoted.includes(d) && isPrefixOfSeen(d, merged, relative)) continue;
    seen.add(key);
    merged.push(d);
  }
  return merged;
}

function isPrefixOfSeen(d: Diagnostic, merged: Diagnostic[], relative: (file: string) => string): boolean {
  const file = d.file === null ? null : relative(d.file);
  const message = normaliseForMatch(d.message).replace(/(?:\.\.\.|…)$/, '');
  if (message.length < 20) return false;
  return merged.some(
    (m) => m.line === d.line && (m.file === null ? null : relative(m.file)) === file && normaliseForMatch(m.message).startsWith(message),
  );
}
