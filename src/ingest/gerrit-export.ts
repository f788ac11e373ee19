import type { ChangeInfo, Review, ReviewMessage } from '../types.js';
import { InputError } from '../errors.js';
import { isRuleLine, normaliseNewlines, patchSetMentioned } from './text.js';

/**
 * Reads Gerrit's plain-text review export: sections between `=` rule lines
 * (DESCRIPTION with the commit message, COMMENTS), and in COMMENTS one
 * Author/Date/Message block per message, blocks closed by `-` rule lines.
 */

export function looksLikeGerritExport(text: string): boolean {
  const head = normaliseNewlines(text.slice(0, 4096)).split('\n', 40);
  const firstContent = head.find((line) => line.trim() !== '');
  if (firstContent === undefined || !isRuleLine(firstContent, '=')) return false;
  return head.some((line) => line.startsWith('DESCRIPTION:') || line.trim() === 'COMMENTS');
}

interface Section {
  title: string;
  lines: string[];
}

function splitSections(lines: string[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const line of lines) {
    if (isRuleLine(line, '=')) {
      // A rule right under a section title underlines it ("COMMENTS" then "===="):
      // the section's text follows. Any other rule ends the section.
      if (current === null || current.lines.some((l) => l.trim() !== '')) current = null;
      continue;
    }
    if (current === null) {
      if (line.trim() === '') continue;
      current = { title: line.trim().replace(/:$/, ''), lines: [] };
      // DESCRIPTION: may carry text on its own line ("DESCRIPTION: foo").
      const rest = line.slice(line.indexOf(':') + 1).trim();
      if (line.includes(':') && rest !== '') current.lines.push(rest);
      sections.push(current);
      continue;
    }
    current.lines.push(line);
  }
  return sections;
}

function changeFromDescription(lines: string[]): Pick<ChangeInfo, 'id' | 'subject'> {
  const subject = lines.find((line) => line.trim() !== '')?.trim() ?? null;
  let id: string | null = null;
  for (const line of lines) {
    const match = /^Change-Id:\s*(I[0-9a-f]{8,40})\s*$/.exec(line.trim());
    if (match) id = match[1];
  }
  return { id, subject };
}

interface MessageBlocks {
  messages: ReviewMessage[];
  /** The last block was not closed by a rule line. */
  unterminated: boolean;
}

function isBlockEnd(lines: string[], index: number): boolean {
  if (!isRuleLine(lines[index], '-')) return false;
  // A dashed line inside a message (a markdown rule) is followed by more text,
  // a real separator by the next Author: line or the end of the section.
  for (let j = index + 1; j < lines.length; j++) {
    if (lines[j].trim() === '') continue;
    return lines[j].startsWith('Author:');
  }
  return true;
}

function readMessageBlocks(lines: string[]): MessageBlocks {
  const messages: ReviewMessage[] = [];
  let i = 0;
  let unterminated = false;
  let lastUploaded: number | null = null;
  while (i < lines.length) {
    if (!lines[i].startsWith('Author:')) {
      i++;
      continue;
    }
    const author = lines[i].slice('Author:'.length).trim() || null;
    i++;
    let date: string | null = null;
    if (i < lines.length && lines[i].startsWith('Date:')) {
      date = lines[i].slice('Date:'.length).trim() || null;
      i++;
    }
    const body: string[] = [];
    if (i < lines.length && lines[i].startsWith('Message:')) {
      const inline = lines[i].slice('Message:'.length).trim();
      if (inline !== '') body.push(inline);
      i++;
    }
    let closed = false;
    while (i < lines.length) {
      if (isBlockEnd(lines, i)) {
        closed = true;
        i++;
        break;
      }
      body.push(lines[i]);
      i++;
    }
    if (!closed) unterminated = true;
    // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces.
    const text = body.join('\n').trimEnd();
    const mentioned = patchSetMentioned(text);
    if (mentioned !== null && /^Uploaded patch set/i.test(text)) lastUploaded = mentioned;
    messages.push({ author, date, body: text, patchSet: mentioned ?? lastUploaded });
  }
  return { messages, unterminated };
}

export function parseGerritExport(text: string, sourceName: string): Review {
  const lines = normaliseNewlines(text).split('\n');
  const sections = splitSections(lines);
  const description = sections.find((s) => s.title.toUpperCase() === 'DESCRIPTION');
  const comments = sections.find((s) => s.title.toUpperCase() === 'COMMENTS');
  if (!description && !comments) {
    throw new InputError(`${sourceName}: not a Gerrit export (no DESCRIPTION or COMMENTS section)`);
  }
  if (!comments) {
    throw new InputError(`${sourceName}: truncated Gerrit export: it has no COMMENTS section`);
  }
  const { messages, unterminated } = readMessageBlocks(comments.lines);
  if (unterminated) {
    const last = messages[messages.length - 1];
    throw new InputError(
      `${sourceName}: truncated Gerrit export: the message by ${last?.author ?? 'unknown'} ends without its closing rule line`,
    );
  }
  const change = description ? changeFromDescription(description.lines) : { id: null, subject: null };
  const patchSets = messages.map((m) => m.patchSet).filter((n): n is number => n !== null);
  return {
    format: 'gerrit-export',
    change: { ...change, patchSet: patchSets.length ? Math.max(...patchSets) : null },
    messages,
    warnings: [],
  };
}
