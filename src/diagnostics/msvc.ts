import type { Diagnostic, Severity } from '../types.js';
import { pathStart } from './location.js';

/**
 * MSVC diagnostics: `file(line[,col]): error CNNNN: message`. The severity word
 * is localised ("Fehler", "erreur", ...); the code and the line's shape are not,
 * so the code decides. MSBuild appends ` [C:\path\project.vcxproj]`.
 */

// Bounded quantifiers only: a hostile line cannot make this backtrack far.
const MSVC_TAIL = /^\((\d{1,9})(?:,(\d{1,9}))?(?:,\d{1,9},\d{1,9})?\)\s?:\s{0,4}(?:[^\s:]{1,24}\s){0,3}([A-Z]{1,3}\d{4})\s?:\s?(.*)$/;

export function severityOfMsvcCode(code: string, words: string): Severity {
  const lowered = words.toLowerCase();
  if (/^C4\d{3}$/.test(code) || lowered.includes('warn') || lowered.includes('avertissement') || lowered.includes('avviso') || lowered.includes('advertencia') || lowered.includes('警告') || lowered.includes('предупрежд')) return 'warning';
  if (/^C1\d{3}$/.test(code) || /^LNK1\d{3}$/.test(code) || lowered.includes('fatal')) return 'fatal';
  return 'error';
}

export function parseMsvcDiagnosticLine(text: string): Diagnostic | null {
  // Cheap checks first: "): " and a code-looking token.
  const close = text.indexOf('): ');
  const closeNoSpace = close === -1 ? text.indexOf('):') : close;
  if (closeNoSpace === -1) return null;
  // The location's "(" is the last one before "):".
  const open = text.lastIndexOf('(', closeNoSpace);
  if (open <= 0) return null;
  const match = MSVC_TAIL.exec(text.slice(open));
  if (!match) return null;
  const head = text.slice(0, open);
  const file = head.slice(pathStart(head)).trim();
  if (file === '') return null;
  const words = text.slice(closeNoSpace + 2, text.indexOf(match[3], closeNoSpace));
  let message = match[4].trim();
  const project = message.lastIndexOf(' [');
  if (project !== -1 && message.endsWith(']') && /\.(vcx|cs|vb)proj\]$/i.test(message)) message = message.slice(0, project).trim();
  return {
    tool: 'msvc',
    severity: severityOfMsvcCode(match[3], words),
    file,
    line: Number(match[1]),
    column: match[2] ? Number(match[2]) : null,
    code: match[3],
    message,
    context: [],
  };
}
