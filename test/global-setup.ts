import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The integration tests run the real artifact: build dist/ once per test run
 * with the project's own bundle script (dist/ is not committed by helpers; the
 * lead rebundles). BUILD_TRIAGE_SKIP_BUNDLE=1 reuses the current dist/.
 */
export default function setup(): void {
  if (process.env.BUILD_TRIAGE_SKIP_BUNDLE === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['run', '-s', 'bundle'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
