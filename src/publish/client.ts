import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../logger.js';

/** Octokit with retries on 5xx/network errors and GitHub's rate limits obeyed. */

export type GitHubClient = ReturnType<typeof getOctokit>;

export function createClient(token: string, logger: Logger): GitHubClient {
  return getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          logger.warning(`rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          logger.warning(`secondary rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
}
