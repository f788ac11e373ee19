import type {
  BotReport,
  Finding,
  Group,
  InputFormat,
  JobReport,
  JobSummary,
  Review,
  TriageDocument,
} from './types.js';
import { readReview } from './ingest/index.js';
import { isBlockingFailure, isFailedJob } from './jobs.js';

export { isBlockingFailure, isFailedJob };
import { currentReports, findBotReports, latestReportPerPatchSet } from './reports/index.js';
import { parseDiagnostics } from './diagnostics/index.js';
import { classifyDiagnostic, classifyJobWithoutDiagnostics } from './classify/classify.js';
import { rootCauses } from './classify/fold.js';
import { groupFindings } from './group/group.js';
import { inferRepoRoots, toRepoRelative } from './group/paths.js';
import { orderGroups } from './group/order.js';
// Not the barrels: they would load the rules file's YAML parser and schema
// validator, and the state block's, on every CLI start (see read-rules.ts).
import { applyRules } from './rules/match.js';
import type { RuleSet } from './rules/load.js';
import { runKey } from './history/state-run.js';
import { annotateHistory, type HistoryOptions } from './history/annotate.js';
import { gerritUnchangedBetween } from './history/gerrit.js';
import { hasResults, patchSetRevision, runOf, type RevisionRun } from './history/runs.js';
import { attachLogs, mergeJobDiagnostics, type JobLog } from './logs/index.js';

/**
 * The whole pure pipeline: text in, the spec's document out.
 * ingest → bot reports → diagnostics → classify → group.
 */

export interface TriageOptions {
  sourceName: string;
  format?: InputFormat;
  /** Checkout folder names to strip from paths, besides those the report reveals. */
  repoRoots?: string[];
  /** Rules from the rules file (rules/load.ts); null or absent: no rules. */
  rules?: RuleSet | null;
  /** Runs from our previous digest's state block (history/state.ts), oldest first. */
  previousRuns?: RevisionRun[];
  /** The revision the current report ran on, when the input does not say (a commit sha on GitHub). */
  revision?: { revision: string; label: string };
  /** Whether files changed between two revisions, when the caller knows (e.g. from the GitHub API). */
  unchangedBetween?: HistoryOptions['unchangedBetween'];
  /** Full logs of jobs (files, downloads): their diagnostics join the bot's in the same groups. */
  logs?: JobLog[];
  /** Bounds on diagnostics per job and groups per document (DEFAULT_LIMITS). */
  limits?: Partial<TriageLimits>;
}

/** Bounds on what one run keeps, so a hostile or huge input cannot blow up the digest. */
export interface TriageLimits {
  /** Root causes kept per job (after folding); more are counted in a note. */
  maxDiagnosticsPerJob: number;
  /** Groups kept in the document; more are counted in a note. */
  maxGroups: number;
}

export const DEFAULT_LIMITS: TriageLimits = { maxDiagnosticsPerJob: 500, maxGroups: 200 };

/**
 * The first `max` groups (most important first), plus any group a failed job
 * would otherwise lose its only mention in: every failed job stays accounted for.
 */
export function limitGroups(groups: Group[], max: number, notes: string[]): Group[] {
  if (groups.length <= max) return groups;
  const kept = groups.slice(0, max);
  const seen = new Set(kept.flatMap((g) => g.occurrences.map((o) => o.job)));
  for (const group of groups.slice(max)) {
    if (group.occurrences.some((o) => !seen.has(o.job))) {
      kept.push(group);
      for (const o of group.occurrences) seen.add(o.job);
    }
  }
  if (kept.length < groups.length) notes.push(`${groups.length - kept.length} more root causes not shown (limit: ${max} groups)`);
  return kept;
}

export interface TriageResult {
  document: TriageDocument;
  review: Review;
  /** The newest report of each patch set, newest first. */
  reports: BotReport[];
  /** The report the document describes, or null when the input has none. */
  current: BotReport | null;
  /** All reports on the newest patch set (several bots may report on it); `current` is the first. */
  currentAll: BotReport[];
  /** Things the reader should know: no report found, newer patch set without report. */
  notes: string[];
  /** Earlier runs and the current one, oldest first: what the next digest's state block carries. */
  runs: RevisionRun[];
  /** The newest report of the patch set before the current one, when there is one. */
  previous: BotReport | null;
}


function jobSummary(job: JobReport, logs: JobLog[] = []): JobSummary {
  const summary: JobSummary = { name: job.name, url: job.url, build: job.build, status: job.status, patchSet: job.patchSet };
  if (job.voting === false) summary.voting = false;
  const own = logs.filter((l) => l.job === job.name);
  if (own.length === 0) return summary;
  summary.failedTargets = [...new Set(own.flatMap((l) => l.scan?.failedTargets ?? []))];
  summary.failedStep = own.map((l) => l.scan?.failedStep ?? null).find((s) => s !== null) ?? null;
  summary.logs = own.map((l) => ({ source: l.source, bytes: l.scan?.bytes ?? 0, problem: l.problem }));
  return summary;
}

