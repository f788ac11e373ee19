import { glob } from 'tinyglobby';
import type { Logger } from '../logger.js';
import type { Review, TriageDocument } from '../types.js';
import { InputError } from '../errors.js';
import { readInputFile } from '../read-input.js';
import { readReview } from '../ingest/index.js';
import { reportsNamePatchSets, reviewFromIssueComments, type PullCommitLike } from '../ingest/github-comments.js';
import { isBlockingFailure, triageReview, type TriageResult } from '../triage.js';
import type { RenderOptions } from '../render/markdown.js';
import type { ActionSettings } from './settings.js';
import type { GitHubClient } from './client.js';
import { readEvent, type RunEvent } from './event.js';
import { matchPullRequest, type PullRequestMatch } from './match-pr.js';
import { commentsApi, type IssueComment } from './comments.js';
import { carriesAnyMarker, carriesMarker, digestMarker } from './marker.js';
import { resolveCommentAuthor, sameLogin } from './identity.js';
import { publishDigest, type PublishResult } from './upsert.js';
import { explainWriteError } from './fork-errors.js';
import { buildAnnotations, type Annotation } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import { renderCheckSummary, renderComment, renderSummary } from './summary.js';
import { actionOutputs } from './outputs.js';
import { readRulesFile } from '../read-rules.js';
import { collectJobLogs } from './fetch-logs.js';
import { shouldFail } from '../rules/index.js';
import { decodeStateBlock, encodeStateBlock } from '../history/state.js';
import { renderSarif } from '../render/sarif.js';
import { renderRdjsonl } from '../render/rdjsonl.js';
import { writeFile } from 'node:fs/promises';

/**
 * The action from inputs to outputs: read the event, find the PR, read the
 * reports, triage, keep the one digest comment, and hand back what the runner
 * shows (summary, annotations, outputs). The entry point wires it to @actions/*.
 */

export interface RunEnvironment {
  /** The action's version, for SARIF's tool.driver.version. */
  version?: string;
  eventName: string;
  payload: Record<string, unknown>;
  repository: string;
  sha: string;
  serverUrl: string;
}

/** Where results go on the runner; main.ts implements it with @actions/core. */
export interface RunnerSinks {
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  annotate(annotation: Annotation): void;
  /** Text quoted from comments or logs, printed with workflow commands disabled. */
  printUntrusted(title: string, text: string): void;
}

export interface RunOutcome {
  /** Non-null: the step should fail with this message. */
  failure: string | null;
  published: PublishResult | null;
  pullRequest: PullRequestMatch | null;
  document: TriageDocument | null;
}

const CHANGE_ID_LINE = /^Change-Id:\s*(I[0-9a-f]{8,40})\s*$/m;

