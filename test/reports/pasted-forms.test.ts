import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage.js';
import { parseBotReport } from '../../src/reports/index.js';
import { allSamples } from '../helpers/samples.js';

/**
 * Bot comments as people paste them: with Windows line endings, or quoted in
 * a markdown reply. The report read must not change.
 */

const textSamples = allSamples().filter((s) => !s.id.endsWith('.json'));

function jobsOf(text: string, name: string) {
  const result = triageText(text, { sourceName: name });
  return {
    dialects: result.currentAll.map((r) => r.dialect),
    jobs: result.document.jobs,
    categories: result.document.groups.map((g) => g.category),
  };
}

describe('pasted forms of the real samples', () => {
  for (const sample of textSamples) {
    it(`${sample.id} with CRLF line endings`, () => {
      expect(jobsOf(sample.text.replace(/\n/g, '\r\n'), sample.id)).toEqual(jobsOf(sample.text, sample.id));
    });
    it(`${sample.id} quoted in a markdown reply`, () => {
      // Samples that are themselves quotes are quoted once more, as a reply to a reply would be.
      const quoted = `Looks like CI is unhappy:\n\n${sample.text
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n')}`;
      expect(jobsOf(quoted, sample.id).jobs).toEqual(jobsOf(sample.text, sample.id).jobs);
    });
  }
});

describe('hostile input', () => {
  it('returns on long lines made of the markup the parsers look for', () => {
    const pieces = ['](', '* [', ' : FAILURE ', '<details>', '```', '| Commit |', 'As of commit ', '**`', '> ', 'http://x/job/'];
    for (const piece of pieces) {
      const body = `Test name | Commit\n**failed**\n${piece.repeat(20000)}\n- ${piece.repeat(5000)} : FAILURE in 1s`;
      expect(() => parseBotReport({ author: null, date: null, body, patchSet: null })).not.toThrow();
    }
  });
});
