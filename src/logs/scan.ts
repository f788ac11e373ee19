import type { Diagnostic } from '../types.js';
import { DiagnosticScanner, MAX_LINE_LENGTH } from '../diagnostics/index.js';
import { LOG_NEEDLES } from '../diagnostics/needles.js';
import { cleanLogLine } from './clean.js';
import { collectHits, createNeedleSearch, type NeedleSearch, type SharedNeedleSearch } from './needle-search.js';
import { LOG_NEEDLE_PLAN } from './log-needle-plan.js';
import { githubGroupTitle, isGithubErrorLine, makeFailedTarget, ninjaFailedTarget } from './steps.js';

/**
 * A whole log, read as a stream of byte chunks in constant memory.
 *
 * Most of a build log is progress lines nobody needs to read. Each chunk is
 * searched for the needles of diagnostics/needles.ts (needle-search.ts: a
 * SIMD kernel; or given with its hits, found by read.ts's second thread);
 * only the lines around a hit are decoded, cleaned (colour,
 * timestamps) and handed to DiagnosticScanner: a few lines before it (`In
 * function …`, the linker's `in function` line) and the lines after it that
 * continue it (notes, carets, stack frames). Lines end at `\n` or `\r`, so a
 * progress redraw is a line of its own and CRLF costs nothing.
 */

export interface LogScanOptions {
  /** Longest line kept; longer ones are cut (bytes). */
  maxLineLength?: number;
  /** Diagnostics kept per log; the rest are counted, not kept. */
  maxDiagnostics?: number;
}

export interface LogScanResult {
  diagnostics: Diagnostic[];
  /** Targets the build tool said it failed to build (`FAILED: x.o`, make's `*** [x.o] Error 1`), first first. */
  failedTargets: string[];
  /** The GitHub Actions step that failed, when the log shows step groups. */
  failedStep: string | null;
  /** Bytes read. */
  bytes: number;
  /** Lines decoded and parsed (the rest was only searched). */
  linesExamined: number;
  /** True when maxDiagnostics was reached and later diagnostics were not kept. */
  diagnosticsCapped: boolean;
}

const NL = 10;
const CR = 13;
/** Lines fed before a hit: test runners print the assertion before the `FAILED` line. */
const LEAD_LINES = 30;
/** Lines fed after a hit whatever they hold (sanitizer headers, `The signal is caused by…`, `Hint:`). */
const TRAIL_ALWAYS = 12;
/** Continuation lines fed after a hit at most. */
const TRAIL_MAX = 60;
/** A partial line longer than this without `\n` is cut at its last `\r`, or anywhere. */
const MAX_CARRY = 1 << 20;
const MAX_TARGETS = 20;
/** Bytes handed to the needle search at once. */
const MAX_REGION = 4 << 20;

let search: NeedleSearch | null = null;
/** The needle search of every LogScanner, made when a log is first read (a run without logs never compiles the kernel). */
function logSearch(): NeedleSearch {
  search ??= createNeedleSearch(LOG_NEEDLES.map((n) => n.find), { plan: LOG_NEEDLE_PLAN });
  return search;
}
const MUST_CONTAIN = LOG_NEEDLES.map((n) => n.lineMustContain ?? null);
const NEEDLE_LENGTH = LOG_NEEDLES.map((n) => Buffer.byteLength(n.find, 'utf8'));
/** Per needle, a 256-entry table of the bytes that may not follow it (null: any may). */
const NOT_FOLLOWED_BY = LOG_NEEDLES.map((n) => {
  if (!n.notFollowedBy) return null;
  const table = new Uint8Array(256);
  for (const byte of Buffer.from(n.notFollowedBy, 'latin1')) table[byte] = 1;
  return table;
});

/** Lines that go on with the diagnostic above them. */
function continuesDiagnostic(line: string): boolean {
  if (line === '') return false;
  const first = line.charCodeAt(0);
  if (first === 32 || first === 9) return true;
  return line.includes('note:') || line.includes(': required from') || line.includes('In file included from');
}