async function readExportedReviews(pattern: string): Promise<{ review: Review; sourceName: string }> {
  const files = (await glob(pattern, { onlyFiles: true, dot: false })).sort();
  if (files.length === 0) {
    // A plain path that does not exist: let the reader give its usual message.
    if (!/[*?[{]/.test(pattern)) files.push(pattern);
    else throw new InputError(`source: no file matches ${pattern}`);
  }
  const reviews: Review[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      reviews.push(readReview(await readInputFile(file), file));
    } catch (error) {
      // One bad export among several is reported in the digest; the rest still count.
      if (!(error instanceof InputError) || files.length === 1) throw error;
      unreadable.push(`not read: ${error.message}`);
    }
  }
  if (reviews.length === 0) throw new InputError(`source: none of the ${files.length} files matching ${pattern} could be read (${unreadable.join('; ')})`);
  if (unreadable.length > 0) reviews[0] = { ...reviews[0], warnings: [...unreadable, ...reviews[0].warnings] };
  if (files.length === 1) return { review: reviews[0], sourceName: files[0] };
  // Several exports (one per patch set, say): one thread, in file order.
  const first = reviews[0];
  return {
    sourceName: `${files.length} files matching ${pattern}`,
    review: {
      format: first.format,
      change: {
        id: reviews.find((r) => r.change.id)?.change.id ?? null,
        subject: reviews.find((r) => r.change.subject)?.change.subject ?? null,
        patchSet: Math.max(...reviews.map((r) => r.change.patchSet ?? -1)) === -1 ? null : Math.max(...reviews.map((r) => r.change.patchSet ?? -1)),
      },
      messages: reviews.flatMap((r) => r.messages),
      warnings: reviews.flatMap((r) => r.warnings),
    },
  };
}

function isOurs(comment: IssueComment, key: string, author: string): boolean {
  return carriesMarker(comment.body, key) && sameLogin(comment.user?.login, author);
}

/** Loop guard for issue_comment: a digest (ours or anybody's) or a person's comment triggers nothing. */
function triggerIsIrrelevant(event: RunEvent, settings: ActionSettings): string | null {
  const comment = event.comment;
  if (!comment) return null;
  if (carriesAnyMarker(comment.body)) return `comment ${comment.id} is a build-triage digest; nothing to do`;
  const user = comment.login ? { login: comment.login, type: comment.type ?? undefined } : null;
  if (!settings.botAuthors.matches(user)) {
    return `comment ${comment.id} by ${comment.login ?? 'unknown'} is not from a CI bot (bot-authors: ${settings.botAuthors.description}); nothing to do`;
  }
  return null;
}

export async function runAction(
  settings: ActionSettings,
  env: RunEnvironment,
  client: GitHubClient,
  logger: Logger,
  sinks: RunnerSinks,
): Promise<RunOutcome> {
  const outcome: RunOutcome = { failure: null, published: null, pullRequest: null, document: null };
  const event = readEvent(env.eventName, env.payload as Record<string, any>, { repository: env.repository, sha: env.sha });
  if (event.ignore) {
    logger.info(`build-triage: ${event.ignore}`);
    return outcome;
  }
  const skip = triggerIsIrrelevant(event, settings);
  if (skip) {
    logger.info(`build-triage: ${skip}`);
    return outcome;
  }
  const repo = { owner: event.owner, repo: event.repo };
  const limitNotes: string[] = [];
  const commentApis = new Map<number, ReturnType<typeof commentsApi>>();
  // One API per PR, so whether its listing hit max-comments is known when the digest is made.
  const commentsApiFor = (number: number) => {
    let api = commentApis.get(number);
    if (!api) {
      const created = commentsApi(client, event.owner, event.repo, number, settings.limits.maxComments);
      api = {
        ...created,
        get truncated() {
          return created.truncated;
        },
        list: async (since?: string) => {
          const listed = await created.list(since);
          if (created.truncated) limitNotes.push(`only the first ${settings.limits.maxComments} comments of the pull request were read (limit: max-comments)`);
          return listed;
        },
      };
      commentApis.set(number, api);
    }
    return api;
  };

  let review: Review;
  let sourceName: string;
  let comments: IssueComment[] | null = null;
  let author: string | null = null;
  let revisionLabel: RenderOptions['revisionLabel'];
  let commits: PullCommitLike[] = [];
  let headSha: string | null = null;

  if (settings.source.kind === 'files') {
    ({ review, sourceName } = await readExportedReviews(settings.source.pattern));
    outcome.pullRequest = await matchPullRequest(client, { prNumber: settings.prNumber, event, changeId: review.change.id }, logger);
    if (outcome.pullRequest) logger.info(`build-triage: pull request #${outcome.pullRequest.number}, found by ${outcome.pullRequest.how}`);
  } else {
    outcome.pullRequest = await matchPullRequest(client, { prNumber: settings.prNumber, event, changeId: null }, logger);
    if (!outcome.pullRequest) {
      logger.warning(`build-triage: no pull request found for this ${event.name} run (set pr-number to name one); nothing posted`);
      return outcome;
    }
    const number = outcome.pullRequest.number;
    const [pr, commitList, commentList, login] = await Promise.all([
      client.rest.pulls.get({ ...repo, pull_number: number }),
      client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: number, per_page: 100 }),
      commentsApiFor(number).list(),
      resolveCommentAuthor(client, settings.commentAuthor, logger),
    ]);
    commits = commitList as PullCommitLike[];
    comments = commentList;
    author = login;
    const reports = comments.filter(
      (c) => !carriesAnyMarker(c.body) && !sameLogin(c.user?.login, login) && settings.botAuthors.matches(c.user),
    );
    logger.info(`build-triage: PR #${number} (${outcome.pullRequest.how}): ${comments.length} comments, ${reports.length} from CI bots`);
    const changeId = CHANGE_ID_LINE.exec(pr.data.body ?? '')?.[1] ?? null;
    headSha = pr.data.head?.sha ?? null;
    review = reviewFromIssueComments(reports, { commits, change: { id: changeId, subject: pr.data.title } });
    sourceName = `pull request #${number}`;
    if (!reportsNamePatchSets(reports)) revisionLabel = (n) => {
      const sha = commits[n - 1]?.sha;
      return sha ? `Commit ${n} (${sha.slice(0, 7)})` : `Commit ${n}`;
    };
  }

  // Our previous digest carries the earlier runs (history survives bots that edit their comments).
  if (outcome.pullRequest && settings.mode !== 'off' && comments === null) {
    author = await resolveCommentAuthor(client, settings.commentAuthor, logger);
    comments = await commentsApiFor(outcome.pullRequest.number).list();
  }
  const ourAuthor = author;
  const previousDigest = ourAuthor && comments ? comments.find((c) => isOurs(c, settings.commentIdKey, ourAuthor)) : undefined;
  const previousRuns = previousDigest ? (decodeStateBlock(previousDigest.body ?? '') ?? []) : [];

  const rules = await readRulesFile(settings.config.path, { explicit: settings.config.explicit, warn: (m) => logger.warning(`build-triage: ${m}`) });
  const triageOptions = {
    sourceName,
    rules: rules.ruleSet,
    previousRuns,
    limits: { maxDiagnosticsPerJob: settings.limits.maxDiagnosticsPerJob, maxGroups: settings.limits.maxGroups },
  };
  let result: TriageResult = triageReview(review, triageOptions);
  // Full logs: the files given, and with fetch-logs the failed jobs' logs the report links to.
  if (settings.logs.logFiles.length > 0 || settings.logs.fetchLogs) {
    const logs = await collectJobLogs(result.document.jobs, settings.logs, logger);
    if (logs.length > 0) result = triageReview(review, { ...triageOptions, logs });
  }
  result.notes.unshift(...rules.notes, ...limitNotes);
  outcome.document = result.document;
  const previousLabel =
    result.previous?.patchSet != null
      ? revisionLabel
        ? revisionLabel(result.previous.patchSet).toLowerCase()
        : `patch set ${result.previous.patchSet}`
      : undefined;
  // Link each location to its line in the code that was built (the PR head, else the event's commit).
  const linkSha = headSha ?? event.sha;
  const fileLink: RenderOptions['fileLink'] = linkSha
    ? (file, line) =>
        `${env.serverUrl}/${event.owner}/${event.repo}/blob/${linkSha}/${file.split('/').map(encodeURIComponent).join('/')}${line !== null ? `#L${line}` : ''}`
    : undefined;
  const renderOptions: RenderOptions = { notes: result.notes, revisionLabel, previousLabel, fileLink };

  if (!outcome.pullRequest) {
    const looked = [
      review.change.id ? `no open pull request carries Change-Id ${review.change.id}` : 'the export has no Change-Id',
      event.sha ? `none contains commit ${event.sha.slice(0, 12)}` : null,
    ].filter(Boolean);
    logger.warning(`build-triage: no pull request matches ${sourceName} (${looked.join('; ')}); nothing posted. Set pr-number to name one.`);
  } else if (settings.mode !== 'off') {
    const number = outcome.pullRequest.number;
    const api = commentsApiFor(number);
    const me = author ?? (await resolveCommentAuthor(client, settings.commentAuthor, logger));
    const existing = comments ?? (await api.list());
    const key = settings.commentIdKey;
    const state = encodeStateBlock(result.runs);
    const body = `${renderComment(result.document, { ...renderOptions, header: digestMarker(key), reserve: state.length + 1 })}${state}\n`;
    // Bots that are not CI (coverage, deploy previews) comment too: a PR with no
    // CI report gets no digest, unless one is already there to keep up to date.
    const nothingToSay = result.current === null && !existing.some((c) => isOurs(c, key, me));
    if (nothingToSay) logger.info(`build-triage: no CI report in ${sourceName}; nothing posted`);
    else try {
      outcome.published = await publishDigest(api, body, settings.mode, { isOurs: (c) => isOurs(c, key, me) }, existing, logger);
    } catch (error) {
      const explained = explainWriteError(error, event);
      if (explained) {
        outcome.failure = explained;
      } else throw error;
    }
    if (outcome.published) {
      const { action, comment, removed } = outcome.published;
      logger.info(`build-triage: digest comment ${comment?.id ?? ''} ${action}${removed ? `, ${removed} duplicate(s) removed` : ''}`);
    }
  }

  const summary = renderSummary(result.document, renderOptions);
  sinks.printUntrusted('Digest', summary);
  await sinks.writeSummary(summary);
  // A check run carries every located failure; without one (no checks: write) the runner's annotations do.
  const checkRun = await publishCheckRun(
    client,
    { owner: event.owner, repo: event.repo, headSha: linkSha, commentIdKey: settings.commentIdKey, digest: renderCheckSummary(result.document, renderOptions), document: result.document, setting: settings.checkRun },
    logger,
  );
  if (!checkRun.carriesAnnotations) for (const annotation of buildAnnotations(result.document)) sinks.annotate(annotation);
  for (const [name, value] of Object.entries(actionOutputs(result.document, outcome.published))) sinks.setOutput(name, value);

  if (settings.sarifFile) await writeResultFile(settings.sarifFile, renderSarif(result.document, { toolVersion: env.version }));
  if (settings.rdjsonlFile) await writeResultFile(settings.rdjsonlFile, renderRdjsonl(result.document));

  if (!outcome.failure && shouldFail(result.document, settings.failOn)) {
    const failed = result.document.jobs.filter(isBlockingFailure).length;
    outcome.failure =
      settings.failOn === 'new'
        ? 'build-triage: the latest report has failures that no rule or flaky evidence explains (fail-on: new)'
        : `build-triage: ${failed} job(s) failed in the latest report (fail-on: failure)`;
  }
  return outcome;
}

async function writeResultFile(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
