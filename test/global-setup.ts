import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The integration tests run the real artifact: build dist/ (the action, the CLI
 * and the search worker) once per test run with the project's bundle script for the action (dist/ is not
 * committed by helpers; the lead rebundles). BUILD_TRIAGE_SKIP_BUNDLE=1 reuses
 * the current dist/.
 */
export default function setup(): void {
  if (process.env.BUILD_TRIAGE_SKIP_BUNDLE === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['run', '-s', 'bundle:action'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // The CLI (test/cli-bundle.integration.test.ts) and the needle search's worker (test/logs/search-helper.test.ts).
  execFileSync('npm', ['run', '-s', 'bundle:cli'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npm', ['run', '-s', 'bundle:worker'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // The bundle is an ES module: dist/package.json says so (as `npm run bundle` writes it).
  writeFileSync(new URL('../dist/package.json', import.meta.url), '{\n  "type": "module"\n}\n');
}
