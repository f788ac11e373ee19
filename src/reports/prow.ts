import type { BotReport, JobReport, ReviewMessage } from '../types.js';
import { jobFromUrl } from './job-line.js';
import { markdownLinks } from './markup.js';

/**
 * Prow's failed-test table (k8s-ci-robot, openshift-ci-robot, Jenkins X
 * Lighthouse and other Prow deployments), kubernetes/test-infra
 * `prow/plugins/.../report`:
 *
 *   @user: The following tests **failed**, say `/retest` to rerun all failed tests…
 *
 *   Test name | Commit | Details | Required | Rerun command
 *   --- | --- | --- | --- | ---
 *   pull-foo | 04e811c… | [link](<url>) | true | `/test pull-foo`
 *
 * Older Prow had no Required column; its first form said "The following
 * test(s) **failed**:". One comment lists every currently failing job; the
 * bot quotes no log, so each job's text is empty.
 */

export function looksLikeProwReport(body: string): boolean {
  return body.includes('Test name') && body.includes('| Commit') && (body.includes('**failed**') || body.includes('**passed!**'));
}

function cells(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => c.trim());
}

function isSeparatorRow(line: string): boolean {
  return /^[\s|:-]+$/.test(line) && line.includes('-');
}

export function parseProwReport(message: ReviewMessage, body: string): BotReport | null {
  if (!looksLikeProwReport(body)) return null;
  const lines = body.split('\n');
  const headerIndex = lines.findIndex((line) => line.includes('Test name') && line.includes('|'));
  const jobs: JobReport[] = [];
  let commit: string | null = null;
  if (headerIndex !== -1) {
    const header = cells(lines[headerIndex]).map((c) => c.toLowerCase());
    const col = (name: string) => header.findIndex((h) => h === name);
    const nameCol = col('test name');
    const commitCol = col('commit');
    const detailsCol = col('details');
    const requiredCol = col('required');
    for (let i = headerIndex + 1; i < lines.length; i++) {
      const line = lines[i];
      if (line.trim() === '' || !line.includes('|')) break;
      if (isSeparatorRow(line)) continue;
      const row = cells(line);
      const name = row[nameCol] ?? '';
      if (name === '') continue;
      const details = detailsCol === -1 ? '' : row[detailsCol] ?? '';
      const link = markdownLinks(details, 1)[0];
      const url = link && /^https?:\/\//.test(link.url) ? link.url : null;
      const rowCommit = commitCol === -1 ? null : row[commitCol] || null;
      commit ??= rowCommit;
      const job: JobReport = {
        name,
        url,
        build: url ? jobFromUrl(url).build : null,
        status: 'failure',
        patchSet: message.patchSet,
        text: '',
        commit: rowCommit,
      };
      const required = requiredCol === -1 ? '' : (row[requiredCol] ?? '').toLowerCase();
      if (required === 'false') job.voting = false;
      jobs.push(job);
    }
  }
  return {
    dialect: 'prow',
    author: message.author,
    date: message.date,
    patchSet: message.patchSet,
    verdict: jobs.length > 0 ? 'failed' : body.includes('**passed!**') ? 'successful' : null,
    vote: null,
    jobs,
    commit,
  };
}
