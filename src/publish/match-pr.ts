import type { Logger } from '../logger.js';
import type { GitHubClient } from './client.js';
import type { RunEvent } from './event.js';

/**
 * Which pull request the digest belongs to: the `pr-number` input; else the
 * event's PR; for a fork's workflow_run, the open PR of its head branch; for an
 * exported review, the open PR whose body or commits carry the same Change-Id;
 * else the PR that contains the run's commit.
 */

export interface PullRequestMatch {
  number: number;
  how: string;
}

export interface MatchRequest {
  prNumber: number | null;
  event: RunEvent;
  changeId: string | null;
}

/** Open PRs whose commits are searched for a Change-Id: the most recently updated ones. */
const CHANGE_ID_COMMIT_SCAN = 30;

export function carriesChangeId(text: string | null | undefined, changeId: string): boolean {
  if (!text) return false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('Change-Id:') && trimmed.slice('Change-Id:'.length).trim() === changeId) return true;
  }
  return false;
}

export async function matchPullRequest(client: GitHubClient, request: MatchRequest, logger: Logger): Promise<PullRequestMatch | null> {
  const { event } = request;
  const repo = { owner: event.owner, repo: event.repo };
  if (request.prNumber !== null) return { number: request.prNumber, how: 'the pr-number input' };
  if (event.prNumber !== null) return { number: event.prNumber, how: `the ${event.name} event` };

  if (event.head) {
    const { data } = await client.rest.pulls.list({ ...repo, state: 'open', head: `${event.head.owner}:${event.head.branch}`, per_page: 100 });
    const pr = data.find((p) => event.sha === null || p.head.sha === event.sha) ?? data[0];
    if (pr) return { number: pr.number, how: `its head branch ${event.head.owner}:${event.head.branch}` };
  }

  if (request.changeId) {
    const open = await client.paginate(client.rest.pulls.list, { ...repo, state: 'open', sort: 'updated', direction: 'desc', per_page: 100 });
    const byBody = open.find((p) => carriesChangeId(p.body, request.changeId!));
    if (byBody) return { number: byBody.number, how: `Change-Id ${request.changeId} in its description` };
    for (const pr of open.slice(0, CHANGE_ID_COMMIT_SCAN)) {
      const { data: commits } = await client.rest.pulls.listCommits({ ...repo, pull_number: pr.number, per_page: 100 });
      if (commits.some((c) => carriesChangeId(c.commit.message, request.changeId!))) {
        return { number: pr.number, how: `Change-Id ${request.changeId} in its commits` };
      }
    }
    logger.info(`no open pull request carries Change-Id ${request.changeId}`);
  }

  if (event.sha) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: event.sha, per_page: 100 });
    const pr = data.find((p) => p.state === 'open') ?? data[0];
    if (pr) return { number: pr.number, how: `commit ${event.sha.slice(0, 12)}` };
  }
  return null;
}
