/**
 * Shared pieces of the property-based (fuzz) suite: the seed and run counts,
 * the real fixtures (globbed at test time, so fixtures added later are fuzzed
 * too), and arbitraries for hostile text: mutated real samples, random bytes,
 * markdown/HTML/mention payloads, lines built to make regexes backtrack.
 *
 * CI runs a fixed seed and few runs; `npm run fuzz` runs more (FUZZ_RUNS
 * multiplies the run counts, FUZZ_SEED picks the seed, random when unset).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';

const DEFAULT_SEED = 20261125;
const scale = Math.max(1, Number(process.env.FUZZ_RUNS ?? '1') || 1);
const seed = process.env.FUZZ_SEED !== undefined
  ? Number(process.env.FUZZ_SEED)
  : scale > 1
    ? Math.floor(Math.random() * 2 ** 31)
    : DEFAULT_SEED;
if (scale > 1 || process.env.FUZZ_SEED !== undefined) {
  // Printed once per file so a failing long run can be replayed with FUZZ_SEED.
  console.log(`fuzz: seed ${seed}, runs x${scale}`);
}

/** fast-check parameters: fixed seed, `runs` scaled by FUZZ_RUNS. */
export function params<T>(runs: number): fc.Parameters<T> {
  return { seed, numRuns: Math.max(1, Math.round(runs * scale)) };
}

/** Per-test timeout that grows with FUZZ_RUNS. */
export const TIMEOUT = 30_000 * scale;

/** Calls `fn`; bad input may be refused with InputError, anything else thrown is a bug. */
export function refusesOnlyWithInputError<T>(fn: () => T): T | InputError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

// ---------------------------------------------------------------------------
// Real samples.

const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Sample {
  name: string;
  text: string;
}

/** Every file under test/fixtures, read as UTF-8 (large files are skipped to keep CI fast). */
export function loadSamples(): Sample[] {
  const names = (readdirSync(fixturesRoot, { recursive: true }) as string[])
    .map((name) => join(fixturesRoot, name))
    .filter((path) => statSync(path).isFile() && statSync(path).size <= 512 * 1024)
    .sort();
  return names.map((path) => ({ name: relative(fixturesRoot, path), text: readFileSync(path, 'utf8') }));
}

export const SAMPLES = loadSamples();

// ---------------------------------------------------------------------------
// Hostile fragments: what an attacker or a broken tool puts in a line.

export const HOSTILE_FRAGMENTS = [
  ': error: ', ': fatal error: ', ': warning: ', 'error: ', 'error', 'Error at ', 'Compile error at ', '(1):', '(12,7): ',
  ' error C2440: ', ' : FAILURE', ' : SUCCESS', ' : ABORTED', ' : UNSTABLE', 'https://ci.example/job/x/job/y/12/',
  'http://evil.example/job/a (b)/1/', 'javascript:alert(1)', '( https://ci.example/job/x/12/ )', '{aka ', '(aka ', ' {aka \'',
  '\'', '"', '‘', '’', '`', '```', '````', '~~~', '(', ')', '[', ']', '{', '}', ':', '::', ' ', '\t', '\\', '/', 'C:\\x\\',
  '@admin', '@org/team', '<!-- build-triage -->', '<!--', '-->', '<img src=x onerror=alert(1)>', '<script>', '</details>',
  '<details>', '<sub>', '![i](https://evil.example/i.png)', '[l](https://evil.example)', 'www.evil.example', '<https://evil.example>',
  '&lt;', '&#64;', '|', '*', '_', '#', '> ', '- ', '1. ', '\u200b', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udc00', '\u0000',
  '\r', '\r\n', 'Patch Set 13: Verified-1', 'Build Failed', 'Uploaded patch set 14.', 'Author: bot', 'Date: today',
  'Message:', 'COMMENTS', 'DESCRIPTION:', '='.repeat(30), '-'.repeat(30), 'Change-Id: I0123456789abcdef',
  'type mismatch at 1st parameter (\'int *\' vs \'const int *\')', 'marked \'override\', but does not override',
  'invalid conversion from \'void (*)(int)\' to \'void (*)(const int)\'', '[-Werror=unused]', 'note: ', '0x1f', '4294967296',
  '999999999999', '-1', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
];

export const hostileFragment = fc.constantFrom(...HOSTILE_FRAGMENTS);

/** A line of hostile fragments and random text. */
export const hostileLine: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: hostileFragment }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 24 })
  .map((parts) => parts.join(''));

/** A string that may hold anything: binary units, lone surrogates, hostile fragments. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(hostileLine, { maxLength: 30 }).map((lines) => lines.join('\n')),
);

/** Random bytes decoded as the CLI decodes files (invalid UTF-8 becomes U+FFFD). */
export const bytesAsText: fc.Arbitrary<string> = fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('utf8'));

// ---------------------------------------------------------------------------
// Mutations of real samples.

/** One edit of a sample's lines. Huge edits (1 MiB line, 100k lines) are separate: they cost time. */
type Mutation = (lines: string[], pick: (n: number) => number) => void;

function spliceText(line: string, at: number, insert: string): string {
  const i = Math.min(at, line.length);
  return line.slice(0, i) + insert + line.slice(i);
}

