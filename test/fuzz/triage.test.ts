import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { INPUT_FORMATS } from '../../src/ingest/index.js';
import { isFailedJob, triageText, type TriageResult } from '../../src/triage.js';
import { renderJson } from '../../src/render/json.js';
import type { InputFormat } from '../../src/types.js';
import {
  anyText,
  bytesAsText,
  mutatedSample,
  params,
  refusesOnlyWithInputError,
  sampleWithHugeLine,
  sampleWithManyLines,
  TIMEOUT,
} from './support.js';

/** Auto-detection and every reader forced, including readers added later. */
const FORMATS: Array<InputFormat | undefined> = [undefined, ...INPUT_FORMATS];

function triage(text: string, format: InputFormat | undefined): TriageResult | InputError {
  return refusesOnlyWithInputError(() => triageText(text, { sourceName: 'fuzz-input.txt', format }));
}

/** The pipeline's promises on any input it accepts. */
function checkResult(text: string, format: InputFormat | undefined): void {
  const result = triage(text, format);
  if (result instanceof InputError) {
    // A refusal is one line a user can act on.
    expect(result.message).not.toContain('\n');
    return;
  }
  const { document } = result;
  // Nothing silently dropped: each failed job is in some group.
  for (const job of document.jobs.filter(isFailedJob)) {
    const seen = document.groups.some((group) => group.occurrences.some((o) => o.job === job.name));
    expect(seen, `failed job ${JSON.stringify(job.name)} is in no group`).toBe(true);
  }
  for (const group of document.groups) expect(group.occurrences.length).toBeGreaterThan(0);
  // Deterministic, and the JSON is the document.
  const again = triage(text, format) as TriageResult;
  const json = renderJson(document);
  expect(renderJson(again.document)).toBe(json);
  expect(again.notes).toEqual(result.notes);
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(document)));
}

describe('triageText on hostile input', () => {
  for (const format of FORMATS) {
    const label = format ?? 'auto-detected';
    describe(`format: ${label}`, () => {
      it('mutated real samples', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(mutatedSample, ({ text }) => checkResult(text, format)), params(150));
      });

      it('arbitrary strings', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(anyText, (text) => checkResult(text, format)), params(150));
      });

      it('arbitrary bytes decoded as UTF-8', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(bytesAsText, (text) => checkResult(text, format)), params(60));
      });

      it('a 1 MiB line in a real sample', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(sampleWithHugeLine, ({ text }) => checkResult(text, format)), params(4));
      });

      it('100k lines added to a real sample', { timeout: TIMEOUT }, () => {
        fc.assert(fc.property(sampleWithManyLines, ({ text }) => checkResult(text, format)), params(1));
      });
    });
  }
});
