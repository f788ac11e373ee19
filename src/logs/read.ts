import { closeSync, fstatSync, openSync, read, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { LogScanner, sharedLogSearch, type LogScanOptions, type LogScanResult } from './scan.js';
import { READ_SLOTS } from './needle-search.js';
import { SearchHelper } from './search-helper.js';
import { readFully } from './read-fully.js';

/**
 * Bytes read at a time: large enough that per-read costs vanish, small enough
 * to stay flat. 2 MiB measured best on the bench log (1, 2, 4 MiB at 200 MiB:
 * 0.18, 0.17, 0.19 s): the read slots' pages are touched (faulted in) once,
 * and a chunk's search runs on cached bytes.
 */
export const READ_CHUNK = 2 << 20;

/** The scanners' shared read slots are used by one file reader at a time; others read into their own buffers. */
let readSlotsBusy = false;

function readInto(fd: number, buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}

/**
 * Scans a log file in fixed-size reads; memory does not grow with the file.
 * Chunks are read (on libuv's thread pool) straight into the needle search's
 * memory while earlier ones are searched. With a `helper` (a second thread
 * running the same search on the same memory) two chunks are searched at
 * once from the moment it is up, while twoThreads.handoverBytes or more of
 * the file are left: until then this loop goes on alone, its reads
 * overlapped with its searches (scanWithHelper's are not: waiting there for
 * the worker to come up made 200 MiB 17 ms slower than one thread).
 */
export async function scanLogFile(path: string, options?: LogScanOptions, helper: SearchHelper | null = null): Promise<LogScanResult> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  }
  const shared = !readSlotsBusy;
  readSlotsBusy = true;
  let pending: Promise<number> | null = null;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory, expected a log file`);
    const scanner = new LogScanner(options);
    const withHelper = shared && helper && stat.isFile() ? helper : null;
    const slots = shared
      ? [scanner.readBuffer(READ_CHUNK, 0), scanner.readBuffer(READ_CHUNK, 1)]
      : [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
    let slot = 0;
    /** Bytes read so far; all reads full so far (the next chunk starts at a chunk boundary). */
    let position = 0;
    let wholeChunks = true;
    pending = readInto(fd, slots[slot]);
    for (;;) {
      const bytesRead = await pending;
      pending = null;
      if (bytesRead === 0) break;
      position += bytesRead;
      wholeChunks &&= bytesRead === READ_CHUNK;
      const current = slots[slot];
      slot = 1 - slot;
      if (withHelper && wholeChunks && withHelper.up && stat.size - position >= twoThreads.handoverBytes) {
        // The helper is up: the rest on two threads, from the next chunk on (no read in flight now).
        scanner.push(current);
        if (scanWithHelper(fd, stat.size, scanner, withHelper, position / READ_CHUNK)) return scanner.finish();
        pending = readInto(fd, slots[slot]);
        continue;
      }
      pending = readInto(fd, slots[slot]);
      scanner.push(bytesRead === current.length ? current : current.subarray(0, bytesRead));
    }
    return scanner.finish();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  } finally {
    // Never close the file or free the slots under a read in flight: ours, or a given-up helper's.
    if (pending) await pending.catch(() => 0);
    if (helper?.givenUp) await helper.stopped();
    if (shared) readSlotsBusy = false;
    closeSync(fd);
  }
}

/**
 * The reading loop with a helper, for a regular file of `size` bytes cut
 * into READ_CHUNK chunks. Both threads claim the next chunk in turn, read it
 * into its read slot and search it; this thread also feeds the searched
 * chunks to the scanner in file order, and claims the next chunk itself
 * rather than wait whenever it can. Begins at `firstChunk` (the chunks
 * before it were read on this thread alone, while the helper came up: it
 * takes tens of ms to start). Synchronous reads: the threads hand work over through
 * shared memory, and this thread never needs its event loop for it. Bytes
 * past `size` (a log still being written) are read on alone. False when the
 * helper cannot take this file (nothing was read then).
 *
 * When the helper fails, hangs or the reading fails, the helper is given up
 * (helper.givenUp): it may still be reading a chunk into its slot, so this
 * thread reads the rest into a buffer of its own, and the caller must wait
 * for the helper's thread to end before it closes the file or lets the slots
 * be used again.
 */
function scanWithHelper(fd: number, size: number, scanner: LogScanner, helper: SearchHelper, firstChunk = 0): boolean {
  const slots = Array.from({ length: READ_SLOTS }, (_, slot) => scanner.readBuffer(READ_CHUNK, slot));
  if (!helper.beginFile(fd, size, READ_CHUNK, slots.map((slot) => slot.byteOffset), firstChunk)) return false;
  const chunkCount = Math.ceil(size / READ_CHUNK);
  const lengthOf = (index: number) => Math.min(READ_CHUNK, size - index * READ_CHUNK);
  /** Chunks this thread read and searched, until fed. */
  const own = new Map<number, { bytes: Buffer; hits: Uint32Array }>();
  const readAndSearch = (index: number, into: Buffer): void => {
    const bytes = into.subarray(0, readFully(fd, into.subarray(0, lengthOf(index)), index * READ_CHUNK));
    own.set(index, { bytes, hits: scanner.hitsOf(bytes) });
  };
  let fed = firstChunk;
  /** Feeds chunk `fed`; false when it came out short (the file shrank while read: the rest is gone). */
  const feed = (bytes: Buffer, hits: Uint32Array | undefined): boolean => {
    scanner.push(bytes, hits);
    return bytes.length === lengthOf(fed++);
  };
  const shrank = (): boolean => {
    helper.giveUp();
    return true;
  };
  try {
    while (fed < chunkCount && !helper.givenUp) {
      const mine = own.get(fed);
      if (mine) {
        own.delete(fed);
        if (!feed(mine.bytes, mine.hits)) return shrank();
        helper.setFed(fed);
        continue;
      }
      const done = helper.result(fed);
      if (done === 'failed') {
        helper.giveUp();
        break;
      }
      if (done) {
        if (!feed(slots[fed % READ_SLOTS].subarray(0, done.bytes), done.hits ?? undefined)) return shrank();
        helper.setFed(fed);
        continue;
      }
      const index = helper.claim();
      if (index >= 0) readAndSearch(index, slots[index % READ_SLOTS]);
      // The chunk due next is the helper's and not searched yet; false: given up.
      else helper.wait(fed);
    }
    if (fed < chunkCount) {
      // Given up: on alone, in order. Chunks this thread read are in slots the
      // helper cannot be writing (both were claimed in the same window of
      // READ_SLOTS chunks); the others are read again, into a buffer of its own.
      const privateBuffer = Buffer.allocUnsafe(READ_CHUNK);
      while (fed < chunkCount) {
        if (!own.has(fed)) readAndSearch(fed, privateBuffer);
        const chunk = own.get(fed)!;
        own.delete(fed);
        if (!feed(chunk.bytes, chunk.hits)) return shrank();
      }
      readTail(fd, size, privateBuffer, scanner);
      return true;
    }
  } catch (error) {
    helper.giveUp();
    throw error;
  }
  // From `size`, not the end of the last chunk: that one was read only up to `size`.
  readTail(fd, size, slots[0], scanner);
  return true;
}

/** Anything written since the size was taken: read on from `position` until the end. */
function readTail(fd: number, position: number, buffer: Buffer, scanner: LogScanner): void {
  for (;;) {
    const bytes = readFully(fd, buffer, position);
    if (bytes === 0) return;
    scanner.push(buffer.subarray(0, bytes));
    position += bytes;
  }
}

/**
 * When a second thread pays (measured on a 2-core VM, the CLI on the bench's
 * log, best of 7; tests lower both to reach the two-thread code with small files).
 */
export const twoThreads = {
  /**
   * Bytes of log, in files of handoverBytes or more, from which the worker is
   * started. Its start costs some 35 ms of CPU, taken from the reading loop,
   * and two threads then read only ~25% faster than one with its reads
   * overlapped (one thread vs two: 200 MiB 113 vs 127 ms, 400 MiB even,
   * 600 MiB 252 vs 237 ms, 1 GiB 264 vs 243 ms).
   */
  minBytes: 384 << 20,
  /**
   * Bytes of a file left to read for the worker to take over: handing over
   * costs more than it gains on short runs (400 MiB in 100 files of 4 MiB:
   * 243 vs 205 ms; in 13 files of 32 MiB: even; a 200 MiB file read while
   * the worker is up: 28 vs 46 ms).
   */
  handoverBytes: 32 << 20,
};

/**
 * Reads log files one after another (the CLI's, the action's `logs`), big
 * ones on two threads when the entry point has the search worker's script.
 * close() when done.
 */
export class LogFileReader {
  private helper: SearchHelper | null = null;
  /** Once tried, the worker is not tried again (no script, no shared memory, one core). */
  private helperTried = false;
  private readonly announced = new Set<string>();
  private bigBytes = 0;

  constructor(private readonly searchWorker: URL | null | undefined) {}

  /**
   * These files are to be read: starts the worker now if they add up to
   * enough to gain from it (it takes tens of ms to come up; reading goes on
   * alone meanwhile).
   */
  expect(paths: string[]): void {
    if (this.helperTried || !this.searchWorker) return;
    for (const path of paths) {
      const file = resolve(path);
      if (this.announced.has(file)) continue;
      this.announced.add(file);
      try {
        const stat = statSync(file);
        if (stat.isFile() && stat.size >= twoThreads.handoverBytes) this.bigBytes += stat.size;
      } catch {
        // Not readable now: scan() says why.
      }
    }
    if (this.bigBytes === 0 || this.bigBytes < twoThreads.minBytes) return;
    this.helperTried = true;
    if (availableParallelism() >= 2) this.helper = SearchHelper.start(this.searchWorker, sharedLogSearch());
  }

  async scan(path: string, options?: LogScanOptions): Promise<LogScanResult> {
    this.expect([path]);
    return scanLogFile(path, options, this.helper);
  }

  close(): void {
    this.helper?.close();
  }
}

/** Scans a stream of chunks (stdin, an HTTP body). */
export async function scanLogStream(stream: AsyncIterable<Uint8Array | string>, options?: LogScanOptions): Promise<LogScanResult> {
  const scanner = new LogScanner(options);
  for await (const chunk of stream) scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return scanner.finish();
}
