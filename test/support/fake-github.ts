import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest } from './openapi-check.js';

/**
 * A local stand-in for the GitHub API, for the endpoints the action uses:
 * issue comments (list with Link-header pagination and `since`, create, edit,
 * delete), pulls (get, list, commits), commits → pulls, check runs (create,
 * update; only for tokens in `checksWriteTokens`, else 403 as for a token
 * without `checks: write`), and GraphQL `viewer`.
 * Every request is checked against GitHub's OpenAPI description; errors can be
 * injected, and a barrier can hold requests to force two runs to race.
 */

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: { sha: string; ref: string; label: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
  commits: Array<{ sha: string; commit: { message: string; committer: { date: string }; author: { date: string } } }>;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; annotations: Array<Record<string, unknown>> };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  token: string | null;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests get the error. */
  times: number;
  /** Apply the request first, then answer with the error (a gateway timeout after the write). */
  afterApplying?: boolean;
  message?: string;
  headers?: Record<string, string>;
}

interface Barrier {
  method: string;
  path: RegExp;
  count: number;
  waiting: Array<() => void>;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  pulls: FakePull[] = [];
  /** Issue comments by issue/PR number. */
  comments = new Map<number, FakeComment[]>();
  /** Token → account; unknown tokens are refused with 401. */
  tokens = new Map<string, FakeUser>();
  /** Tokens whose GraphQL `viewer` fails (as some scoped tokens do). */
  viewerFails = new Set<string>();
  /** Tokens that may read but not write (a fork's pull_request token). */
  readOnlyTokens = new Set<string>();
  /** Tokens granted `checks: write`; any other token's check-run writes get 403 "Resource not accessible by integration". */
  checksWriteTokens = new Set<string>();
  checkRuns: FakeCheckRun[] = [];
  requests: RecordedRequest[] = [];
  violations: string[] = [];
  faults: Fault[] = [];
  private barriers: Barrier[] = [];
  private nextId = 1_000_000;
  private server: Server | null = null;
  url = '';

  constructor(fullName: string) {
    [this.owner, this.repo] = fullName.split('/');
  }

  addComment(issue: number, user: FakeUser, body: string, createdAt = new Date()): FakeComment {
    const id = this.nextId++;
    const iso = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const comment: FakeComment = {
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${issue}`,
      body,
      user,
      created_at: iso,
      updated_at: iso,
      author_association: 'NONE',
    };
    const list = this.comments.get(issue) ?? [];
    list.push(comment);
    this.comments.set(issue, list);
    return comment;
  }

  commentsOf(issue: number): FakeComment[] {
    return this.comments.get(issue) ?? [];
  }

  /** Requests that changed something, check runs aside (see checkRunWrites). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql') && !r.path.includes('/check-runs'));
  }

  /** Check-run creates and updates asked for (also the refused ones). */
  checkRunWrites(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path.includes('/check-runs'));
  }

  holdUntil(method: string, path: RegExp, count: number): void {
    this.barriers.push({ method, path, count, waiting: [] });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        this.violations.push(`server error: ${(error as Error).stack}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const b of this.barriers) b.waiting.splice(0).forEach((go) => go());
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    const text = data === undefined ? '' : JSON.stringify(data);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3', ...headers });
    res.end(text);
  }

