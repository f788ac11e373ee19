import type { Diagnostic } from '../types.js';

/**
 * Sanitizer reports: AddressSanitizer, ThreadSanitizer, LeakSanitizer (each a
 * block that starts with `==PID==ERROR: …Sanitizer: kind` or `WARNING:
 * ThreadSanitizer: kind (pid=N)` and ends with `SUMMARY: …`), and
 * UndefinedBehaviorSanitizer's one-liner `file:line:col: runtime error: …`.
 * A report is keyed by its kind and top frames in project code, so the frames
 * are kept as parsed; addresses, pids and thread ids are not.
 */

export interface Frame {
  function: string;
  file: string | null;
  line: number | null;
  column: number | null;
}

function parseLocation(text: string): { file: string | null; line: number | null; column: number | null } {
  const m = /^(.{1,2000}?):(\d{1,9})(?::(\d{1,9}))?$/.exec(text);
  if (!m) return { file: text === '<null>' ? null : text, line: null, column: null };
  return { file: m[1], line: Number(m[2]), column: m[3] ? Number(m[3]) : null };
}

/** A trailing `(module+0x1f)` or `(BuildId: …)` group: where it opens, or -1. */
function trailingParenGroup(text: string): number {
  if (!text.endsWith(')')) return -1;
  const open = text.lastIndexOf(' (');
  if (open === -1) return -1;
  const inner = text.slice(open + 2, -1);
  return inner.startsWith('BuildId') || inner.includes('+0x') || inner.startsWith('/') || inner.startsWith('<') ? open : -1;
}

/**
 * One stack frame: ASan/LSan `#1 0x55d in close_and_read() /path/f.cc:7:10`
 * (or `… in __interceptor_malloc (/bin/x+0xa3) (BuildId: …)`), TSan
 * `#0 record() /path/f.cc:3 (bin+0x123c)`. Read from the ends, no regex over the name.
 */
export function parseFrame(line: string): Frame | null {
  let rest = line.trim();
  if (!rest.startsWith('#')) return null;
  const space = rest.indexOf(' ');
  if (space === -1 || !/^#\d{1,4}$/.test(rest.slice(0, space))) return null;
  rest = rest.slice(space + 1);
  if (rest.startsWith('0x')) {
    const inAt = rest.indexOf(' in ');
    if (inAt === -1) return { function: '<null>', file: null, line: null, column: null };
    rest = rest.slice(inAt + 4);
  }
  for (let k = 0; k < 2; k++) {
    const open = trailingParenGroup(rest);
    if (open === -1) break;
    rest = rest.slice(0, open);
  }
  const last = rest.lastIndexOf(' ');
  if (last !== -1) {
    const token = rest.slice(last + 1);
    if (token.startsWith('/') || token.startsWith('<null>') || /^[A-Za-z]:[\\/]/.test(token) || /:\d{1,9}(?::\d{1,9})?$/.test(token) || token.startsWith('../') || token.startsWith('./')) {
      return { function: rest.slice(0, last).trim(), ...parseLocation(token) };
    }
  }
  return { function: rest.trim(), file: null, line: null, column: null };
}

const RUNTIME_PATHS = ['/usr/include/', '/include/c++/', '/usr/lib/', 'libsanitizer/', 'compiler-rt/', 'csu/', 'sysdeps/', '/rustc/', 'libc-start', '/usr/src/'];

/** A frame in the project's own code: not the runtime, the C/C++ library or an interceptor. */
export function isProjectFrame(frame: Frame): boolean {
  const fn = frame.function;
  if (fn === '<null>' || fn.startsWith('__interceptor_') || fn.startsWith('__sanitizer') || fn.startsWith('__asan') || fn.startsWith('__tsan') || fn.startsWith('__libc_') || fn === '_start') return false;
  const bare = bareFunctionName(fn);
  if (bare.startsWith('std::') || bare.startsWith('__gnu_cxx::') || bare.startsWith('core::') || bare.startsWith('alloc::')) return false;
  if (fn.startsWith('operator new') || fn.startsWith('operator delete') || fn.startsWith('std::') || /^(?:malloc|calloc|realloc|free|memcpy|memmove|memset|strcpy|strlen|pthread_create)$/.test(fn)) return false;
  if (frame.file === null) return false;
  return !RUNTIME_PATHS.some((p) => frame.file!.includes(p));
}

/** Function name without parameters or return type: GCC prints `read_id`, Clang `read_id(Session*)`. */
export function bareFunctionName(fn: string): string {
  let name = fn.trim();
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name[i];
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) {
        // Strip the last parameter list unless it is an operator's own "()".
        if (!name.slice(0, i).endsWith('operator')) name = name.slice(0, i);
        break;
      }
    }
  }
  // A return type before the name (`void std::__invoke_impl<…>`): keep the last top-level word.
  let angle = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name[i];
    if (c === '>') angle++;
    else if (c === '<') angle--;
    else if (c === ' ' && angle === 0) return name.slice(i + 1);
  }
  return name;
}

