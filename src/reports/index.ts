import type { BotReport, Review } from '../types.js';
import { parseGerritTriggerReport } from './gerrit-trigger.js';

/** Every CI report found in the review's messages, in message order. */
export function findBotReports(review: Review): BotReport[] {
  const reports: BotReport[] = [];
  for (const message of review.messages) {
    const report = parseGerritTriggerReport(message);
    if (report) reports.push(report);
  }
  return reports;
}

/**
 * The newest report of each patch set, newest patch set first. A later
 * message about the same patch set (a recheck) replaces the earlier one; a
 * "Build Started" notice without results never replaces a finished report.
 */
export function latestReportPerPatchSet(reports: BotReport[]): BotReport[] {
  const byPatchSet = new Map<number | null, BotReport>();
  for (const report of reports) {
    const hasResults = report.jobs.some((job) => job.status !== 'unknown');
    const previous = byPatchSet.get(report.patchSet);
    if (previous && !hasResults) continue;
    byPatchSet.set(report.patchSet, report);
  }
  return [...byPatchSet.values()].sort((a, b) => (b.patchSet ?? -1) - (a.patchSet ?? -1));
}
