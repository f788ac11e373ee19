import type { InputFormat, Review } from '../types.js';
import { InputError } from '../errors.js';
import { looksLikeGerritExport, parseGerritExport } from './gerrit-export.js';
import { parsePlainText } from './plain-text.js';
import { reviewFromIssueComments } from './github-comments.js';

export const INPUT_FORMATS: readonly InputFormat[] = ['gerrit-export', 'text'];

export function isInputFormat(value: string): value is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

/** Chooses the reader from the text itself. */
export function detectFormat(text: string): InputFormat {
  if (looksLikeGerritExport(text)) return 'gerrit-export';
  return 'text';
}

/** Rejects input no reader should see: empty, or binary. */
export function checkReadableText(text: string, sourceName: string): void {
  if (text.trim() === '') throw new InputError(`${sourceName}: the file is empty`);
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) throw new InputError(`${sourceName}: binary file (it contains NUL bytes), expected text`);
    if ((code < 9 || (code > 13 && code < 32 && code !== 27)) || code === 0xfffd) control++;
  }
  if (control > sample.length / 10) {
    throw new InputError(`${sourceName}: binary file (mostly non-text bytes), expected text`);
  }
}

export function readReview(text: string, sourceName: string, format?: InputFormat): Review {
  checkReadableText(text, sourceName);
  const chosen = format ?? detectFormat(text);
  switch (chosen) {
    case 'gerrit-export':
      return parseGerritExport(text, sourceName);
    case 'text':
      return parsePlainText(text);
    case 'github-comments':
      return reviewFromCommentsJson(text, sourceName);
  }
}

/** A JSON array of REST issue comments (what `gh api .../comments` prints). */
function reviewFromCommentsJson(text: string, sourceName: string): Review {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`${sourceName}: not JSON, expected an array of GitHub issue comments`);
  }
  if (!Array.isArray(parsed)) throw new InputError(`${sourceName}: expected a JSON array of GitHub issue comments`);
  return reviewFromIssueComments(parsed.filter((c) => c && typeof c === 'object' && typeof c.created_at === 'string'));
}
