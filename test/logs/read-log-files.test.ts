import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectJobLogs, readLogInputs } from '../../src/publish/fetch-logs.js';
import { silentLogger } from '../../src/logger.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/logs');
const dir = mkdtempSync(join(tmpdir(), 'bt-log-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the action\'s logs input', () => {
  it('expands globs, scans each file, fetches nothing without fetch-logs', async () => {
    mkdirSync(join(dir, 'logs'));
    copyFileSync(join(FIXTURES, 'ninja-gcc-color.log'), join(dir, 'logs', 'linux.log'));
    copyFileSync(join(FIXTURES, 'make-clang.log'), join(dir, 'logs', 'macos.log'));
    const inputs = readLogInputs((name) => (name === 'logs' ? `${dir}/logs/*.log\n${dir}/missing/*.log` : ''), null, {});
    expect(inputs.fetchLogs).toBe(false);
    const fetchNothing = async () => {
      throw new Error('no download expected');
    };
    const logs = await collectJobLogs(
      [{ name: 'linux', url: 'https://ci.example.org/job/linux/1/', build: 1, status: 'failure', patchSet: null }],
      inputs,
      silentLogger,
      fetchNothing,
    );
    expect(logs.map((l) => l.source.split('/').pop()).sort()).toEqual(['linux.log', 'macos.log']);
    expect(logs.every((l) => l.problem === null && l.scan !== null && l.scan.diagnostics.length > 0)).toBe(true);
  });

  it('rejects a limit that is not a positive number', () => {
    expect(() => readLogInputs((name) => (name === 'log-max-mib' ? 'lots' : ''), null, {})).toThrow(/log-max-mib/);
  });
});
