import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub, type FakeUser } from './support/fake-github.js';
import { runAction, ROOT, type RunResult } from './support/run-action.js';
import { readReview } from '../src/ingest/index.js';
import { executedCommands } from './support/runner-commands.js';
import { gfmToHtml } from './support/gfm.js';

/**
 * The bundled action (dist/index.js, built by the global setup) run as the
 * runner runs it, against a local GitHub API that checks every request with
 * GitHub's OpenAPI description. Event payloads are @octokit/webhooks-examples'.
 */

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, any>> }>;

function example(name: string, pick: (e: Record<string, any>) => boolean = () => true): Record<string, any> {
  const found = examples.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example`);
  return structuredClone(found);
}

const SEED = readFileSync(join(ROOT, 'test/fixtures/gerrit/kv_engine-gerrit-export.txt'), 'utf8');
/** The Build Bot's real report on patch set 13, as a bot would post it on GitHub. */
const SEED_REPORT = readReview(SEED, 'seed').messages.find((m) => m.author === 'Build Bot')!.body;
/** The next report: patch set 14, where the Windows build passes and the others still fail. */
const NEXT_REPORT = SEED_REPORT.replace('Patch Set 13', 'Patch Set 14')
  .replace(/\n\nCompile error at \.\.\\kv_engine[^\n]*\n/, '\n')
  .replace('kv_engine-windows-master/3894/ : FAILURE', 'kv_engine-windows-master/3895/ : SUCCESS');

/** A report of one failed job that quotes no error: its log (the logs input) has them. */
const LINUX_ONLY_REPORT = 'Patch Set 13: Verified-1\n\nBuild Failed \n\nhttp://cv.jenkins.couchbase.com/job/kv_engine-linux-master/4029/ : FAILURE\n';

const TOKEN = 'ghs_workflow_token';
const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const CI_BOT: FakeUser = { login: 'cb-build-bot', id: 501, type: 'User' };
const PERSON: FakeUser = { login: 'Codertocat', id: 21031067, type: 'User' };
const MARKER = '<!-- build-triage:digest -->';

const PR = 1;

/** An issue_comment on PR #1 by the CI bot: the webhooks example of a comment, made a PR comment as GitHub sends it. */
function botCommentEvent(body: string, user: FakeUser = CI_BOT, id = 9_000_001): Record<string, any> {
  const payload = example('issue_comment', (e) => e.action === 'created');
  payload.issue.pull_request = {
    url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${PR}`,
    html_url: `https://github.com/Codertocat/Hello-World/pull/${PR}`,
    diff_url: `https://github.com/Codertocat/Hello-World/pull/${PR}.diff`,
    patch_url: `https://github.com/Codertocat/Hello-World/pull/${PR}.patch`,
  };
  payload.comment.id = id;
  payload.comment.body = body;
  payload.comment.user = { ...payload.comment.user, login: user.login, id: user.id, type: user.type };
  return payload;
}

function commit(sha: string, message: string, date: string) {
  return { sha, commit: { message, committer: { date }, author: { date } } };
}

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** A fresh local GitHub with PR #1 for one test (tests run concurrently, each with its own). */
async function fresh() {
  const github = new FakeGitHub('Codertocat/Hello-World');
  servers.push(github);
  github.tokens.set(TOKEN, ACTIONS_BOT);
  github.pulls.push({
    number: PR,
    title: 'Put data directly into the send buffer',
    body: 'Start the migration off the write buffer.\n\nChange-Id: I9d3c85e1716fee2f3f1d92c72f0aa72261f66e51',
    state: 'open',
    head: { sha: 'b'.repeat(40), ref: 'send-buffer', label: 'Codertocat:send-buffer', repo: { full_name: 'Codertocat/Hello-World' } },
    base: { sha: 'c'.repeat(40), ref: 'master', repo: { full_name: 'Codertocat/Hello-World' } },
    commits: [commit('a'.repeat(40), 'First try', '2017-11-09T10:00:00Z'), commit('b'.repeat(40), 'Put data directly into the send buffer', '2017-11-10T06:40:00Z')],
  });
  await github.start();
  const run = (payload: Record<string, any>, inputs: Record<string, string> = {}, eventName = 'issue_comment', token = TOKEN): Promise<RunResult> =>
    runAction({ apiUrl: github.url, token, eventName, payload, inputs });
  const digests = () => github.commentsOf(PR).filter((c) => c.body.startsWith(MARKER));
  const expectCleanRun = (result: RunResult): void => {
    expect(result.stderr).toBe('');
    expect(result.code, result.stdout).toBe(0);
    expect(github.violations).toEqual([]);
  };
  return { github, run, digests, expectCleanRun };
}