/**
 * A line nobody saw: the empty "line" between the `\r` and `\n` of a CRLF, or
 * a progress redraw that the text after its `\r` overwrote on the terminal.
 * Skipped without breaking the run of lines around it.
 */
function isInvisible(buf: Buffer, start: number, end: number): boolean {
  let i = start;
  while (i < end && buf[i] !== NL && buf[i] !== CR) i++;
  return isInvisibleLine(buf, start, i, end);
}

/** isInvisible for a line whose end (its `\n`/`\r`, or `end`) is known. */
function isInvisibleLine(buf: Buffer, start: number, lineEnd: number, end: number): boolean {
  if (start > 0 && buf[start] === NL && buf[start - 1] === CR) return true;
  return lineEnd + 1 < end && buf[lineEnd] === CR && buf[lineEnd + 1] !== NL && buf[lineEnd + 1] !== CR;
}

// Buffer#utf8Slice skips toString's argument handling, which costs more than the decoding of a short line.
const fastUtf8 = typeof (Buffer.prototype as unknown as { utf8Slice?: unknown }).utf8Slice === 'function';
function utf8(buf: Buffer, start: number, end: number): string {
  return fastUtf8 ? (buf as unknown as { utf8Slice(s: number, e: number): string }).utf8Slice(start, end) : buf.toString('utf8', start, end);
}

function toBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

export class LogScanner {
  private readonly scanner = new DiagnosticScanner();
  private readonly maxLine: number;
  private readonly maxDiagnostics: number;
  /** The end of the previous push that did not end a line. */
  private carry: Buffer | null = null;
  /** Absolute offset of the current buffer's first byte. */
  private base = 0;
  /** Absolute offset just past the last line fed to the scanner (-1: none yet). */
  private fedEnd = -1;
  /** The last lines of the previous region when not fed: the lead of a hit at the start of the next. */
  private leadTail: Buffer | null = null;
  private trailAlways = 0;
  private trailLeft = 0;
  private bytes = 0;
  private linesExamined = 0;
  /** maxDiagnostics reached: lines are still read for steps and targets, no longer parsed. */
  private full = false;
  private readonly failedTargets: string[] = [];
  private currentStep: string | null = null;
  private failedStep: string | null = null;
  private finished = false;

  constructor(options: LogScanOptions = {}) {
    this.maxLine = Math.max(256, options.maxLineLength ?? MAX_LINE_LENGTH);
    this.maxDiagnostics = options.maxDiagnostics ?? 10_000;
  }

  /**
   * Where to read the next chunk (then push a subarray of it): memory the
   * needle search reads without a copy. READ_SLOTS slots, to read some
   * while others are searched or pushed (by this thread or the search
   * worker). Shared by all scanners: one reader at a time.
   */
  readBuffer(size: number, slot = 0): Buffer {
    return logSearch().readBuffer(size, size + 2 * MAX_CARRY, slot);
  }

  /** The needles' hits in a chunk, for push(): what a search worker computes for a read slot. */
  hitsOf(chunk: Buffer): Uint32Array {
    return collectHits(logSearch(), chunk, chunk.length);
  }

  /**
   * The next bytes of the log, cut anywhere (inside a line, inside a UTF-8
   * sequence). `hits`: the chunk's hits from hitsOf() or a search worker
   * (flat position, needle pairs), so that it need not be searched again.
   */
  push(chunk: Uint8Array, hits?: Uint32Array): void {
    if (this.finished) throw new Error('LogScanner: push after finish');
    if (chunk.byteLength === 0) return;
    if (chunk.byteLength > MAX_REGION) {
      // A huge chunk (a whole log in memory) in pieces: the search copies at most a piece.
      for (let at = 0; at < chunk.byteLength; at += MAX_REGION) this.push(chunk.subarray(at, at + MAX_REGION));
      return;
    }
    this.bytes += chunk.byteLength;
    let buf = toBuffer(chunk);
    let shift = 0;
    if (this.carry) {
      // Only the line cut by the previous chunk is joined: the chunk itself is never copied.
      const nl = buf.indexOf(NL);
      const headEnd = nl === -1 ? buf.length : nl + 1;
      const joined = Buffer.concat([this.carry, buf.subarray(0, headEnd)]);
      this.carry = null;
      buf = buf.subarray(headEnd);
      shift = headEnd;
      this.consume(joined);
    }
    if (buf.length > 0) this.consume(buf, hits, shift);
  }

