import type {
  BotReport,
  Diagnostic,
  Finding,
  InputFormat,
  JobReport,
  JobSummary,
  Review,
  TriageDocument,
} from './types.js';
import { readReview } from './ingest/index.js';
import { findBotReports, latestReportPerPatchSet } from './reports/index.js';
import { parseDiagnostics } from './diagnostics/index.js';
import { classifyDiagnostic, classifyJobWithoutDiagnostics } from './classify/classify.js';
import { groupFindings } from './group/group.js';
import { inferRepoRoots, toRepoRelative } from './group/paths.js';
import { orderGroups } from './group/order.js';
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
  /** Full logs of jobs (files, downloads): their diagnostics join the bot's in the same groups. */
  logs?: JobLog[];
}

export interface TriageResult {
  document: TriageDocument;
  review: Review;
  /** The newest report of each patch set, newest first. */
  reports: BotReport[];
  /** The report the document describes, or null when the input has none. */
  current: BotReport | null;
  /** Things the reader should know: no report found, newer patch set without report. */
  notes: string[];
}

const FAILED_STATUSES = new Set(['failure', 'unstable', 'aborted', 'unknown']);

export function isFailedJob(job: { status: string }): boolean {
  return FAILED_STATUSES.has(job.status);
}

function jobSummary(job: JobReport, logs: JobLog[] = []): JobSummary {
  const summary: JobSummary = { name: job.name, url: job.url, build: job.build, status: job.status, patchSet: job.patchSet };
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
export function findingsOfReport(report: BotReport, extraRoots: string[] = [], logs: JobLog[] = []): Finding[] {
  const failedJobs = report.jobs.filter(isFailedJob);
  const isReported = (d: Diagnostic) => d.severity !== 'warning' || /\[-Werror/.test(d.message);
  const perJobRaw = failedJobs.map((job) => ({
    job,
    quoted: parseDiagnostics(job.text).filter(isReported),
    fromLogs: logs.filter((l) => l.job === job.name).flatMap((l) => (l.scan?.diagnostics ?? []).filter(isReported)),
  }));
  const allPaths = perJobRaw.flatMap(({ quoted, fromLogs }) => [...quoted, ...fromLogs].map((d) => d.file).filter((f): f is string => f !== null));
  const hints = { repoRoots: [...new Set([...extraRoots, ...inferRepoRoots(allPaths)])] };
  const perJob = perJobRaw.map(({ job, quoted, fromLogs }) => ({
    job,
    diagnostics: fromLogs.length === 0 ? quoted : mergeJobDiagnostics(quoted, fromLogs, (file) => toRepoRelative(file, hints)),
  }));
  const findings: Finding[] = [];
  for (const { job, diagnostics } of perJob) {
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
  const review = text === null ? emptyReview() : readReview(text, options.sourceName, options.format);
  const notes: string[] = [...review.warnings];
  let reports = latestReportPerPatchSet(findBotReports(review));
  if (reports.length === 0 && review.format === 'text' && text !== null) reports = [reportForPlainLog(review, options.sourceName)];
  const attached = attachLogs(reports[0] ?? null, options.logs ?? []);
  if (attached.report) reports = [attached.report, ...reports.slice(1)];
  const logs = attached.logs;
  notes.push(...logNotes(logs));
  const current = reports[0] ?? null;
  if (!current) notes.push(`no CI report found in ${options.sourceName}`);
  else if (review.change.patchSet !== null && current.patchSet !== null && review.change.patchSet > current.patchSet) {
    notes.push(`patch set ${review.change.patchSet} has no CI report yet; this is the report on patch set ${current.patchSet}`);
  }
  const groups = current ? orderGroups(groupFindings(findingsOfReport(current, options.repoRoots, logs))) : [];
  const document: TriageDocument = {
    schema: 'build-triage/v1',
    change: review.change,
    jobs: current ? current.jobs.map((job) => jobSummary(job, logs)) : [],
    groups,
  };
  return { document, review, reports, current, notes };
}
