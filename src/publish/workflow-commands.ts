import { randomUUID } from 'node:crypto';

/**
 * The runner executes any stdout line that starts with `::` as a workflow
 * command. Untrusted text (quoted logs, comments) goes between
 * `::stop-commands::TOKEN` and `::TOKEN::` with a token nobody can guess, so
 * its `::set-output`/`::error` lines are printed, not run.
 */
export function guardWorkflowCommands(text: string, token: string = randomUUID()): string {
  if (!text.includes('::')) return text;
  // A token that occurs in the text could end the block early: pick another.
  while (text.includes(token)) token = randomUUID();
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}
