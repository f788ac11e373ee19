import { locationsOf } from '../group/locations.js';
import type { Group, TriageDocument } from '../types.js';

/**
 * reviewdog's rdjsonl: one `Diagnostic` JSON object per line (reviewdog
 * proto/rdf/reviewdog.proto), so `reviewdog -f=rdjsonl` can post the located
 * failures with any of its reporters. Located occurrences only; groups an
 * `ignore` rule hides and groups already fixed are left out.
 */

type Severity = 'ERROR' | 'WARNING' | 'INFO';

export interface RdDiagnostic {
  message: string;
  location: { path: string; range?: { start: { line: number; column?: number } } };
  severity: Severity;
  source: { name: string; url?: string };
  code: { value: string; url?: string };
  original_output?: string;
}

function severityOf(group: Group): Severity {
  const kind = group.rule?.kind;
  if (group.flaky || kind === 'flaky' || kind === 'infrastructure') return 'INFO';
  if (kind === 'known') return 'WARNING';
  return 'ERROR';
}

export function buildRdjsonl(doc: TriageDocument): RdDiagnostic[] {
  const out: RdDiagnostic[] = [];
  for (const group of doc.groups) {
    if (group.history === 'fixed' || group.rule?.kind === 'ignore') continue;
    for (const { first: o, jobs } of locationsOf(group, { locatedOnly: true })) {
      if (!o.file) continue;
      const notes = [
        group.rule?.kind === 'known' ? `known issue ${group.rule.id}${group.rule.link ? ` ${group.rule.link}` : ''}` : null,
        group.flaky ? `flaky: ${group.flaky.evidence}` : null,
        jobs.length ? `jobs: ${jobs.join(', ')}` : null,
      ].filter((n): n is string => n !== null);
      out.push({
        message: notes.length ? `${group.title} (${notes.join('; ')})` : group.title,
        location: {
          path: o.file,
          ...(o.line !== null && o.line >= 1 ? { range: { start: { line: o.line, ...(o.column !== null && o.column >= 1 ? { column: o.column } : {}) } } } : {}),
        },
        severity: severityOf(group),
        source: { name: 'build-triage' },
        code: { value: group.category, ...(group.rule?.link ? { url: group.rule.link } : {}) },
        original_output: o.message,
      });
    }
  }
  return out;
}

export function renderRdjsonl(doc: TriageDocument): string {
  const lines = buildRdjsonl(doc).map((d) => JSON.stringify(d));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
