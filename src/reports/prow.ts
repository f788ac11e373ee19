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
 *
 * GitHub's e-mail notification renders the table as plain text, and e-mail
 * replies quote it back into the PR (`> ` lines, links as `<url>`):
 *
 *   Test name Commit Details Rerun command
 *   pull-kubernetes-e2e-gce a6a5c91
 *   <commit url>
 *   link
 *   <build url> /test
 *   pull-kubernetes-e2e-gce
 */

export function looksLikeProwReport(body: string): boolean {
  if (!body.includes('Test name')) return false;
  if (!body.includes('| Commit') && !body.includes('Test name Commit Details')) return false;
  return body.includes('failed*') || body.includes('**passed!**');
}

/** The e-mail rendering: a row starts with "<name> <short sha>", its build link follows in <…>. */
function emailRows(lines: string[], headerIndex: number): Array<{ name: string; commit: string; url: string | null }> {
  const rows: Array<{ name: string; commit: string; url: string | null }> = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('Full PR test history') || line.startsWith('Instructions for')) break;
    const space = line.lastIndexOf(' ');
    const last = space === -1 ? '' : line.slice(space + 1);
    if (space > 0 && /^[0-9a-f]{7,40}$/.test(last) && !line.startsWith('<')) {
      rows.push({ name: line.slice(0, space).trim(), commit: last, url: null });
      continue;
    }
    const row = rows[rows.length - 1];
    if (row && row.url === null && line.startsWith('<http') && !line.includes('/commit/')) {
      const close = line.indexOf('>');
      if (close !== -1) row.url = line.slice(1, close);
    }
  }
  return rows;
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
  const emailHeader = headerIndex === -1 ? lines.findIndex((line) => line.trim().startsWith('Test name Commit Details')) : -1;
  if (emailHeader !== -1) {
    for (const row of emailRows(lines, emailHeader)) {
      commit ??= row.commit;
      jobs.push({ name: row.name, url: row.url, build: row.url ? jobFromUrl(row.url).build : null, status: 'failure', patchSet: message.patchSet, text: '', commit: row.commit });
    }
  }
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
  const verdict = jobs.length > 0 ? 'failed' : body.includes('**passed!**') ? 'successful' : null;
  // A table header with no job under it (a cut or edited comment) reports nothing.
  if (verdict === null) return null;
  return {
    dialect: 'prow',
    author: message.author,
    date: message.date,
    patchSet: message.patchSet,
    verdict,
    vote: null,
    jobs,
    commit,
  };
}
