import { describe, expect, it } from 'vitest';
import { detectFormat, readReview } from '../../src/ingest/index.js';
import { splitJsonValues } from '../../src/ingest/json-input.js';
import { InputError } from '../../src/errors.js';
import { runCliCaptured } from '../helpers/run-cli.js';
import { loadSample, SAMPLES_DIR } from '../helpers/samples.js';

describe('Gerrit REST JSON', () => {
  it('reads a ChangeInfo served as )]}\' followed directly by the object', () => {
    const { text } = loadSample('gerrit-json/luci-go-change-info.json');
    expect(detectFormat(text)).toBe('gerrit-json');
    const review = readReview(text, 'change.json');
    expect(review.format).toBe('gerrit-json');
    expect(review.change).toEqual({ id: '1', subject: 'Added new feature', patchSet: 1 });
    expect(review.messages).toEqual([
      {
        author: 'John Doe',
        date: '2013-03-23T21:34:02.419Z',
        body: 'Patch Set 1:\n\nThis is the first message.',
        patchSet: 1,
        id: 'YH-egE',
        url: null,
        authorType: null,
      },
      {
        author: 'Jane Roe',
        date: '2013-03-23T21:36:52.332Z',
        body: 'Patch Set 1:\n\nThis is the second message.\n\nWith a line break.',
        patchSet: 1,
        id: 'WEEdhU',
        url: null,
        authorType: null,
      },
    ]);
  });

  it('reads a bare ChangeMessageInfo list, with or without the )]}\' line', () => {
    const { text } = loadSample('gerrit-json/zingstats-change-messages.json');
    for (const input of [text, `)]}'\n${text}`, `\ufeff)]}'\r\n${text.replace(/\n/g, '\r\n')}`]) {
      expect(detectFormat(input)).toBe('gerrit-json');
      const review = readReview(input, 'messages.json');
      expect(review.messages.map((m) => [m.author, m.patchSet, m.id])).toEqual([
        ['account 12', 1, '9a5c5d37_e7c9a25b'],
        ['account 6', 1, '9a5c5d37_a7c3aa37'],
        ['account 6', 1, '9a5c5d37_67ddb214'],
      ]);
      expect(review.messages[2].body).toBe('Patch Set 1: Verified+1\n\nBuild succeeded\n\n- https://zing.example.net/jenkins/job/test-check/6/ : SUCCESS in 7s');
      expect(review.change.patchSet).toBe(1);
    }
  });

  it('reads a query result holding that one change, and refuses several', () => {
    const { text } = loadSample('gerrit-json/luci-go-change-info.json');
    const change = text.slice(4);
    const one = readReview(`)]}'\n[${change}]`, 'query.json');
    expect(one.change).toEqual({ id: '1', subject: 'Added new feature', patchSet: 1 });
    expect(one.messages).toHaveLength(2);
    expect(() => readReview(`)]}'\n[${change},${change}]`, 'query.json')).toThrow(/query\.json: Gerrit query result with 2 changes; give one change/);
  });

  it('says what a )]}\' text is not when the JSON after it is of another shape', () => {
    expect(() => readReview(`)]}'\n{"labels": {"Code-Review": -1}}`, 'review.json')).toThrow(InputError);
    expect(() => readReview(`)]}'\n{"labels": {"Code-Review": -1}}`, 'review.json')).toThrow(
      /review\.json: JSON, but not a Gerrit change or change messages .*an object with keys labels/,
    );
    expect(() => readReview(`)]}'\n{"labels": `, 'cut.json')).toThrow(/cut\.json: not Gerrit REST JSON: the text after the \)\]\}' prefix does not parse as JSON/);
  });
});

