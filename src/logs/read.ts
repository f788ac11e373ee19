import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import { LogScanner, type LogScanOptions, type LogScanResult } from './scan.js';
import { READ_SLOTS } from './needle-search.js';
import type { SearchHelper } from './search-helper.js';

/** Bytes read at a time: large enough that per-read costs vanish, small enough to stay flat. */
export const READ_CHUNK = 4 << 20;

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
    if (fstatSync(fd).isDirectory()) throw new InputError(`${path}: is a directory, expected a log file`);
    const scanner = new LogScanner(options);
    const stat = fstatSync(fd);
    if (shared && helper && stat.isFile() && stat.size > READ_CHUNK) {
      scanWithHelper(fd, stat.size, scanner, helper);
      return scanner.finish();
    }
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

function readFully(fd: number, into: Buffer, position: number): number {
  let filled = 0;
  while (filled < into.length) {
    const bytes = readSync(fd, into, filled, into.length - filled, position + filled);
    if (bytes === 0) break;
    filled += bytes;
  }
  return filled;
}

/**
 * The reading loop with a helper, for a regular file of `size` bytes. In
 * rounds: the helper reads and searches one chunk while this thread reads
 * and searches the next; then the helper is given the chunk after those
 * before this thread feeds both to the scanner, in file order. The helper
 * joins when it is up (it takes tens of ms to start; until then this thread
 * does every chunk). Bytes past `size` (a log still being written) are read
 * on alone. Synchronous reads: the two threads hand work over through shared
 * memory, and this thread never needs its event loop for it.
 */
function scanWithHelper(fd: number, size: number, scanner: LogScanner, helper: SearchHelper): void {
  const mine = scanner.readBuffer(READ_CHUNK, 0);
  // The helper's two slots: it fills one while the other waits to be fed.
  const helperSlots = [scanner.readBuffer(READ_CHUNK, 1), scanner.readBuffer(READ_CHUNK, 2)];
  let helperSlot = 0;
  let job: { slot: Buffer; position: number } | null = null;
  let position = 0;
  const giveHelper = (): void => {
    if (job || position >= size || !helper.ready) return;
    const slot = helperSlots[helperSlot];
    helperSlot = 1 - helperSlot;
    const length = Math.min(READ_CHUNK, size - position);
    helper.submit(fd, slot.byteOffset, length, position);
    job = { slot: slot.subarray(0, length), position };
    position += length;
  };
  try {
    // Until the helper's last chunk is fed too: it may be given the file's last chunk inside the loop.
    while (position < size || job) {
      giveHelper();
      const minePosition = position;
      const mineBytes = position < size ? readFully(fd, mine.subarray(0, Math.min(READ_CHUNK, size - position)), position) : 0;
      position += mineBytes;
      const mineChunk = mine.subarray(0, mineBytes);
      const mineHits = mineBytes > 0 ? scanner.hitsOf(mineChunk) : null;
      if (job) {
        const done: { slot: Buffer; position: number } = job;
        const result = helper.wait();
        job = null;
        if (!result) {
          // Given up: read that part again here, into this thread's slot (the helper's may still be written).
          scanner.push(readAgain(fd, done.position, done.slot.length));
        } else {
          const chunk = done.slot.subarray(0, result.bytes);
          if (result.bytes < done.slot.length) {
            // The file shrank under us: what follows that part is gone.
            scanner.push(chunk, result.hits ?? undefined);
            position = done.position + result.bytes;
            size = position;
            continue;
          }
          // The helper works on the chunk after these while this thread feeds them.
          giveHelper();
          scanner.push(chunk, result.hits ?? undefined);
        }
      }
      if (mineBytes > 0) scanner.push(mineChunk, mineHits ?? undefined);
      if (mineBytes < Math.min(READ_CHUNK, size - minePosition)) size = position;
    }
  } finally {
    // Never let the caller close the file or reuse the slots under the helper's read.
    if (job) helper.wait();
  }
  // Anything written since the size was taken.
  for (;;) {
    const bytes = readFully(fd, mine, position);
    if (bytes === 0) break;
    scanner.push(mine.subarray(0, bytes));
    position += bytes;
  }
}

function readAgain(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  return buffer.subarray(0, readFully(fd, buffer, position));
}

/** Scans a stream of chunks (stdin, an HTTP body). */
export async function scanLogStream(stream: AsyncIterable<Uint8Array | string>, options?: LogScanOptions): Promise<LogScanResult> {
  const scanner = new LogScanner(options);
  for await (const chunk of stream) scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return scanner.finish();
}
