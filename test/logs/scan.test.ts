import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiagnostics } from '../../src/diagnostics/index.js';
import { LogScanner, scanLogText } from '../../src/logs/scan.js';
import { cleanLogLine } from '../../src/logs/clean.js';
import type { Diagnostic } from '../../src/types.js';
import { prng } from '../helpers/prng.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/logs');
const read = (name: string) => readFileSync(join(FIXTURES, name));

/** The slow reference: every line of the whole text, cleaned, through the scanner. */
function referenceErrors(bytes: Buffer): Diagnostic[] {
  const lines = bytes.toString('utf8').split(/\r\n|\n|\r/).map(cleanLogLine);
  return parseDiagnostics(lines.join('\n')).filter((d) => d.severity !== 'warning');
}

const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity !== 'warning');


function scanInChunks(bytes: Buffer, random: () => number, maxChunk: number) {
  const scanner = new LogScanner();
  let at = 0;
  while (at < bytes.length) {
    const size = 1 + Math.floor(random() * maxChunk);
    // A fresh copy each time, like a socket would hand over.
    scanner.push(Uint8Array.from(bytes.subarray(at, at + size)));
    at += size;
  }
  return scanner.finish();
}

describe('LogScanner on real build logs', () => {
  const logs = readdirSync(FIXTURES).filter((f) => f.endsWith('.log'));

  it.each(logs)('%s: finds every error the whole-text scan finds, with its notes', (name) => {
    const bytes = read(name);
    const expected = referenceErrors(bytes);
    expect(expected.length).toBeGreaterThan(0);
    expect(errorsOf(scanLogText(bytes).diagnostics)).toEqual(expected);
  });

  it.each(logs)('%s: same result whatever the chunk boundaries', (name) => {
    const bytes = read(name);
    const whole = scanLogText(bytes);
    for (const [seed, maxChunk] of [[1, 1], [2, 3], [3, 17], [4, 64], [5, 500], [6, 5000]]) {
      const chunked = scanInChunks(bytes, prng(seed), maxChunk);
      expect(chunked.diagnostics, `seed ${seed}`).toEqual(whole.diagnostics);
      expect(chunked.failedTargets).toEqual(whole.failedTargets);
      expect(chunked.bytes).toBe(bytes.length);
    }
  });

  it('reads GCC colours, ninja FAILED targets and keeps the notes', () => {
    const result = scanLogText(read('ninja-gcc-color.log'));
    const errors = errorsOf(result.diagnostics);
    expect(errors.map((d) => `${d.file}:${d.line}`)).toEqual(
      expect.arrayContaining(['src/callbacks.cc:4', 'src/engine.cc:5', 'src/engine.cc:6']),
    );
    expect(errors.every((d) => !d.message.includes('\x1b'))).toBe(true);
    const conversion = errors.find((d) => d.message.includes('invalid conversion'))!;
    expect(conversion.context.some((c) => c.includes('initializing argument 1'))).toBe(true);
    expect(result.failedTargets).toEqual(
      expect.arrayContaining(['linkfail', 'CMakeFiles/engine.dir/callbacks.cc.o', 'CMakeFiles/engine.dir/engine.cc.o']),
    );
  });

  it('reads a terminal capture: \\r progress redraws and CRLF', () => {
    const bytes = read('ninja-gcc-tty.log');
    expect(bytes.includes('\r\x1b[K')).toBe(false); // redraws end with ESC[K then \r
    expect(bytes.includes('\r\n')).toBe(true);
    const result = scanLogText(bytes);
    const errors = errorsOf(result.diagnostics);
    expect(errors.map((d) => d.message)).toContain('‘missing_fn’ was not declared in this scope');
    expect(errors.every((d) => !d.message.includes('\r') && !d.context.some((c) => c.includes('\r')))).toBe(true);
    expect(result.failedTargets).toContain('linkfail');
  });

  it('reads make targets from GNU make 4 lines', () => {
    const result = scanLogText(read('make-clang.log'));
    expect(result.failedTargets).toEqual(
      expect.arrayContaining(['CMakeFiles/engine.dir/engine.cc.o', 'CMakeFiles/engine.dir/callbacks.cc.o', 'linkfail', 'all']),
    );
  });
});

