import { readSync } from 'node:fs';

/**
 * Fills `into` from `position` of file `fd` (a read may return less than
 * asked for); returns the bytes read, fewer only at the end of the file.
 */
export function readFully(fd: number, into: Buffer, position: number): number {
  let filled = 0;
  while (filled < into.length) {
    const bytes = readSync(fd, into, filled, into.length - filled, position + filled);
    if (bytes === 0) break;
    filled += bytes;
  }
  return filled;
}
