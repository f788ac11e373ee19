import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import { LogScanner, type LogScanOptions, type LogScanResult } from './scan.js';

/** Bytes read at a time: large enough that per-read costs vanish, small enough to stay flat. */
export const READ_CHUNK = 4 << 20;

/** Scans a log file in fixed-size reads; memory does not grow with the file. */
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
  try {
    if (fstatSync(fd).isDirectory()) throw new InputError(`${path}: is a directory, expected a log file`);
    const scanner = new LogScanner(options);
    // Synchronous reads of a local file are the fastest way through it; 4 MiB
    // blocks the event loop for about a millisecond at a time. The scanner
    // says where to read: straight into the needle search's memory.
    for (;;) {
      const buffer = scanner.readBuffer(READ_CHUNK);
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      scanner.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    }
    return scanner.finish();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  } finally {
    closeSync(fd);
  }
}

/** Scans a stream of chunks (stdin, an HTTP body). */
export async function scanLogStream(stream: AsyncIterable<Uint8Array | string>, options?: LogScanOptions): Promise<LogScanResult> {
  const scanner = new LogScanner(options);
  for await (const chunk of stream) scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return scanner.finish();
}