  private notFound(res: ServerResponse): void {
    this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private async readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (chunks.length === 0) return undefined;
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return JSON.parse(text);
    } catch {
      this.violations.push(`${req.method} ${req.url}: body is not JSON: ${text.slice(0, 200)}`);
      return text;
    }
  }

  private async wait(method: string, path: string): Promise<void> {
    const barrier = this.barriers.find((b) => b.count > 0 && b.method === method && b.path.test(path));
    if (!barrier) return;
    barrier.count--;
    if (barrier.count === 0) {
      barrier.waiting.splice(0).forEach((go) => go());
      return;
    }
    await new Promise<void>((resolve) => {
      barrier.waiting.push(resolve);
      // Never hang a test: let it through after a while anyway.
      setTimeout(resolve, 8000).unref();
    });
  }

  private paginate<T>(res: ServerResponse, url: URL, items: T[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const pageUrl = (n: number) => {
      const u = new URL(url.pathname + url.search, this.url);
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(perPage));
      return u.href;
    };
    const links: string[] = [];
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
    this.send(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const body = await this.readBody(req);
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '') || null;
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body, token });
    if (url.pathname !== '/graphql') {
      for (const problem of checkRequest(method, url.pathname, url.searchParams, body)) this.violations.push(problem);
    } else if (method !== 'POST' || typeof (body as { query?: unknown })?.query !== 'string') {
      this.violations.push(`${method} /graphql: expected a POST with a query string`);
    }
    const user = token ? this.tokens.get(token) : undefined;
    if (!user) return this.send(res, 401, { message: 'Bad credentials' });
    await this.wait(method, url.pathname);

    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      if (fault.afterApplying) {
        await this.route(method, url, body, user, token!, { send: () => {} } as unknown as ServerResponse, true);
      }
      return this.send(res, fault.status, { message: fault.message ?? 'Server Error' }, fault.headers);
    }
    await this.route(method, url, body, user, token!, res, false);
  }

  private async route(method: string, url: URL, body: any, user: FakeUser, token: string, res: ServerResponse, silent: boolean): Promise<void> {
    const reply = silent ? () => {} : (status: number, data: unknown, headers?: Record<string, string>) => this.send(res, status, data, headers);
    const path = url.pathname;
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    if (path === '/graphql') {
      if (this.viewerFails.has(token)) return reply(200, { data: null, errors: [{ message: 'Resource not accessible by integration' }] });
      return reply(200, { data: { viewer: { login: user.login } } });
    }
    if (!path.startsWith(repoPrefix + '/')) return silent ? undefined : this.notFound(res);
    const rest = path.slice(repoPrefix.length);
    const writing = method !== 'GET';
    if (writing && this.readOnlyTokens.has(token)) return reply(403, { message: 'Resource not accessible by integration' });

    let m: RegExpExecArray | null;
    if (rest === '/check-runs' || /^\/check-runs\/\d+$/.test(rest)) {
      if (writing && !this.checksWriteTokens.has(token)) {
        return reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run' });
      }
      if (rest === '/check-runs' && method === 'POST') {
        const run: FakeCheckRun = {
          id: this.nextId++,
          name: String(body?.name),
          head_sha: String(body?.head_sha),
          status: body?.conclusion ? 'completed' : String(body?.status ?? 'queued'),
          conclusion: body?.conclusion ?? null,
          output: { title: body?.output?.title ?? null, summary: body?.output?.summary ?? null, annotations: [...(body?.output?.annotations ?? [])] },
        };
        this.checkRuns.push(run);
        return reply(201, this.checkRunJson(run));
      }
      const run = this.checkRuns.find((r) => rest === `/check-runs/${r.id}`);
      if (run && method === 'PATCH') {
        if (body?.conclusion) run.conclusion = body.conclusion;
        if (body?.status) run.status = body.status;
        if (body?.output) {
          run.output.title = body.output.title ?? run.output.title;
          run.output.summary = body.output.summary ?? run.output.summary;
          // Each update appends its annotations, as GitHub does.
          run.output.annotations.push(...(body.output.annotations ?? []));
        }
        return reply(200, this.checkRunJson(run));
      }
      if (run && method === 'GET') return reply(200, this.checkRunJson(run));
      return silent ? undefined : this.notFound(res);
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const since = url.searchParams.get('since');
        const list = this.commentsOf(issue).filter((c) => !since || c.updated_at >= since.replace(/\.\d{3}Z$/, 'Z'));
        return silent ? undefined : this.paginate(res, url, list);
      }
      if (method === 'POST') return reply(201, this.addComment(issue, user, String(body?.body ?? '')));
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(m[1]);
      for (const [issue, list] of this.comments) {
        const index = list.findIndex((c) => c.id === id);
        if (index === -1) continue;
        const comment = list[index];
        if (method === 'GET') return reply(200, comment);
        if (comment.user.login !== user.login) return reply(403, { message: 'Must have admin rights to Repository.' });
        if (method === 'PATCH') {
          comment.body = String(body?.body ?? '');
          comment.updated_at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
          return reply(200, comment);
        }
        if (method === 'DELETE') {
          list.splice(index, 1);
          this.comments.set(issue, list);
          return reply(204, undefined);
        }
      }
      return silent ? undefined : this.notFound(res);
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pr = this.pulls.find((p) => p.number === Number(m![1]));
      return pr ? reply(200, this.pullJson(pr)) : silent ? undefined : this.notFound(res);
    }
    if ((m = /^\/pulls\/(\d+)\/commits$/.exec(rest)) && method === 'GET') {
      const pr = this.pulls.find((p) => p.number === Number(m![1]));
      return pr ? (silent ? undefined : this.paginate(res, url, pr.commits)) : silent ? undefined : this.notFound(res);
    }
    if (rest === '/pulls' && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const head = url.searchParams.get('head');
      const list = this.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head || p.head.label === head)
        .map((p) => this.pullJson(p));
      return silent ? undefined : this.paginate(res, url, list);
    }
    if ((m = /^\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest)) && method === 'GET') {
      const sha = m[1];
      const list = this.pulls.filter((p) => p.commits.some((c) => c.sha.startsWith(sha))).map((p) => this.pullJson(p));
      return silent ? undefined : this.paginate(res, url, list);
    }
    if (!silent) this.notFound(res);
  }

  private checkRunJson(run: FakeCheckRun) {
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: `CR_${run.id}`,
      external_id: '',
      url: `${this.url}/repos/${this.owner}/${this.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
      details_url: null,
      status: run.status,
      conclusion: run.conclusion,
      name: run.name,
      output: { title: run.output.title, summary: run.output.summary, text: null, annotations_count: run.output.annotations.length, annotations_url: '' },
    };
  }

  private pullJson(pr: FakePull) {
    return {
      url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${pr.number}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      number: pr.number,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      head: pr.head,
      base: pr.base,
    };
  }
}
