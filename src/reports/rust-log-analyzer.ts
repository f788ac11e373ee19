import type { BotReport, ReviewMessage } from '../types.js';
import { buildNumber, jobFromUrl } from './job-line.js';
import { fencedLines, firstUrl, isMarkupLine, markdownLinks, plainLogLine } from './markup.js';

/**
 * rust-log-analyzer (rust-lang/rust-log-analyzer, src/bin/server/worker.rs):
 * one comment per failed build, for its first failed job only, in three
 * wordings over the years:
 *
 *   The job **`<name>`** failed! Check out the build log: [(web)](<url>) [(plain)](<url>)
 *   <details><summary><i>Click to see the possible cause of the failure (guessed by this bot)</i></summary>
 *   ```plain
 *   <log lines, blocks separated by ---> ```
 *   </details>
 *
 *   The job <name> of your PR [failed](<url>) ([raw log](<url>)). Through arcane magic …
 *   Your PR [failed on Travis](<url>) ([raw log](<url>)). Through arcane magic …
 *
 * The log lines are chosen statistically, not by meaning; they are the job's text.
 */

// Phrases only the bot writes; "of your PR failed" alone could be a person's sentence.
const MARKERS = ['failed! Check out the build log', 'Through arcane magic', 'guessed by this bot'];

export function looksLikeRustLogAnalyzer(body: string): boolean {
  return MARKERS.some((marker) => body.includes(marker));
}

function between(text: string, start: string, end: string): string | null {
  const a = text.indexOf(start);
  if (a === -1) return null;
  const b = text.indexOf(end, a + start.length);
  if (b === -1 || b - a > 300) return null;
  return text.slice(a + start.length, b);
}

function jobName(head: string): string | null {
  const bold = between(head, '**`', '`**');
  if (bold) return bold.trim();
  const ofYourPr = between(head, 'The job ', ' of your PR');
  if (ofYourPr) return ofYourPr.trim();
  const rendered = between(head, 'The job ', ' failed!');
  if (rendered) return rendered.trim();
  const onCi = between(head, 'failed on ', ']');
  if (onCi) return onCi.trim();
  return null;
}

/** The build log link: "(web)", "failed on …", "failed", else the first URL. */
function buildUrl(head: string): string | null {
  const links = markdownLinks(head);
  const preferred = links.find((l) => l.text === '(web)' || l.text.startsWith('failed'));
  if (preferred && /^https?:\/\//.test(preferred.url)) return preferred.url;
  const url = firstUrl(head);
  return url;
}

function buildOf(url: string | null): number | null {
  if (url === null) return null;
  const azure = /[?&]buildId=(\d{1,12})/.exec(url);
  if (azure) return buildNumber(azure[1]);
  return jobFromUrl(url).build;
}

/** Where the quoted log starts: after the expander's summary line. */
function logStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('Click to see the possible cause') || line.includes('Click to expand the log')) return i + 1;
  }
  return -1;
}

export function parseRustLogAnalyzerReport(message: ReviewMessage, body: string): BotReport | null {
  if (!looksLikeRustLogAnalyzer(body)) return null;
  const lines = body.split('\n');
  const start = logStart(lines);
  const headLines = start === -1 ? lines.slice(0, 12) : lines.slice(0, start);
  const head = headLines.join('\n');
  const name = jobName(head.replace(/\n/g, ' '));
  const url = buildUrl(head);
  let logLines = start === -1 ? [] : lines.slice(start);
  const fenced = fencedLines(logLines);
  if (fenced) logLines = fenced;
  const text = logLines
    // Travis's fold and timer markers are CI plumbing, never what failed.
    .filter((line) => !line.startsWith('travis_fold:') && !line.startsWith('travis_time:'))
    .filter((line) => !isMarkupLine(line) || line.trim() === '---')
    .map(plainLogLine)
    .join('\n')
    .trim();
  return {
    dialect: 'rust-log-analyzer',
    author: message.author,
    date: message.date,
    patchSet: message.patchSet,
    verdict: 'failed',
    vote: null,
    jobs: [
      {
        name: name ?? (url ? jobFromUrl(url).name : 'job'),
        url,
        build: buildOf(url),
        status: 'failure',
        patchSet: message.patchSet,
        text,
      },
    ],
  };
}
