import { createHash } from 'node:crypto';
import type { Finding, Group, Occurrence } from '../types.js';

/** Stable id of a root cause: category + the classifier's key, nothing about where or who. */
export function fingerprintOf(category: string, key: string): string {
  return createHash('sha256').update(`${category}\u0000${key}`).digest('hex').slice(0, 16);
}

/** Identity of an occurrence; a Set of these keeps grouping linear in the number of findings. */
function occurrenceKey(o: Occurrence): string {
  return JSON.stringify([o.job, o.file, o.line, o.column, o.tool, o.message]);
}

/**
 * One group per root cause, in first-seen order; occurrences keep every
 * (job, location, tool, message) once.
 */
export function groupFindings(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  const seen = new Set<string>();
  for (const finding of findings) {
    const { classification } = finding;
    const fingerprint = fingerprintOf(classification.category, classification.key);
    let group = groups.get(fingerprint);
    if (!group) {
      group = {
        fingerprint,
        category: classification.category,
        stage: classification.stage,
        title: classification.title,
        detail: classification.detail,
        occurrences: [],
      };
      groups.set(fingerprint, group);
    }
    const occurrence: Occurrence = {
      job: finding.job,
      tool: finding.tool,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      message: finding.message,
      ...(finding.context && finding.context.length > 0 ? { context: finding.context } : {}),
    };
    const key = `${fingerprint}\u0000${occurrenceKey(occurrence)}`;
    if (!seen.has(key)) {
      seen.add(key);
      group.occurrences.push(occurrence);
    }
  }
  return [...groups.values()];
}
