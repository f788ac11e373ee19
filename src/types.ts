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

/**
 * A category id that a user's rules file defines (`kind: category`). Branded
 * so that code indexing the built-in table (CATEGORIES) must check first:
 * see `categoryLabel` in classify/categories.ts.
 */
export type CustomCategoryId = string & { readonly __customCategory: true };

/** What a group's `category` can hold: a built-in id, or a custom one from the rules file. */
export type GroupCategoryId = CategoryId | CustomCategoryId;

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
  /** The source's id of the message (Gerrit message id, GitHub comment id), when it has one. */
  id?: string | null;
  /** Where the message can be read (GitHub comment html_url), when the source says. */
  url?: string | null;
  /** What kind of account wrote it, as the source says (GitHub user.type: `User`, `Bot`). */
  authorType?: string | null;
}

export type InputFormat = 'gerrit-export' | 'gerrit-json' | 'github-json' | 'text';

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
  /** False for a job whose failure does not block (Zuul non-voting, Prow optional, Dr. CI flaky/unstable). */
  voting?: boolean;
  /** Commit the job ran on, when the report says (Prow's Commit column, Dr. CI's "As of commit"). */
  commit?: string | null;
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
  /** Commit the report is about, when it names one (GitHub-side bots). */
  commit?: string | null;
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
  /** Error code or kind the tool prints: C2440, LNK2019, E0308, TS2345, heap-use-after-free, timeout. */
  code: string | null;
  /** Message text with the tool's quotes kept. */
  message: string;
  /** Lines that explain the diagnostic (notes, include chain), kept for display. */
  context: string[];
  /**
   * What the diagnostic is about when the parser knows it better than the
   * message says: a linker symbol, a test name, a sanitizer's top project frames.
   */
  subject?: string | null;
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
  /** The diagnostic's notes, include chain and source excerpt, when it has any. */
  context?: string[];
  classification: Classification;
}

export interface Occurrence {
  job: string | null;
  tool: string | null;
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
  /** Notes, include chain and source excerpt the tool printed with it (at most 20 lines); absent when none. */
  context?: string[];
}

export type RuleKind = 'known' | 'flaky' | 'infrastructure' | 'ignore' | 'category';

/** The user's rule that explains a group (spec: groups[].rule). */
export interface RuleRef {
  id: string;
  kind: RuleKind;
  link: string | null;
  note: string | null;
}

/** Why a group is called flaky: what was observed, in words (spec: groups[].flaky). */
export interface FlakyEvidence {
  evidence: string;
}

/** Against the previous patch set / commit (spec: groups[].history). */
export type GroupHistory = 'new' | 'still-failing' | 'fixed';

export interface Group {
  fingerprint: string;
  category: GroupCategoryId;
  stage: Stage;
  title: string;
  detail: Record<string, unknown>;
  occurrences: Occurrence[];
  /** Optional spec fields; null when nothing applies, absent before the feature ran. */
  rule?: RuleRef | null;
  flaky?: FlakyEvidence | null;
  history?: GroupHistory | null;
}

export interface JobSummary {
  name: string;
  url: string | null;
  build: number | null;
  status: JobStatus;
  patchSet: number | null;
  /** Present and false only for a job whose failure does not block (non-voting, optional, flaky). */
  voting?: boolean;
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
