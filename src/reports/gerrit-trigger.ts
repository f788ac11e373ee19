import type { BotReport, JobReport, ReviewMessage, Verdict } from '../types.js';
import { jobFromUrl, parseJobLine } from './job-line.js';

/**
 * Jenkins Gerrit Trigger (+ Build Failure Analyzer) reports, as the Couchbase
 * Build Bot writes them:
 *
 *   Patch Set 13: Verified-1
 *   Build Failed
 *   <build url> : FAILURE
 *   <cause text> ( <build url> )
 *
 * Each job line owns the text up to the next job line; a BFA cause that ends
 * with `( <url> )` belongs to the job with that URL wherever it stands.
 */

const VERDICTS: Array<[string, Verdict]> = [
  ['build failed', 'failed'],
  ['build successful', 'successful'],
  ['build succeeded', 'successful'],
  ['build unstable', 'unstable'],
  ['build started', 'started'],
  ['build aborted', 'aborted'],
];

function readVerdict(body: string): Verdict {
  const head = body.slice(0, 600).toLowerCase();
  for (const [words, verdict] of VERDICTS) if (head.includes(words)) return verdict;
  return null;
}

function readVote(body: string): number | null {
  const match = /\bVerified([+-]\d)\b/.exec(body.slice(0, 400));
  return match ? Number(match[1]) : null;
}

/** `( <url> )` at the end of a BFA cause, naming the build it was found in. */
function trailingBuildUrl(text: string): string | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return null;
  const open = trimmed.lastIndexOf('( ');
  if (open === -1) return null;
  const inner = trimmed.slice(open + 1, -1).trim();
  return inner.startsWith('http') && !/\s/.test(inner) ? inner : null;
}

function sameBuild(a: string, b: string): boolean {
  // By hand: /\/+$/ is quadratic on a long run of slashes.
  const strip = (u: string) => {
    let end = u.length;
    while (end > 0 && u[end - 1] === '/') end--;
    return u.slice(0, end);
  };
  return strip(a) === strip(b);
}

export function parseGerritTriggerReport(message: ReviewMessage): BotReport | null {
  const lines = message.body.split('\n');
  const jobs: JobReport[] = [];
  const owned: string[][] = [];
  const preamble: string[] = [];
  for (const line of lines) {
    const jobLine = parseJobLine(line);
    if (jobLine) {
      const fromUrl = jobFromUrl(jobLine.url);
      jobs.push({
        name: jobLine.name ?? fromUrl.name,
        url: jobLine.url,
        build: fromUrl.build,
        status: jobLine.status,
        patchSet: message.patchSet,
        text: jobLine.rest,
      });
      owned.push([]);
      continue;
    }
    if (owned.length === 0) preamble.push(line);
    else owned[owned.length - 1].push(line);
  }
  if (jobs.length === 0) return null;

  // Split each job's text into paragraphs and move BFA causes to the job they name.
  const texts: string[][] = jobs.map(() => []);
  owned.forEach((ownLines, index) => {
    for (const paragraph of ownLines.join('\n').split(/\n\s*\n/)) {
      if (paragraph.trim() === '') continue;
      const url = trailingBuildUrl(paragraph);
      const target = url ? jobs.findIndex((job) => job.url !== null && sameBuild(job.url, url)) : -1;
      texts[target === -1 ? index : target].push(paragraph);
    }
  });
  jobs.forEach((job, index) => {
    job.text = [job.text, ...texts[index]].filter((t) => t.trim() !== '').join('\n\n');
  });

  return {
    dialect: 'gerrit-trigger',
    author: message.author,
    date: message.date,
    patchSet: message.patchSet,
    verdict: readVerdict(preamble.join('\n')),
    vote: readVote(message.body),
    jobs,
  };
}
