import { open } from 'node:fs/promises';
import { InputError } from './errors.js';
import { detectFormat, readReview } from './ingest/index.js';
import { findBotReports } from './reports/index.js';
import { readInputFile } from './read-input.js';
import { LogFileReader, LogScanner, type JobLog, type LogScanResult } from './logs/index.js';

/**
 * The CLI's inputs: at most one review or bot report, read whole (it is
 * small), and any number of logs, streamed. A positional file is a report
 * when its head looks like one (a Gerrit export, or a bot's `<url> : FAILURE`
 * job lines), otherwise a log.
 */

export interface CliInputs {
  report: { text: string; sourceName: string } | null;
  logs: JobLog[];
}

const SNIFF_BYTES = 64 * 1024;

/**
 * A report is what the report stage recognises: a Gerrit export, or text in
 * which some bot dialect finds a report (so a dialect added there counts here).
 */
export function looksLikeReport(head: string): boolean {
  if (head.trim() === '') return false;
  if (detectFormat(head) === 'gerrit-export') return true;
  try {
    return findBotReports(readReview(head, 'input')).length > 0;
  } catch {
    return false;
  }
}

async function readHead(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, expected a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  } finally {
    await handle?.close();
  }
}

/** stdin: the head decides; a log is then streamed on, a report read whole. */
async function readStdin(stdin: NodeJS.ReadableStream, forceLog: boolean): Promise<{ report: string | null; log: JobLog | null }> {
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    headBytes += chunk.length;
  }
  const headBuffer = Buffer.concat(head);
  if (!forceLog && looksLikeReport(headBuffer.toString('utf8'))) {
    const rest: Buffer[] = [headBuffer];
    if (!done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(Buffer.from(next.value));
    return { report: Buffer.concat(rest).toString('utf8'), log: null };
  }
  const scanner = new LogScanner();
  scanner.push(headBuffer);
  if (!done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) scanner.push(Buffer.from(next.value));
  return { report: null, log: { job: null, source: 'standard input', scan: scanner.finish(), problem: null } };
}

/** `--log FILE` or `--log JOB=FILE`. */
function splitLogArgument(argument: string): { job: string | null; path: string } {
  const eq = argument.indexOf('=');
  if (eq > 0 && !argument.slice(0, eq).includes('/')) return { job: argument.slice(0, eq), path: argument.slice(eq + 1) };
  return { job: null, path: argument };
}

export async function readCliInputs(
  positionals: string[],
  logArguments: string[],
  options: {
    positionalsAreReports?: boolean;
    stdin?: NodeJS.ReadableStream;
    /** The search worker's script (dist/search-worker/index.js): log files are then searched on two threads. */
    searchWorker?: URL;
  } = {},
): Promise<CliInputs> {
  const reader = new LogFileReader(options.searchWorker);
  reader.expect(logArguments.map((argument) => splitLogArgument(argument).path).filter((path) => path !== '-'));
  try {
    return await readInputs(positionals, logArguments, options, (path) => reader.scan(path));
  } finally {
    reader.close();
  }
}

async function readInputs(
  positionals: string[],
  logArguments: string[],
  options: { positionalsAreReports?: boolean; stdin?: NodeJS.ReadableStream },
  scanFile: (path: string) => Promise<LogScanResult>,
): Promise<CliInputs> {
  const stdin = options.stdin ?? process.stdin;
  const forced = options.positionalsAreReports === true;
  const inputs: CliInputs = { report: null, logs: [] };
  const setReport = (text: string, sourceName: string) => {
    if (inputs.report) throw new InputError(`${sourceName}: one review or bot report at a time (already read ${inputs.report.sourceName}); pass logs with --log`);
    inputs.report = { text, sourceName };
  };
  if ([...positionals, ...logArguments.map((a) => splitLogArgument(a).path)].filter((p) => p === '-').length > 1) {
    throw new InputError('standard input (-) can be read only once');
  }
  for (const path of positionals) {
    if (path === '-') {
      if (forced) {
        setReport(await readInputFile('-', stdin), 'standard input');
        continue;
      }
      const { report, log } = await readStdin(stdin, false);
      if (report !== null) setReport(report, 'standard input');
      if (log) inputs.logs.push(log);
      continue;
    }
    const head = await readHead(path);
    // Neither a report nor a log: say so rather than print an empty digest.
    if (head.length === 0 || head.toString('utf8').trim() === '') throw new InputError(`${path}: the file is empty`);
    if (head.subarray(0, 8192).includes(0)) throw new InputError(`${path}: binary file (it contains NUL bytes), expected text`);
    if (forced || looksLikeReport(head.toString('utf8'))) setReport(await readInputFile(path, stdin), path);
    else inputs.logs.push({ job: null, source: path, scan: await scanFile(path), problem: null });
  }
  for (const argument of logArguments) {
    const { job, path } = splitLogArgument(argument);
    if (path === '-') {
      const { log } = await readStdin(stdin, true);
      inputs.logs.push({ ...log!, job });
      continue;
    }
    inputs.logs.push({ job, source: path, scan: await scanFile(path), problem: null });
  }
  return inputs;
}