const MUTATIONS: Record<string, (arg: string) => Mutation> = {
  cutLine: () => (lines, pick) => {
    const i = pick(lines.length);
    lines[i] = lines[i].slice(0, pick(lines[i].length + 1));
  },
  deleteLines: () => (lines, pick) => {
    lines.splice(pick(lines.length), 1 + pick(4));
  },
  doubleLine: () => (lines, pick) => {
    const i = pick(lines.length);
    lines.splice(i, 0, lines[i]);
  },
  joinLines: (sep) => (lines, pick) => {
    const i = pick(lines.length);
    if (i + 1 < lines.length) lines.splice(i, 2, lines[i] + sep.slice(0, 1) + lines[i + 1]);
  },
  reorder: () => (lines, pick) => {
    const from = pick(lines.length);
    const moved = lines.splice(from, 1 + pick(6));
    lines.splice(pick(lines.length + 1), 0, ...moved);
  },
  truncateDocument: () => (lines, pick) => {
    lines.length = Math.max(1, pick(lines.length + 1));
  },
  invalidUtf8: () => (lines, pick) => {
    const i = pick(lines.length);
    // Bytes 0xff 0xfe and a cut multi-byte sequence, decoded as the CLI does; plus lone surrogates.
    const bad = Buffer.from([0xff, 0xfe, 0xe2, 0x82]).toString('utf8') + '\ud800x\udfff';
    lines[i] = spliceText(lines[i], pick(lines[i].length + 1), bad);
  },
  nulBytes: () => (lines, pick) => {
    const i = pick(lines.length);
    lines[i] = spliceText(lines[i], pick(lines[i].length + 1), '\u0000'.repeat(1 + pick(3)));
  },
  insertHostile: (text) => (lines, pick) => {
    const i = pick(lines.length);
    lines[i] = spliceText(lines[i], pick(lines[i].length + 1), text);
  },
  insertLine: (text) => (lines, pick) => {
    lines.splice(pick(lines.length + 1), 0, text);
  },
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom('cutLine', 'deleteLines', 'doubleLine', 'reorder', 'truncateDocument', 'invalidUtf8', 'nulBytes').map((name) => MUTATIONS[name]('')),
  fc.constantFrom(' ', '', '\t').map((sep) => MUTATIONS.joinLines(sep)),
  hostileLine.map((text) => MUTATIONS.insertHostile(text)),
  hostileLine.map((text) => MUTATIONS.insertLine(text)),
);

export interface MutatedSample {
  name: string;
  text: string;
}

/** A real sample with 0–8 random edits applied, and its line ending possibly changed to CRLF. */
export const mutatedSample: fc.Arbitrary<MutatedSample> = fc
  .record({
    sample: fc.constantFrom(...SAMPLES),
    mutations: fc.array(mutation, { maxLength: 8 }),
    picks: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    crlf: fc.boolean(),
  })
  .map(({ sample, mutations, picks, crlf }) => {
    const lines = sample.text.split('\n');
    let k = 0;
    const pick = (n: number) => (n <= 0 ? 0 : picks[k++ % picks.length] % n);
    for (const mutate of mutations) if (lines.length > 0) mutate(lines, pick);
    return { name: sample.name, text: lines.join(crlf ? '\r\n' : '\n') };
  });

/** Characters that make a careless regex backtrack, repeated to form a huge line. */
export const BACKTRACK_UNITS = [':', '(', ' ', '\'', '"', '0', 'error', ': error: ', '(1):', '{aka ', ')', '\t', 'a:1', '=', '-', '@', '`', '<!--', 'x '];

export const MIB = 1024 * 1024;

/** A real sample with one line of about 1 MiB (a backtracking unit repeated) put somewhere. */
export const sampleWithHugeLine: fc.Arbitrary<MutatedSample> = fc
  .record({ sample: fc.constantFrom(...SAMPLES), unit: fc.constantFrom(...BACKTRACK_UNITS), at: fc.nat(), prefix: fc.constantFrom('', '  ', 'file.cc:1:2', 'Compile error at ', '- job https://ci.example/job/j/1/ : FAILURE ') })
  .map(({ sample, unit, at, prefix }) => {
    const lines = sample.text.split('\n');
    const line = prefix + unit.repeat(Math.ceil(MIB / unit.length));
    lines.splice(at % (lines.length + 1), 0, line);
    return { name: sample.name, text: lines.join('\n') };
  });

/** A real sample with ~100k lines added in one place (one comment or one job's text). */
export const sampleWithManyLines: fc.Arbitrary<MutatedSample> = fc
  .record({ sample: fc.constantFrom(...SAMPLES), at: fc.nat(), line: fc.oneof(hostileLine, fc.constantFrom('src/a.cc:1:2: error: \'x\' was not declared in this scope', '  note: here', '', 'x')), numbered: fc.boolean() })
  .map(({ sample, at, line, numbered }) => {
    const lines = sample.text.split('\n');
    const added = Array.from({ length: 100_000 }, (_, i) => (numbered ? `src/f${i % 97}.cc:${i}:1: error: ${line}` : line));
    lines.splice(at % (lines.length + 1), 0, ...added);
    return { name: sample.name, text: lines.join('\n') };
  });
