/**
 * What the triggering event tells about the pull request, from the webhook
 * payload the runner saved at GITHUB_EVENT_PATH. Pure: no I/O.
 */

export interface RunEvent {
  name: string;
  owner: string;
  repo: string;
  /** The PR the event is about, when the payload says. */
  prNumber: number | null;
  /** Commit the run is for. */
  sha: string | null;
  /** workflow_run from a fork: the head branch to look the PR up by. */
  head: { owner: string; branch: string } | null;
  /** The PR's head lives in a fork (its token is read-only on pull_request). */
  fromFork: boolean;
  /** The comment that triggered an issue_comment run. */
  comment: { id: number; login: string | null; type: string | null; body: string } | null;
  /** Why this event gives nothing to do, or null. */
  ignore: string | null;
}

type Json = Record<string, any>;

export function readEvent(name: string, payload: Json, env: { repository?: string; sha?: string }): RunEvent {
  const fullName: string = payload.repository?.full_name ?? env.repository ?? '';
  const [owner = '', repo = ''] = fullName.split('/');
  const event: RunEvent = {
    name,
    owner,
    repo,
    prNumber: null,
    sha: env.sha ?? null,
    head: null,
    fromFork: false,
    comment: null,
    ignore: null,
  };
  switch (name) {
    case 'issue_comment': {
      if (!payload.issue?.pull_request) {
        event.ignore = `issue_comment on issue #${payload.issue?.number ?? '?'}, which is not a pull request`;
        break;
      }
      event.prNumber = payload.issue.number ?? null;
      event.sha = null; // GITHUB_SHA is the default branch's head here, not the PR's.
      if (payload.comment) {
        event.comment = {
          id: payload.comment.id,
          login: payload.comment.user?.login ?? null,
          type: payload.comment.user?.type ?? null,
          body: payload.comment.body ?? '',
        };
      }
      break;
    }
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const pr = payload.pull_request;
      event.prNumber = pr?.number ?? null;
      event.sha = pr?.head?.sha ?? event.sha;
      const headRepo = pr?.head?.repo?.full_name;
      const baseRepo = pr?.base?.repo?.full_name ?? fullName;
      event.fromFork = headRepo === undefined || headRepo === null ? true : headRepo !== baseRepo;
      break;
    }
    case 'workflow_run': {
      const run = payload.workflow_run ?? {};
      event.prNumber = run.pull_requests?.[0]?.number ?? null;
      event.sha = run.head_sha ?? event.sha;
      const headOwner = run.head_repository?.owner?.login;
      if (headOwner && run.head_branch) event.head = { owner: headOwner, branch: run.head_branch };
      event.fromFork = run.head_repository?.full_name !== undefined && run.head_repository.full_name !== fullName;
      break;
    }
    case 'push':
      event.sha = payload.after ?? event.sha;
      break;
    default:
      // workflow_dispatch, schedule, …: the run's commit, or a pr-number input.
      event.prNumber = payload.pull_request?.number ?? null;
  }
  return event;
}