describe.concurrent('bundled action on issue_comment', () => {
  it('creates one digest comment on the first run, with the outputs and summary', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, PERSON, 'Looks good to me, waiting for CI');
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const result = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    const [digest] = digests();
    expect(digest.user.login).toBe('github-actions[bot]');
    expect(digest.body.startsWith(MARKER)).toBe(true);
    expect(digest.body).toContain('signature-mismatch');
    expect(result.outputs['comment-id']).toBe(String(digest.id));
    expect(result.outputs['comment-url']).toBe(digest.html_url);
    expect(result.outputs['failed-jobs']).toBe('5');
    expect(result.outputs['root-causes']).toBe('1');
    expect(result.outputs.categories).toBe('signature-mismatch');
    expect(JSON.parse(result.outputs.json).schema).toBe('build-triage/v1');
    expect(result.summary).toContain('signature-mismatch');
    expect(result.stdout).toMatch(/^::error title=[^\n]*,file=programs\/engine_testapp\/engine_testapp\.cc,line=898,col=46::/m);
    expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`POST /repos/Codertocat/Hello-World/issues/${PR}/comments`]);
    // Who are we: GraphQL viewer, never GET /user (which fails for the workflow token).
    expect(github.requests.some((r) => r.path === '/user')).toBe(false);
    expect(github.requests.some((r) => r.path === '/graphql')).toBe(true);
  });

  it('writes nothing on a second run with the same input', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    expectCleanRun(await run(botCommentEvent(SEED_REPORT)));
    const first = digests()[0];
    github.requests = [];
    const second = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(second);
    expect(github.writes()).toEqual([]);
    expect(second.outputs['comment-id']).toBe(String(first.id));
    expect(digests()).toHaveLength(1);
  });

  it('updates the same comment when a new bot report arrives, and tells what changed', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT, new Date('2017-11-10T07:23:21Z'));
    expectCleanRun(await run(botCommentEvent(SEED_REPORT)));
    const before = digests()[0];
    const bodyBefore = before.body;
    github.addComment(PR, CI_BOT, NEXT_REPORT);
    github.requests = [];
    const result = await run(botCommentEvent(NEXT_REPORT, CI_BOT, 9_000_002));
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    expect(digests()[0].id).toBe(before.id);
    expect(digests()[0].body).not.toBe(bodyBefore);
    expect(digests()[0].body).toContain('Patch set 14');
    expect(digests()[0].body).toContain('still failing');
    expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /repos/Codertocat/Hello-World/issues/comments/${before.id}`]);
    expect(result.outputs['failed-jobs']).toBe('4');
  });

  it('leaves alone a comment by somebody else that carries a copied marker', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const forged = github.addComment(PR, PERSON, `${MARKER}\nI copied the marker; please edit me`);
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const result = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(result);
    expect(github.commentsOf(PR).find((c) => c.id === forged.id)?.body).toBe(`${MARKER}\nI copied the marker; please edit me`);
    const ours = digests().filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(result.outputs['comment-id']).toBe(String(ours[0].id));
    expect(github.writes().every((w) => !w.path.endsWith(`/${forged.id}`))).toBe(true);
  });

  it('posts once when GitHub answers 502 before succeeding', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    github.faults.push({ method: 'GET', path: /\/issues\/1\/comments$/, status: 502, times: 1, message: 'Bad Gateway' });
    github.faults.push({ method: 'POST', path: /\/issues\/1\/comments$/, status: 502, times: 1, message: 'Bad Gateway' });
    const result = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    expect(github.writes().filter((w) => w.method === 'POST')).toHaveLength(2);
  });

  it('leaves one comment when a 502 came after the comment was written', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    github.faults.push({ method: 'POST', path: /\/issues\/1\/comments$/, status: 502, times: 1, afterApplying: true });
    const result = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    expect(result.outputs['comment-id']).toBe(String(digests()[0].id));
  });

  it('leaves one comment when two runs race on the same PR', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    // Hold both runs' first listing until both have asked: neither sees a digest, both create one.
    github.holdUntil('GET', /\/issues\/1\/comments$/, 2);
    const [a, b] = await Promise.all([run(botCommentEvent(SEED_REPORT)), run(botCommentEvent(SEED_REPORT))]);
    expectCleanRun(a);
    expectCleanRun(b);
    expect(github.writes().filter((w) => w.method === 'POST')).toHaveLength(2);
    expect(digests()).toHaveLength(1);
    expect(a.outputs['comment-id']).toBe(String(digests()[0].id));
    expect(b.outputs['comment-id']).toBe(String(digests()[0].id));
  });

  it('reads all 250 comments of a long PR, page after page', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const start = Date.parse('2017-11-10T08:00:00Z');
    for (let i = 0; i < 249; i++) {
      github.addComment(PR, i % 3 === 0 ? CI_BOT : PERSON, i % 3 === 0 ? `Build Started http://cv.jenkins.couchbase.com/job/x/${i}/` : `comment ${i}`, new Date(start + i * 1000));
    }
    // The only report is the 250th comment: on the third page.
    github.addComment(PR, CI_BOT, SEED_REPORT, new Date(start + 250_000));
    const result = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(result);
    const pages = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/1/comments') && !r.query.has('since'));
    expect(pages.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(result.outputs['failed-jobs']).toBe('5');
    expect(digests()).toHaveLength(1);
  });
});

