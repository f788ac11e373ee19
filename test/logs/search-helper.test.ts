import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { READ_CHUNK, scanLogFile, twoThreads } from '../../src/logs/read.js';
import { scanLogText, sharedLogSearch } from '../../src/logs/scan.js';
import { SearchHelper } from '../../src/logs/search-helper.js';

/**
 * The second search thread (dist/search-worker/index.js, bundled by the
 * global setup) must change how fast a log file is read, never what is found.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/logs');
const WORKER = new URL('../../dist/search-worker/index.js', import.meta.url);
const read = (name: string) => readFileSync(join(FIXTURES, name));

async function startedHelper(): Promise<SearchHelper> {
  const helper = SearchHelper.start(WORKER, sharedLogSearch());
  expect(helper, 'the search worker bundle is missing: run npm run bundle').not.toBeNull();
  for (let waited = 0; !helper!.up; waited += 10) {
    if (waited > 10_000) throw new Error('the search worker did not come up');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return helper!;
}

let dir: string;
const tuning = { ...twoThreads };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bt-helper-'));
  // Files of a few chunks here: the helper takes over whatever is left.
  twoThreads.handoverBytes = 1;
});
afterAll(() => {
  Object.assign(twoThreads, tuning);
  rmSync(dir, { recursive: true, force: true });
});

/** Real logs between progress lines, so that reads cut lines, diagnostics and their lead lines everywhere. */
function bigLog(name: string, copies: number, fillerLines: number): Buffer {
  const parts: Buffer[] = [];
  const logs = ['ninja-gcc-color.log', 'make-clang.log', 'ninja-gcc-tty.log'].map(read);
  for (let i = 0; i < copies; i++) {
    parts.push(Buffer.from(`[${i}/9] Building CXX object CMakeFiles/engine_error${i}.dir/y.cc.o\r\n`.repeat(fillerLines + i * 331)));
    parts.push(logs[i % logs.length]);
  }
  const bytes = Buffer.concat(parts);
  writeFileSync(join(dir, name), bytes);
  return bytes;
}

