import type { TriageDocument } from '../types.js';

/** The spec's `build-triage/v1` JSON, stable key order, two-space indent. */
export function renderJson(document: TriageDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