describe.concurrent('bundled action: limits', () => {
  it('stops reading at max-comments and says so in the digest', async () => {
    const { github, run, digests } = await fresh();
    const start = Date.parse('2017-11-10T08:00:00Z');
    github.addComment(PR, CI_BOT, SEED_REPORT, new Date(start));
    for (let i = 1; i < 250; i++) github.addComment(PR, PERSON, `comment ${i}`, new Date(start + i * 1000));
    const result = await run(botCommentEvent(SEED_REPORT), { 'max-comments': '100' });
    expect(result.code, result.stdout).toBe(0);
    const pages = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/1/comments') && !r.query.has('since'));
    expect(pages.every((r) => (r.query.get('page') ?? '1') === '1')).toBe(true);
    expect(digests()).toHaveLength(1);
    expect(digests()[0].body).toContain('only the first 100 comments of the pull request were read \\(limit\\: max\\-comments\\)');
  });
});

describe.concurrent('bundled action: more events and inputs', () => {
  it('waits out a secondary rate limit and posts once', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    github.faults.push({
      method: 'POST',
      path: /\/issues\/1\/comments$/,
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const result = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    expect(result.stdout).toMatch(/^::warning::secondary rate limit hit on POST/m);
  });

  it('finds the PR of a push by its commit', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const payload = example('push');
    payload.repository.full_name = 'Codertocat/Hello-World';
    payload.after = 'b'.repeat(40);
    const result = await run(payload, {}, 'push');
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    expect(github.requests.some((r) => r.path === `/repos/Codertocat/Hello-World/commits/${'b'.repeat(40)}/pulls`)).toBe(true);
  });

  it('finds the PR of a fork workflow_run by its head branch', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.pulls[0].head = { ...github.pulls[0].head, label: 'contributor:send-buffer', repo: { full_name: 'contributor/Hello-World' } };
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const payload = example('workflow_run', (e) => e.action === 'completed' && e.workflow_run.pull_requests.length === 0);
    payload.repository.full_name = 'Codertocat/Hello-World';
    payload.workflow_run.head_sha = 'b'.repeat(40);
    payload.workflow_run.head_branch = 'send-buffer';
    payload.workflow_run.head_repository = { ...payload.workflow_run.head_repository, full_name: 'contributor/Hello-World', owner: { ...payload.workflow_run.head_repository.owner, login: 'contributor' } };
    const result = await run(payload, {}, 'workflow_run');
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    const lookup = github.requests.find((r) => r.path === '/repos/Codertocat/Hello-World/pulls');
    expect(lookup?.query.get('head')).toBe('contributor:send-buffer');
  });

  it('posts nothing on a PR where only bots that are not CI commented', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const codecov: FakeUser = { login: 'codecov[bot]', id: 22429695, type: 'Bot' };
    const report = '## Codecov Report\nAll modified lines are covered by tests :white_check_mark:';
    github.addComment(PR, codecov, report);
    const result = await run(botCommentEvent(report, codecov));
    expectCleanRun(result);
    expect(github.writes()).toEqual([]);
    expect(result.stdout).toContain('no CI report in pull request #1; nothing posted');
  });

  it('mode off computes and reports but writes nothing', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const result = await run(botCommentEvent(SEED_REPORT), { mode: 'off' });
    expectCleanRun(result);
    expect(github.writes()).toEqual([]);
    expect(result.outputs['comment-id']).toBe('');
    expect(result.outputs['root-causes']).toBe('1');
    expect(result.summary).toContain('signature-mismatch');
  });

  it('keeps one digest per comment-id-key', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    expectCleanRun(await run(botCommentEvent(SEED_REPORT), { 'comment-id-key': 'linux' }));
    expectCleanRun(await run(botCommentEvent(SEED_REPORT), { 'comment-id-key': 'windows' }));
    github.requests = [];
    expectCleanRun(await run(botCommentEvent(SEED_REPORT), { 'comment-id-key': 'linux' }));
    expect(github.writes()).toEqual([]);
    const keyed = github.commentsOf(PR).filter((c) => c.body.startsWith('<!-- build-triage:digest key='));
    expect(keyed.map((c) => c.body.split('\n')[0])).toEqual(['<!-- build-triage:digest key=linux -->', '<!-- build-triage:digest key=windows -->']);
  });

  it('recognises its comments by comment-author when the token cannot say who it is', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const poster: FakeUser = { login: 'triage-poster', id: 77, type: 'User' };
    github.tokens.set('ghp_personal', poster);
    github.viewerFails.add('ghp_personal');
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const inputs = { 'github-token': 'ghp_personal', 'comment-author': 'triage-poster' };
    expectCleanRun(await runAction({ apiUrl: github.url, token: 'ghp_personal', eventName: 'issue_comment', payload: botCommentEvent(SEED_REPORT), inputs }));
    github.requests = [];
    const again = await runAction({ apiUrl: github.url, token: 'ghp_personal', eventName: 'issue_comment', payload: botCommentEvent(SEED_REPORT), inputs });
    expectCleanRun(again);
    expect(github.writes()).toEqual([]);
    expect(github.requests.some((r) => r.path === '/graphql')).toBe(false);
    expect(digests().map((c) => c.user.login)).toEqual(['triage-poster']);
  });
});

