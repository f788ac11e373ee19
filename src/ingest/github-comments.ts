import type { ChangeInfo, Review, ReviewMessage } from '../types.js';
import { normaliseNewlines, patchSetMentioned } from './text.js';

/**
 * A pull request's issue comments (the REST objects) as a review thread, so
 * the bot-report parsers read GitHub comments like any other review messages.
 * GitHub has no patch sets: the n-th commit of the PR plays that part.
 */

export interface IssueCommentLike {
  /** REST's number, or the GraphQL node id `gh pr view --json comments` gives. */
  id: number | string;
  body?: string | null;
  user: { login: string; type?: string } | null;
  /** null: the source gave no date (a hand-made file). */
  created_at: string | null;
  html_url?: string;
}

export interface PullCommitLike {
  sha: string;
  commit: { message: string; committer?: { date?: string } | null; author?: { date?: string } | null };
}

export interface GitHubReviewContext {
  /** The PR's commits, oldest first (`GET /pulls/{n}/commits`). */
  commits?: PullCommitLike[];
  change?: Partial<ChangeInfo>;
}

const HEX = /\b[0-9a-f]{7,40}\b/g;

/** Position (1-based) of the PR commit a comment names by SHA (bots write "As of commit abc1234"). */
function commitNamed(body: string, commits: PullCommitLike[]): number | null {
  if (commits.length === 0) return null;
  const head = body.slice(0, 2000);
  for (const match of head.matchAll(HEX)) {
    const index = commits.findIndex((c) => c.sha.startsWith(match[0]));
    if (index !== -1) return index + 1;
  }
  return null;
}

/** Failing a SHA: the number of commits that existed when the comment was written. */
function commitsBefore(date: string | null, commits: PullCommitLike[]): number | null {
  const when = Date.parse(date ?? '');
  if (Number.isNaN(when) || commits.length === 0) return null;
  let count = 0;
  commits.forEach((c, index) => {
    const committed = Date.parse(c.commit.committer?.date ?? c.commit.author?.date ?? '');
    if (!Number.isNaN(committed) && committed <= when) count = index + 1;
  });
  return count > 0 ? count : null;
}

/** Bots that write "Patch Set N" (Gerrit-style) number their reports themselves; others are placed by commit. */
export function reportsNamePatchSets(comments: IssueCommentLike[]): boolean {
  return comments.some((c) => patchSetMentioned(normaliseNewlines(c.body ?? '')) !== null);
}

export function reviewFromIssueComments(comments: IssueCommentLike[], context: GitHubReviewContext = {}): Review {
  const byPatchSet = reportsNamePatchSets(comments);
  const commits = byPatchSet ? [] : (context.commits ?? []);
  const messages: ReviewMessage[] = comments.map((comment) => {
    const body = normaliseNewlines(comment.body ?? '');
    return {
      author: comment.user?.login ?? null,
      date: comment.created_at,
      body,
      patchSet: byPatchSet ? patchSetMentioned(body) : (commitNamed(body, commits) ?? commitsBefore(comment.created_at, commits)),
      id: String(comment.id),
      url: comment.html_url ?? null,
      authorType: comment.user?.type ?? null,
    };
  });
  return {
    format: 'github-json',
    change: {
      id: context.change?.id ?? null,
      subject: context.change?.subject ?? null,
      patchSet: context.change?.patchSet ?? (byPatchSet ? null : commits.length > 0 ? commits.length : null),
    },
    messages,
    warnings: [],
  };
}
