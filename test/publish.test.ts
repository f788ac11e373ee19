import { describe, expect, it } from 'vitest';
import { readSettings } from '../src/publish/settings.js';
import { parseBotAuthors } from '../src/publish/bot-authors.js';
import { readEvent } from '../src/publish/event.js';
import { publishDigest } from '../src/publish/upsert.js';
import type { CommentsApi, IssueComment } from '../src/publish/comments.js';
import { carriesAnyMarker, carriesMarker, digestMarker } from '../src/publish/marker.js';
import { sameLogin } from '../src/publish/identity.js';
import { buildAnnotations } from '../src/publish/annotations.js';
import { explainWriteError } from '../src/publish/fork-errors.js';
import { carriesChangeId } from '../src/publish/match-pr.js';
import { silentLogger } from '../src/logger.js';
import { InputError } from '../src/errors.js';
import type { Group, TriageDocument } from '../src/types.js';
import { checkRequest } from './support/openapi-check.js';

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('settings from the inputs', () => {
  it('reads defaults', () => {
    const s = readSettings(inputs({ 'github-token': 't' }));
    expect(s).toMatchObject({ token: 't', source: { kind: 'pr-comments' }, prNumber: null, mode: 'upsert', commentIdKey: '', failOn: 'never', commentAuthor: null });
  });

  it('reads every input', () => {
    const s = readSettings(
      inputs({ 'github-token': 't', source: 'reviews/*.txt', 'pr-number': '42', mode: 'OFF', 'comment-id-key': 'nightly', 'fail-on': 'failure', 'comment-author': 'ci-poster[bot]' }),
    );
    expect(s).toMatchObject({ source: { kind: 'files', pattern: 'reviews/*.txt' }, prNumber: 42, mode: 'off', commentIdKey: 'nightly', failOn: 'failure', commentAuthor: 'ci-poster[bot]' });
  });

  it.each([
    [{ 'pr-number': '12a' }, /pr-number/],
    [{ mode: 'sometimes' }, /mode/],
    [{ 'fail-on': 'warning' }, /fail-on/],
    [{ 'comment-id-key': 'a b' }, /comment-id-key/],
    [{ 'comment-author': 'not a login' }, /comment-author/],
    [{ 'bot-authors': '/(/' }, /bot-authors/],
    [{ 'github-token': '' }, /github-token/],
  ])('rejects %o with a message naming the input', (values, message) => {
    expect(() => readSettings(inputs({ 'github-token': 't', ...values }))).toThrow(InputError);
    expect(() => readSettings(inputs({ 'github-token': 't', ...values }))).toThrow(message);
  });
});

describe('bot authors', () => {
  it('by default takes Bot accounts and CI-looking logins, not people', () => {
    const m = parseBotAuthors('');
    expect(m.matches({ login: 'renovate[bot]', type: 'Bot' })).toBe(true);
    expect(m.matches({ login: 'k8s-ci-robot', type: 'User' })).toBe(true);
    expect(m.matches({ login: 'cb-build-bot', type: 'User' })).toBe(true);
    expect(m.matches({ login: 'octocat', type: 'User' })).toBe(false);
    expect(m.matches(null)).toBe(false);
  });

  it('takes listed logins and /regex/ entries', () => {
    const m = parseBotAuthors('Jenkins-Ci, /^zuul-/i');
    expect(m.matches({ login: 'jenkins-ci' })).toBe(true);
    expect(m.matches({ login: 'Zuul-OpenDev' })).toBe(true);
    expect(m.matches({ login: 'dependabot[bot]', type: 'Bot' })).toBe(false);
  });
});

