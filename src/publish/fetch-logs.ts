import { glob } from 'tinyglobby';
import type { JobSummary } from '../types.js';
import type { Logger } from '../logger.js';
import { LogFileReader, LogScanner, type JobLog } from '../logs/index.js';

/**
 * Downloads the full log of each failed job a bot report links to, and scans
 * it while it arrives (never held whole): Jenkins `<build url>consoleText`,
 * GitHub Actions job logs through the REST API (which redirects to storage),
 * and any other URL as plain text. A log that cannot be fetched becomes a
 * JobLog with its `problem` and no scan; the other downloads go on.
 */

export interface LogAuth {
  /** Host (`ci.example.com` or `ci.example.com:8443`) that may receive this header. */
  host: string;
  /** The whole header value: `Bearer …`, `Basic …`. */
  authorization: string;
}

export interface LogFetchSettings {
  /** Stop reading a log after this many bytes and say so. */
  maxBytes: number;
  /** Per log, from request to last byte. */
  timeoutMs: number;
  /** Downloads at once. */
  concurrency: number;
  /** `Authorization` is sent only to these hosts, also after a redirect. */
  auth: LogAuth[];
  /** REST API base for GitHub Actions job logs, e.g. the runner's GITHUB_API_URL. */
  githubApiUrl: string;
}

export const DEFAULT_LOG_FETCH_SETTINGS: LogFetchSettings = {
  maxBytes: 512 * 1024 * 1024,
  timeoutMs: 120_000,
  concurrency: 4,
  auth: [],
  githubApiUrl: 'https://api.github.com',
};

const MAX_REDIRECTS = 5;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Where the plain-text log of a job page lives. */
export function logUrlOf(jobUrl: string, githubApiUrl: string): { url: string; kind: 'github' | 'jenkins' | 'plain' } {
  let parsed: URL;
  try {
    parsed = new URL(jobUrl);
  } catch {
    return { url: jobUrl, kind: 'plain' };
  }
  const path = parsed.pathname;
  // https://github.com/<owner>/<repo>/actions/runs/<run>/job/<job id>
  const github = /^\/([^/]{1,100})\/([^/]{1,100})\/actions\/runs\/\d{1,20}\/jobs?\/(\d{1,20})\/?$/.exec(path);
  if (github) {
    // Trailing slashes cut by hand: /\/+$/ was quadratic on long runs of '/'.
    let api = githubApiUrl;
    while (api.endsWith('/')) api = api.slice(0, -1);
    return { url: `${api}/repos/${github[1]}/${github[2]}/actions/jobs/${github[3]}/logs`, kind: 'github' };
  }
  if (/\/actions\/jobs\/\d{1,20}\/logs\/?$/.test(path)) return { url: jobUrl, kind: 'github' };
  // Jenkins: …/job/<name>/[job/<name>/…]<build number>/, also Gerrit Trigger's `display/redirect` links.
  const jenkins = /^(.*\/job\/[^/]{1,200}\/\d{1,12})(?:\/display\/redirect)?\/?$/.exec(path);
  if (jenkins) return { url: `${parsed.origin}${jenkins[1]}/consoleText`, kind: 'jenkins' };
  if (/\/job\/[^/]{1,200}\/\d{1,12}\/console(?:Full)?\/?$/.test(path)) {
    return { url: `${parsed.origin}${path.replace(/\/console(?:Full)?\/?$/, '/consoleText')}`, kind: 'jenkins' };
  }
  return { url: jobUrl, kind: 'plain' };
}

function authorizationFor(url: URL, auth: LogAuth[]): string | null {
  const entry = auth.find((a) => a.host.toLowerCase() === url.host.toLowerCase() || a.host.toLowerCase() === url.hostname.toLowerCase());
  return entry ? entry.authorization : null;
}

