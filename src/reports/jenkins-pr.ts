import type { BotReport, JobReport, JobStatus, ReviewMessage, Verdict } from '../types.js';
import { jobFromUrl, statusOfResultWord } from './job-line.js';
import { firstUrl, markdownLinks, stripTags } from './markup.js';

/**
 * Jenkins commenting on GitHub pull requests:
 *
 * - GitHub Pull Request Builder (jenkinsci/ghprb-plugin), whose defaults are
 *   "Test PASSed." / "Test FAILed.", "Merged build finished." and
 *   "Refer to this link for build results (access rights to CI server needed): <url>",
 *   sometimes followed by the build's result and log tail
 *   (`<h2>Build result: ABORTED</span></h2>[...truncated N lines...]…`);
 * - pipeline jobs that post "Jenkins build for [<sha>](<commit url>) commit
 *   finished as FAILURE" with "Links: [Blue Ocean view](<url>) / [Build artifacts](<url>)".
 *
 * One comment is one build of one job; the job is named by its Jenkins URL.
 */

const GHPRB_MARKERS = ['Test FAILed.', 'Test PASSed.', 'Refer to this link for build results', 'Merged build finished.'];

export function looksLikeJenkinsPr(body: string): boolean {
  return GHPRB_MARKERS.some((m) => body.includes(m)) || (body.includes('Jenkins build for') && body.includes('finished as'));
}

function statusFromGhprb(body: string): JobStatus {
  const result = /Build result: ([A-Z_]{3,20})/.exec(body);
  if (result) return statusOfResultWord(result[1]) ?? 'unknown';
  if (body.includes('Test FAILed.')) return 'failure';
  if (body.includes('Test PASSed.')) return 'success';
  return 'unknown';
}

function verdictOf(status: JobStatus): Verdict {
  if (status === 'success') return 'successful';
  if (status === 'failure') return 'failed';
  if (status === 'unstable') return 'unstable';
  if (status === 'aborted') return 'aborted';
  return null;
}

/** The pipeline wording: "Jenkins build for [sha](url) commit finished as FAILURE". */
function parsePipelineComment(message: ReviewMessage, body: string): BotReport | null {
  const finished = /commit finished as ([A-Z_]{3,20})/.exec(body);
  if (!finished) return null;
  const status = statusOfResultWord(finished[1]) ?? 'unknown';
  const links = body.split('\n').flatMap((line) => markdownLinks(line));
  const commitLink = links.find((l) => /^[0-9a-f]{7,40}$/.test(l.text));
  const jobLink = links.find((l) => l.url.includes('/job/'));
  const viewLink = links.find((l) => l !== commitLink && /^https?:\/\//.test(l.url));
  const url = viewLink?.url ?? jobLink?.url ?? null;
  const named = jobLink ? jobFromUrl(jobLink.url) : url ? jobFromUrl(url) : { name: 'build', build: null };
  const commit = commitLink?.text ?? null;
  return { ...oneJobReport(message, { name: named.name, url, build: named.build, status, patchSet: message.patchSet, text: '', commit }), commit };
}

/** A Jenkins PR-builder comment reports one build: the report of that one job. */
function oneJobReport(message: ReviewMessage, job: JobReport): BotReport {
  return {
    dialect: 'jenkins-pr',
    author: message.author,
    date: message.date,
    patchSet: message.patchSet,
    verdict: verdictOf(job.status),
    vote: null,
    jobs: [job],
  };
}

export function parseJenkinsPrReport(message: ReviewMessage, body: string): BotReport | null {
  if (!looksLikeJenkinsPr(body)) return null;
  const pipeline = parsePipelineComment(message, body);
  if (pipeline) return pipeline;
  const status = statusFromGhprb(body);
  const url = firstUrl(body);
  const named = url ? jobFromUrl(url) : { name: body.includes('Merged build') ? 'merged build' : 'build', build: null };
  // What the plugin appended after the link: the build result and log tail, if any.
  const afterUrl = url ? body.slice(body.indexOf(url) + url.length) : '';
  const text = afterUrl
    .split('\n')
    .map((line) => stripTags(line).trim())
    .filter((line) => line !== '' && line !== 'Test FAILed.' && line !== 'Test PASSed.')
    .join('\n');
  return oneJobReport(message, { name: named.name, url, build: named.build, status, patchSet: message.patchSet, text });
}
