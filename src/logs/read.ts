import { closeSync, fstatSync, openSync, read } from 'node:fs';
import { InputError } from '../errors.js';
import { LogScanner, type LogScanOptions, type LogScanResult } from './scan.js';
import { READ_SLOTS } from './needle-search.js';
import type { SearchHelper } from './search-helper.js';
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
 * running the same search on the same memory) two chunks are searched at once.
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
    if (shared && helper && stat.isFile() && stat.size > READ_CHUNK && scanWithHelper(fd, stat.size, scanner, helper)) return scanner.finish();
    const slots = shared
      ? [scanner.readBuffer(READ_CHUNK, 0), scanner.readBuffer(READ_CHUNK, 1)]
      : [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
    let slot = 0;
    pending = readInto(fd, slots[slot]);
    for (;;) {
      const bytesRead = await pending;
      pending = null;
      if (bytesRead === 0) break;
      const current = slots[slot];
      slot = 1 - slot;
      pending = readInto(fd, slots[slot]);
      scanner.push(bytesRead === current.length ? current : current.subarray(0, bytesRead));
    }
    return scanner.finish();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  } finally {
    // Never close the file or free the slots under a read in flight.
    if (pending) await pending.catch(() => 0);
    if (shared) readSlotsBusy = false;
    closeSync(fd);
  }
}

/**
 * The reading loop with a helper, for a regular file of `size` bytes cut
 * into READ_CHUNK chunks. Both threads claim the next chunk in turn, read it
 * into its read slot and search it; this thread also feeds the searched
 * chunks to the scanner in file order, and claims the next chunk itself
 * rather than wait whenever it can. The helper joins when it is up (it takes
 * tens of ms to start). Synchronous reads: the threads hand work over through
 * shared memory, and this thread never needs its event loop for it. Bytes
 * past `size` (a log still being written) are read on alone. False when the
 * helper cannot take this file (nothing was read then).
 */
function scanWithHelper(fd: number, size: number, scanner: LogScanner, helper: SearchHelper): boolean {
  const slots = Array.from({ length: READ_SLOTS }, (_, slot) => scanner.readBuffer(READ_CHUNK, slot));
  if (!helper.beginFile(fd, size, READ_CHUNK, slots.map((slot) => slot.byteOffset))) return false;
  const chunkCount = Math.ceil(size / READ_CHUNK);
  /** Chunks this thread read and searched, until fed. */
  const own = new Map<number, { bytes: Buffer; hits: Uint32Array }>();
  /** Set when the helper was given up in the middle of a chunk: its slots may still be written, so this thread reads into its own buffer. */
  let privateBuffer: Buffer | null = null;
  const readAndSearch = (index: number, into: Buffer): void => {
    const length = Math.min(READ_CHUNK, size - index * READ_CHUNK);
    const bytes = into.subarray(0, readFully(fd, into.subarray(0, length), index * READ_CHUNK));
    own.set(index, { bytes, hits: scanner.hitsOf(bytes) });
  };
  let fed = 0;
  try {
    while (fed < chunkCount) {
      const mine = own.get(fed);
      if (mine) {
        scanner.push(mine.bytes, mine.hits);
        own.delete(fed);
        helper.setFed(++fed);
        continue;
      }
      const done = privateBuffer ? null : helper.result(fed);
      if (done === 'failed') {
        // The helper could not read it: it is done with the slot, so this thread reads it there.
        helper.giveUp();
        readAndSearch(fed, slots[fed % READ_SLOTS]);
        continue;
      }
      if (done) {
        scanner.push(slots[fed % READ_SLOTS].subarray(0, done.bytes), done.hits ?? undefined);
        helper.setFed(++fed);
        continue;
      }
      const index = helper.claim();
      if (index >= 0) {
        readAndSearch(index, privateBuffer ?? slots[index % READ_SLOTS]);
        continue;
      }
      // The chunk due next is the helper's and not searched yet.
      if (!helper.wait(fed)) {
        privateBuffer = Buffer.allocUnsafe(READ_CHUNK);
        readAndSearch(fed, privateBuffer);
      }
    }
  } finally {
    // Cut short (a read failed): never let the caller close the file or reuse the slots under the helper's read.
    if (fed < chunkCount) {
      const claimed = helper.stopClaims();
      if (!privateBuffer) for (let index = fed; index < claimed; index++) if (!own.has(index)) helper.wait(index);
    }
  }
  // Anything written since the size was taken.
  const tail = privateBuffer ?? slots[0];
  for (let position = chunkCount * READ_CHUNK; ; ) {
    const bytes = readFully(fd, tail, position);
    if (bytes === 0) break;
    scanner.push(tail.subarray(0, bytes));
    position += bytes;
  }
  return true;
}

/** Scans a stream of chunks (stdin, an HTTP body). */
export async function scanLogStream(stream: AsyncIterable<Uint8Array | string>, options?: LogScanOptions): Promise<LogScanResult> {
  const scanner = new LogScanner(options);
  for await (const chunk of stream) scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return scanner.finish();
}
