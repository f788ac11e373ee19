import { readFile, stat } from 'node:fs/promises';
import { InputError } from './errors.js';

/** Reads a file (or stdin for `-`) as UTF-8 text, with one-line errors a user can act on. */
export async function readInputFile(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return decode(Buffer.concat(chunks), 'standard input');
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a file`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  }
  return decode(bytes, path);
}

function decode(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${name}: binary file (it contains NUL bytes), expected text`);
  return bytes.toString('utf8');
}
