import type { GitHubClient } from './client.js';

/** The PR's issue comments, read and written through the REST API. */

export interface IssueComment {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface CommentsApi {
  /** Every comment, following the Link header page after page; `since` = updated at or after. */
  list(since?: string): Promise<IssueComment[]>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
  remove(id: number): Promise<void>;
  /** True when the last list() stopped at the comment limit (the rest was not read). */
  readonly truncated: boolean;
}

/** Comments read per PR at most (100 pages): bounds the requests a flood of comments can cost. */
export const DEFAULT_MAX_COMMENTS = 10_000;

function plain(c: IssueComment): IssueComment {
  return {
    id: c.id,
    body: c.body,
    user: c.user ? { login: c.user.login, type: c.user.type } : null,
    created_at: c.created_at,
    updated_at: c.updated_at,
    html_url: c.html_url,
  };
}

export function commentsApi(client: GitHubClient, owner: string, repo: string, issueNumber: number, maxComments = DEFAULT_MAX_COMMENTS): CommentsApi {
  let truncated = false;
  return {
    get truncated() {
      return truncated;
    },
    async list(since) {
      let read = 0;
      truncated = false;
      const all = await client.paginate(
        client.rest.issues.listComments,
        { owner, repo, issue_number: issueNumber, per_page: 100, ...(since ? { since } : {}) },
        (response, done) => {
          read += response.data.length;
          if (read >= maxComments) {
            truncated = read > maxComments || response.headers.link?.includes('rel="next"') === true;
            done();
          }
          return response.data;
        },
      );
      return (all as IssueComment[]).slice(0, maxComments).map(plain);
    },
    async create(body) {
      const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      return plain(data as IssueComment);
    },
    async update(id, body) {
      const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return plain(data as IssueComment);
    },
    async remove(id) {
      try {
        await client.rest.issues.deleteComment({ owner, repo, comment_id: id });
      } catch (error) {
        // The racing run deleted it first: the outcome we wanted.
        if ((error as { status?: number }).status !== 404) throw error;
      }
    },
  };
}
