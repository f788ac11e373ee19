/**
 * Properties of each parser entry point on hostile input: review readers
 * (every format in INPUT_FORMATS, also forced), bot report finders and the
 * diagnostics scanner.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { INPUT_FORMATS, readReview } from '../../src/ingest/index.js';
import { findBotReports, latestReportPerPatchSet } from '../../src/reports/index.js';
import { DiagnosticScanner, parseDiagnostics } from '../../src/diagnostics/index.js';
import type { BotReport, InputFormat, Review } from '../../src/types.js';
import {
  anyText,
  bytesAsText,
  hostileLine,
  mutatedSample,
  params,
  refusesOnlyWithInputError,
  SAMPLES,
  sampleWithHugeLine,
  sampleWithManyLines,
  TIMEOUT,
} from './support.js';

const FORMATS: Array<InputFormat | undefined> = [undefined, ...INPUT_FORMATS];

/** Any text the suite feeds: mutated samples, random strings, random bytes. */
const anyInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: mutatedSample.map((s) => s.text) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: bytesAsText },
);

function read(text: string, format: InputFormat | undefined): Review | InputError {
  return refusesOnlyWithInputError(() => readReview(text, 'fuzz-input', format));
}

function checkReview(text: string, format: InputFormat | undefined): Review | null {
  const review = read(text, format);
  if (review instanceof InputError) {
    expect(review.message).not.toContain('\n');
    return null;
  }
  if (format !== undefined) expect(review.format).toBe(format);
  expect(Array.isArray(review.messages)).toBe(true);
  for (const message of review.messages) {
    expect(typeof message.body).toBe('string');
    if (message.patchSet !== null) expect(Number.isSafeInteger(message.patchSet)).toBe(true);
  }
  expect(JSON.stringify(read(text, format))).toBe(JSON.stringify(review));
  return review;
}

describe('readReview', () => {
  it('the fixtures are found', () => {
    expect(SAMPLES.some((s) => s.name.startsWith('gerrit/'))).toBe(true);
  });

  for (const format of FORMATS) {
    describe(`format: ${format ?? 'auto-detected'}`, () => {
      it('refuses only with InputError, and is deterministic', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(anyInput, (text) => void checkReview(text, format)), params(300));
      });

      it('a 1 MiB line', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(sampleWithHugeLine, ({ text }) => void checkReview(text, format)), params(6));
      });

      it('100k lines', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(sampleWithManyLines, ({ text }) => void checkReview(text, format)), params(1));
      });
    });
  }
});

/** Reviews: read from hostile text, or made up with arbitrary messages. */
const anyReview: fc.Arbitrary<Review> = fc.oneof(
  anyInput.map((text) => read(text, undefined)).filter((r): r is Review => !(r instanceof InputError)),
  fc.record({
    format: fc.constantFrom(...INPUT_FORMATS),
    change: fc.record({ id: fc.option(fc.string()), subject: fc.option(fc.string()), patchSet: fc.option(fc.nat()) }),
    messages: fc.array(
      fc.record({
        author: fc.option(fc.string()),
        date: fc.option(fc.string()),
        body: fc.array(hostileLine, { maxLength: 20 }).map((lines) => lines.join('\n')),
        patchSet: fc.option(fc.integer({ min: -1, max: 20 })),
      }),
      { maxLength: 6 },
    ),
    warnings: fc.constant([] as string[]),
  }),
);

const JOB_STATUSES = new Set(['success', 'failure', 'unstable', 'aborted', 'not_built', 'unknown']);