describe.concurrent('bundled action: hostile bot comment', () => {
  it('quotes it without running commands, mentioning anyone or forging the marker', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const hostile = [
      'Patch Set 2: Verified-1',
      '',
      'Build Failed',
      '',
      'https://ci.example.org/job/proj-tests/14/ : FAILURE',
      '',
      'Tests crashed, @octocat <img src=x onerror=alert(1)> ![p](https://evil.example/p.png)',
      '::set-output name=comment-id::666',
      '::add-mask::ghs_workflow_token',
      '::error file=a.cc,line=1::forged annotation',
      `${MARKER}`,
      '```',
      '</details>',
    ].join('\n');
    github.addComment(PR, CI_BOT, hostile);
    // No check run: the runner's own commands are then only the ones listed below.
    const result = await run(botCommentEvent(hostile), { 'check-run': 'false' });
    expectCleanRun(result);
    const commands = executedCommands(result.stdout).map((c) => /^::([a-z-]+)/.exec(c)?.[1]);
    expect(new Set(commands)).toEqual(new Set(['add-mask', 'group', 'endgroup', 'error']));
    expect(executedCommands(result.stdout).filter((c) => c.includes('forged') || c.includes('666'))).toEqual([]);
    expect(result.outputs['comment-id']).toBe(String(digests()[0].id));
    expect(digests()).toHaveLength(1);
    const body = digests()[0].body;
    expect(body).toContain('forged annotation');
    // Our marker first, our state block last, and no comment from the attacker.
    const comments = body.match(/<!--[^\n]*/g) ?? [];
    expect(comments).toHaveLength(2);
    expect(body.startsWith(comments[0] ?? "-")).toBe(true);
    expect((comments[1] ?? "").startsWith('<!-- build-triage:state v1 ')).toBe(true);
    const html = gfmToHtml(body);
    expect(html).toContain('onerror');
    expect(html).not.toMatch(/<img|<[a-z][^>]*onerror/i);
    expect(html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@[A-Za-z0-9]/);
  });
});