/** What the digest says about logs: the ones that could not be read, where each job stopped. */
function logNotes(logs: JobLog[]): string[] {
  const notes: string[] = [];
  for (const log of logs) {
    if (log.problem) notes.push(`${log.job}: log ${log.source}: ${log.problem}`);
    const scan = log.scan;
    if (!scan) continue;
    const where: string[] = [];
    if (scan.failedTargets.length > 0) {
      const more = scan.failedTargets.length > 1 ? ` (+${scan.failedTargets.length - 1} more)` : '';
      where.push(`failed to build ${scan.failedTargets[0]}${more}`);
    }
    if (scan.failedStep) where.push(`in step "${scan.failedStep}"`);
    if (where.length > 0) notes.push(`${log.job}: ${where.join(' ')}`);
    if (scan.diagnosticsCapped) notes.push(`${log.job}: log ${log.source}: too many diagnostics, only the first ones were kept`);
  }
  return notes;
}

/** What the digest shows under a message: the first 20 lines of its notes, each cut at 300 characters. */
function contextLines(context: string[]): string[] {
  return context.slice(0, 20).map((line) => (line.length > 300 ? `${line.slice(0, 299)}…` : line));
}

/** A plain log has no job lines: it is one job, named after the file. */
function reportForPlainLog(review: Review, sourceName: string): BotReport {
  const body = review.messages.map((m) => m.body).join('\n');
  const hasErrors = parseDiagnostics(body).some((d) => d.severity !== 'warning');
  const name = sourceName.split(/[\\/]/).pop() || sourceName;
  return {
    dialect: 'log',
    author: null,
    date: null,
    patchSet: review.change.patchSet,
    verdict: null,
    vote: null,
    jobs: [{ name, url: null, build: null, status: hasErrors ? 'failure' : 'unknown', patchSet: review.change.patchSet, text: body }],
  };
}

/** Diagnostics and job-level failures of the failed jobs of one report. */
export function findingsOfReport(
  report: BotReport,
  extraRoots: string[] = [],
  logs: JobLog[] = [],
  limits: { maxDiagnosticsPerJob?: number; notes?: string[] } = {},
): Finding[] {
  const failedJobs = report.jobs.filter(isFailedJob);
  const maxPerJob = limits.maxDiagnosticsPerJob ?? DEFAULT_LIMITS.maxDiagnosticsPerJob;
  const perJobRaw = failedJobs.map((job) => ({
    job,
    quoted: rootCauses(parseDiagnostics(job.text)),
    fromLogs: rootCauses(logs.filter((l) => l.job === job.name).flatMap((l) => l.scan?.diagnostics ?? [])),
  }));
  const allPaths = perJobRaw.flatMap(({ quoted, fromLogs }) => [...quoted, ...fromLogs].map((d) => d.file).filter((f): f is string => f !== null));
  const hints = { repoRoots: [...new Set([...extraRoots, ...inferRepoRoots(allPaths)])] };
  const perJob = perJobRaw.map(({ job, quoted, fromLogs }) => ({
    job,
    diagnostics: fromLogs.length === 0 ? quoted : mergeJobDiagnostics(quoted, fromLogs, (file) => toRepoRelative(file, hints)),
  }));
  const findings: Finding[] = [];
  for (const { job, diagnostics: all } of perJob) {
    // A limit that cuts says so: nothing disappears silently.
    const diagnostics = all.length > maxPerJob ? all.slice(0, maxPerJob) : all;
    if (all.length > maxPerJob) limits.notes?.push(`${all.length - maxPerJob} more errors in job ${job.name} not shown (limit: ${maxPerJob} per job)`);
    if (diagnostics.length === 0) {
      findings.push({
        job: job.name,
        tool: null,
        file: null,
        line: null,
        column: null,
        message: job.text.trim(),
        classification: classifyJobWithoutDiagnostics(job),
      });
      continue;
    }
    for (const diagnostic of diagnostics) {
      findings.push({
        job: job.name,
        tool: diagnostic.tool,
        file: diagnostic.file === null ? null : toRepoRelative(diagnostic.file, hints),
        line: diagnostic.line,
        column: diagnostic.column,
        message: diagnostic.message,
        context: contextLines(diagnostic.context),
        classification: classifyDiagnostic(diagnostic),
      });
    }
  }
  return findings;
}

/** No report at all: only logs were given. */
function emptyReview(): Review {
  return { format: 'text', change: { id: null, subject: null, patchSet: null }, messages: [], warnings: [] };
}

