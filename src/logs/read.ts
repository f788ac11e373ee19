import { closeSync, fstatSync, openSync, read } from 'node:fs';
import { InputError } from '../errors.js';
import { LogScanner, type LogScanOptions, type LogScanResult } from './scan.js';

/** Bytes read at a time: large enough that per-read costs vanish, small enough to stay flat. */
export const READ_CHUNK = 4 << 20;

/** Scans a log file in fixed-size reads; memory does not grow with the file. */
/** The scanners' shared read slots are used by one file reader at a time; others read into their own buffers. */
let readSlotsBusy = false;

function readInto(fd: number, buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}

/**
 * Scans a log file in fixed-size reads; memory does not grow with the file.
 * Double-buffered: the next chunk is read (on libuv's thread pool) while the
 * current one is searched, straight into the needle search's memory.
 */
export async function scanLogFile(path: string, options?: LogScanOptions): Promise<LogScanResult> {
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

/** Scans a stream of chunks (stdin, an HTTP body). */
export async function scanLogStream(stream: AsyncIterable<Uint8Array | string>, options?: LogScanOptions): Promise<LogScanResult> {
  const scanner = new LogScanner(options);
  for await (const chunk of stream) scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return scanner.finish();
}
