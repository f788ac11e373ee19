import { InputError } from '../errors.js';
import { parseBotAuthors, type AuthorMatcher } from './bot-authors.js';
import { readLogInputs, type ActionLogInputs } from './fetch-logs.js';
import { DEFAULT_MAX_COMMENTS } from './comments.js';
import { DEFAULT_LIMITS } from '../triage.js';
import { CHECK_RUN_VALUES, type CheckRunSetting } from './check-run.js';

/**
 * Every action input, read and checked once, as one typed object (as
 * actions/checkout's input-helper does). The reader is passed in so this
 * module stays free of @actions/core.
 */

export type Mode = 'upsert' | 'create' | 'off';
import { DEFAULT_RULES_FILE, FAIL_ON_VALUES, type FailOn } from '../rules/index.js';
export type { FailOn };
export type Source = { kind: 'pr-comments' } | { kind: 'files'; pattern: string };

export interface ActionSettings {
  token: string;
  source: Source;
  botAuthors: AuthorMatcher;
  /** From the `pr-number` input; null: take it from the event or match it. */
  prNumber: number | null;
  mode: Mode;
  /** Lets several digests live on one PR; '' for the default one. */
  commentIdKey: string;
  failOn: FailOn;
  /** Login our comments are written by, when the token cannot tell (`comment-author`). */
  commentAuthor: string | null;
  /** The rules file (`config`); `explicit` when the user named it, so a missing file is worth a note. */
  config: { path: string; explicit: boolean };
  /** Where to write SARIF 2.1.0 (`sarif-file`) and reviewdog rdjsonl (`rdjsonl-file`); null: not written. */
  sarifFile: string | null;
  rdjsonlFile: string | null;
  /** `check-run`: auto (try, fall back to runner annotations with one warning), true (try, warn louder), false (never). */
  checkRun: CheckRunSetting;
  /** `logs`, `fetch-logs` and the download limits. */
  logs: ActionLogInputs;
  /** `max-comments`, `max-diagnostics-per-job`, `max-groups`: what one run reads and keeps at most. */
  limits: { maxComments: number; maxDiagnosticsPerJob: number; maxGroups: number };
}

function positiveInteger(name: string, value: string, fallback: number): number {
  const v = value.trim();
  if (v === '') return fallback;
  if (!/^[1-9][0-9]{0,8}$/.test(v)) throw new InputError(`input ${name}: '${value}' is not a positive whole number`);
  return Number(v);
}

export type InputReader = (name: string) => string;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input ${name}: '${value}' is not one of ${allowed.join(', ')}`);
}

export function readSettings(getInput: InputReader): ActionSettings {
  const token = getInput('github-token').trim();
  const sourceText = getInput('source').trim();
  const prText = getInput('pr-number').trim();
  let prNumber: number | null = null;
  if (prText !== '') {
    if (!/^[1-9][0-9]{0,9}$/.test(prText)) throw new InputError(`input pr-number: '${prText}' is not a pull request number`);
    prNumber = Number(prText);
  }
  const key = getInput('comment-id-key').trim();
  if (key !== '' && !/^[A-Za-z0-9._-]{1,64}$/.test(key)) {
    throw new InputError(`input comment-id-key: '${key}' may hold only letters, digits, '.', '_' and '-' (at most 64)`);
  }
  const author = getInput('comment-author').trim();
  const configText = getInput('config').trim();
  if (author !== '' && !/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/.test(author)) {
    throw new InputError(`input comment-author: '${author}' is not a GitHub login`);
  }
  const settings: ActionSettings = {
    token,
    source: sourceText === '' || sourceText === 'pr-comments' ? { kind: 'pr-comments' } : { kind: 'files', pattern: sourceText },
    botAuthors: parseBotAuthors(getInput('bot-authors')),
    prNumber,
    mode: oneOf('mode', getInput('mode'), ['upsert', 'create', 'off'] as const, 'upsert'),
    commentIdKey: key,
    failOn: oneOf('fail-on', getInput('fail-on'), FAIL_ON_VALUES, 'never'),
    commentAuthor: author === '' ? null : author,
    config: configText === '' || configText === DEFAULT_RULES_FILE ? { path: DEFAULT_RULES_FILE, explicit: false } : { path: configText, explicit: true },
    sarifFile: getInput('sarif-file').trim() || null,
    rdjsonlFile: getInput('rdjsonl-file').trim() || null,
    checkRun: oneOf('check-run', getInput('check-run'), CHECK_RUN_VALUES, 'auto'),
    logs: readLogInputs(getInput, token || null),
    limits: {
      maxComments: positiveInteger('max-comments', getInput('max-comments'), DEFAULT_MAX_COMMENTS),
      maxDiagnosticsPerJob: positiveInteger('max-diagnostics-per-job', getInput('max-diagnostics-per-job'), DEFAULT_LIMITS.maxDiagnosticsPerJob),
      maxGroups: positiveInteger('max-groups', getInput('max-groups'), DEFAULT_LIMITS.maxGroups),
    },
  };
  if (settings.token === '' && (settings.mode !== 'off' || settings.source.kind === 'pr-comments')) {
    throw new InputError('input github-token is empty: the action needs a token to read and write PR comments');
  }
  return settings;
}
