import type {
  BotReport,
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
import { rootCauses } from './classify/fold.js';
import { groupFindings } from './group/group.js';
import { inferRepoRoots, toRepoRelative } from './group/paths.js';
import { orderGroups } from './group/order.js';

/**
 * The whole pure pipeline: text in, the spec's document out.
 * ingest → bot reports → diagnostics → classify → group.
 */

export interface TriageOptions {
  sourceName: string;
  format?: InputFormat;
  /** Checkout folder names to strip from paths, besides those the report reveals. */
  repoRoots?: string[];
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

function jobSummary(job: JobReport): JobSummary {
  return { name: job.name, url: job.url, build: job.build, status: job.status, patchSet: job.patchSet };
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
export function findingsOfReport(report: BotReport, extraRoots: string[] = []): Finding[] {
  const failedJobs = report.jobs.filter(isFailedJob);
  const perJob = failedJobs.map((job) => ({
    job,
    diagnostics: rootCauses(parseDiagnostics(job.text)),
  }));
  const allPaths = perJob.flatMap(({ diagnostics }) => diagnostics.map((d) => d.file).filter((f): f is string => f !== null));
  const hints = { repoRoots: [...new Set([...extraRoots, ...inferRepoRoots(allPaths)])] };
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

export function triageText(text: string, options: TriageOptions): TriageResult {
  const review = readReview(text, options.sourceName, options.format);
  const notes: string[] = [...review.warnings];
  let reports = latestReportPerPatchSet(findBotReports(review));
  if (reports.length === 0 && review.format === 'text') reports = [reportForPlainLog(review, options.sourceName)];
  const current = reports[0] ?? null;
  if (!current) notes.push(`no CI report found in ${options.sourceName}`);
  else if (review.change.patchSet !== null && current.patchSet !== null && review.change.patchSet > current.patchSet) {
    notes.push(`patch set ${review.change.patchSet} has no CI report yet; this is the report on patch set ${current.patchSet}`);
  }
  const groups = current ? orderGroups(groupFindings(findingsOfReport(current, options.repoRoots))) : [];
  const document: TriageDocument = {
    schema: 'build-triage/v1',
    change: review.change,
    jobs: current ? current.jobs.map(jobSummary) : [],
    groups,
  };
  return { document, review, reports, current, notes };
}