describe('findBotReports and latestReportPerPatchSet', () => {
  it('never throw; reports have jobs of known status; latest keeps one report per patch set, newest first', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anyReview, (review) => {
        const reports = findBotReports(review);
        expect(JSON.stringify(findBotReports(review))).toBe(JSON.stringify(reports));
        for (const report of reports) {
          expect(report.jobs.length).toBeGreaterThan(0);
          for (const job of report.jobs) {
            expect(JOB_STATUSES.has(job.status)).toBe(true);
            expect(typeof job.name).toBe('string');
            expect(typeof job.text).toBe('string');
          }
        }
        const latest = latestReportPerPatchSet(reports);
        const patchSets = latest.map((r) => r.patchSet);
        // One per patch set, every patch set kept, newest first.
        expect(new Set(patchSets).size).toBe(patchSets.length);
        expect(new Set(patchSets)).toEqual(new Set(reports.map((r) => r.patchSet)));
        const order = patchSets.map((p) => p ?? -1);
        expect(order).toEqual([...order].sort((a, b) => b - a));
        for (const report of latest) expect(reports).toContain(report);
        expect(latestReportPerPatchSet(reports)).toEqual(latest);
      }),
      params(300),
    );
  });

  it('a report with results is never replaced by a later one without', { timeout: TIMEOUT }, () => {
    const report = fc.record({
      patchSet: fc.option(fc.integer({ min: 0, max: 3 })),
      withResults: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 8 }), (specs) => {
        const reports: BotReport[] = specs.map(({ patchSet, withResults }, i) => ({
          dialect: 'fuzz', author: null, date: String(i), patchSet, verdict: null, vote: null,
          jobs: [{ name: `j${i}`, url: null, build: null, status: withResults ? 'failure' : 'unknown', patchSet, text: '' }],
        }));
        for (const chosen of latestReportPerPatchSet(reports)) {
          const same = reports.filter((r) => r.patchSet === chosen.patchSet);
          if (same.some((r) => r.jobs[0].status !== 'unknown')) expect(chosen.jobs[0].status).not.toBe('unknown');
        }
      }),
      params(200),
    );
  });
});

function checkDiagnostics(text: string): void {
  const diagnostics = parseDiagnostics(text);
  // The scanner reads lines with colour codes removed (diagnostics/line-prefix.ts), and so does this check.
  const plain = text.replace(/\x1b\[[0-9;]{0,20}[A-Za-z]/g, '');
  // Whitespace runs (line breaks and indents included) as one space, made once when needed.
  let squashed: string | null = null;
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  // (Up to 2000 checked: `includes` on a multi-MiB input is the test's own cost.)
  for (const d of diagnostics.slice(0, 2000)) {
    // CMake wraps a message over indented lines after `CMake Error at f:3 (command):`;
    // its reader joins them behind the command: `command: By not providing …`.
    const wrappedCmake = d.tool === 'cmake' && d.code !== null && d.message.startsWith(`${d.code}:`);
    if (wrappedCmake) {
      expect(plain.includes(`(${d.code})`)).toBe(true);
      squashed ??= squash(plain);
      expect(squashed.includes(squash(d.message.slice(d.code!.length + 1))), `cmake message ${JSON.stringify(d.message.slice(0, 80))} not in the input`).toBe(true);
    }
    // What a diagnostic says is taken from the text, never made up or mangled.
    // Multi-line reports (test runners, sanitizers) join their lines with ' | ': each part is from the text.
    // Test runners and sanitizers build their message from several lines (or from
    // the test name alone when no assertion was printed): only located
    // diagnostics are held to quoting the text.
    for (const part of d.line === null || wrappedCmake ? [] : d.message.split(' | ')) {
      const said = part.trim().endsWith(' failed') && !text.includes(part.trim()) ? part.trim().slice(0, -' failed'.length) : part.trim();
      expect(plain.includes(said), `message part ${JSON.stringify(part.slice(0, 80))} not in the input`).toBe(true);
    }
    if (d.file !== null) {
      expect(d.file).not.toBe('');
      expect(plain.includes(d.file)).toBe(true);
    }
    for (const n of [d.line, d.column]) if (n !== null) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
    expect(d.context.length).toBeLessThanOrEqual(50);
  }
  // The streaming scanner, fed line by line, finds the same.
  const scanner = new DiagnosticScanner();
  for (const line of text.split('\n')) scanner.push(line);
  const json = JSON.stringify(diagnostics);
  expect(JSON.stringify(scanner.finish()) === json, 'the scanner fed line by line disagrees').toBe(true);
  expect(JSON.stringify(parseDiagnostics(text)) === json, 'not deterministic').toBe(true);
}

describe('parseDiagnostics and DiagnosticScanner', () => {
  it('hostile text: messages and files come from the input; streaming agrees; deterministic', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(anyInput, checkDiagnostics), params(300));
  });

  it('a 1 MiB line', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(sampleWithHugeLine, ({ text }) => checkDiagnostics(text)), params(8));
  });

  it('100k lines', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(sampleWithManyLines, ({ text }) => checkDiagnostics(text)), params(1));
  });
});
