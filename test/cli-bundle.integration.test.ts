import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The CLI as users run it: dist/cli/index.js (bundled by the global setup
 * with its lazily loaded chunks and the search worker beside it), as a child
 * process. `npm run sample` is the README's first command.
 */

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/index.js');
const SEED = join(ROOT, 'test/fixtures/gerrit/kv_engine-gerrit-export.txt');
const run = promisify(execFile);
// Without vitest's variables: the CLI does not run itself when VITEST is set (tests import it).
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
const dir = mkdtempSync(join(tmpdir(), 'bt-cli-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, env, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the bundled CLI', () => {
  it('prints the seed\'s digest (npm run sample)', async () => {
    const result = await cli([SEED]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^### ❌ Patch set 13: 5 of 6 jobs failed, 1 root cause: function signature mismatch/);
  });

  it('loads the rules loader chunk for --config and reports a bad rules file by line', async () => {
    const rules = join(dir, 'rules.yml');
    writeFileSync(rules, 'rules:\n  - id: x\n    kind: known\n    match: {category: no-such-category}\n');
    const result = await cli([SEED, '--config', rules]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/rules\.yml:4:\d+: rules\[0\]\.match\.category: must be one of signature-mismatch, /);
    expect(result.stdout).toContain('Rules file not used');
  });

  it('reads a log of many chunks to the same groups as its errors alone', async () => {
    const fixture = readFileSync(join(ROOT, 'test/fixtures/logs/make-clang.log'));
    const progress = Buffer.from('[17/4096] Building CXX object engines/CMakeFiles/ep.dir/src/engine_error_map.cc.o\n'.repeat(60_000));
    const big = join(dir, 'big.log');
    writeFileSync(big, Buffer.concat([progress, fixture, progress, fixture, progress]));
    const small = join(dir, 'small.log');
    writeFileSync(small, Buffer.concat([fixture, fixture]));
    const groups = async (path: string) => {
      const result = await cli(['--log', path, '--json']);
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout).groups.map((g: { category: string; title: string; occurrences: unknown[] }) => [g.category, g.title, g.occurrences.length]);
    };
    const fromBig = await groups(big);
    expect(fromBig).toEqual(await groups(small));
    expect(fromBig.length).toBeGreaterThan(0);
  });
});