type SanitizerTool = 'asan' | 'tsan' | 'lsan' | 'msan' | 'ubsan';

const TOOL_OF: Record<string, SanitizerTool> = {
  AddressSanitizer: 'asan',
  ThreadSanitizer: 'tsan',
  LeakSanitizer: 'lsan',
  MemorySanitizer: 'msan',
  UndefinedBehaviorSanitizer: 'ubsan',
};

/** Strips addresses and pids so that the same report reads the same twice. */
function withoutAddresses(text: string): string {
  return text.replace(/ on (?:unknown )?address 0x[0-9a-f]{1,16}(?: \(pc 0x[0-9a-f]{1,16} bp 0x[0-9a-f]{1,16} sp 0x[0-9a-f]{1,16} T\d{1,6}\))?/, '')
    .replace(/ at pc 0x[0-9a-f]{1,16} bp 0x[0-9a-f]{1,16} sp 0x[0-9a-f]{1,16}/, '')
    .replace(/ \(pid=\d{1,10}\)/, '')
    .trim();
}

/**
 * Reads sanitizer blocks line by line. `push` returns true for lines of a
 * block, so that frames and shadow bytes are not read as other diagnostics.
 */
export class SanitizerBlock {
  private current: Diagnostic | null = null;
  private frames: Frame[] = [];
  /** Frames of the first stack only: the access (ASan), the first thread (TSan), the allocation (LSan). */
  private firstStackDone = false;

  push(line: string, emit: (d: Diagnostic) => void): boolean {
    // UBSan's one-line report; with print_stacktrace=1 its frames follow.
    if (line.indexOf(': runtime error: ') !== -1) {
      const report = parseUbsanLine(line);
      if (report) {
        this.close();
        this.current = report;
        this.frames = [];
        this.firstStackDone = false;
        emit(report);
        return true;
      }
    }
    // Cheap gate: every line we care about has one of these.
    const hasSanitizer = line.indexOf('Sanitizer') !== -1;
    if (hasSanitizer) {
      const start = this.startOf(line);
      if (start) {
        this.close();
        this.current = start;
        this.frames = [];
        this.firstStackDone = false;
        emit(start);
        return true;
      }
    }
    if (!this.current) return false;
    const trimmed = line.trim();
    if (hasSanitizer && trimmed.startsWith('SUMMARY: ')) {
      this.current.context.push(trimmed);
      if (this.current.tool !== 'lsan') this.close();
      return true;
    }
    if (trimmed.startsWith('#')) {
      const frame = parseFrame(trimmed);
      if (frame && !this.firstStackDone) {
        this.frames.push(frame);
        if (this.current.context.length < 40) this.current.context.push(trimmed);
      }
      return true;
    }
    if (trimmed === '') {
      if (this.frames.length > 0) this.firstStackDone = true;
      return true;
    }
    // LeakSanitizer: each "Direct leak of N byte(s)…" is its own root cause.
    if (this.current.tool === 'lsan' && (trimmed.startsWith('Direct leak of') || trimmed.startsWith('Indirect leak of'))) {
      if (this.frames.length > 0) {
        const previous = this.current;
        this.close();
        this.current = { ...previous, context: [], message: trimmed.replace(/ \d+ byte\(s\) in \d+ object\(s\)/, ''), code: trimmed.startsWith('Direct') ? 'direct-leak' : 'indirect-leak' };
        emit(this.current);
      } else {
        this.current.code = trimmed.startsWith('Direct') ? 'direct-leak' : 'indirect-leak';
      }
      this.frames = [];
      this.firstStackDone = false;
      return true;
    }
    if (trimmed.startsWith('==') && trimmed.endsWith('==ABORTING')) {
      this.close();
      return true;
    }
    // "==19353==The signal is caused by a READ memory access.", "==1==Hint: …"
    if (trimmed.startsWith('==') && /^==\d{1,10}==/.test(trimmed)) return true;
    // Other lines of the report (READ of size, shadow bytes, thread creation) stay inside it.
    if (/^(?:READ|WRITE|Read|Write|Previous|Location|Thread|Mutex|Shadow|Atomic|freed|previously|allocated|0x[0-9a-f]|=>|[A-Z][a-z ]{2,40}:\s|[A-Z][\w ]{0,40} redzone|Addressable|Partially|Freed|Stack|Global|Poisoned|Container|Array|Intra|ASan|Left|Right|HINT|Objects leaked|Direct|Indirect|As if)/.test(trimmed) || line.startsWith('  ')) {
      return true;
    }
    this.close();
    return false;
  }

