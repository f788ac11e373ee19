/**
 * What the runner would execute from a step's stdout: lines `::name args::value`,
 * except between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
export function executedCommands(stdout: string): string[] {
  const executed: string[] = [];
  let stopToken: string | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    const trimmed = line.trimStart();
    if (!trimmed.startsWith('::')) continue;
    if (stopToken !== null) {
      if (trimmed === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(trimmed);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    const command = /^::([A-Za-z-]+)/.exec(trimmed);
    if (command && trimmed.indexOf('::', 2) !== -1) executed.push(trimmed);
  }
  return executed;
}