describe('log files searched on two threads', () => {
  it('finds exactly what one thread finds, with the helper doing part of the chunks', async () => {
    const bytes = bigLog('two-threads.log', 12, 40_000);
    expect(bytes.length).toBeGreaterThan(5 * READ_CHUNK);
    const helper = await startedHelper();
    const results = vi.spyOn(helper, 'result');
    try {
      const helped = await scanLogFile(join(dir, 'two-threads.log'), undefined, helper);
      const alone = await scanLogFile(join(dir, 'two-threads.log'));
      // Chunks the helper read and searched, fed from its slots.
      expect(results.mock.results.filter((r) => typeof r.value === 'object' && r.value !== null).length).toBeGreaterThan(0);
      expect(helped.bytes).toBe(bytes.length);
      expect(helped.diagnostics).toEqual(alone.diagnostics);
      expect(helped.failedTargets).toEqual(alone.failedTargets);
      expect(helped.linesExamined).toBe(alone.linesExamined);
      expect(helped.diagnostics).toEqual(scanLogText(bytes).diagnostics);
      expect(helped.diagnostics.length).toBeGreaterThan(12);
    } finally {
      helper.close();
    }
  });

  it('a helper that comes up mid-file takes over from the next chunk: the chunks before are read here, the result is the same', async () => {
    const bytes = bigLog('mid-file.log', 12, 40_000);
    const chunks = Math.ceil(bytes.length / READ_CHUNK);
    expect(chunks).toBeGreaterThan(8);
    const helper = await startedHelper();
    // Seen as not up for the first 4 chunks (as while its thread starts), then as it is.
    let asked = 0;
    const up = vi.spyOn(helper, 'up', 'get').mockImplementation(() => ++asked > 4);
    const begins = vi.spyOn(helper, 'beginFile');
    const results = vi.spyOn(helper, 'result');
    try {
      const helped = await scanLogFile(join(dir, 'mid-file.log'), undefined, helper);
      expect(begins).toHaveBeenCalledOnce();
      expect(begins.mock.calls[0][4]).toBe(5);
      // The helper's chunks all come after the handover.
      const helperChunks = results.mock.calls.filter((_, k) => typeof results.mock.results[k].value === 'object' && results.mock.results[k].value !== null).map(([index]) => index);
      expect(helperChunks.length).toBeGreaterThan(0);
      expect(Math.min(...helperChunks)).toBeGreaterThanOrEqual(5);
      expect(helped.bytes).toBe(bytes.length);
      expect(helped.diagnostics).toEqual(scanLogText(bytes).diagnostics);
      expect(helped.linesExamined).toBe((await scanLogFile(join(dir, 'mid-file.log'))).linesExamined);
    } finally {
      up.mockRestore();
      helper.close();
    }
  });

  it('a log still being written when the helper takes over: the bytes past the size first seen are read too', async () => {
    const path = join(dir, 'growing.log');
    const filler = `${'x'.repeat(99)}\n`;
    // Not a whole number of chunks: the last chunk is read only up to the size seen at the start.
    writeFileSync(path, filler.repeat(Math.floor((5 * READ_CHUNK + 50_000) / 100)));
    const helper = await startedHelper();
    let asked = 0;
    vi.spyOn(helper, 'up', 'get').mockImplementation(() => ++asked > 2);
    const beginFile = helper.beginFile.bind(helper);
    vi.spyOn(helper, 'beginFile').mockImplementation((...args) => {
      appendFileSync(path, `${filler.repeat(5000)}src/a.cc:1:1: error: written later\n${filler.repeat(5000)}`);
      return beginFile(...args);
    });
    try {
      const helped = await scanLogFile(path, undefined, helper);
      const all = readFileSync(path);
      expect(helped.bytes).toBe(all.length);
      expect(helped.diagnostics.map((d) => d.message)).toContain('written later');
      expect(helped.diagnostics).toEqual(scanLogText(all).diagnostics);
    } finally {
      helper.close();
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('a file of %i chunks and a bit: every byte is read, whichever thread gets the last chunk', async (chunks) => {
    const line = 'src/a.cc:1:1: error: boom\n';
    const bytes = Buffer.alloc(chunks * READ_CHUNK + 1000, 'x');
    for (let at = 0; at + 100 < bytes.length; at += READ_CHUNK / 2) bytes.write(`\n${line}`, at + 50, 'latin1');
    writeFileSync(join(dir, `chunks-${chunks}.log`), bytes);
    const helper = await startedHelper();
    try {
      const helped = await scanLogFile(join(dir, `chunks-${chunks}.log`), undefined, helper);
      expect(helped.bytes).toBe(bytes.length);
      expect(helped.diagnostics).toEqual(scanLogText(bytes).diagnostics);
    } finally {
      helper.close();
    }
  });

  it('a needle cut by a read boundary is found once, whichever thread has either half', async () => {
    // "error:" across every read boundary, each in a GCC diagnostic line.
    const line = (n: number) => `src/f${n}.cc:${n}:1: error: 'x${n}' was not declared in this scope\n`;
    const parts: string[] = [];
    let size = 0;
    for (let n = 1; n <= 5; n++) {
      const boundary = n * READ_CHUNK;
      const text = line(n);
      const cut = text.indexOf('error') + 2;
      const fill = boundary - size - cut;
      const filler = 'x'.repeat(79) + '\n';
      parts.push(filler.repeat(Math.floor(fill / 80)), '.'.repeat(fill % 80), text);
      size = boundary - cut + text.length;
    }
    const bytes = Buffer.from(parts.join(''), 'latin1');
    writeFileSync(join(dir, 'boundaries.log'), bytes);
    for (let n = 1; n <= 5; n++) expect(bytes.subarray(n * READ_CHUNK - 2, n * READ_CHUNK + 3).toString('latin1')).toBe('error');
    const helper = await startedHelper();
    try {
      const helped = await scanLogFile(join(dir, 'boundaries.log'), undefined, helper);
      const messages = helped.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      expect(messages).toEqual([1, 2, 3, 4, 5].map((n) => `'x${n}' was not declared in this scope`));
    } finally {
      helper.close();
    }
  });

  it('more hits in a chunk than the helper can hand over: that chunk is searched again here, same result', async () => {
    const dense = Buffer.from('rror rror rror rror\n'.repeat(Math.ceil((3 * READ_CHUNK) / 20)));
    const bytes = Buffer.concat([dense, read('make-clang.log')]);
    writeFileSync(join(dir, 'dense.log'), bytes);
    const helper = await startedHelper();
    const results = vi.spyOn(helper, 'result');
    try {
      const helped = await scanLogFile(join(dir, 'dense.log'), undefined, helper);
      // The helper's chunks of "rror"s come back without hits: too many to hand over.
      expect(results.mock.results.some((r) => typeof r.value === 'object' && r.value !== null && r.value.hits === null)).toBe(true);
      expect(helped.diagnostics).toEqual((await scanLogFile(join(dir, 'dense.log'))).diagnostics);
      expect(helped.linesExamined).toBeGreaterThan(0);
    } finally {
      helper.close();
    }
  });

  it('a helper that cannot read is given up and its chunk is read again here', async () => {
    const bytes = bigLog('failing.log', 6, 40_000);
    const helper = await startedHelper();
    // The helper is told a descriptor that is not open: its reads fail.
    const beginFile = helper.beginFile.bind(helper);
    vi.spyOn(helper, 'beginFile').mockImplementation((_fd, ...rest) => beginFile(1_000_000, ...rest));
    const results = vi.spyOn(helper, 'result');
    try {
      const helped = await scanLogFile(join(dir, 'failing.log'), undefined, helper);
      expect(results.mock.results.some((r) => r.value === 'failed')).toBe(true);
      expect(helper.up).toBe(false);
      expect(helped.bytes).toBe(bytes.length);
      expect(helped.diagnostics).toEqual(scanLogText(bytes).diagnostics);
    } finally {
      helper.close();
    }
  });

  it('a helper that hangs on its chunk is given up; what it writes into its slot afterwards never reaches the results', async () => {
    const bytes = bigLog('hang.log', 30, 40_000);
    expect(bytes.length).toBeGreaterThan(20 * READ_CHUNK);
    const hanging = SearchHelper.start(new URL('../support/hanging-search-worker.mjs', import.meta.url), sharedLogSearch(), { chunkTimeoutMs: 100 })!;
    for (let waited = 0; !hanging.up; waited += 10) {
      if (waited > 10_000) throw new Error('the hanging worker did not come up');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const helped = await scanLogFile(join(dir, 'hang.log'), undefined, hanging);
    expect(hanging.givenUp).toBe(true);
    expect(helped.bytes).toBe(bytes.length);
    expect(helped.diagnostics).toEqual(scanLogText(bytes).diagnostics);
    // Its thread has ended before the scan returned: the next file gets clean slots.
    const next = await scanLogFile(join(dir, 'hang.log'), undefined, hanging);
    expect(next.diagnostics).toEqual(helped.diagnostics);
  });

  it('a read that fails in this thread ends the scan at once with the error, and the next scan works', async () => {
    const bytes = bigLog('read-error.log', 6, 40_000);
    const helper = await startedHelper();
    const readFully = await import('../../src/logs/read-fully.js');
    const real = readFully.readFully;
    const spy = vi.spyOn(readFully, 'readFully').mockImplementationOnce(() => {
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    });
    try {
      const started = Date.now();
      await expect(scanLogFile(join(dir, 'read-error.log'), undefined, helper)).rejects.toThrow(/cannot read \(EIO\)/);
      expect(Date.now() - started).toBeLessThan(5_000);
      spy.mockImplementation(real);
      const again = await scanLogFile(join(dir, 'read-error.log'), undefined, helper);
      expect(again.diagnostics).toEqual(scanLogText(bytes).diagnostics);
    } finally {
      spy.mockRestore();
      helper.close();
    }
  });

  // One core: the reader does not start a second thread at all.
  it('a file with less than handoverBytes left stays on this thread, the helper up or not', async () => {
    const bytes = bigLog('short-run.log', 4, 40_000);
    const helper = await startedHelper();
    const begins = vi.spyOn(helper, 'beginFile');
    twoThreads.handoverBytes = bytes.length;
    try {
      const result = await scanLogFile(join(dir, 'short-run.log'), undefined, helper);
      expect(begins).not.toHaveBeenCalled();
      expect(result.diagnostics).toEqual(scanLogText(bytes).diagnostics);
      // With room enough, the same file is handed over after its first chunk.
      twoThreads.handoverBytes = bytes.length - READ_CHUNK;
      await scanLogFile(join(dir, 'short-run.log'), undefined, helper);
      expect(begins).toHaveBeenCalledOnce();
      expect(begins.mock.calls[0][4]).toBe(1);
    } finally {
      twoThreads.handoverBytes = 1;
      helper.close();
    }
  });

  it.skipIf(availableParallelism() < 2)('the CLI and the action start the helper for logs that add up to twoThreads.minBytes, not for less', async () => {
    const bytes = bigLog('entry-points.log', 24, 40_000);
    const big = join(dir, 'entry-points.log');
    const big2 = join(dir, 'entry-points-2.log');
    writeFileSync(big2, bytes);
    const small = join(dir, 'small.log');
    writeFileSync(small, read('make-clang.log'));
    const starts = vi.spyOn(SearchHelper, 'start');
    const { readCliInputs } = await import('../../src/cli-inputs.js');
    const { readLogFiles } = await import('../../src/publish/fetch-logs.js');
    const { silentLogger: logger } = await import('../../src/logger.js');
    const threshold = twoThreads.minBytes;
    try {
      // Below the threshold (hundreds of MiB): one thread, even for a log of many chunks.
      expect(bytes.length).toBeLessThan(threshold);
      await readCliInputs([], [small, big], { searchWorker: WORKER });
      await readLogFiles([small, big], logger, WORKER);
      expect(starts).not.toHaveBeenCalled();
      // Two big logs that add up to it: the helper is started, once per reader; results unchanged.
      twoThreads.minBytes = Math.ceil(bytes.length * 1.5);
      const cli = await readCliInputs([], [small], { searchWorker: WORKER });
      expect(starts).not.toHaveBeenCalled();
      const both = await readCliInputs([], [big, `second=${big2}`], { searchWorker: WORKER });
      const action = await readLogFiles([big, small, big2], logger, WORKER);
      expect(starts).toHaveBeenCalledTimes(2);
      expect(cli.logs[0].scan?.diagnostics.length).toBeGreaterThan(0);
      for (const log of [both.logs[0], both.logs[1], action.find((l) => l.source === big)!]) {
        expect(log.scan?.bytes).toBe(bytes.length);
        expect(log.scan?.diagnostics).toEqual(scanLogText(bytes).diagnostics);
      }
    } finally {
      twoThreads.minBytes = threshold;
      starts.mockRestore();
    }
  });

  it('no worker script (running from source): no helper, and nothing else changes', () => {
    expect(SearchHelper.start(new URL('file:///nonexistent/search-worker/index.js'), sharedLogSearch())).toBeNull();
  });
});