describe('CI noise around the lines', () => {
  const clean = read('make-clang.log');
  const expected = errorsOf(scanLogText(clean).diagnostics);

  function decorate(prefix: (i: number) => string, eol: string): Buffer {
    const lines = clean.toString('utf8').split('\n');
    return Buffer.from(
      lines
        .map((line, i) => {
          // Progress redraws before some lines, as a terminal capture shows them.
          const redraw = i % 3 === 0 ? `\x1b[1m[${i}/99] Building\x1b[0m\x1b[K\r` : '';
          return `${prefix(i)}${redraw}${line}`;
        })
        .join(eol),
    );
  }

  it.each([
    ['GitHub Actions timestamps', (i: number) => `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.1234567Z `, '\n'],
    ['Jenkins timestamper, system time', (i: number) => `[2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.123Z] `, '\n'],
    ['Jenkins timestamper, elapsed time, CRLF', (i: number) => `00:00:${String(i % 60).padStart(2, '0')}.234 `, '\r\n'],
    ['Jenkins console notes and colours', (i: number) => `\x1b[8mha:////4LXa${i}AAAA=\x1b[0m\x1b[32m`, '\n'],
  ])('%s', (_name, prefix, eol) => {
    expect(expected.length).toBeGreaterThan(2);
    const noisy = decorate(prefix, eol);
    const result = scanLogText(noisy);
    expect(errorsOf(result.diagnostics)).toEqual(expected);
    expect(result.failedTargets).toEqual(scanLogText(clean).failedTargets);
  });

  it('cuts a line longer than the limit instead of holding it', () => {
    const huge = Buffer.concat([Buffer.from('x'.repeat(3 << 20)), Buffer.from('\nsrc/a.cc:1:2: error: boom\n')]);
    const result = scanLogText(huge, { maxLineLength: 1024 });
    expect(errorsOf(result.diagnostics).map((d) => d.message)).toEqual(['boom']);
  });
});

describe('reading files', () => {
  it.each(['ninja-gcc-color.log', 'ninja-gcc-tty.log', 'make-clang.log'])('%s: scanLogFile (read into the search memory) = scanLogText', async (name) => {
    const { scanLogFile } = await import('../../src/logs/read.js');
    const fromFile = await scanLogFile(join(FIXTURES, name));
    const fromText = scanLogText(read(name));
    expect(fromFile.diagnostics).toEqual(fromText.diagnostics);
    expect(fromFile.failedTargets).toEqual(fromText.failedTargets);
  });

  it('a file larger than one read, lines cut at every read boundary', async () => {
    const { scanLogFile, READ_CHUNK } = await import('../../src/logs/read.js');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'bt-logs-'));
    try {
      const log = read('ninja-gcc-color.log');
      // Progress lines up to just past the first read, then the real log, three times over.
      const filler = Buffer.from('[1/2] Building CXX object CMakeFiles/x.dir/y.cc.o\n'.repeat(Math.ceil(READ_CHUNK / 50) + 7));
      const bytes = Buffer.concat([filler, log, filler, log, filler, log]);
      const path = join(dir, 'big.log');
      writeFileSync(path, bytes);
      const fromFile = await scanLogFile(path);
      expect(fromFile.bytes).toBe(bytes.length);
      expect(fromFile.diagnostics).toEqual(scanLogText(bytes).diagnostics);
      expect(errorsOf(fromFile.diagnostics)).toHaveLength(3 * errorsOf(scanLogText(log).diagnostics).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('which lines are examined', () => {
  it('skips "error" inside a word (file names in progress lines), not in a diagnostic', () => {
    const progress = '[1/9] Building CXX object src/CMakeFiles/x.dir/error_map.cc.o\n[2/9] Building CXX object src/CMakeFiles/x.dir/engine_error12.cc.o\n';
    expect(scanLogText(progress.repeat(100)).linesExamined).toBe(0);
    const withError = progress + read('ninja-gcc-color.log').toString('utf8') + progress;
    const result = scanLogText(withError);
    expect(errorsOf(result.diagnostics)).toEqual(errorsOf(scanLogText(read('ninja-gcc-color.log')).diagnostics));
    expect(result.linesExamined).toBeLessThan(withError.split('\n').length);
  });
});

describe('hostile bytes', () => {
  it('random bytes dense in line ends, escapes and needle pieces: no crash, same result in any chunking', () => {
    const random = prng(7);
    const pieces = ['\n', '\r', '\r\n', '\x1b[31m', '\x1b[8m', '\x1b[0m', 'error', ': error: ', 'FAILED: ', '`', 'undefined reference', ' ', '\t', 'a.cc:1:2', 'note: ', '2024-01-01T00:00:00.0000000Z ', '[00:00:01.234] ', '\u00e9', '\xff', 'make: *** [x] Error 1', '##[group]', '##[error]'];
    for (let round = 0; round < 5; round++) {
      const parts: Buffer[] = [];
      for (let i = 0; i < 4000; i++) parts.push(Buffer.from(pieces[Math.floor(random() * pieces.length)], 'latin1'));
      const bytes = Buffer.concat(parts);
      const whole = scanLogText(bytes, { maxLineLength: 300 });
      const chunked = scanInChunks(bytes, random, 97);
      expect(chunked.bytes).toBe(bytes.length);
      expect(chunked.diagnostics).toEqual(scanLogText(bytes).diagnostics);
      expect(whole.diagnostics.length).toBeGreaterThan(0);
      // And with a short line limit.
      const scanner = new LogScanner({ maxLineLength: 300 });
      let at = 0;
      while (at < bytes.length) {
        const size = 1 + Math.floor(random() * 500);
        scanner.push(bytes.subarray(at, at + size));
        at += size;
      }
      expect(scanner.finish().diagnostics).toEqual(whole.diagnostics);
    }
  });
});
