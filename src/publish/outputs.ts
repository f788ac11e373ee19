import type { TriageDocument } from '../types.js';
import { renderJson } from '../render/json.js';
import { isFailedJob } from '../triage.js';
import { isActive } from '../rules/index.js';
import type { PublishResult } from './upsert.js';

/** The action's outputs, by name, as strings. */
export function actionOutputs(doc: TriageDocument, published: PublishResult | null): Record<string, string> {
  const groups = doc.groups.filter(isActive);
  return {
    'comment-id': published?.comment ? String(published.comment.id) : '',
    'comment-url': published?.comment?.html_url ?? '',
    'failed-jobs': String(doc.jobs.filter(isFailedJob).length),
    'root-causes': String(groups.length),
    categories: [...new Set(groups.map((g) => g.category))].join(','),
    json: renderJson(doc),
  };
}
