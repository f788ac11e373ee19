import type { Logger } from '../logger.js';
import type { CommentsApi, IssueComment } from './comments.js';
import type { Mode } from './settings.js';

/**
 * Keeps one digest comment: create it once, edit it in place, write nothing
 * when the body is unchanged. Two runs racing on one PR may both create;
 * after creating, each keeps the oldest of ours and deletes the rest.
 */

export type PublishAction = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface PublishResult {
  action: PublishAction;
  comment: IssueComment | null;
  /** Extra digests of ours that were deleted. */
  removed: number;
}

export interface Ownership {
  /** Our marker AND our author. */
  isOurs(comment: IssueComment): boolean;
}

function oldestFirst(a: IssueComment, b: IssueComment): number {
  return Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;
}

/** GitHub stores bodies with `\r\n` kept and trailing space trimmed on some paths: compare loosely. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a ?? '') === norm(b);
}

async function keepOldest(api: CommentsApi, ours: IssueComment[], body: string, logger: Logger): Promise<{ kept: IssueComment; removed: number; wrote: boolean }> {
  const [kept, ...extra] = [...ours].sort(oldestFirst);
  for (const comment of extra) {
    logger.info(`deleting duplicate digest comment ${comment.id} (keeping ${kept.id})`);
    await api.remove(comment.id);
  }
  if (sameBody(kept.body, body)) return { kept, removed: extra.length, wrote: false };
  return { kept: await api.update(kept.id, body), removed: extra.length, wrote: true };
}

/** `existing`: the PR's comments as already read (saves a second full listing). */
export async function publishDigest(
  api: CommentsApi,
  body: string,
  mode: Mode,
  ownership: Ownership,
  existing: IssueComment[],
  logger: Logger,
): Promise<PublishResult> {
  if (mode === 'off') return { action: 'skipped', comment: null, removed: 0 };
  const ours = existing.filter((c) => ownership.isOurs(c));
  if (mode === 'upsert' && ours.length > 0) {
    const { kept, removed, wrote } = await keepOldest(api, ours, body, logger);
    return { action: wrote ? 'updated' : 'unchanged', comment: kept, removed };
  }
  const created = await api.create(body);
  if (mode === 'create') return { action: 'created', comment: created, removed: 0 };
  // A run that started at the same time may have created one too: look again
  // (only comments touched since shortly before ours, to stay cheap on long PRs).
  const since = new Date(Date.parse(created.created_at) - 10 * 60_000).toISOString();
  const recent = (await api.list(since)).filter((c) => ownership.isOurs(c));
  if (!recent.some((c) => c.id === created.id)) recent.push(created);
  if (recent.length === 1) return { action: 'created', comment: created, removed: 0 };
  const { kept, removed, wrote } = await keepOldest(api, recent, body, logger);
  return { action: kept.id === created.id ? 'created' : wrote ? 'updated' : 'unchanged', comment: kept, removed };
}
