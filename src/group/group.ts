import { createHash } from 'node:crypto';
import type { Finding, Group, Occurrence } from '../types.js';

/** Stable id of a root cause: category + the classifier's key, nothing about where or who. */
export function fingerprintOf(category: string, key: string): string {
  return createHash('sha256').update(`${category}\u0000${key}`).digest('hex').slice(0, 16);
}

function sameOccurrence(a: Occurrence, b: Occurrence): boolean {
  return a.job === b.job && a.file === b.file && a.line === b.line && a.column === b.column && a.tool === b.tool && a.message === b.message;
}

/**
 * One group per root cause, in first-seen order; occurrences keep every
 * (job, location, tool, message) once.
 */
export function groupFindings(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
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
    };
    if (!group.occurrences.some((existing) => sameOccurrence(existing, occurrence))) group.occurrences.push(occurrence);
  }
  return [...groups.values()];
}