  /**
   * Scans the whole lines of buf; keeps (copies) the unfinished last line for
   * the next push. `hits` are the chunk's, buf being the chunk from `shift` on.
   */
  private consume(buf: Buffer, hits?: Uint32Array, shift = 0): void {
    let end = buf.lastIndexOf(NL) + 1;
    if (buf.length - end > MAX_CARRY) {
      // A very long run without `\n`: progress redraws end at `\r`; anything else is cut.
      const cr = buf.lastIndexOf(CR) + 1;
      end = buf.length - cr <= MAX_CARRY && cr > end ? cr : buf.length;
    }
    if (end > 0) {
      this.processRegion(buf, end, hits, shift);
      this.base += end;
    }
    // Copy: the caller may reuse its buffer for the next read.
    this.carry = end < buf.length ? Buffer.from(buf.subarray(end)) : null;
  }

  finish(): LogScanResult {
    if (!this.finished) {
      if (this.carry) {
        const last = this.carry;
        this.carry = null;
        this.processRegion(last, last.length);
        this.base += last.length;
      }
      this.finished = true;
    }
    const all = this.scanner.finish();
    return {
      diagnostics: all,
      failedTargets: [...this.failedTargets],
      failedStep: this.failedStep,
      bytes: this.bytes,
      linesExamined: this.linesExamined,
      diagnosticsCapped: this.full,
    };
  }

  // --- one region: whole lines buf[0, end) ---

  private processRegion(buf: Buffer, end: number, chunkHits?: Uint32Array, shift = 0): void {
    const hits = this.findHitLines(buf, end, chunkHits, shift);
    let pos = 0;
    if (this.trailAlways > 0 || this.trailLeft > 0) pos = this.feedTrail(buf, 0, end, hits, 0).pos;
    let k = 0;
    while (k < hits.length) {
      const hit = hits[k++];
      if (hit < pos) continue;
      // Lead lines, never before what was already handled.
      const { start: leadStart, found: leadCount } = this.linesBack(buf, hit, LEAD_LINES, pos);
      if (leadStart === 0 && leadCount < LEAD_LINES && this.leadTail) this.feedLeadTail(LEAD_LINES - leadCount);
      let at = leadStart;
      while (at < hit) at = this.feedLine(buf, at, end);
      at = this.feedLine(buf, hit, end);
      this.trailAlways = TRAIL_ALWAYS;
      this.trailLeft = TRAIL_MAX;
      const trail = this.feedTrail(buf, at, end, hits, k);
      pos = trail.pos;
      k = trail.k;
    }
    this.rememberLeadTail(buf, end);
  }

