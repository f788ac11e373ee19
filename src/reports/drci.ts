import type { BotReport, JobReport, JobStatus, ReviewMessage, Verdict } from '../types.js';
import { jobFromUrl } from './job-line.js';
import { fencedLines, markdownLinks, plainLogLine, stripTags } from './markup.js';

/**
 * PyTorch's Dr. CI summary (pytorch/test-infra torchci/lib/drciUtils.ts), one
 * comment kept up to date between `<!-- drci-comment-start -->` and
 * `<!-- drci-comment-end -->`:
 *
 *   ## :x: 2 New Failures, 1 Cancelled Job, 4 Unrelated Failures
 *   As of commit <sha> with merge base <sha> (…):
 *   <details open><summary><b>NEW FAILURES</b> - The following jobs have failed:</summary><p>
 *
 *   * [<job>](<hud url>) ([gh](<actions job url>))
 *       `<first failure line>`
 *   </p></details>
 *   <details ><summary><b>FLAKY</b> - The following jobs failed but were likely due to flakiness …
 *
 * NEW FAILURES block the PR; FLAKY, BROKEN TRUNK and UNSTABLE jobs failed too
 * but Dr. CI found them unrelated (voting: false); CANCELLED jobs are aborted.
 * The CircleCI-era Dr. CI (2019–2021) wrote `## :pill: … failures summary`
 * with a `#### [![…](…)](<build url>) <job> (1/1)` heading per job, the
 * failure line in `<code>` and a log excerpt in a fence; that is read too.
 */

export function looksLikeDrCi(body: string): boolean {
  if (body.includes('drci-comment-start')) return true;
  if (!body.includes('As of commit')) return false;
  return body.includes('## :x:') || body.includes(':white_check_mark:') || body.includes(':pill:') || body.includes('hud.pytorch.org') || body.includes('Dr. CI');
}

interface Section {
  status: JobStatus;
  voting: boolean;
}

/** The class a `<summary><b>CLASS</b>` names, as status and whether it blocks. */
function sectionOf(line: string): Section | null {
  if (!line.includes('<summary>') || !line.includes('<b>')) return null;
  const title = (/<b>([^<]{1,60})<\/b>/.exec(line)?.[1] ?? '').toUpperCase();
  if (title.startsWith('NEW FAILURE')) return { status: 'failure', voting: true };
  if (title.startsWith('CANCELLED') || title.startsWith('CANCELED')) return { status: 'aborted', voting: true };
  if (title.startsWith('FLAKY') || title.startsWith('BROKEN TRUNK') || title.startsWith('UNSTABLE')) return { status: 'failure', voting: false };
  return { status: 'failure', voting: true };
}

function verdictOf(body: string): Verdict {
  if (body.includes('## :x:')) return 'failed';
  if (body.includes('## :white_check_mark:')) return 'successful';
  if (body.includes(':hourglass_flowing_sand:')) return 'started';
  if (body.includes(':pill:')) return 'failed';
  return null;
}

function commitOf(body: string): string | null {
  const match = /As of commit ([0-9a-f]{7,40})\b/.exec(body);
  return match ? match[1] : null;
}

/** `* [name](hud)` with an optional `([gh](url))`; a bullet cut before `](` names no job. */
function jobFromBullet(line: string): { name: string; url: string | null } | null {
  const t = line.trim();
  if (!t.startsWith('* [') && !t.startsWith('- [')) return null;
  const links = markdownLinks(t, 4);
  if (links.length === 0) {
    // Cut inside the link target: "* [name](" — the name is complete, the URL is not.
    const mid = t.indexOf('](');
    return mid === -1 ? null : { name: t.slice(3, mid).trim(), url: null };
  }
  const gh = links.find((l) => l.text === 'gh' && /^https?:\/\//.test(l.url));
  const first = links[0];
  const url = gh ? gh.url : /^https?:\/\/\S+$/.test(first.url) ? first.url : null;
  return { name: first.text, url };
}

/** CircleCI-era heading: `#### [![See CircleCI build](img)](<url>) <job> (1/1)`. */
function jobFromHeading(line: string): { name: string; url: string | null } | null {
  const t = line.trim();
  if (!t.startsWith('#### [')) return null;
  const links = markdownLinks(t, 4);
  const outer = links.find((l) => /^https?:\/\//.test(l.url) && l.text.startsWith('!['));
  const close = outer ? t.indexOf(`](${outer.url})`) : -1;
  if (!outer || close === -1) return null;
  const after = t.slice(close + outer.url.length + 3).trim();
  const name = withoutJobCount(after).trim();
  return name ? { name, url: outer.url } : null;
}

/** A failure line Dr. CI quoted in backticks or `<code>`, without them. */
function quotedFailureLine(line: string): string | null {
  const t = line.trim();
  if (t.startsWith('`') && !t.startsWith('```')) return t.replace(/^`{1,2}/, '').replace(/`{1,2}$/, '');
  if (t.startsWith('<code>')) return stripTags(t);
  return null;
}

export function parseDrCiReport(message: ReviewMessage, body: string): BotReport | null {
  if (!looksLikeDrCi(body)) return null;
  const lines = body.split('\n');
  const commit = commitOf(body);
  const jobs: JobReport[] = [];
  let section: Section = { status: 'failure', voting: true };
  let owned: string[] = [];
  // The job whose lines are being collected; closed once, by the next job, section or </details>.
  let open: JobReport | null = null;

  const finish = () => {
    if (open) {
      const quoted = owned.map(quotedFailureLine).filter((l): l is string => l !== null);
      const fenced = fencedLines(owned) ?? [];
      open.text = [...quoted, ...fenced].map(plainLogLine).join('\n').trim();
    }
    open = null;
    owned = [];
  };

  for (const line of lines) {
    const newSection = sectionOf(line);
    if (newSection) {
      finish();
      section = newSection;
      continue;
    }
    const found = jobFromBullet(line) ?? jobFromHeading(line);
    if (found) {
      finish();
      const job: JobReport = {
        name: found.name,
        url: found.url,
        // A hud.pytorch.org URL carries the PR number, not a build's.
        build: found.url && !found.url.includes('hud.pytorch.org') ? jobFromUrl(found.url).build : null,
        status: section.status,
        patchSet: message.patchSet,
        text: '',
        commit,
      };
      if (!section.voting) job.voting = false;
      jobs.push(job);
      open = job;
      continue;
    }
    if (line.includes('</details>') && !line.trim().startsWith('<details')) {
      finish();
      continue;
    }
    if (open) owned.push(line);
  }
  finish();
  return {
    dialect: 'drci',
    author: message.author,
    date: message.date,
    patchSet: message.patchSet,
    verdict: verdictOf(body),
    vote: null,
    jobs,
    commit,
  };
}

/** Text without a trailing " (1/2)" job count; by hand: /\s*\(\d{1,4}\/\d{1,4}\)$/ was quadratic on runs of spaces. */
export function withoutJobCount(text: string): string {
  if (!text.endsWith(')')) return text;
  const digitsBefore = (end: number): number => {
    let start = end;
    while (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9') start--;
    return start;
  };
  const slash = digitsBefore(text.length - 1) - 1;
  if (text.length - 2 - slash < 1 || text.length - 2 - slash > 4 || text[slash] !== '/') return text;
  const open = digitsBefore(slash) - 1;
  if (slash - open - 1 < 1 || slash - open - 1 > 4 || text[open] !== '(') return text;
  return text.slice(0, open).trimEnd();
}