function mib(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)} MiB`;
}

/** One log: follows redirects by hand so the credentials never leave the allowed hosts. */
export async function fetchJobLog(
  job: string,
  jobUrl: string,
  settings: LogFetchSettings,
  logger: Logger,
  fetchImpl: FetchLike = fetch,
): Promise<JobLog> {
  const { url: first, kind } = logUrlOf(jobUrl, settings.githubApiUrl);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const scanner = new LogScanner();
  let read = 0;
  let source = first;
  const result = (problem: string | null, scanned: boolean): JobLog => ({ job, source, scan: scanned ? scanner.finish() : null, problem });
  try {
    let url = first;
    let response: Response | null = null;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const target = new URL(url);
      if (target.protocol !== 'https:' && target.protocol !== 'http:') return result(`refused to follow a redirect to ${target.protocol}`, false);
      const headers: Record<string, string> = { Accept: kind === 'github' ? 'application/vnd.github+json' : 'text/plain, */*' };
      // Never credentials over plain HTTP after a redirect from HTTPS.
      const downgraded = target.protocol === 'http:' && new URL(first).protocol === 'https:';
      const authorization = downgraded ? null : authorizationFor(target, settings.auth);
      if (authorization) headers.Authorization = authorization;
      response = await fetchImpl(url, { headers, redirect: 'manual', signal: controller.signal });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        url = new URL(response.headers.get('location')!, url).toString();
        response = null;
        continue;
      }
      break;
    }
    if (!response) return result(`more than ${MAX_REDIRECTS} redirects`, false);
    if (!response.ok) {
      await response.body?.cancel();
      return result(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, false);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html')) {
      await response.body?.cancel();
      return result(`not a plain-text log (${type.split(';')[0]})`, false);
    }
    if (!response.body) return result(null, true);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (read + value.byteLength > settings.maxBytes) {
        scanner.push(value.subarray(0, settings.maxBytes - read));
        read = settings.maxBytes;
        controller.abort();
        await reader.cancel().catch(() => undefined);
        logger.warning(`build-triage: log of ${job} cut at ${mib(settings.maxBytes)}`);
        return result(`cut at ${mib(settings.maxBytes)} (the size limit); later errors may be missing`, true);
      }
      read += value.byteLength;
      scanner.push(value);
    }
    logger.info(`build-triage: read ${mib(read)} of log for ${job}`);
    return result(null, true);
  } catch (error) {
    if (timedOut) {
      logger.warning(`build-triage: log of ${job} timed out`);
      return result(`timed out after ${settings.timeoutMs / 1000} s${read > 0 ? ` (${mib(read)} read)` : ''}`, read > 0);
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    logger.warning(`build-triage: cannot fetch log of ${job}: ${cause}`);
    return result(`cannot fetch: ${cause}`, read > 0);
  } finally {
    clearTimeout(timer);
  }
}

/** The jobs whose logs are worth fetching: failed, with a link. */
export function jobsWithLogs(jobs: JobSummary[]): Array<{ name: string; url: string }> {
  const failed = new Set(['failure', 'unstable', 'aborted', 'unknown']);
  return jobs.filter((j) => failed.has(j.status) && j.url !== null).map((j) => ({ name: j.name, url: j.url! }));
}

/** Every job's log, at most `concurrency` at a time, in the jobs' order. */
export async function fetchJobLogs(
  jobs: Array<{ name: string; url: string }>,
  settings: LogFetchSettings,
  logger: Logger,
  fetchImpl: FetchLike = fetch,
): Promise<JobLog[]> {
  const results: JobLog[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await fetchJobLog(jobs[index].name, jobs[index].url, settings, logger, fetchImpl);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, jobs.length)) }, worker));
  return results;
}

/** The action's `logs` input: paths or globs, one per line; each file is a job's log. */
export async function readLogFiles(patterns: string[], logger: Logger, searchWorker: URL | null = null): Promise<JobLog[]> {
  const cleaned = patterns.map((p) => p.trim()).filter((p) => p !== '');
  if (cleaned.length === 0) return [];
  // The same glob library as the `source` input (tinyglobby).
  const files = (await glob(cleaned, { onlyFiles: true, absolute: true })).sort();
  if (files.length === 0) logger.warning(`build-triage: no log file matches ${cleaned.join(', ')}`);
  const logs: JobLog[] = [];
  const reader = new LogFileReader(searchWorker);
  reader.expect(files);
  try {
    for (const file of files) {
      try {
        logs.push({ job: null, source: file, scan: await reader.scan(file), problem: null });
      } catch (error) {
        logs.push({ job: null, source: file, scan: null, problem: (error as Error).message });
      }
    }
  } finally {
    reader.close();
  }
  return logs;
}

/** The action's log inputs, read once by the entry point. */
export interface ActionLogInputs {
  /** `logs`: paths or globs of log files. */
  logFiles: string[];
  /** `fetch-logs`: download the logs the bot links to. */
  fetchLogs: boolean;
  settings: LogFetchSettings;
  /** The needle search's worker script, when the entry point has one: big log files are then searched on two threads. */
  searchWorker: URL | null;
}

function positive(text: string, fallback: number, name: string): number {
  if (text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`input ${name} must be a positive number, got '${text}'`);
  return value;
}

function list(text: string): string[] {
  return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Inputs `logs`, `fetch-logs`, `log-max-mib`, `log-timeout` (seconds),
 * `log-concurrency`, `log-auth-hosts` + `log-authorization`. The GitHub token
 * goes to the API host only (`GITHUB_API_URL`), where GitHub job logs live.
 */
export function readLogInputs(getInput: (name: string) => string, githubToken: string | null, env: NodeJS.ProcessEnv = process.env): ActionLogInputs {
  const githubApiUrl = env.GITHUB_API_URL || DEFAULT_LOG_FETCH_SETTINGS.githubApiUrl;
  const auth: LogAuth[] = [];
  if (githubToken) auth.push({ host: new URL(githubApiUrl).host, authorization: `Bearer ${githubToken}` });
  const authorization = getInput('log-authorization').trim();
  if (authorization) for (const host of list(getInput('log-auth-hosts'))) auth.push({ host, authorization });
  return {
    logFiles: list(getInput('logs')),
    fetchLogs: getInput('fetch-logs').trim().toLowerCase() === 'true',
    searchWorker: null,
    settings: {
      maxBytes: Math.round(positive(getInput('log-max-mib'), DEFAULT_LOG_FETCH_SETTINGS.maxBytes / 1048576, 'log-max-mib') * 1048576),
      timeoutMs: Math.round(positive(getInput('log-timeout'), DEFAULT_LOG_FETCH_SETTINGS.timeoutMs / 1000, 'log-timeout') * 1000),
      concurrency: Math.round(positive(getInput('log-concurrency'), DEFAULT_LOG_FETCH_SETTINGS.concurrency, 'log-concurrency')),
      auth,
      githubApiUrl,
    },
  };
}

/**
 * Everything the action needs for logs, in one call: the files of `logs`,
 * and with `fetch-logs` the downloads for the failed jobs of a first triage.
 * Pass the result as `logs` to triageText.
 */
export async function collectJobLogs(jobs: JobSummary[], inputs: ActionLogInputs, logger: Logger, fetchImpl: FetchLike = fetch): Promise<JobLog[]> {
  const logs = await readLogFiles(inputs.logFiles, logger, inputs.searchWorker);
  if (inputs.fetchLogs) logs.push(...(await fetchJobLogs(jobsWithLogs(jobs), inputs.settings, logger, fetchImpl)));
  return logs;
}
