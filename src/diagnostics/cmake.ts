import type { Diagnostic } from '../types.js';

/**
 * CMake: `CMake Error at CMakeLists.txt:3 (find_package):` then an indented
 * message, or `CMake Error: message` on one line. The message is read from
 * the indented lines that follow, up to the first blank line.
 */
export class CmakeReader {
  private current: Diagnostic | null = null;
  private reading = false;

  push(line: string, emit: (d: Diagnostic) => void): boolean {
    if (line.startsWith('CMake Error')) {
      this.current = null;
      const at = /^CMake Error at (.{1,2000}?):(\d{1,9}) \(([\w]{1,100})\):?\s*$/.exec(line.trimEnd());
      if (at) {
        this.current = { tool: 'cmake', severity: 'error', file: at[1], line: Number(at[2]), column: null, code: at[3], message: `${at[3]}:`, context: [] };
        this.reading = true;
        emit(this.current);
        return true;
      }
      const plain = /^CMake Error(?: \(dev\))?: (.{1,4000})$/.exec(line.trimEnd());
      if (plain) {
        this.current = { tool: 'cmake', severity: 'error', file: null, line: null, column: null, code: null, message: plain[1], context: [] };
        this.reading = false;
        emit(this.current);
        return true;
      }
      return false;
    }
    if (!this.current) return false;
    if (line.startsWith('  ') && line.trim() !== '') {
      if (this.reading && this.current.message.length < 400) this.current.message += ` ${line.trim()}`;
      else if (this.current.context.length < 20) this.current.context.push(line.trim());
      return true;
    }
    if (line.trim() === '' && this.reading) {
      this.reading = false;
      return true;
    }
    if (line.trim() === '') return true;
    this.current = null;
    return false;
  }
}
