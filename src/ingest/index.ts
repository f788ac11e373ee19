import type { InputFormat, Review } from '../types.js';
import { InputError } from '../errors.js';
import { looksLikeGerritExport, parseGerritExport } from './gerrit-export.js';
import { parsePlainText } from './plain-text.js';
import { detectJsonFormat, parseGerritJson, parseGitHubJson, unknownJsonError } from './json-input.js';

export const INPUT_FORMATS: readonly InputFormat[] = ['gerrit-export', 'gerrit-json', 'github-json', 'text'];

export function isInputFormat(value: string): value is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

/**
 * Chooses the reader from the text itself. JSON of no known shape is reported
 * as `json`, which no reader takes: readReview turns it into an InputError.
 */
export function detectFormat(text: string): InputFormat | 'json' {
  if (looksLikeGerritExport(text)) return 'gerrit-export';
  const json = detectJsonFormat(text);
  if (json !== null) return json;
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
    case 'gerrit-json':
      return parseGerritJson(text, sourceName);
    case 'github-json':
      return parseGitHubJson(text, sourceName);
    case 'json':
      throw unknownJsonError(text, sourceName);
    case 'text':
      return parsePlainText(text);
  }
}