describe('marker and identity', () => {
  it('tells keys apart and counts only a marker at the start', () => {
    expect(carriesMarker(`${digestMarker('')}\nbody`, '')).toBe(true);
    expect(carriesMarker(`${digestMarker('a')}\nbody`, '')).toBe(false);
    expect(carriesMarker(`${digestMarker('ab')}\nbody`, 'a')).toBe(false);
    expect(carriesAnyMarker(`${digestMarker('ab')}`)).toBe(true);
    expect(carriesAnyMarker(`Build failed\n${digestMarker('')}`)).toBe(false);
  });

  it('compares logins with or without [bot]', () => {
    expect(sameLogin('github-actions[bot]', 'github-actions')).toBe(true);
    expect(sameLogin('GitHub-Actions', 'github-actions[bot]')).toBe(true);
    expect(sameLogin('github-actions-fake', 'github-actions')).toBe(false);
    expect(sameLogin(null, 'x')).toBe(false);
  });
});

describe('events', () => {
  const repository = { full_name: 'o/r' };
  it('ignores comments on plain issues', () => {
    expect(readEvent('issue_comment', { repository, issue: { number: 3 } }, {}).ignore).toMatch(/not a pull request/);
  });
  it('takes the PR of a PR comment and not GITHUB_SHA', () => {
    const e = readEvent('issue_comment', { repository, issue: { number: 3, pull_request: {} }, comment: { id: 1, user: { login: 'b', type: 'Bot' }, body: 'x' } }, { sha: 'abc' });
    expect(e).toMatchObject({ prNumber: 3, sha: null, owner: 'o', repo: 'r', comment: { id: 1, login: 'b', type: 'Bot' } });
  });
  it('marks fork pull requests', () => {
    const pr = (head: string) => ({ repository, pull_request: { number: 5, head: { sha: 's', repo: { full_name: head } }, base: { repo: repository } } });
    expect(readEvent('pull_request', pr('fork/r'), {}).fromFork).toBe(true);
    expect(readEvent('pull_request', pr('o/r'), {}).fromFork).toBe(false);
  });
  it('takes a fork workflow_run by its head branch', () => {
    const e = readEvent('workflow_run', { repository, workflow_run: { pull_requests: [], head_sha: 'h', head_branch: 'fix', head_repository: { full_name: 'fork/r', owner: { login: 'fork' } } } }, {});
    expect(e).toMatchObject({ prNumber: null, sha: 'h', head: { owner: 'fork', branch: 'fix' }, fromFork: true });
  });
});

describe('403 messages', () => {
  const base = readEvent('pull_request', { repository: { full_name: 'o/r' }, pull_request: { number: 1, head: { repo: { full_name: 'f/r' } }, base: { repo: { full_name: 'o/r' } } } }, {});
  it('points fork runs at the pull_request + workflow_run split', () => {
    expect(explainWriteError({ status: 403 }, base)).toMatch(/workflow_run/);
  });
  it('points other runs at permissions', () => {
    expect(explainWriteError({ status: 403 }, { ...base, fromFork: false })).toMatch(/pull-requests: write/);
    expect(explainWriteError({ status: 500 }, base)).toBeNull();
  });
});

describe('Change-Id', () => {
  it('matches the trailer line only, exactly', () => {
    expect(carriesChangeId('Fix\n\nChange-Id: I1234567890abcdef', 'I1234567890abcdef')).toBe(true);
    expect(carriesChangeId('Fix\n\nChange-Id: I1234567890abcdef0', 'I1234567890abcdef')).toBe(false);
    expect(carriesChangeId('see I1234567890abcdef', 'I1234567890abcdef')).toBe(false);
  });
});

/** An in-memory comments API that behaves like GitHub's for one PR. */
function memoryApi(initial: IssueComment[] = [], me = 'github-actions[bot]') {
  const comments = [...initial];
  let next = 100;
  const calls: string[] = [];
  const api: CommentsApi = {
    truncated: false,
    async list(since) {
      calls.push(`list${since ? ' since' : ''}`);
      return comments.filter((c) => !since || c.updated_at >= since);
    },
    async create(body) {
      calls.push('create');
      const c = comment(next++, me, body);
      comments.push(c);
      return c;
    },
    async update(id, body) {
      calls.push(`update ${id}`);
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return c;
    },
    async remove(id) {
      calls.push(`remove ${id}`);
      comments.splice(comments.findIndex((x) => x.id === id), 1);
    },
  };
  return { api, comments, calls };
}

