import { locationsOf } from '../group/locations.js';
import type { TriageDocument } from '../types.js';
import { categoryLabel } from '../classify/categories.js';
import { isActive } from '../rules/index.js';

/**
 * Error annotations, one per location of each root cause. Runners keep only
 * 10 per kind per step: the most important come first (groups are ordered so)
 * and the last slot says how many more were left out.
 */

export interface Annotation {
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export const ANNOTATIONS_PER_STEP = 10;

export function buildAnnotations(doc: TriageDocument, limit = ANNOTATIONS_PER_STEP): Annotation[] {
  const all: Annotation[] = [];
  for (const group of doc.groups.filter(isActive)) {
    const title = `${categoryLabel(group.category)} (${group.category})`.slice(0, 200);
    for (const { first: o, jobs } of locationsOf(group)) {
      const message = `${group.title}${jobs.length ? `\nJobs: ${jobs.join(', ')}` : ''}`.slice(0, 4000);
      all.push({
        title,
        message,
        ...(o.file ? { file: o.file } : {}),
        ...(o.line !== null ? { startLine: o.line } : {}),
        ...(o.column !== null && o.line !== null ? { startColumn: o.column } : {}),
      });
    }
  }
  if (all.length <= limit) return all;
  const shown = all.slice(0, limit - 1);
  shown.push({
    title: 'More failures',
    message: `${all.length - shown.length} more failure locations are not annotated (runners keep ${limit} per step); the job summary lists them all.`,
  });
  return shown;
}
