import { reviewFromIssueComments, type IssueCommentLike } from './github-comments.js';
import type { InputFormat, Review, ReviewMessage } from '../types.js';
import { InputError } from '../errors.js';
import { normaliseNewlines, patchSetMentioned } from './text.js';

/**
 * JSON as the review servers' REST APIs return it:
 * - Gerrit: `)]}'` (the XSSI guard) then a ChangeInfo with `messages`, or a bare
 *   array of ChangeMessageInfo (`author{name,username,email}`, `date`, `message`,
 *   `_revision_number`);
 * - GitHub: an array of issue comments (`user{login,type}`, `created_at`, `body`,
 *   `html_url`, `id`), or several such arrays, as `gh api --paginate` prints the
 *   pages one after the other; a single comment, an `issue_comment` webhook
 *   payload, pull request reviews (`submitted_at`) and `gh pr view --json
 *   comments` output (`author{login}`, `createdAt`, `url`) are read too.
 */

const XSSI_PREFIX = ")]}'";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The text after Gerrit's `)]}'` guard, or null when the text does not start with it. */
function afterXssiPrefix(text: string): string | null {
  const trimmed = withoutBom(text).trimStart();
  return trimmed.startsWith(XSSI_PREFIX) ? trimmed.slice(XSSI_PREFIX.length) : null;
}

/**
 * Splits top-level JSON values written one after the other (`[...][...]`,
 * one value per line). One linear pass; strings are skipped so brackets inside
 * them do not count. Returns null when the text is not made of such values.
 */
export function splitJsonValues(text: string): string[] | null {
  const values: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      if (depth === 0) return null;
      inString = true;
    } else if (c === '[' || c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth < 0) return null;
      if (depth === 0) values.push(text.slice(start, i + 1));
    } else if (depth === 0 && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') {
      return null;
    }
  }
  return depth === 0 && values.length > 0 ? values : null;
}

/** Parses the whole text as JSON values; null when it is not JSON. */
function parseJsonValues(text: string): Json[] | null {
  const body = withoutBom(text).trim();
  if (body === '' || (body[0] !== '[' && body[0] !== '{')) return null;
  try {
    return [JSON.parse(body) as Json];
  } catch {
    const parts = splitJsonValues(body);
    if (!parts || parts.length < 2) return null;
    try {
      return parts.map((part) => JSON.parse(part) as Json);
    } catch {
      return null;
    }
  }
}

function isGerritMessage(value: Json): boolean {
  return isObject(value) && typeof value.message === 'string' && ('_revision_number' in value || 'author' in value || 'date' in value);
}

function isGitHubComment(value: Json): boolean {
  // A comment whose body was emptied has `"body": null`; it is still a comment.
  if (!isObject(value) || (typeof value.body !== 'string' && value.body !== null)) return false;
  return 'user' in value || 'created_at' in value || 'html_url' in value || ('author' in value && 'createdAt' in value);
}

/** Flattens the pages: arrays of arrays, or values one after the other. */
function flattenPages(values: Json[]): Json[] {
  const items: Json[] = [];
  for (const value of values) {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (Array.isArray(item)) items.push(...item);
        else items.push(item);
      }
    } else items.push(value);
  }
  return items;
}

function isChangeInfo(value: Json | undefined): value is JsonObject {
  return isObject(value) && Array.isArray(value.messages);
}

/** The one ChangeInfo of the input: the object itself, or the only entry of a query result. */
function changeInfoOf(values: Json[]): JsonObject | null {
  if (values.length !== 1) return null;
  const value = values[0];
  if (isChangeInfo(value)) return value;
  if (Array.isArray(value) && value.length === 1 && isChangeInfo(value[0])) return value[0];
  return null;
}

function gerritMessagesOf(values: Json[]): JsonObject[] | null {
  const change = changeInfoOf(values);
  if (change) return (change.messages as Json[]).filter(isObject);
  const items = flattenPages(values);
  return items.length > 0 && items.every(isGerritMessage) ? (items as JsonObject[]) : null;
}

function githubCommentsOf(values: Json[]): JsonObject[] | null {
  // An issue_comment webhook payload, as delivered or as its `payload`.
  if (values.length === 1 && isObject(values[0])) {
    const root = values[0];
    const payload = isObject(root.payload) ? root.payload : root;
    if (isObject(payload.comment) && isGitHubComment(payload.comment)) return [payload.comment];
    if (isGitHubComment(root)) return [root];
    // gh pr view --json comments
    if (Array.isArray(root.comments) && root.comments.length > 0 && root.comments.every(isGitHubComment)) return root.comments as JsonObject[];
  }
  const items = flattenPages(values);
  return items.length > 0 && items.every(isGitHubComment) ? (items as JsonObject[]) : null;
}

/** What the JSON is, for the error that says what it is not. */
function describeJson(values: Json[]): string {
  const first = values[0];
  if (Array.isArray(first)) {
    const item = first.find((x) => x !== null) ?? null;
    if (item === null) return 'an empty array';
    if (isObject(item)) return `an array of objects with keys ${Object.keys(item).slice(0, 6).join(', ')}`;
    return `an array of ${typeof item}s`;
  }
  if (isObject(first)) return `an object with keys ${Object.keys(first).slice(0, 8).join(', ') || '(none)'}`;
  return `a ${typeof first}`;
}

/** Gerrit's "2013-03-23 21:34:02.419000000" (UTC) as ISO 8601. */
function gerritDate(value: string | null): string | null {
  if (value === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{1,9})?$/.exec(value);
  return match ? `${match[1]}T${match[2]}${match[3] ? match[3].slice(0, 4) : ''}Z` : value;
}

function gerritAuthor(author: Json | undefined): string | null {
  if (!isObject(author)) return null;
  return str(author.name) ?? str(author.username) ?? str(author.email) ?? (author._account_id !== undefined ? `account ${str(author._account_id)}` : null);
}

/**
 * Written by automation: a service account (tags SERVICE_USER), or a message
 * tagged `autogenerated:<tool>` by a CI system (Zuul tags `autogenerated:zuul:check`);
 * Gerrit's own `autogenerated:gerrit:…` notices are not bots' reports.
 */
function isServiceMessage(m: JsonObject): boolean {
  if (isObject(m.author) && Array.isArray(m.author.tags) && m.author.tags.includes('SERVICE_USER')) return true;
  const tag = str(m.tag);
  return tag !== null && tag.startsWith('autogenerated:') && !tag.startsWith('autogenerated:gerrit');
}

function readGerritMessages(messages: JsonObject[]): ReviewMessage[] {
  return messages.map((m) => {
    const body = normaliseNewlines(str(m.message) ?? '');
    const revision = typeof m._revision_number === 'number' ? m._revision_number : null;
    return {
      author: gerritAuthor(m.author),
      date: gerritDate(str(m.date)),
      body,
      patchSet: revision ?? patchSetMentioned(body),
      id: str(m.id),
      url: null,
      authorType: isServiceMessage(m) ? 'Bot' : null,
    };
  });
}

export function parseGerritJson(text: string, sourceName: string): Review {
  const rest = afterXssiPrefix(text);
  const values = parseJsonValues(rest ?? text);
  if (!values) {
    throw new InputError(`${sourceName}: not Gerrit REST JSON: the text after ${rest !== null ? `the ${XSSI_PREFIX} prefix` : 'the start'} does not parse as JSON`);
  }
  const queried = values.length === 1 && Array.isArray(values[0]) ? values[0].filter(isChangeInfo).length : 0;
  if (queried > 1) {
    throw new InputError(`${sourceName}: Gerrit query result with ${queried} changes; give one change (GET /changes/<id>?o=MESSAGES)`);
  }
  const messages = gerritMessagesOf(values);
  if (!messages) {
    throw new InputError(
      `${sourceName}: JSON, but not a Gerrit change or change messages (no ChangeInfo with "messages", no ChangeMessageInfo with "message"): it is ${describeJson(values)}`,
    );
  }
  const change = changeInfoOf(values);
  const read = readGerritMessages(messages);
  const patchSets = read.map((m) => m.patchSet).filter((n): n is number => n !== null);
  let patchSet = patchSets.length ? Math.max(...patchSets) : null;
  if (change && typeof change.current_revision === 'string' && isObject(change.revisions)) {
    const current = change.revisions[change.current_revision];
    if (isObject(current) && typeof current._number === 'number') patchSet = Math.max(patchSet ?? 0, current._number);
  }
  return {
    format: 'gerrit-json',
    change: {
      id: change ? str(change.change_id) ?? str(change._number) ?? str(change.id) : null,
      subject: change ? str(change.subject) : null,
      patchSet,
    },
    messages: read,
    warnings: [],
  };
}

/** `owner/repo#123` from a comment's html_url or issue_url. */
function changeIdFromUrl(url: string | null): string | null {
  if (url === null) return null;
  const match = /\/(?:repos\/)?([^/\s]{1,100})\/([^/\s]{1,100})\/(?:pull|issues)\/(\d{1,9})/.exec(url);
  return match ? `${match[1]}/${match[2]}#${match[3]}` : null;
}

