import type { Review } from '../types.js';
import { normaliseNewlines, patchSetMentioned } from './text.js';

/** A plain text file: one bot comment or one log, read as a single message. */
export function parsePlainText(text: string): Review {
  const body = normaliseNewlines(text);
  const patchSet = patchSetMentioned(body);
  return {
    format: 'text',
    change: { id: null, subject: null, patchSet },
    messages: [{ author: null, date: null, body, patchSet }],
    warnings: [],
  };
}