function comment(id: number, login: string, body: string, at = new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString()): IssueComment {
  return { id, body, user: { login }, created_at: at, updated_at: at, html_url: `https://github.com/o/r/pull/1#issuecomment-${id}` };
}

const M = digestMarker('');
const ours = { isOurs: (c: IssueComment) => carriesMarker(c.body, '') && sameLogin(c.user?.login, 'github-actions[bot]') };

describe('publishing the digest', () => {
  it('creates when none exists, updates in place, and skips an unchanged body', async () => {
    const { api, comments, calls } = memoryApi();
    const first = await publishDigest(api, `${M}\none`, 'upsert', ours, comments, silentLogger);
    expect(first.action).toBe('created');
    const second = await publishDigest(api, `${M}\none`, 'upsert', ours, comments, silentLogger);
    expect(second.action).toBe('unchanged');
    const third = await publishDigest(api, `${M}\ntwo`, 'upsert', ours, comments, silentLogger);
    expect(third).toMatchObject({ action: 'updated', comment: { id: first.comment!.id } });
    expect(calls).toEqual(['create', 'list since', `update ${first.comment!.id}`]);
  });

  it('never edits a marker in somebody else comment', async () => {
    const forged = comment(1, 'mallory', `${M}\nmine`);
    const { api, comments } = memoryApi([forged]);
    const result = await publishDigest(api, `${M}\nx`, 'upsert', ours, comments, silentLogger);
    expect(result.action).toBe('created');
    expect(forged.body).toBe(`${M}\nmine`);
  });

  it('keeps the oldest of ours and deletes the others', async () => {
    const { api, comments, calls } = memoryApi([comment(5, 'github-actions[bot]', `${M}\nold`), comment(3, 'github-actions[bot]', `${M}\nolder`)]);
    const result = await publishDigest(api, `${M}\nnew`, 'upsert', ours, comments, silentLogger);
    expect(result).toMatchObject({ action: 'updated', removed: 1, comment: { id: 3 } });
    expect(calls).toEqual(['remove 5', 'update 3']);
  });

  it('cleans up after a race: the oldest of ours stays', async () => {
    const { api, comments } = memoryApi();
    const racer = comment(50, 'github-actions[bot]', `${M}\nsame`);
    // The other run created its comment between our listing and our create.
    const result = await publishDigest(api, `${M}\nsame`, 'upsert', ours, [], silentLogger).then(async (r) => r);
    expect(result.action).toBe('created');
    comments.push(racer);
    const again = await publishDigest(api, `${M}\nsame`, 'upsert', ours, [], silentLogger);
    expect(comments.filter((c) => ours.isOurs(c))).toHaveLength(1);
    expect(again.comment!.id).toBe(comments.find((c) => ours.isOurs(c))!.id);
  });

  it('off writes nothing; create always adds', async () => {
    const { api, comments, calls } = memoryApi([comment(1, 'github-actions[bot]', `${M}\nx`)]);
    expect((await publishDigest(api, `${M}\nx`, 'off', ours, comments, silentLogger)).action).toBe('skipped');
    expect((await publishDigest(api, `${M}\nx`, 'create', ours, comments, silentLogger)).action).toBe('created');
    expect(calls).toEqual(['create']);
  });
});