describe.concurrent('bundled action: events and errors', () => {
  it('ignores a comment on a plain issue', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const payload = example('issue_comment', (e) => e.action === 'created');
    const result = await run(payload);
    expectCleanRun(result);
    expect(github.requests).toEqual([]);
    expect(result.stdout).toContain('not a pull request');
  });

  it('does not answer its own digest (no loop with a personal token)', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const result = await run(botCommentEvent(`${MARKER}\n### ❌ Patch set 13`, PERSON));
    expectCleanRun(result);
    expect(github.requests).toEqual([]);
  });

  it('explains the 403 of a fork pull_request and fails the step', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.tokens.set('ghs_fork_token', ACTIONS_BOT);
    github.readOnlyTokens.add('ghs_fork_token');
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const payload = example('pull_request', (e) => e.action === 'opened');
    payload.pull_request.number = PR;
    payload.number = PR;
    payload.pull_request.head.repo.full_name = 'contributor/Hello-World';
    const result = await runAction({ apiUrl: github.url, token: 'ghs_fork_token', eventName: 'pull_request', payload });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::.*read-only token.*workflow_run/m);
    expect(digests()).toHaveLength(0);
    expect(github.violations).toEqual([]);
  });

  it('posts an exported review on the PR that carries its Change-Id', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const dir = await mkdtemp(join(tmpdir(), 'build-triage-export-'));
    await writeFile(join(dir, 'review.txt'), SEED);
    github.pulls.push({ ...github.pulls[0], number: 7, body: 'Unrelated', title: 'Other' });
    const payload = example('workflow_dispatch');
    payload.repository.full_name = 'Codertocat/Hello-World';
    const result = await runAction({ apiUrl: github.url, token: TOKEN, eventName: 'workflow_dispatch', payload, inputs: { source: join(dir, '*.txt') } });
    expectCleanRun(result);
    expect(digests()).toHaveLength(1);
    expect(github.commentsOf(7)).toHaveLength(0);
    expect(result.stdout).toContain('Change-Id I9d3c85e1716fee2f3f1d92c72f0aa72261f66e51');
  });

  it('says so and posts nothing when no PR matches the export', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const dir = await mkdtemp(join(tmpdir(), 'build-triage-export-'));
    await writeFile(join(dir, 'review.txt'), SEED.replace('I9d3c85e1716fee2f3f1d92c72f0aa72261f66e51', 'I0000000000000000000000000000000000000000'));
    const payload = example('workflow_dispatch');
    payload.repository.full_name = 'Codertocat/Hello-World';
    const result = await runAction({ apiUrl: github.url, token: TOKEN, eventName: 'workflow_dispatch', payload, inputs: { source: join(dir, 'review.txt') } });
    expectCleanRun(result);
    expect(github.writes()).toEqual([]);
    expect(result.stdout).toMatch(/^::warning::build-triage: no pull request matches/m);
    expect(result.outputs['failed-jobs']).toBe('5');
  });

  it('fails the step with fail-on: failure, after posting', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const result = await run(botCommentEvent(SEED_REPORT), { 'fail-on': 'failure' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::build-triage: 5 job\(s\) failed/m);
    expect(digests()).toHaveLength(1);
  });

  it('passes fail-on: new when a rule explains the failure, and writes SARIF', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const dir = mkdtempSync(join(tmpdir(), 'bt-rules-'));
    const config = join(dir, 'build-triage.yml');
    writeFileSync(
      config,
      ['rules:', '  - id: engine-api-const', '    kind: known', '    link: https://issues.example.org/MB-123', '    match:', '      category: signature-mismatch', ''].join('\n'),
    );
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const sarif = join(dir, 'out.sarif');
    const result = await run(botCommentEvent(SEED_REPORT), { 'fail-on': 'new', config, 'sarif-file': sarif });
    expectCleanRun(result);
    expect(digests()[0].body).toContain('Known issue `engine-api-const`');
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    // Without the rule, the same failure is new and fails the step.
    const unexplained = await run(botCommentEvent(SEED_REPORT), { 'fail-on': 'new' });
    expect(unexplained.code).toBe(1);
    expect(unexplained.stdout).toMatch(/^::error::build-triage: the latest report has failures that no rule/m);
  });

  it('reports a bad rules file with its line and still posts the digest', async () => {
    const { github, run, digests } = await fresh();
    const dir = mkdtempSync(join(tmpdir(), 'bt-rules-'));
    const config = join(dir, 'build-triage.yml');
    writeFileSync(config, 'rules:\n  - id: x\n    kind: sometimes\n    match: { category: unknown }\n');
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const result = await run(botCommentEvent(SEED_REPORT), { config });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning::build-triage: .*build-triage\.yml:3:/m);
    expect(digests()).toHaveLength(1);
    expect(digests()[0].body).toContain('Rules');
  });

  it('adds the errors of a full job log given by the logs input', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const log = join(ROOT, 'test/fixtures/logs/ninja-gcc-tty.log');
    const result = await run(botCommentEvent(SEED_REPORT), { logs: log });
    expectCleanRun(result);
    const doc = JSON.parse(result.outputs.json);
    // The seed's one root cause, plus the log's own errors as a job of their own.
    expect(doc.groups.length).toBeGreaterThan(1);
    expect(doc.groups.some((g: { category: string }) => g.category === 'signature-mismatch')).toBe(true);
    expect(doc.jobs.map((j: { name: string }) => j.name)).toContain('ninja-gcc-tty.log');
    expect(digests()[0].body).toContain('Function signature mismatch\\: 1st parameter lacks const');
  });

  // 19 MiB: read in many chunks, on one thread (two threads start from 384 MiB of log: twoThreads in read.ts).
  it('reads a log file of many chunks to the same groups as its errors alone', async () => {
    const fixture = readFileSync(join(ROOT, 'test/fixtures/logs/ninja-gcc-tty.log'));
    const progress = Buffer.from('[17/4096] Building CXX object engines/CMakeFiles/ep.dir/src/engine_error_map.cc.o\n'.repeat(120_000));
    const dir = mkdtempSync(join(tmpdir(), 'bt-big-log-'));
    // The same file name: a log's job is named after it.
    const logs = { small: join(dir, 'small', 'ninja-gcc-tty.log'), big: join(dir, 'big', 'ninja-gcc-tty.log') };
    mkdirSync(join(dir, 'small'));
    mkdirSync(join(dir, 'big'));
    writeFileSync(logs.small, fixture);
    writeFileSync(logs.big, Buffer.concat([progress, fixture, progress]));
    expect(statSync(logs.big).size).toBeGreaterThan(16 * 1024 * 1024);
    const groupsOf = (json: string) => JSON.parse(json).groups.map((g: { category: string; title: string; occurrences: unknown[] }) => [g.category, g.title, g.occurrences.length]);
    const outputs: Record<string, string> = {};
    for (const size of ['small', 'big'] as const) {
      const { github, run, expectCleanRun } = await fresh();
      github.addComment(PR, CI_BOT, SEED_REPORT);
      const result = await run(botCommentEvent(SEED_REPORT), { logs: logs[size] });
      expectCleanRun(result);
      outputs[size] = result.outputs.json;
    }
    expect(groupsOf(outputs.big)).toEqual(groupsOf(outputs.small));
    expect(groupsOf(outputs.big).length).toBeGreaterThan(1);
  });

  it('creates one check run with 120 annotations in batches of 50, and leaves the runner annotations out', async () => {
    const { github, run, expectCleanRun } = await fresh();
    github.checksWriteTokens.add(TOKEN);
    const dir = mkdtempSync(join(tmpdir(), 'bt-check-'));
    const log = join(dir, 'kv_engine-linux-master.log');
    writeFileSync(log, Array.from({ length: 120 }, (_, k) => `src/mod${k}/file${k}.cc:${k + 1}:5: error: 'value${k}' was not declared in this scope\n`).join(''));
    github.addComment(PR, CI_BOT, LINUX_ONLY_REPORT);
    const result = await run(botCommentEvent(LINUX_ONLY_REPORT), { logs: log, 'comment-id-key': 'linux' });
    expectCleanRun(result);
    expect(github.checkRunWrites().map((w) => `${w.method} ${w.path.replace(/\d+$/, 'ID')}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/check-runs',
      'PATCH /repos/Codertocat/Hello-World/check-runs/ID',
      'PATCH /repos/Codertocat/Hello-World/check-runs/ID',
    ]);
    expect(github.checkRunWrites().map((w) => (w.body as any).output.annotations.length)).toEqual([50, 50, 20]);
    expect(github.checkRuns).toHaveLength(1);
    const [check] = github.checkRuns;
    expect(check.name).toBe('build-triage (linux)');
    expect(check.head_sha).toBe('b'.repeat(40));
    expect(check.conclusion).toBe('failure');
    expect(check.output.title).toBe(result.summary.split('\n')[0].replace(/^### /, ''));
    expect(check.output.summary?.trim()).toBe(result.summary.trim());
    expect(check.output.annotations).toHaveLength(120);
    expect(new Set(check.output.annotations.map((a) => `${a.path}:${a.start_line}`)).size).toBe(120);
    expect(check.output.annotations[0]).toMatchObject({ path: 'src/mod0/file0.cc', start_line: 1, end_line: 1, annotation_level: 'failure' });
    // The check run carries them all: no runner annotations, no warning.
    expect(result.stdout).not.toMatch(/^::error /m);
    expect(result.stdout).not.toMatch(/^::warning::/m);
  });

  it('falls back to runner annotations with one warning when the token lacks checks: write', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const result = await run(botCommentEvent(SEED_REPORT));
    expectCleanRun(result);
    expect(github.checkRunWrites().map((w) => `${w.method} ${w.path}`)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs']);
    expect(github.checkRuns).toEqual([]);
    expect(result.stdout.match(/^::warning::.*$/gm)).toEqual([expect.stringMatching(/no check run \(the token lacks checks: write\)/)]);
    expect(result.stdout).toMatch(/^::error title=[^\n]*,file=programs\/engine_testapp\/engine_testapp\.cc,line=898,col=46::/m);
    expect(digests()).toHaveLength(1);
  });

  it('never asks for a check run with check-run: false', async () => {
    const { github, run, expectCleanRun } = await fresh();
    github.checksWriteTokens.add(TOKEN);
    github.addComment(PR, CI_BOT, SEED_REPORT);
    const result = await run(botCommentEvent(SEED_REPORT), { 'check-run': 'false' });
    expectCleanRun(result);
    expect(github.checkRunWrites()).toEqual([]);
    expect(result.stdout).not.toMatch(/^::warning::/m);
    expect(result.stdout).toMatch(/^::error title=/m);
  });

  it('rejects an unknown mode with a one-line message', async () => {
    const { github, run, digests, expectCleanRun } = await fresh();
    const result = await run(botCommentEvent(SEED_REPORT), { mode: 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::build-triage: input mode: 'sometimes' is not one of upsert, create, off");
  });
});
