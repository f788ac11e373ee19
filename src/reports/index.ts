import type { BotReport, JobReport, Review, ReviewMessage } from '../types.js';
import { parseGerritTriggerReport } from './gerrit-trigger.js';
import { parseZuulReport } from './zuul.js';
import { parseProwReport } from './prow.js';
import { parseRustLogAnalyzerReport } from './rust-log-analyzer.js';
import { parseDrCiReport } from './drci.js';
import { parseJenkinsPrReport } from './jenkins-pr.js';
import { unquote } from './markup.js';

/** Dialect names a BotReport can carry. */
export const DIALECTS = [
  'gerrit-trigger',
  'url-status-list',
  'zuul',
  'prow',
  'rust-log-analyzer',
  'drci',
  'jenkins-pr',
  // Not a bot: a plain log read as one job (triage.ts).
  'log',
] as const;

/**
 * Reads one message as a CI report in whichever dialect it is written, or
 * returns null when it is not a report. The GitHub-side bots have marks no
 * Gerrit report carries, so they are tried first; Zuul before Jenkins Gerrit
 * Trigger, whose bare `<url> : RESULT` lines are the least specific. A quoted
 * report (`> ` in an e-mail reply or a comment) is read as the report.
 */
export function parseBotReport(message: ReviewMessage): BotReport | null {
  const body = unquote(message.body);
  const unquoted: ReviewMessage = body === message.body ? message : { ...message, body };
  const report =
    parseDrCiReport(unquoted, body) ??
    parseProwReport(unquoted, body) ??
    parseRustLogAnalyzerReport(unquoted, body) ??
    parseJenkinsPrReport(unquoted, body) ??
    parseZuulReport(unquoted, body) ??
    parseGerritTriggerReport(unquoted);
  if (report && report.dialect === 'gerrit-trigger' && report.verdict === null && report.vote === null && !/patch ?set/i.test(body.slice(0, 400))) {
    // Only `<url> : STATUS` lines, nothing of Gerrit Trigger around them.
    report.dialect = 'url-status-list';
  }
  return report;
}

/** Every CI report found in the review's messages, in message order. */
export function findBotReports(review: Review): BotReport[] {
  const reports: BotReport[] = [];
  for (const message of review.messages) {
    const report = parseBotReport(message);
    if (report) reports.push(report);
  }
  return reports;
}

/**
 * The newest report of each patch set and bot, newest patch set first. A
 * later message of the same bot about the same patch set (a recheck, Prow's
 * next table, Dr. CI's edit) replaces the earlier one; a "Build Started"
 * notice without results never replaces a finished report. Different bots
 * on the same patch set (Zuul and a third-party CI, Prow and Dr. CI) are all
 * kept. On GitHub there are no patch sets: each bot's newest report counts.
 */
export function latestReportPerPatchSet(reports: BotReport[]): BotReport[] {
  const byKey = new Map<string, BotReport>();
  for (const report of reports) {
    const key = `${report.patchSet ?? '-'}|${report.author ?? ''}|${report.dialect}`;
    const hasResults = report.jobs.some((job) => job.status !== 'unknown');
    const previous = byKey.get(key);
    if (previous && !hasResults) continue;
    // Re-insert so the map's order follows the newest report of each key.
    byKey.delete(key);
    byKey.set(key, report);
  }
  return [...byKey.values()].sort((a, b) => (b.patchSet ?? -1) - (a.patchSet ?? -1));
}

function sameJob(a: JobReport, b: JobReport): boolean {
  return a.url !== null && b.url !== null ? a.url === b.url : a.name === b.name && a.status === b.status;
}

/**
 * The reports that describe the newest patch set (all of them when there are
 * no patch sets). A report whose every job another report already gives is a
 * person quoting that bot in a reply, not news: it is left out.
 */
export function currentReports(latest: BotReport[]): BotReport[] {
  if (latest.length === 0) return [];
  const patchSet = latest[0].patchSet;
  const kept: BotReport[] = [];
  for (const report of latest.filter((r) => r.patchSet === patchSet)) {
    const repeats = report.jobs.length > 0 && kept.some((other) => report.jobs.every((job) => other.jobs.some((o) => sameJob(job, o))));
    if (!repeats) kept.push(report);
  }
  return kept;
}