  private startOf(line: string): Diagnostic | null {
    const m = sanitizerHeader(line);
    if (!m) return null;
    const tool = TOOL_OF[m[2]];
    // "heap-use-after-free on address …", "data race (pid=…)", "SEGV on unknown address": the words before " on "/" (".
    const words = `${m[3]}${m[4]}`.split(' (')[0].split(' on ')[0].trim();
    const kind = tool === 'lsan' || m[3] === 'detected' ? 'memory-leak' : words.replace(/:$/, '');
    return {
      tool: tool === 'asan' && kind === 'memory-leak' ? 'lsan' : tool === 'lsan' ? 'lsan' : tool,
      severity: 'error',
      file: null,
      line: null,
      column: null,
      code: kind,
      message: withoutAddresses(`${m[2]}: ${m[3]}${m[4]}`),
      context: [],
    };
  }

  /** Sets location and subject from the frames read so far. */
  private close(): void {
    const current = this.current;
    if (!current) return;
    const project = this.frames.filter(isProjectFrame);
    const top = project[0] ?? null;
    // UBSan's own line names the place; its frames only add the callers.
    if (top && current.file === null) {
      current.file = top.file;
      current.line = top.line;
      current.column = top.column;
    }
    const frames = project.slice(0, 3).map((f) => bareFunctionName(f.function)).join(' < ');
    if (frames || current.tool !== 'ubsan') current.subject = frames || null;
    this.current = null;
    this.frames = [];
  }

  finish(): void {
    this.close();
  }
}

const SANITIZER_HEADER = /(ERROR|WARNING): (AddressSanitizer|ThreadSanitizer|LeakSanitizer|MemorySanitizer|UndefinedBehaviorSanitizer): /g;

/** Index of the last line terminator (what `.` does not match), or -1. */
function lastLineBreak(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
}

/**
 * "ERROR: AddressSanitizer: heap-use-after-free on …" as [_, severity, tool, first word
 * (1..80 chars up to a space or '('), the rest (0..2000 chars to the end of the line)].
 * By hand after the fixed header: the old single regex backtracked polynomially.
 */
function sanitizerHeader(line: string): string[] | null {
  const lastBreak = lastLineBreak(line);
  for (const header of line.matchAll(SANITIZER_HEADER)) {
    const start = header.index + header[0].length;
    if (start <= lastBreak) continue;
    let end = start;
    while (end < line.length && end - start < 80 && line[end] !== '(' && line[end].trim() !== '') end++;
    if (end === start || line.length - end > 2000) continue;
    return [line.slice(header.index), header[1], header[2], line.slice(start, end), line.slice(end)];
  }
  return null;
}

/** Text before its first ':' (as .replace(/:.*$/, '') did); by hand: that regex was quadratic. */
function beforeColon(text: string): string {
  const at = text.indexOf(':', lastLineBreak(text) + 1);
  return at === -1 ? text : text.slice(0, at);
}

/**
 * Text before the first whitespace followed by a number ("-12", "0x1f"), as
 * .replace(/\s(?:0x[0-9a-f]+|-?\d+).*$/, '') did; by hand: that regex was quadratic.
 */
function beforeOperands(text: string): string {
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  for (let i = Math.max(lastLineBreak(text), 0); i < text.length - 1; i++) {
    if (text[i].trim() !== '') continue;
    if (isDigit(text[i + 1]) || (text[i + 1] === '-' && isDigit(text[i + 2]))) return text.slice(0, i);
  }
  return text;
}

/** UBSan: `file:line:col: runtime error: message`. */
export function parseUbsanLine(line: string): Diagnostic | null {
  const at = line.indexOf(': runtime error: ');
  if (at === -1) return null;
  const location = /^(.{1,2000}?):(\d{1,9}):(\d{1,9})$/.exec(line.slice(0, at).trim());
  const message = line.slice(at + 17).trim();
  // The kind is the message's first words before the operands: "signed integer overflow", "load of null pointer".
  const kind = beforeOperands(beforeColon(message)).trim();
  return {
    tool: 'ubsan',
    severity: 'error',
    file: location ? location[1] : null,
    line: location ? Number(location[2]) : null,
    column: location ? Number(location[3]) : null,
    code: kind,
    message,
    context: [],
    subject: location ? `${location[1].replace(/^.*[\\/]/, '')}:${location[2]}` : null,
  };
}
