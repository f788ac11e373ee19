import { firstQuoted } from './quotes.js';
import type { Diagnostic, Severity } from '../types.js';
import { pathStart } from './location.js';

/**
 * MSVC diagnostics: `file(line[,col]): error CNNNN: message`. The severity word
 * is localised ("Fehler", "erreur", ...); the code and the line's shape are not,
 * so the code decides. MSBuild appends ` [C:\path\project.vcxproj]`.
 */

// Bounded quantifiers only: a hostile line cannot make this backtrack far.
const MSVC_TAIL = /^\((\d{1,9})(?:,(\d{1,9}))?(?:,\d{1,9},\d{1,9})?\)\s?:\s{0,4}(?:[^\s:]{1,24}\s){0,3}([A-Z]{1,3}\d{4})\s?:\s?(.*)$/;

const WARNING_WORDS = ['warn', 'avertissement', 'avviso', 'advertencia', 'aviso', 'waarschuwing', 'varning', '警告', '경고', 'предупрежд', 'uyarı', 'ostrzeżenie', 'upozornění'];
const ERROR_WORDS = ['error', 'fehler', 'erreur', 'errore', 'erro', 'fout', 'fel', 'błąd', 'chyba', 'hata', 'ошибка', '错误', '錯誤', 'エラー', '오류'];

/**
 * The severity word decides, in any language we know ("error C4430" is an
 * error although C4xxx are warning codes); without one, the code's range does.
 */
export function severityOfMsvcCode(code: string, words: string): Severity {
  const lowered = words.toLowerCase();
  if (lowered.includes('fatal') || lowered.includes('schwerwiegend') || lowered.includes('致命')) return 'fatal';
  if (WARNING_WORDS.some((w) => lowered.includes(w))) return 'warning';
  if (ERROR_WORDS.some((w) => lowered.includes(w))) return /^(?:C1\d{3}|LNK1\d{3})$/.test(code) ? 'fatal' : 'error';
  if (/^C4\d{3}$/.test(code) || /^LNK4\d{3}$/.test(code)) return 'warning';
  if (/^C1\d{3}$/.test(code) || /^LNK1\d{3}$/.test(code)) return 'fatal';
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
    tool: toolOfCode(match[3]),
    severity: severityOfMsvcCode(match[3], words),
    file,
    line: Number(match[1]),
    column: match[2] ? Number(match[2]) : null,
    code: match[3],
    message,
    context: [],
  };
}

/** tsc prints MSVC's shape with TS codes; a code's letters tell the tool. */
export function toolOfCode(code: string): string {
  if (code.startsWith('TS')) return 'tsc';
  if (code.startsWith('LNK')) return 'link.exe';
  if (code.startsWith('CS')) return 'csc';
  if (code.startsWith('NU')) return 'nuget';
  if (code.startsWith('MSB')) return 'msbuild';
  return 'msvc';
}

const LNK_CODE = /\bLNK\d{4}\b/;

/** LNK1120 and LNK1169 only count the unresolved or multiply defined symbols listed above them: not root causes. */
export const LINK_SUMMARY_CODES = new Set(['LNK1120', 'LNK1169']);

/**
 * link.exe: `main.obj : error LNK2019: unresolved external symbol "int __cdecl
 * foo(int)" (?foo@@YAHH@Z) referenced in function main`, `LINK : fatal error
 * LNK1104: cannot open file 'x.lib'`. Localised words, same code and shape.
 */
export function parseLinkExeLine(text: string): Diagnostic | null {
  if (text.indexOf('LNK') === -1) return null;
  const match = LNK_CODE.exec(text);
  if (!match) return null;
  let rest = text.slice(match.index + match[0].length);
  if (!rest.startsWith(':') && !rest.startsWith(' :')) return null;
  rest = rest.slice(rest.indexOf(':') + 1).trim();
  const head = text.slice(0, match.index);
  const sep = head.lastIndexOf(' : ') !== -1 ? head.lastIndexOf(' : ') : head.lastIndexOf(': ');
  if (sep === -1) return null;
  const words = head.slice(sep + 2).trim();
  let objectPart = head.slice(0, sep).trim();
  // cl.exe-style location on a link error ("log.c(40): error LNK2019: …"): the line is not part of the name.
  let lineNo: number | null = null;
  const located = /\((\d{1,9})(?:,\d{1,9})?\)$/.exec(objectPart);
  if (located) {
    lineNo = Number(located[1]);
    objectPart = objectPart.slice(0, located.index);
  }
  const file = objectPart.slice(pathStart(objectPart)).trim();
  let message = rest;
  const project = message.lastIndexOf(' [');
  if (project !== -1 && /\.(vcx|cs|vb)proj\]$/i.test(message)) message = message.slice(0, project).trim();
  const code = match[0];
  return {
    tool: 'link.exe',
    severity: severityOfMsvcCode(code, words),
    file: file === '' || file.toUpperCase() === 'LINK' ? null : file,
    line: lineNo,
    column: null,
    code,
    message,
    context: [],
    subject: linkExeSubject(code, message),
  };
}

/** The symbol (or library) a link.exe message is about. */
export function linkExeSubject(code: string, message: string): string | null {
  if (code === 'LNK1104' || code === 'LNK1181') {
    return firstQuoted(message, '\'"‘„«', '\'"’“»', 500);
  }
  // The unresolved symbol comes first: bare for C ("symbol c_helper referenced in"), else the first
  // quoted name ("void __cdecl Log(char const *)" (?Log@@YAXPEBD@Z)); the referencing function follows.
  const bare = /\b(?:symbol|Symbol|symbole|simbolo|símbolo)\s([^\s"]{1,1000})/.exec(message);
  if (bare) return bare[1];
  const quoted = /"([^"]{1,2000})"/.exec(message);
  if (quoted) return quoted[1];
  // Languages without a word we know for "symbol" (无法解析的外部符号 __imp_pthread_create): the first ASCII identifier.
  const identifier = /(?:^|[^\x21-\x7e])([A-Za-z_?][\w@?$:<>~]{0,1000})/.exec(message);
  return identifier ? identifier[1] : null;
}

/**
 * A row copied from Visual Studio's Error List: tab-separated columns
 * `Severity Code Description Project File Line [Suppression State]`.
 */
export function parseErrorListRow(text: string): Diagnostic | null {
  if (text.indexOf('\t') === -1) return null;
  const cells = text.split('\t', 12).map((c) => c.trim());
  if (cells.length < 3) return null;
  const codeIndex = cells.findIndex((c, i) => i <= 2 && /^(?:[A-Z]{1,3}\d{4}|LNK\d{4})$/.test(c));
  if (codeIndex === -1) return null;
  const code = cells[codeIndex];
  const severityWord = cells.slice(0, codeIndex).join(' ');
  const message = cells[codeIndex + 1] ?? '';
  if (message === '') return null;
  let file: string | null = null;
  let line: number | null = null;
  // Description, then Project, then File and Line.
  for (let i = codeIndex + 3; i < cells.length; i++) {
    if (file === null && /[\\/]|\.\w{1,5}$/.test(cells[i]) && !/^\d+$/.test(cells[i])) file = cells[i];
    else if (file !== null && /^\d{1,9}$/.test(cells[i])) {
      line = Number(cells[i]);
      break;
    }
  }
  const tool = toolOfCode(code);
  return {
    tool,
    severity: severityOfMsvcCode(code, severityWord),
    file,
    line,
    column: null,
    code,
    message,
    context: [],
    subject: code.startsWith('LNK') ? linkExeSubject(code, message) : null,
  };
}