  /**
   * Line starts of the needles' hits in buf[0, end), ascending, each once.
   * From `chunkHits` when given: those wholly inside the region, shifted.
   */
  private findHitLines(buf: Buffer, end: number, chunkHits?: Uint32Array, shift = 0): number[] {
    const starts: number[] = [];
    let lastStart = -1;
    let lastEnd = -1;
    const onHit = (at: number, needle: number): void => {
      const rejected = NOT_FOLLOWED_BY[needle];
      if (rejected !== null && rejected[buf[at + NEEDLE_LENGTH[needle]]] === 1) return;
      // Hits come in position order (per needle for the fallback): reuse the last line's bounds.
      const inLast = at >= lastStart && at < lastEnd;
      const start = inLast ? lastStart : this.lineStart(buf, at);
      const lineEnd = inLast ? lastEnd : this.lineEnd(buf, at, end);
      lastStart = start;
      lastEnd = lineEnd;
      const words = MUST_CONTAIN[needle];
      if (words && !this.lineContainsAny(buf, start, lineEnd, words)) return;
      if (starts.length === 0 || starts[starts.length - 1] !== start) starts.push(start);
    };
    if (chunkHits) {
      for (let k = 0; k < chunkHits.length; k += 2) {
        const at = chunkHits[k] - shift;
        const needle = chunkHits[k + 1];
        // What a search of the region itself would report: needles wholly inside it.
        if (at >= 0 && at + NEEDLE_LENGTH[needle] <= end) onHit(at, needle);
      }
    } else logSearch().find(buf, end, onHit);
    if (starts.length < 2) return starts;
    let sorted = true;
    for (let i = 1; i < starts.length && sorted; i++) if (starts[i] < starts[i - 1]) sorted = false;
    if (!sorted) starts.sort((a, b) => a - b);
    let unique = 1;
    for (let i = 1; i < starts.length; i++) if (starts[i] !== starts[unique - 1]) starts[unique++] = starts[i];
    starts.length = unique;
    return starts;
  }

  private lineContainsAny(buf: Buffer, start: number, end: number, words: string[]): boolean {
    const text = buf.toString('latin1', start, end);
    return words.some((w) => text.includes(w));
  }

  /** Start of the line holding byte `at`: after the previous `\n`/`\r`, at most maxLine back. */
  private lineStart(buf: Buffer, at: number): number {
    const floor = Math.max(0, at - this.maxLine);
    let i = at - 1;
    while (i >= floor) {
      const c = buf[i];
      if (c === NL || c === CR) return i + 1;
      i--;
    }
    return floor;
  }

  /** Index of the `\n`/`\r` ending the line that holds `from`, or `end`. */
  private lineEnd(buf: Buffer, from: number, end: number): number {
    for (let i = from; i < end; i++) {
      const c = buf[i];
      if (c === NL || c === CR) return i;
    }
    return end;
  }

  /** Decodes, cleans and feeds the line starting at `start`; returns the next line's start. */
  private feedLine(buf: Buffer, start: number, end: number, knownEnd = -1, cleaned: string | null = null): number {
    const lineEnd = knownEnd === -1 ? this.lineEnd(buf, start, end) : knownEnd;
    const next = Math.min(end, lineEnd + 1);
    if (isInvisibleLine(buf, start, lineEnd, end)) {
      if (this.fedEnd === this.base + start) this.fedEnd = this.base + next;
      return next;
    }
    // A gap since the last fed line: an empty line tells the scanner nothing continues.
    if (this.fedEnd !== -1 && this.fedEnd !== this.base + start) this.scanner.push('');
    this.feedText(cleaned ?? this.decodeClean(buf, start, lineEnd));
    this.fedEnd = this.base + next;
    return next;
  }

  private decodeClean(buf: Buffer, start: number, lineEnd: number): string {
    return cleanLogLine(utf8(buf, start, Math.min(lineEnd, start + this.maxLine)));
  }

  private feedText(line: string): void {
    this.linesExamined++;
    this.noteStep(line);
    if (this.full) return;
    this.scanner.push(line);
    // finish() hands back the list found so far: its length is the count.
    if (this.scanner.count >= this.maxDiagnostics) this.full = true;
  }

  private noteStep(line: string): void {
    const first = line.charCodeAt(0);
    if (first === 70 /* F */ || first === 109 /* m */) {
      const target = ninjaFailedTarget(line) ?? makeFailedTarget(line);
      if (target && this.failedTargets.length < MAX_TARGETS && !this.failedTargets.includes(target)) this.failedTargets.push(target);
    } else if (first === 35 /* # */) {
      const group = githubGroupTitle(line);
      if (group) this.currentStep = group;
      else if (isGithubErrorLine(line) && this.failedStep === null) this.failedStep = this.currentStep;
    }
  }