describe('GitHub issue comments JSON', () => {
  const { text } = loadSample('github-json/zingstats-pr-comments.json');

  it('reads the REST API array: author, type, date, id, url', () => {
    expect(detectFormat(text)).toBe('github-json');
    const review = readReview(text, 'comments.json');
    expect(review.format).toBe('github-json');
    expect(review.change.id).toBe('foo/api#1153');
    expect(review.messages.map((m) => [m.author, m.authorType, m.date, m.id, m.url])).toEqual([
      ['a_user', 'User', '2017-12-06T10:49:06Z', '429779', 'https://github.example.com/foo/api/pull/1153#issuecomment-429779'],
      ['a_user', 'User', '2017-12-06T10:49:06Z', '429779', 'https://github.example.com/foo/api/pull/1153#issuecomment-429779'],
    ]);
    expect(review.messages[1].body.startsWith('Build succeeded\n\n- http://logs.example.net/')).toBe(true);
  });

  it('reads pages concatenated (gh api --paginate) and an array of pages alike', () => {
    const comments = JSON.parse(text) as unknown[];
    const concatenated = `${JSON.stringify([comments[0]], null, 2)}\n${JSON.stringify([comments[1]], null, 2)}\n`;
    const nested = JSON.stringify([[comments[0]], [comments[1]]]);
    const expected = readReview(text, 'a').messages;
    for (const input of [concatenated, nested]) {
      expect(detectFormat(input)).toBe('github-json');
      expect(readReview(input, 'pages.json').messages).toEqual(expected);
    }
  });

  it('reads `gh pr view --json comments` output', () => {
    // The gh CLI's field names around the bodies of two real samples.
    const json = JSON.stringify({
      comments: [
        { id: 'IC_1', author: { login: 'k8s-ci-robot' }, authorAssociation: 'NONE', body: loadSample('prow/spectrocloud-cluster-api-9.md').text, createdAt: '2020-10-20T10:00:00Z', url: 'https://github.com/spectrocloud/cluster-api/pull/9#issuecomment-1' },
        { id: 'IC_2', author: { login: 'roshanirathi' }, authorAssociation: 'MEMBER', body: '/retest', createdAt: '2020-10-20T11:00:00Z', url: 'https://github.com/spectrocloud/cluster-api/pull/9#issuecomment-2' },
      ],
    });
    expect(detectFormat(json)).toBe('github-json');
    const review = readReview(json, 'gh.json');
    expect(review.change.id).toBe('spectrocloud/cluster-api#9');
    expect(review.messages.map((m) => [m.author, m.date, m.url])).toEqual([
      ['k8s-ci-robot', '2020-10-20T10:00:00Z', 'https://github.com/spectrocloud/cluster-api/pull/9#issuecomment-1'],
      ['roshanirathi', '2020-10-20T11:00:00Z', 'https://github.com/spectrocloud/cluster-api/pull/9#issuecomment-2'],
    ]);
    // gh gives GraphQL node ids: kept as they are.
    expect(review.messages.map((m) => m.id)).toEqual(['IC_1', 'IC_2']);
  });

  it('keeps REST ids, and no date for a comment that has none', () => {
    const comments = JSON.parse(text) as Array<Record<string, unknown>>;
    const { created_at: _dropped, ...undated } = comments[1];
    const review = readReview(JSON.stringify([{ ...comments[0], id: 101 }, { ...undated, id: 102 }]), 'comments.json');
    // Sorted by date, the undated one first.
    expect(review.messages.map((m) => [m.id, m.date])).toEqual([
      ['102', null],
      ['101', comments[0].created_at],
    ]);
  });

  it('keeps a comment whose body is null as an empty message', () => {
    const comments = JSON.parse(text) as Array<Record<string, unknown>>;
    const review = readReview(JSON.stringify([{ ...comments[0], body: null }, comments[1]]), 'comments.json');
    expect(review.messages.map((m) => m.body.length > 0)).toEqual([false, true]);
  });

  it('says what unknown JSON is not', () => {
    expect(detectFormat('{"total_count": 0, "items": []}')).toBe('json');
    expect(() => readReview('{"total_count": 0, "items": []}', 'search.json')).toThrow(
      /search\.json: JSON of no known shape: not Gerrit REST JSON .* and not GitHub issue comments .*; it is an object with keys total_count, items/,
    );
    expect(() => readReview('[]', 'empty.json')).toThrow(/empty\.json: JSON of no known shape.*it is an empty array/);
    expect(() => readReview(text, 'comments.json', 'gerrit-json')).toThrow(/comments\.json: JSON, but not a Gerrit change/);
  });

  it('leaves text that only starts like JSON to the text reader', () => {
    // A line of the rust-log-analyzer sample: a kernel log line starting with "[".
    const line = '[   11.259908] init: failsafe main process (1094) killed by TERM signal\n';
    expect(detectFormat(line)).toBe('text');
    expect(readReview(line, 'log.txt').format).toBe('text');
  });
});

describe('splitJsonValues', () => {
  it('splits values written one after the other and ignores brackets inside strings', () => {
    expect(splitJsonValues('[{"body": "a ] b"}]\n[{"body": "}["}]')).toEqual(['[{"body": "a ] b"}]', '[{"body": "}["}]']);
    expect(splitJsonValues('[1] x [2]')).toBeNull();
    expect(splitJsonValues('[1]]')).toBeNull();
    expect(splitJsonValues('[1')).toBeNull();
  });
});

describe('CLI --format', () => {
  it('accepts the JSON formats and reads a sample file', async () => {
    // The sample without its SOURCE line, as a file of its own.
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'bt-'));
    const file = join(dir, 'comments.json');
    writeFileSync(file, loadSample('github-json/zingstats-pr-comments.json').text);
    const { code, out, err } = await runCliCaptured([file, '--json', '--format', 'github-json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).jobs).toHaveLength(3);
    const bad = await runCliCaptured([join(SAMPLES_DIR, 'SOURCES.md'), '--format', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('known: gerrit-export, gerrit-json, github-json, text');
  });
});
