import { describe, expect, it } from 'vitest';
import { detectFormat, readReview } from '../../src/ingest/index.js';
import { InputError } from '../../src/errors.js';
import { fixture, SEED } from '../helpers/fixtures.js';

describe('Gerrit text export (real seed)', () => {
  const text = fixture(SEED);
  const review = readReview(text, 'seed');

  it('is detected as a Gerrit export', () => {
    expect(detectFormat(text)).toBe('gerrit-export');
    expect(review.format).toBe('gerrit-export');
  });

  it('reads the change from DESCRIPTION and its Change-Id trailer', () => {
    expect(review.change).toEqual({
      id: 'I9d3c85e1716fee2f3f1d92c72f0aa72261f66e51',
      subject: 'Put data directly into the send buffer',
      patchSet: 13,
    });
  });

  it('reads each COMMENTS block with author, date, body and patch set', () => {
    expect(review.messages.map((m) => [m.author, m.date, m.patchSet])).toEqual([
      ['Trond Norbye', '2017-11-10 06:43:08.000000000', 13],
      ['Build Bot', '2017-11-10 07:23:21.000000000', 13],
    ]);
    expect(review.messages[0].body).toBe('Uploaded patch set 13: Patch Set 12 was rebased.');
    expect(review.messages[1].body.startsWith('Patch Set 13: Verified-1')).toBe(true);
    expect(review.messages[1].body).toContain('kv_engine-clang_format/2400/ : SUCCESS');
  });

  it('gives the same result with CRLF line endings', () => {
    const crlf = readReview(text.replace(/\n/g, '\r\n'), 'seed');
    expect(crlf.messages).toEqual(review.messages);
  });

  it('keeps a dashed line inside a message as text', () => {
    const withRule = text.replace('Patch Set 12 was rebased.', 'Patch Set 12 was rebased.\n' + '-'.repeat(40) + '\nmore words');
    const messages = readReview(withRule, 'seed').messages;
    expect(messages).toHaveLength(2);
    expect(messages[0].body).toContain('more words');
  });

  it('rejects a truncated export, naming the problem', () => {
    const cut = text.slice(0, text.indexOf('kv_engine-clang_format'));
    expect(() => readReview(cut, 'cut.txt')).toThrow(InputError);
    expect(() => readReview(cut, 'cut.txt')).toThrow(/cut\.txt: truncated Gerrit export: the message by Build Bot/);
  });

  it('rejects an export cut before COMMENTS', () => {
    const cut = text.slice(0, text.indexOf('COMMENTS'));
    expect(() => readReview(cut, 'cut.txt')).toThrow(/truncated Gerrit export: it has no COMMENTS section/);
  });

  it('can be forced to plain text', () => {
    const plain = readReview(text, 'seed', 'text');
    expect(plain.format).toBe('text');
    expect(plain.messages).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('rejects empty text', () => {
    expect(() => readReview('  \n\n', 'empty.txt')).toThrow('empty.txt: the file is empty');
  });
  it('rejects binary content', () => {
    expect(() => readReview('abc\u0000def', 'bin')).toThrow(/binary file/);
    const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 9)).join('');
    expect(() => readReview(noise, 'bin')).toThrow(/binary file/);
  });
});
