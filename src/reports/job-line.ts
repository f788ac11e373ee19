import type { JobStatus } from '../types.js';

/** Result words the bots write, mapped to the spec's statuses. */
const STATUS_WORDS: Record<string, JobStatus> = {
  SUCCESS: 'success',
  FAILURE: 'failure',
  FAILED: 'failure',
  UNSTABLE: 'unstable',
  ABORTED: 'aborted',
  NOT_BUILT: 'not_built',
  // Zuul results (elastic-recheck, zuul/model.py).
  POST_FAILURE: 'failure',
  RETRY_LIMIT: 'failure',
  NODE_FAILURE: 'failure',
  MERGER_FAILURE: 'failure',
  CONFIG_ERROR: 'failure',
  // The job ran out of time: the spec's aborted (classified as a timeout, not a code failure).
  TIMED_OUT: 'aborted',
  ERROR: 'failure',
  SKIPPED: 'not_built',
  CANCELED: 'aborted',
  CANCELLED: 'aborted',
  LOST: 'unknown',
};

/** The spec's status for a bot's result word, or undefined when the word is not one. */
export function statusOfResultWord(word: string): JobStatus | undefined {
  return Object.prototype.hasOwnProperty.call(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined;
}

/** A build number only when it is one exactly (Prow's 19-digit ids are not). */
export function buildNumber(digits: string): number | null {
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

export interface JobLine {
  name: string | null;
  url: string;
  resultWord: string;
  status: JobStatus;
  /** Anything after the result word: " in 5m 12s (non-voting)". */
  rest: string;
}

function isUrl(token: string): boolean {
  return token.startsWith('http://') || token.startsWith('https://');
}

/**
 * Reads `<url> : <RESULT>` (Jenkins Gerrit Trigger) and `- <name> <url> : <RESULT> …`
 * (Zuul). Tokenised by hand: linear whatever the line holds.
 */
export function parseJobLine(line: string): JobLine | null {
  if (line.indexOf('://') === -1 || line.indexOf(' : ') === -1) return null;
  const tokens = line.trim().split(/\s+/);
  if (tokens.length > 64) return null;
  let start = 0;
  if (tokens[0] === '-' || tokens[0] === '*') start = 1;
  let name: string | null = null;
  let urlIndex = start;
  if (!isUrl(tokens[start] ?? '')) {
    if (!isUrl(tokens[start + 1] ?? '')) return null;
    name = tokens[start];
    urlIndex = start + 1;
  }
  if (tokens[urlIndex + 1] !== ':') return null;
  const resultWord = tokens[urlIndex + 2] ?? '';
  const status = statusOfResultWord(resultWord);
  if (status === undefined) return null;
  const afterColon = line.indexOf(resultWord, line.indexOf(' : ') + 3) + resultWord.length;
  return { name, url: tokens[urlIndex], resultWord, status, rest: line.slice(afterColon).trim() };
}

/** Job name and build number from a CI URL: Jenkins `/job/a/job/b/42/`, GitHub `/actions/runs/1/job/2`. */
export function jobFromUrl(url: string): { name: string; build: number | null } {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const segments = path.split('/').filter((s) => s !== '');
  const jenkinsNames: string[] = [];
  let build: number | null = null;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === 'job' && i + 1 < segments.length && !/^\d+$/.test(segments[i + 1])) {
      jenkinsNames.push(safeDecode(segments[i + 1]));
      i++;
      if (i + 1 < segments.length && /^\d+$/.test(segments[i + 1])) build = buildNumber(segments[i + 1]);
    }
  }
  if (jenkinsNames.length > 0) return { name: jenkinsNames.join('/'), build };
  const runs = segments.indexOf('runs');
  if (runs !== -1 && /^\d+$/.test(segments[runs + 1] ?? '')) {
    return { name: segments.slice(0, runs).filter((s) => s !== 'actions').join('/') || 'run', build: buildNumber(segments[runs + 1]) };
  }
  const numeric = [...segments].reverse().find((s) => /^\d+$/.test(s));
  const named = [...segments].reverse().find((s) => !/^\d+$/.test(s));
  return { name: named ? safeDecode(named) : url, build: numeric ? buildNumber(numeric) : null };
}

/** decodeURIComponent that keeps the text when it is not valid percent-encoding. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