export function parseGitHubJson(text: string, sourceName: string): Review {
  const values = parseJsonValues(text);
  if (!values) throw new InputError(`${sourceName}: not GitHub JSON: the text does not parse as JSON`);
  const comments = githubCommentsOf(values);
  if (!comments) {
    throw new InputError(
      `${sourceName}: JSON, but not GitHub issue comments (no objects with "body" and "user"): it is ${describeJson(values)}`,
    );
  }
  // REST: user{login,type}; gh CLI: author{login} (no type), createdAt. One shape, then the
  // same reader the action uses for comments it fetched (ingest/github-comments.ts).
  const shaped: IssueCommentLike[] = comments.map((c, index) => {
    const user = isObject(c.user) ? c.user : isObject(c.author) ? c.author : null;
    const login = user ? str(user.login) : null;
    const type = user ? str(user.type) : null;
    const url = str(c.html_url) ?? str(c.url);
    return {
      id: typeof c.id === 'number' ? c.id : (str(c.id) ?? index),
      body: str(c.body) ?? '',
      user: login ? { login, ...(type ? { type } : {}) } : null,
      created_at: str(c.created_at) ?? str(c.submitted_at) ?? str(c.createdAt),
      ...(url ? { html_url: url } : {}),
    };
  });
  // The API lists comments oldest first; pages concatenated keep that order,
  // but sort by date anyway so a hand-merged file reads the same.
  const ordered = shaped
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (a.c.created_at ?? '').localeCompare(b.c.created_at ?? '') || a.index - b.index)
    .map(({ c }) => c);
  const first = comments[0];
  return reviewFromIssueComments(ordered, {
    change: { id: changeIdFromUrl(str(first.html_url) ?? str(first.issue_url) ?? str(first.url)), subject: null },
  });
}

/**
 * Which JSON reader fits, or null when the text is not JSON (a log line
 * starting with `[` stays text). Valid JSON of no known shape is `json` so
 * the caller can say what it is not.
 */
export function detectJsonFormat(text: string): InputFormat | 'json' | null {
  const head = withoutBom(text).trimStart();
  if (head.startsWith(XSSI_PREFIX)) return 'gerrit-json';
  if (head[0] !== '[' && head[0] !== '{') return null;
  const values = parseJsonValues(text);
  if (!values) return null;
  if (gerritMessagesOf(values)) return 'gerrit-json';
  if (githubCommentsOf(values)) return 'github-json';
  return 'json';
}

export function unknownJsonError(text: string, sourceName: string): InputError {
  const values = parseJsonValues(text) ?? [];
  return new InputError(
    `${sourceName}: JSON of no known shape: not Gerrit REST JSON (ChangeInfo with "messages", or ChangeMessageInfo list) and not GitHub issue comments (objects with "body" and "user"); it is ${values.length ? describeJson(values) : 'unreadable'}`,
  );
}
