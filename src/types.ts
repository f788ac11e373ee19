// Plain data passed between the pipeline stages. Nothing here does I/O.

export type JobStatus = 'success' | 'failure' | 'unstable' | 'aborted' | 'not_built' | 'unknown';

export type Stage = 'compile' | 'link' | 'test' | 'runtime' | 'lint' | 'infra' | 'unknown';

export type CategoryId =
  | 'signature-mismatch'
  | 'type-conversion'
  | 'undeclared-identifier'
  | 'no-member'
  | 'no-matching-function'
  | 'missing-header'
  | 'syntax-error'
  | 'incomplete-type'
  | 'redefinition'
  | 'override-mismatch'
  | 'warning-as-error'
  | 'deleted-function'
  | 'ambiguous-call'
  | 'other-compile-error'
  | 'undefined-symbol'
  | 'duplicate-symbol'
  | 'missing-library'
  | 'test-failure'
  | 'test-timeout'
  | 'memory-error'
  | 'data-race'
  | 'undefined-behavior'
  | 'memory-leak'
  | 'crash'
  | 'format-check'
  | 'static-analysis'
  | 'infrastructure'
  | 'timeout'
  | 'unknown';

/** Identity of the change under review, as far as the input tells. */
export interface ChangeInfo {
  id: string | null;
  subject: string | null;
  patchSet: number | null;
}

/** One comment/message of a review thread, whatever the source format. */
export interface ReviewMessage {
  author: string | null;
  date: string | null;
  body: string;
  /** Patch set the message belongs to, when the source or its text says. */
  patchSet: number | null;
}

export type InputFormat = 'gerrit-export' | 'text';

/** A review thread read from one input: the change and its messages in order. */
export interface Review {
  format: InputFormat;
  change: ChangeInfo;
  messages: ReviewMessage[];
  /** Problems found while reading that did not stop the read. */
  warnings: string[];
}

/** One job line of a CI bot report with the text that belongs to it. */
export interface JobReport {
  name: string;
  url: string | null;
  build: number | null;
  status: JobStatus;
  patchSet: number | null;
  /** Text the bot wrote about this job (failure causes, quoted diagnostics). */
  text: string;
}

export type Verdict = 'failed' | 'successful' | 'unstable' | 'started' | 'aborted' | null;

/** One CI bot report (one bot comment) with its jobs. */
export interface BotReport {
  dialect: string;
  author: string | null;
  date: string | null;
  patchSet: number | null;
  verdict: Verdict;
  /** Verified vote when the bot gave one, e.g. -1. */
  vote: number | null;
  jobs: JobReport[];
}

export type Severity = 'error' | 'warning' | 'fatal';

/** A diagnostic as a tool printed it, located and attributed. */
export interface Diagnostic {
  /** The tool that printed it: gcc, clang, msvc, ... or null where the wording does not tell. */
  tool: string | null;
  severity: Severity;
  /** Path as printed (not yet made repo-relative). */
  file: string | null;
  line: number | null;
  column: number | null;
  /** Compiler error code, e.g. C2440, when the tool prints one. */
  code: string | null;
  /** Message text with the tool's quotes kept. */
  message: string;
  /** Lines that explain the diagnostic (notes, include chain), kept for display. */
  context: string[];
}

export interface SignatureMismatchDetail {
  parameter: number | null;
  difference: 'const' | 'type' | 'count' | 'return';
  expected: string;
  actual: string;
  expectedSignature: string;
  actualSignature: string;
}

export interface Classification {
  category: CategoryId;
  stage: Stage;
  title: string;
  detail: Record<string, unknown>;
  /** Words that identify the root cause, independent of location, job and wording. */
  key: string;
}

/** A diagnostic (or job-level failure) attributed to a job, ready to group. */
export interface Finding {
  job: string | null;
  tool: string | null;
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
  classification: Classification;
}

export interface Occurrence {
  job: string | null;
  tool: string | null;
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
}

export interface Group {
  fingerprint: string;
  category: CategoryId;
  stage: Stage;
  title: string;
  detail: Record<string, unknown>;
  occurrences: Occurrence[];
}

export interface JobSummary {
  name: string;
  url: string | null;
  build: number | null;
  status: JobStatus;
  patchSet: number | null;
  /** Present when the job's full log was read: targets the build tool failed on (`FAILED: x.o`). */
  failedTargets?: string[];
  /** The GitHub Actions step that failed, when the log shows it. */
  failedStep?: string | null;
  /** The logs read for this job, with why one could not be read (fully). */
  logs?: Array<{ source: string; bytes: number; problem: string | null }>;
}

/** The `build-triage/v1` document of ../shared/spec/categories.md. */
export interface TriageDocument {
  schema: 'build-triage/v1';
  change: ChangeInfo;
  jobs: JobSummary[];
  groups: Group[];
}