/** `text` is the review or bot report; null when only `options.logs` were given. */
export function triageText(text: string | null, options: TriageOptions): TriageResult {
  return triageReview(text === null ? emptyReview() : readReview(text, options.sourceName, options.format), options);
}

/** The pipeline after ingest, for callers that build the Review themselves (PR comments). */
export function triageReview(review: Review, options: TriageOptions): TriageResult {
  const notes: string[] = [...review.warnings];
  let allReports = findBotReports(review);
  let reports = latestReportPerPatchSet(allReports);
  if (reports.length === 0 && review.format === 'text' && review.messages.length > 0) reports = [reportForPlainLog(review, options.sourceName)];
  const attached = attachLogs(reports[0] ?? null, options.logs ?? []);
  if (attached.report && attached.report !== reports[0]) {
    const original = reports[0];
    const replacement = attached.report;
    reports = [replacement, ...reports.slice(1)];
    // History must see the report with its logs, not the report and a copy of it.
    allReports = original && allReports.includes(original) ? allReports.map((report) => (report === original ? replacement : report)) : allReports;
  }
  const logs = attached.logs;
  notes.push(...logNotes(logs));
  const currentAll = currentReports(reports);
  const current = currentAll[0] ?? null;
  if (!current) notes.push(`no CI report found in ${options.sourceName}`);
  else if (review.change.patchSet !== null && current.patchSet !== null && review.change.patchSet > current.patchSet) {
    notes.push(`patch set ${review.change.patchSet} has no CI report yet; this is the report on patch set ${current.patchSet}`);
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const findings = currentAll.flatMap((report) => findingsOfReport(report, options.repoRoots, logs, { maxDiagnosticsPerJob: limits.maxDiagnosticsPerJob, notes }));
  let groups = currentAll.length ? limitGroups(orderGroups(groupFindings(findings)), limits.maxGroups, notes) : [];
  let runs: RevisionRun[] = [];
  if (current) {
    ({ groups, runs } = withHistory(groups, currentAll, allReports, review, options));
  }
  // The spec's optional fields, always present (null when nothing applies), in the spec's order.
  groups = applyRules(groups, options.rules ?? null).map(({ rule, flaky, history, ...group }) => ({
    ...group,
    rule: rule ?? null,
    flaky: flaky ?? null,
    history: history ?? null,
  }));
  const document: TriageDocument = {
    schema: 'build-triage/v1',
    change: review.change,
    jobs: currentAll.flatMap((report) => report.jobs.map((job) => jobSummary(job, logs))),
    groups,
  };
  const previous = reports.find((report) => current !== null && report.patchSet !== null && current.patchSet !== null && report.patchSet < current.patchSet) ?? null;
  return { document, review, reports, current, currentAll, notes, runs, previous };
}

/**
 * History and flaky evidence from the review's earlier reports (every one, a
 * recheck's included) and from the runs the caller read from our state block.
 * Reports without a patch set are left out: without knowing the code they ran
 * on, a pass after a failure proves nothing.
 */
function withHistory(
  groups: Group[],
  currentAll: BotReport[],
  allReports: BotReport[],
  review: Review,
  options: TriageOptions,
): { groups: Group[]; runs: RevisionRun[] } {
  const current = currentAll[0];
  const identity = options.revision ?? (current.patchSet !== null ? patchSetRevision(current.patchSet) : null);
  if (!identity) return { groups, runs: [] };
  const all = allReports.filter(hasResults);
  const currentIndex = Math.min(...currentAll.map((report) => all.indexOf(report)).filter((i) => i !== -1));
  const earlierReports = all.filter(
    (report, index) => !currentAll.includes(report) && report.patchSet !== null && (!Number.isFinite(currentIndex) || index < currentIndex),
  );
  const fromReports = earlierReports
    .sort((a, b) => (a.patchSet ?? 0) - (b.patchSet ?? 0))
    .map((report) => runOf(patchSetRevision(report.patchSet!), report.jobs, groupFindings(findingsOfReport(report, options.repoRoots))));
  const currentRun = runOf(identity, currentAll.flatMap((report) => report.jobs), groups);
  // The state block repeats runs the thread still shows (and the last digest's own
  // current run): keep each distinct run once, so nothing is counted twice.
  const seen = new Set<string>([runKey(currentRun)]);
  const earlier: RevisionRun[] = [];
  for (const run of [...(options.previousRuns ?? []), ...fromReports]) {
    const key = runKey(run);
    if (seen.has(key)) continue;
    seen.add(key);
    earlier.push(run);
  }
  const unchangedBetween = options.unchangedBetween ?? (review.format === 'gerrit-export' ? gerritUnchangedBetween(review) : undefined);
  return { groups: annotateHistory(groups, currentRun, earlier, { unchangedBetween }), runs: [...earlier, currentRun] };
}
