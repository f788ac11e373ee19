import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { fixture, fixturePath, SEED } from '../helpers/fixtures.js';

const cli = runCliCaptured;

const dir = mkdtempSync(join(tmpdir(), 'bt-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('CLI on the seed', () => {
  it('prints the JSON document: one group, five jobs, two files, three tools', async () => {
    const { code, out, err } = await cli([fixturePath(SEED), '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.schema).toBe('build-triage/v1');
    expect(doc.change.id).toBe('I9d3c85e1716fee2f3f1d92c72f0aa72261f66e51');
    expect(doc.groups).toHaveLength(1);
    const [group] = doc.groups;
    expect(group.category).toBe('signature-mismatch');
    expect(group.stage).toBe('compile');
    expect(group.detail).toMatchObject({ parameter: 3, difference: 'const' });
    expect(new Set(group.occurrences.map((o: { job: string }) => o.job)).size).toBe(5);
    expect([...new Set(group.occurrences.map((o: { file: string }) => o.file))].sort()).toEqual([
      'engines/ep/src/ep_engine.cc',
      'programs/engine_testapp/engine_testapp.cc',
    ]);
    expect([...new Set(group.occurrences.map((o: { tool: string }) => o.tool))].sort()).toEqual(['clang', 'gcc', 'msvc']);
    expect(doc.jobs.find((j: { name: string }) => j.name === 'kv_engine-clang_format').status).toBe('success');
    expect(group.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the same fingerprint whatever the order and paths of the reports', async () => {
    const seed = fixture(SEED);
    const moved = seed.replaceAll('/home/couchbase/jenkins/workspace/', '/var/lib/jenkins/workspace/').replaceAll('898:46', '901:12');
    const a = JSON.parse((await cli([fixturePath(SEED), '--json'])).out);
    const b = JSON.parse((await cli([file('moved.txt', moved), '--json'])).out);
    expect(b.groups[0].fingerprint).toBe(a.groups[0].fingerprint);
  });

  it('prints the markdown digest by default and exits 0 although the build failed', async () => {
    const { code, out } = await cli([fixturePath(SEED)]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toContain('5 of 6 jobs failed, 1 root cause');
  });

  it('reads standard input', async () => {
    const stdin = new PassThrough();
    stdin.end(fixture(SEED));
    const { readInputFile } = await import('../../src/read-input.js');
    expect(await readInputFile('-', stdin)).toBe(fixture(SEED));
  });
});

describe('CLI on bad input: one line, non-zero, no stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', [join(dir, 'nope.txt')], /nope\.txt: no such file$/],
    ['a directory', [dir], /is a directory/],
    ['an empty file', [file('empty.txt', '')], /empty\.txt: the file is empty$/],
    ['a binary file', [file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]))], /binary file/],
    ['an unknown format', [fixturePath(SEED), '--format', 'pdf'], /unknown format 'pdf'/],
    ['a truncated export', [file('cut.txt', fixture(SEED).slice(0, 2000))], /cut\.txt: truncated Gerrit export/],
    ['no file at all', [], /no input file given/],
    ['an unknown option', [fixturePath(SEED), '--frobnicate'], /Unknown option/],
  ];
  for (const [what, args, message] of cases) {
    it(`rejects ${what}`, async () => {
      const { code, out, err } = await cli(args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.split('\n')[0]).toMatch(message);
      expect(err).not.toMatch(/\n\s+at /);
    });
  }

  it('rejects an unreadable file', async () => {
    if (process.getuid?.() === 0) return; // root reads anything
    const path = file('secret.txt', 'x');
    chmodSync(path, 0);
    const { code, err } = await cli([path]);
    expect(code).toBe(2);
    expect(err).toMatch(/permission denied/);
  });

  it('says "no CI report found" for an export without one, exit 0', async () => {
    const seed = fixture(SEED);
    const start = seed.indexOf('Author: Build Bot');
    const end = seed.lastIndexOf('-'.repeat(20));
    const withoutBot = seed.slice(0, start) + seed.slice(seed.indexOf('\n', end) + 1);
    const path = file('nobot.txt', withoutBot);
    const { code, out } = await cli([path]);
    expect(code).toBe(0);
    expect(out).toContain('no CI report found');
    expect(out).toContain('nobot');
    const json = JSON.parse((await cli([path, '--json'])).out);
    expect(json.jobs).toEqual([]);
    expect(json.groups).toEqual([]);
  });

  void mkdirSync;
});
