import { isFailedJob } from '../jobs.js';
import type { BotReport, JobReport } from '../types.js';
import type { JobLog } from './index.js';

/**
 * Which job each log belongs to. A log named by the caller keeps its job; an
 * unnamed one goes to the report's only failed job, or to the failed job whose
 * name its file name contains; otherwise it is a job of its own, named after
 * the file. Pure: returns a new report when jobs are added.
 */


function baseName(source: string): string {
  const withoutQuery = source.split(/[?#]/)[0];
  return withoutQuery.split(/[\\/]/).filter((s) => s !== '').pop() ?? source;
}

function jobForUnnamedLog(log: JobLog, failed: JobReport[]): string | null {
  if (failed.length === 1) return failed[0].name;
  const file = baseName(log.source).toLowerCase();
  const byName = failed.filter((job) => {
    const name = job.name.toLowerCase();
    const last = name.split('/').pop() ?? name;
    return file.includes(last);
  });
  // The longest name wins: `linux-asan` over `linux`.
  byName.sort((a, b) => b.name.length - a.name.length);
  return byName[0]?.name ?? null;
}

function logStatus(log: JobLog): JobReport['status'] {
  if (!log.scan) return 'unknown';
  const hasErrors = log.scan.diagnostics.some((d) => d.severity !== 'warning') || log.scan.failedTargets.length > 0 || log.scan.failedStep !== null;
  return hasErrors ? 'failure' : log.problem ? 'unknown' : 'success';
}

export function attachLogs(report: BotReport | null, logs: JobLog[]): { report: BotReport | null; logs: JobLog[] } {
  if (logs.length === 0) return { report, logs };
  const jobs = report ? [...report.jobs] : [];
  const failed = jobs.filter((j) => isFailedJob(j));
  const attached = logs.map((log) => {
    const job = log.job ?? jobForUnnamedLog(log, failed) ?? baseName(log.source);
    return { ...log, job };
  });
  for (const log of attached) {
    if (jobs.some((j) => j.name === log.job)) continue;
    const isUrl = /^https?:\/\//.test(log.source);
    jobs.push({
      name: log.job,
      url: isUrl ? log.source : null,
      build: null,
      status: logStatus(log),
      patchSet: report?.patchSet ?? null,
      text: log.scan?.failedTargets.map((t) => `FAILED: ${t}`).join('\n') ?? '',
    });
  }
  const withJobs: BotReport = report
    ? { ...report, jobs }
    : { dialect: 'log', author: null, date: null, patchSet: null, verdict: null, vote: null, jobs };
  return { report: withJobs, logs: attached };
}
