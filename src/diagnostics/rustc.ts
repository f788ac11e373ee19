import type { Diagnostic } from '../types.js';

/**
 * rustc: `error[E0308]: mismatched types` with its location on a following
 * ` --> src/main.rs:3:18` line. A bare `error: …` is rustc's only when a
 * ` --> ` line follows; summaries (`aborting due to`, `could not compile`) are not causes.
 */

const SUMMARIES = ['aborting due to', 'could not compile', 'test failed, to rerun', 'build failed', 'Some errors have detailed', 'For more information'];

export class RustcReader {
  private last: Diagnostic | null = null;
  private bare: Diagnostic | null = null;

  /** True when the line was rustc's. */
  push(line: string, emit: (d: Diagnostic) => void): boolean {
    if (line.startsWith('error[E') || line.startsWith('error: ')) {
      this.bare = null;
      const m = /^error(?:\[(E\d{4})\])?: (.{1,4000})$/.exec(line.trimEnd());
      if (!m || SUMMARIES.some((s) => m[2].startsWith(s))) {
        this.last = null;
        return false;
      }
      const d: Diagnostic = { tool: 'rustc', severity: 'error', file: null, line: null, column: null, code: m[1] ?? null, message: m[2], context: [] };
      if (m[1]) {
        emit(d);
        this.last = d;
      } else {
        this.bare = d;
        this.last = null;
      }
      return m[1] !== undefined;
    }
    const arrow = line.indexOf('--> ');
    if (arrow !== -1 && arrow < 12 && line.slice(0, arrow).trim() === '') {
      const target = this.last ?? this.bare;
      if (!target || target.file !== null) return false;
      const loc = /^(.{1,2000}?):(\d{1,9}):(\d{1,9})$/.exec(line.slice(arrow + 4).trim());
      if (loc) {
        target.file = loc[1];
        target.line = Number(loc[2]);
        target.column = Number(loc[3]);
      }
      if (target === this.bare) {
        emit(target);
        this.last = target;
        this.bare = null;
      }
      return true;
    }
    this.bare = null;
    if (this.last) {
      // Source excerpt and notes: ` 3 |     let n…`, `  = note: …`, `note: function defined here`.
      if (line.startsWith(' ') || line.startsWith('note: ') || line.startsWith('help: ') || /^\d{1,7}\s{0,3}\|/.test(line)) {
        if (this.last.context.length < 30 && line.trim() !== '' && line.trim() !== '|') this.last.context.push(line);
        return true;
      }
      if (line.trim() === '') return true;
      this.last = null;
    }
    return false;
  }
}
