import { compileMessagePattern } from '../rules/index.js';
import { InputError } from '../errors.js';

/** Which comment authors are CI bots whose comments are reports. */

export interface AuthorMatcher {
  /** As given, for messages. */
  description: string;
  matches(user: { login: string; type?: string } | null): boolean;
}

/** Logins CI bots are given: `*[bot]`, `*-bot`, `*bot`, `*-ci`, Jenkins, Zuul, Buildbot, Prow. */
export function looksLikeCiBot(login: string): boolean {
  const l = login.toLowerCase();
  return (
    l.endsWith('[bot]') ||
    l.endsWith('bot') ||
    l.endsWith('-ci') ||
    l.endsWith('_ci') ||
    l.startsWith('ci-') ||
    l.includes('jenkins') ||
    l.includes('zuul') ||
    l.includes('buildbot') ||
    l.includes('-robot')
  );
}

/**
 * `bot-authors`: empty → accounts of type Bot and logins that look like CI bots;
 * else comma-separated logins (case-insensitive) and `/regex/` entries.
 * Logins are at most 39 characters, so a user's regex cannot run long on them.
 */
export function parseBotAuthors(input: string): AuthorMatcher {
  const entries = input
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (entries.length === 0) {
    return {
      description: 'accounts of type Bot and logins that look like CI bots',
      matches: (user) => user !== null && (user.type === 'Bot' || looksLikeCiBot(user.login)),
    };
  }
  const logins = new Set<string>();
  // User regexes run on RE2 (linear time), like the rules file's: never on the backtracking RegExp.
  const patterns: Array<(text: string) => boolean> = [];
  for (const entry of entries) {
    if (entry.length > 2 && entry.startsWith('/') && entry.lastIndexOf('/') > 0) {
      const compiled = compileMessagePattern(entry);
      if ('error' in compiled && compiled.error) throw new InputError(`input bot-authors: ${entry} is not a valid regular expression (${compiled.error})`);
      if ('matcher' in compiled && compiled.matcher) patterns.push(compiled.matcher);
    } else logins.add(entry.toLowerCase());
  }
  return {
    description: entries.join(', '),
    matches: (user) => {
      if (user === null) return false;
      const login = user.login.slice(0, 64);
      return logins.has(login.toLowerCase()) || patterns.some((matches) => matches(login));
    },
  };
}
