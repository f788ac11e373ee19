import type { Logger } from '../logger.js';
import type { Group, TriageDocument } from '../types.js';
import { isActive, shouldFail } from '../rules/fail-on.js';
import type { GitHubClient } from './client.js';

/**
 * One check run on the commit that was built, named after the digest: its
 * summary the digest, every located occurrence an annotation. The Checks API
 * takes 50 annotations per request, so the run is created with the first 50
 * and updated with the rest, 50 at a time (this lifts the runner's limit of
 * 10 per step). A token without `checks: write` gets a 403: the caller keeps
 * the runner's annotations and this says so once.
 */

export type CheckRunSetting = 'auto' | 'true' | 'false';
export const CHECK_RUN_VALUES: readonly CheckRunSetting[] = ['auto', 'true', 'false'];

export const ANNOTATIONS_PER_REQUEST = 50;
/** output.summary: at most 65,535 characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;
/** Annotation message and raw_details: at most 64 KiB. */
export const ANNOTATION_TEXT_LIMIT_BYTES = 64 * 1024;
const ANNOTATION_TITLE_LIMIT = 255;
const CHECK_TITLE_LIMIT = 1000;

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure';
  title: string;
  message: string;
  raw_details?: string;
}

export function checkRunName(commentIdKey: string): string {
  return commentIdKey ? `build-triage (${commentIdKey})` : 'build-triage';
}

/** The digest's first line without its heading marks. */
export function checkRunTitle(digest: string): string {
  const first = digest.split('\n').find((line) => line.trim() !== '') ?? '';
  const title = first.replace(/^\s*#{1,6}\s+/, '').trim() || 'build-triage';
  return cutChars(title, CHECK_TITLE_LIMIT);
}

/** Cut to `limit` characters (UTF-16 units, as GitHub counts), never inside a surrogate pair, saying so. */
export function cutSummary(markdown: string, limit = CHECK_SUMMARY_LIMIT): string {
  if (markdown.length <= limit) return markdown;
  const note = '\n\n… (cut at the Checks API limit; the job summary has the whole digest)';
  return cutChars(markdown, limit - note.length) + note;
}

function cutChars(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** Cut to `limit` UTF-8 bytes without splitting a character. */
export function cutBytes(text: string, limit = ANNOTATION_TEXT_LIMIT_BYTES): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= limit) return text;
  let end = limit;
  // Step back off continuation bytes so the last character stays whole.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * failure: what `fail-on: new` fails on (an active failure nothing explains,
 * in a job that votes); neutral: active failures, all explained or
 * non-voting; success: none.
 */
export function checkRunConclusion(doc: TriageDocument): CheckConclusion {
  if (shouldFail(doc, 'new')) return 'failure';
  return doc.groups.some(isActive) ? 'neutral' : 'success';
}

/** Only repo-relative paths can be annotated (not /usr/include/…, ../…, C:\…). */
function isRepoRelative(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !file.split(/[\\/]/).includes('..') && !/^[A-Za-z]:/.test(file) && !file.includes('\\');
}

/** Every located occurrence of the active groups, once per place and message (jobs joined). */
export function buildCheckAnnotations(doc: TriageDocument): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const group of doc.groups.filter(isActive)) out.push(...groupAnnotations(group));
  return out;
}

function groupAnnotations(group: Group): CheckAnnotation[] {
  const byPlace = new Map<string, { annotation: CheckAnnotation; jobs: Set<string> }>();
  for (const o of group.occurrences) {
    if (!o.file || o.line === null || o.line < 1 || !isRepoRelative(o.file)) continue;
    const key = `${o.file}\u0000${o.line}\u0000${o.column ?? ''}\u0000${o.message}`;
    let entry = byPlace.get(key);
    if (!entry) {
      const annotation: CheckAnnotation = {
        path: o.file,
        start_line: o.line,
        end_line: o.line,
        ...(o.column !== null && o.column > 0 ? { start_column: o.column, end_column: o.column } : {}),
        annotation_level: 'failure',
        title: cutChars(group.title, ANNOTATION_TITLE_LIMIT),
        message: cutBytes(o.message || group.title),
      };
      entry = { annotation, jobs: new Set() };
      byPlace.set(key, entry);
    }
    if (o.job) entry.jobs.add(o.job);
  }
  return [...byPlace.values()].map(({ annotation, jobs }) =>
    jobs.size > 0 ? { ...annotation, raw_details: cutBytes(`Jobs: ${[...jobs].join(', ')}`) } : annotation,
  );
}

export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string | null;
  /** The `comment-id-key` input, for the name. */
  commentIdKey: string;
  /** The digest markdown, fitted to the summary limit (renderCheckSummary); cutSummary only guards it. */
  digest: string;
  document: TriageDocument;
  setting: CheckRunSetting;
}

export interface CheckRunResult {
  /** The check run's id; null when none was created. */
  id: number | null;
  /** True when the check run holds every annotation, so the runner's may be left out. */
  carriesAnnotations: boolean;
  /** Requests made: 1 create + updates. */
  requests: number;
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : null;
}

function reasonOf(error: unknown): string {
  const status = statusOf(error);
  const message = (error as Error)?.message ?? String(error);
  return status !== null ? `${status} ${message}` : message;
}

export async function publishCheckRun(client: GitHubClient, request: CheckRunRequest, logger: Logger): Promise<CheckRunResult> {
  const none: CheckRunResult = { id: null, carriesAnnotations: false, requests: 0 };
  if (request.setting === 'false') return none;
  const loud = request.setting === 'true';
  if (!request.headSha) {
    const text = 'build-triage: no commit to attach a check run to; the annotations go to the runner instead';
    if (loud) logger.warning(text);
    else logger.debug(text);
    return none;
  }
  const name = checkRunName(request.commentIdKey);
  const title = checkRunTitle(request.digest);
  const summary = cutSummary(request.digest);
  const conclusion = checkRunConclusion(request.document);
  const [first, ...rest] = batches(buildCheckAnnotations(request.document));
  const repo = { owner: request.owner, repo: request.repo };

  let id: number;
  try {
    const created = await client.rest.checks.create({
      ...repo,
      name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion,
      completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      output: { title, summary, ...(first.length > 0 ? { annotations: first } : {}) },
    });
    id = created.data.id;
  } catch (error) {
    const status = statusOf(error);
    const forbidden = status === 403 || status === 404;
    if (forbidden && !loud) {
      logger.warning('build-triage: no check run (the token lacks checks: write); the failures are annotated on the runner instead (at most 10 per step)');
    } else if (forbidden) {
      logger.warning(
        `build-triage: check-run is true but GitHub refused to create the check run (${reasonOf(error)}); give the workflow 'permissions: checks: write'. The failures are annotated on the runner instead (at most 10 per step)`,
      );
    } else {
      logger.warning(`build-triage: the check run could not be created (${reasonOf(error)}); the failures are annotated on the runner instead`);
    }
    return none;
  }
  logger.info(`build-triage: check run ${id} '${name}' created (${conclusion})`);
  let requests = 1;
  for (const batch of rest) {
    try {
      await client.rest.checks.update({ ...repo, check_run_id: id, output: { title, summary, annotations: batch } });
      requests++;
    } catch (error) {
      logger.warning(`build-triage: check run ${id} got only some of its annotations (${reasonOf(error)}); the failures are annotated on the runner as well`);
      return { id, carriesAnnotations: false, requests: requests + 1 };
    }
  }
  return { id, carriesAnnotations: true, requests };
}
