import type { BotReport, JobReport, ReviewMessage, Verdict } from '../types.js';
import { jobFromUrl, statusOfResultWord } from './job-line.js';
import { markdownLinks } from './markup.js';

/**
 * Zuul reports (OpenStack/OpenDev on Gerrit, Zuul's GitHub reporter, Zuul v2
 * with Jenkins). Zuul writes one line per job (zuul/reporter `_formatItemReportJobs`):
 *
 *   - <job> <url> : <RESULT> in 5m 12s (non-voting)      v3 on Gerrit
 *   - <url> : <RESULT> in 39m 41s                       v2 (the Jenkins URL names the job)
 *   * [<job> ](<url>) : <RESULT> in 3m 07s                GitHub reporter, markdown
 *   - <job> : SKIPPED                                   no build, no URL
 *
 * after a verdict line such as `Build failed (check pipeline).`, on Gerrit
 * under `Patch Set N: Verified-1`. Results besides SUCCESS and FAILURE
 * (POST_FAILURE, RETRY_LIMIT, NODE_FAILURE, TIMED_OUT, SKIPPED, …) are mapped
 * by job-line's table; an error text Zuul appends stays the job's text.
 */

export interface ZuulJobLine {
  name: string | null;
  url: string | null;
  resultWord: string;
  /** What follows the result word: " in 5m 12s (non-voting)", an error text. */
  rest: string;
  bulleted: boolean;
}

function isUrl(token: string): boolean {
  return token.startsWith('http://') || token.startsWith('https://');
}

/** Reads one Zuul job line, or null. Hand-tokenised: linear whatever the line holds. */
export function parseZuulJobLine(line: string): ZuulJobLine | null {
  const colon = line.indexOf(' : ');
  if (colon === -1) return null;
  let head = line.slice(0, colon).trim();
  const tail = line.slice(colon + 3).trim();
  const space = tail.indexOf(' ');
  const resultWord = space === -1 ? tail : tail.slice(0, space);
  if (statusOfResultWord(resultWord) === undefined) return null;
  const rest = space === -1 ? '' : tail.slice(space + 1).trim();

  let bulleted = false;
  if (head.startsWith('- ') || head.startsWith('* ')) {
    bulleted = true;
    head = head.slice(2).trim();
  }
  if (head === '') return null;
  // Markdown: [name ](url)
  if (head.startsWith('[') && head.endsWith(')')) {
    const links = markdownLinks(head, 2);
    if (links.length !== 1) return null;
    const { text, url } = links[0];
    return { name: text || null, url: isUrl(url) ? url : null, resultWord, rest, bulleted };
  }
  const tokens = head.split(/\s+/);
  if (tokens.length > 2) return null;
  if (tokens.length === 2) {
    if (!isUrl(tokens[1]) || isUrl(tokens[0])) return null;
    return { name: tokens[0], url: tokens[1], resultWord, rest, bulleted };
  }
  if (isUrl(tokens[0])) return { name: null, url: tokens[0], resultWord, rest, bulleted };
  // "- job : SKIPPED": only with the bullet, so prose such as "Note : SUCCESS" is not a job.
  if (!bulleted || !/^[\w.+-]{1,200}$/.test(tokens[0])) return null;
  return { name: tokens[0], url: null, resultWord, rest, bulleted };
}

/** Zuul's own marks, which Jenkins Gerrit Trigger lines never carry. */
export function looksLikeZuulLine(job: ZuulJobLine): boolean {
  return job.bulleted || job.name !== null || /^in (?:\d{1,4}h )?(?:\d{1,4}m )?\d{1,4}s\b/.test(job.rest) || job.rest.includes('(non-voting)');
}

/** What follows the result once " in 5m 12s" and "(non-voting)" are taken out: Zuul's error text, if any. */
export function zuulErrorText(rest: string): string {
  let out = rest.replace('(non-voting)', ' ');
  const duration = /^\s*in (?:\d{1,4}h )?(?:\d{1,4}m )?\d{1,4}s\b/.exec(out);
  if (duration) out = out.slice(duration[0].length);
  return out.replace(/\s{2,}/g, ' ').trim();
}

const VERDICT_WORDS: Array<[string, Verdict]> = [
  ['build failed', 'failed'],
  ['build succeeded', 'successful'],
  ['merge failed', 'failed'],
  ['build canceled', 'aborted'],
  ['build cancelled', 'aborted'],
  ['starting check jobs', 'started'],
  ['starting gate jobs', 'started'],
];

function zuulVerdict(head: string): Verdict {
  const lower = head.toLowerCase();
  for (const [words, verdict] of VERDICT_WORDS) if (lower.includes(words)) return verdict;
  return null;
}

export function parseZuulReport(message: ReviewMessage, body: string): BotReport | null {
  const lines = body.split('\n');
  const parsed: Array<{ index: number; job: ZuulJobLine }> = [];
  lines.forEach((line, index) => {
    if (line.indexOf(' : ') === -1) return;
    const job = parseZuulJobLine(line);
    if (job) parsed.push({ index, job });
  });
  if (parsed.length === 0 || !parsed.some(({ job }) => looksLikeZuulLine(job))) return null;

  const jobs: JobReport[] = parsed.map(({ job }) => {
    const fromUrl = job.url ? jobFromUrl(job.url) : { name: job.name ?? 'job', build: null };
    const status = statusOfResultWord(job.resultWord) ?? 'unknown';
    const report: JobReport = {
      name: job.name ?? fromUrl.name,
      url: job.url,
      // Only a Jenkins URL numbers builds; Zuul v3 build URLs end in a UUID.
      build: job.url && job.url.includes('/job/') ? fromUrl.build : null,
      status,
      patchSet: message.patchSet,
      // The result and any error text Zuul appended: all it says about the job. The
      // duration and the voting mark are left out, so that two jobs that failed
      // alike read alike.
      text: `${job.resultWord} ${zuulErrorText(job.rest)}`.trim(),
    };
    if (job.rest.includes('(non-voting)')) report.voting = false;
    return report;
  });
  const head = lines.slice(0, parsed[0].index).join('\n');
  const vote = /\bVerified([+-]\d)\b/.exec(head);
  return {
    dialect: 'zuul',
    author: message.author,
    date: message.date,
    patchSet: message.patchSet,
    verdict: zuulVerdict(head),
    vote: vote ? Number(vote[1]) : null,
    jobs,
  };
}