describe('annotations', () => {
  function group(i: number, locations: number): Group {
    return {
      fingerprint: `f${i}`,
      category: 'undeclared-identifier',
      stage: 'compile',
      title: `'x${i}' is not declared`,
      detail: {},
      occurrences: Array.from({ length: locations }, (_, k) => ({ job: 'j', tool: 'gcc', file: `src/f${i}.cc`, line: k + 1, column: 2, message: 'm' })),
    };
  }
  const doc = (groups: Group[]): TriageDocument => ({ schema: 'build-triage/v1', change: { id: null, subject: null, patchSet: null }, jobs: [], groups });

  it('annotates every location when there are at most 10', () => {
    const a = buildAnnotations(doc([group(1, 4), group(2, 6)]));
    expect(a).toHaveLength(10);
    expect(a[0]).toMatchObject({ file: 'src/f1.cc', startLine: 1, startColumn: 2 });
  });

  it('keeps the most important first and counts the rest in the last slot', () => {
    const a = buildAnnotations(doc([group(1, 8), group(2, 8)]));
    expect(a).toHaveLength(10);
    expect(a.slice(0, 8).every((x) => x.file === 'src/f1.cc')).toBe(true);
    expect(a[9].message).toMatch(/^7 more failure locations/);
  });

  it('leaves out groups that are fixed', () => {
    expect(buildAnnotations(doc([{ ...group(1, 2), history: 'fixed' }]))).toEqual([]);
  });
});

describe('OpenAPI check of the local server', () => {
  it('accepts documented requests', () => {
    expect(checkRequest('GET', '/repos/o/r/issues/1/comments', new URLSearchParams('per_page=100&page=2'), undefined)).toEqual([]);
    expect(checkRequest('POST', '/repos/o/r/issues/1/comments', new URLSearchParams(), { body: 'x' })).toEqual([]);
    expect(checkRequest('PATCH', '/repos/o/r/issues/comments/5', new URLSearchParams(), { body: 'x' })).toEqual([]);
  });

  it('flags undocumented paths, parameters and bodies', () => {
    expect(checkRequest('GET', '/repos/o/r/issues/1/commentz', new URLSearchParams(), undefined)[0]).toMatch(/no such operation/);
    expect(checkRequest('GET', '/repos/o/r/pulls', new URLSearchParams('state=merged'), undefined)[0]).toMatch(/state=merged not in open\|closed\|all/);
    expect(checkRequest('GET', '/repos/o/r/issues/1/comments', new URLSearchParams('page=two'), undefined)[0]).toMatch(/page=two is not an integer/);
    expect(checkRequest('GET', '/repos/o/r/issues/1/comments', new URLSearchParams('sort=asc'), undefined)[0]).toMatch(/sort/);
    expect(checkRequest('POST', '/repos/o/r/issues/1/comments', new URLSearchParams(), { text: 'x' })[0]).toMatch(/body/);
    expect(checkRequest('PATCH', '/repos/o/r/issues/comments/abc', new URLSearchParams(), { body: 'x' })[0]).toMatch(/integer/);
  });
});

describe('size limits', () => {
  it('keeps a huge digest under the comment limit and says what was left out', async () => {
    const { renderComment, renderSummary, COMMENT_LIMIT_CHARS } = await import('../src/publish/summary.js');
    const groups: Group[] = Array.from({ length: 400 }, (_, i) => ({
      fingerprint: `f${i}`,
      category: 'undeclared-identifier',
      stage: 'compile',
      title: `'name_${i}' is not declared`,
      detail: {},
      occurrences: Array.from({ length: 30 }, (_, k) => ({ job: `job-${k}`, tool: 'gcc', file: `src/dir_${i}/file_${k}.cc`, line: k + 1, column: 1, message: `'name_${i}' was not declared in this scope ${'x'.repeat(200)}` })),
    }));
    const doc: TriageDocument = {
      schema: 'build-triage/v1',
      change: { id: null, subject: null, patchSet: 1 },
      jobs: Array.from({ length: 30 }, (_, k) => ({ name: `job-${k}`, url: null, build: 1, status: 'failure' as const, patchSet: 1 })),
      groups,
    };
    const comment = renderComment(doc, { header: digestMarker('') });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(comment.startsWith(digestMarker(''))).toBe(true);
    expect(comment).toMatch(/left out|not shown|cut to fit/);
    const summary = renderSummary(doc, {});
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary.length).toBeGreaterThan(comment.length);
  });
});
