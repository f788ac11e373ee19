import type { LogScanResult } from './scan.js';

export { LogScanner, scanLogText, type LogScanOptions, type LogScanResult } from './scan.js';
export { LogFileReader, scanLogFile, scanLogStream } from './read.js';
export { mergeJobDiagnostics, occurrenceKey } from './merge.js';
export { attachLogs } from './attach.js';

/** The full log of one job, as far as it could be read. */
export interface JobLog {
  /** The job it belongs to; null lets triage attach it (the only failed job, or a name in the source). */
  job: string | null;
  /** File path or URL it came from. */
  source: string;
  /** What the scan found; null when nothing could be read. */
  scan: LogScanResult | null;
  /** Why the log is missing or incomplete ("HTTP 404", "timed out after 30 s", "cut at 64 MiB"), else null. */
  problem: string | null;
}
