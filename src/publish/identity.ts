import type { Logger } from '../logger.js';
import type { GitHubClient } from './client.js';

/**
 * Whose comments are ours. `GET /user` fails for the workflow token and for
 * App tokens; GraphQL `viewer` answers for every kind of token. The workflow
 * token writes as github-actions[bot].
 */

export const DEFAULT_TOKEN_AUTHOR = 'github-actions[bot]';

/** Logins compare case-insensitively and with or without the `[bot]` suffix. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '');
  return norm(a) === norm(b);
}

export async function resolveCommentAuthor(client: GitHubClient, override: string | null, logger: Logger): Promise<string> {
  if (override) return override;
  try {
    const result = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (result?.viewer?.login) return result.viewer.login;
  } catch (error) {
    logger.warning(
      `could not ask GitHub who the token belongs to (${(error as Error).message}); assuming ${DEFAULT_TOKEN_AUTHOR}. Set the comment-author input if the digest is posted by another account.`,
    );
  }
  return DEFAULT_TOKEN_AUTHOR;
}