  /** Feeds lines after a hit while they continue it; a hit met on the way restarts the trail. */
  private feedTrail(buf: Buffer, from: number, end: number, hits: number[], k: number): { pos: number; k: number } {
    let at = from;
    while (at < end && (this.trailAlways > 0 || this.trailLeft > 0)) {
      while (k < hits.length && hits[k] < at) k++;
      const isHit = k < hits.length && hits[k] === at;
      const lineEnd = this.lineEnd(buf, at, end);
      const gap = isInvisibleLine(buf, at, lineEnd, end);
      let peek: string | null = null;
      if (!isHit && !gap && this.trailAlways <= 0) {
        peek = this.decodeClean(buf, at, lineEnd);
        if (!continuesDiagnostic(peek)) {
          this.trailLeft = 0;
          break;
        }
      }
      at = this.feedLine(buf, at, end, lineEnd, peek);
      if (gap) continue;
      if (isHit) {
        k++;
        this.trailAlways = TRAIL_ALWAYS;
        this.trailLeft = TRAIL_MAX;
      } else {
        if (this.trailAlways > 0) this.trailAlways--;
        else this.trailLeft--;
      }
    }
    return { pos: at, k };
  }

  /** Start of the `count`-th line before `from` (CRLF gaps not counted), not before `floor`. */
  private linesBack(buf: Buffer, from: number, count: number, floor: number): { start: number; found: number } {
    let start = from;
    let found = 0;
    while (found < count && start > floor) {
      start = Math.max(floor, this.lineStart(buf, start - 1));
      if (!isInvisible(buf, start, buf.length)) found++;
    }
    return { start, found };
  }

  /**
   * Keeps the last lines before the next region that were not fed: a hit at
   * the start of the next region needs them as its lead. Spans regions when
   * they are short (tiny chunks).
   */
  private rememberLeadTail(buf: Buffer, end: number): void {
    const fedLocal = Math.max(0, this.fedEnd - this.base);
    const { start, found } = this.linesBack(buf, end, LEAD_LINES, Math.min(end, fedLocal));
    let tail = start < end ? buf.subarray(start, end) : null;
    let tailStart = this.base + start;
    if (found < LEAD_LINES && start === 0 && this.leadTail && this.leadTailStart + this.leadTail.length === this.base) {
      const old = this.leadTail;
      const oldFed = Math.max(0, this.fedEnd - this.leadTailStart);
      const back = this.linesBack(old, old.length, LEAD_LINES - found, Math.min(old.length, oldFed));
      if (back.start < old.length) {
        tail = tail ? Buffer.concat([old.subarray(back.start), tail]) : old.subarray(back.start);
        tailStart = this.leadTailStart + back.start;
      }
    }
    // Copy: the region's bytes may belong to the caller.
    this.leadTail = tail ? Buffer.from(tail) : null;
    this.leadTailStart = tailStart;
  }

  private leadTailStart = 0;

  /** Feeds the last `count` lines before this region (they end where it starts). */
  private feedLeadTail(count: number): void {
    const tail = this.leadTail;
    this.leadTail = null;
    if (!tail || this.leadTailStart + tail.length !== this.base) return;
    const { start } = this.linesBack(tail, tail.length, count, 0);
    const savedBase = this.base;
    this.base = this.leadTailStart;
    let at = start;
    while (at < tail.length) at = this.feedLine(tail, at, tail.length);
    this.base = savedBase;
  }
}

/** What a search worker needs to search read slots for LogScanners (null: no shared memory here). */
export function sharedLogSearch(): SharedNeedleSearch | null {
  return logSearch().share();
}

/** Scans a whole log held in memory (tests, small inputs). */
export function scanLogText(text: string | Uint8Array, options?: LogScanOptions): LogScanResult {
  const scanner = new LogScanner(options);
  scanner.push(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  return scanner.finish();
}
