import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { LogScanner, type LogScanOptions, type LogScanResult } from './scan.js';

/** Bytes read at a time: large enough that per-read costs vanish, small enough to stay flat. */
export const READ_CHUNK = 4 << 20;

/** Scans a log file in fixed-size reads; memory does not grow with the file. */
export async function scanLogFile(path: string, options?: LogScanOptions): Promise<LogScanResult> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a log file`);
  } catch (error) {
    await handle?.close();
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  }
  const scanner = new LogScanner(options);
  // One buffer for every read: the scanner copies what it keeps.
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      scanner.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return scanner.finish();
}

/** Scans a stream of chunks (stdin, an HTTP body). */
export async function scanLogStream(stream: AsyncIterable<Uint8Array | string>, options?: LogScanOptions): Promise<LogScanResult> {
  const scanner = new LogScanner(options);
  for await (const chunk of stream) scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return scanner.finish();
}
