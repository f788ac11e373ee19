import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeText, fencedBlock, inlineWithCode, link } from '../../src/render/escape.js';
import { renderMarkdown, shortJobNames } from '../../src/render/markdown.js';
import { triageText } from '../../src/triage.js';
import { scanLogText } from '../../src/logs/scan.js';
import type { TriageDocument } from '../../src/types.js';
import { fixture, SEED } from '../helpers/fixtures.js';
import { foreignTags, hrefs, liveText, toHtml } from '../helpers/markdown.js';

describe('escaping untrusted text', () => {
  it('neutralises mentions, HTML, images and autolinks outside code', () => {
    const html = toHtml(escapeText('@octocat <img src=x onerror=alert(1)> ![i](http://e/x.png) http://evil.example www.evil.example **bold**'));
    expect(liveText(html)).not.toMatch(/@[a-z]/);
    expect(foreignTags(html)).toEqual([]);
    expect(html).not.toContain('<img');
    expect(hrefs(html)).toEqual([]);
    expect(html).not.toContain('<strong>');
  });

  it('makes code spans and fences that content cannot close', () => {
    expect(codeSpan('a ``` b')).toBe('````a ``` b````');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    const fence = fencedBlock('text\n````\nmore');
    expect(fence.startsWith('`````text\n')).toBe(true);
    expect(fence.endsWith('\n`````')).toBe(true);
  });

  it('cannot forge our HTML comment marker', () => {
    expect(codeSpan('<!-- build-triage -->')).not.toContain('<!--');
    expect(fencedBlock('<!-- build-triage -->')).not.toContain('<!--');
  });

  it('escapes pipes in table cells, even inside code', () => {
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
  });

  it('only links http(s)', () => {
    expect(link('x', 'javascript:alert(1)')).toBe('x');
    expect(link('x', 'https://ci.example/job/a (b)/1/')).toBe('[x](https://ci.example/job/a%20%28b%29/1/)');
  });

  it('turns quoted values in our titles into code', () => {
    expect(inlineWithCode("Header 'a_b.h' not found")).toBe('Header `a_b.h` not found');
  });
});

describe('the digest of the seed', () => {
  const result = triageText(fixture(SEED), { sourceName: 'seed' });
  const markdown = renderMarkdown(result.document, { notes: result.notes });
  const lines = markdown.split('\n');

  it('says in its first line what failed, how many jobs and root causes, which patch set', () => {
    expect(lines[0]).toBe('### ❌ Patch set 13: 5 of 6 jobs failed, 1 root cause: function signature mismatch in `engine_testapp.cc:898`');
  });

  it('shows the group with its difference, both locations and links to every failed build', () => {
    expect(markdown).toContain('#### 1. Function signature mismatch\\: 3rd parameter lacks const \\(`protocol_binary_response_header*`, expected `const protocol_binary_response_header*`\\)');
    expect(markdown).toContain('Expected type `ENGINE_ERROR_CODE (*)(ENGINE_HANDLE*, const void*, const protocol_binary_response_header*)`  \nActual type `ENGINE_ERROR_CODE (*)(ENGINE_HANDLE*, const void*, protocol_binary_response_header*)`');
    expect(markdown).toContain('`programs/engine_testapp/engine_testapp.cc:898:46`');
    expect(markdown).toContain('`engines/ep/src/ep_engine.cc:1752`');
    for (const job of result.document.jobs) expect(markdown).toContain(`](${job.url})`);
    expect(markdown).toMatch(/\*\*Passed or not run:\*\* ✅ \[clang\\_format \\#2400\]/);
    expect(markdown).toContain('<details><summary>3 messages as printed</summary>');
  });

  it('links each repo-relative location to its line, and nothing else', () => {
    const fileLink = (file: string, line: number | null) => `https://github.com/o/r/blob/abc/${file}#L${line}`;
    const withLinks = renderMarkdown(result.document, { fileLink });
    expect(hrefs(toHtml(withLinks))).toContain('https://github.com/o/r/blob/abc/programs/engine_testapp/engine_testapp.cc#L898');
    expect(hrefs(toHtml(withLinks))).toContain('https://github.com/o/r/blob/abc/engines/ep/src/ep_engine.cc#L1752');
    const absolute = structuredClone(result.document);
    absolute.groups[0].occurrences.forEach((o) => (o.file = '/usr/include/c++/12/bits/stl_vector.h'));
    expect(hrefs(toHtml(renderMarkdown(absolute, { fileLink }))).filter((h) => h.includes('/blob/'))).toEqual([]);
  });

  it('fits a size limit by dropping detail, and says so', () => {
    const small = renderMarkdown(result.document, { maxLength: 2500 });
    expect(small.length).toBeLessThanOrEqual(2500);
    expect(small).not.toContain('<details>');
    expect(small).toContain('left out to fit');
    expect(small.split('\n')[0]).toBe(lines[0]);
  });
});

describe('digest of hostile input', () => {
  it('keeps attacker text inert', () => {
    const doc: TriageDocument = {
      schema: 'build-triage/v1',
      change: { id: null, subject: '@admin <script>x</script>', patchSet: 1 },
      jobs: [{ name: '@team/x | <b>', url: 'javascript:alert(1)', build: 1, status: 'failure', patchSet: 1 }],
      groups: [
        {
          fingerprint: 'f',
          category: 'unknown',
          stage: 'unknown',
          title: "Failed: ' <!-- build-triage:digest --> ' @admin ```",
          detail: { lines: ['```', '<!-- build-triage:digest -->', '@admin'] },
          occurrences: [{ job: '@team/x | <b>', tool: null, file: 'a|b`.c', line: 1, column: null, message: '```\n<img src=x>\n@admin' }],
        },
      ],
    };
    const markdown = renderMarkdown(doc);
    const html = toHtml(markdown);
    expect(liveText(html)).not.toMatch(/@[A-Za-z]/);
    expect(markdown).not.toContain('<!--');
    expect(foreignTags(html)).toEqual([]);
    expect(hrefs(html)).toEqual([]);
    // Everything attacker-written that reached the page is inside code.
    expect(html).toContain('<td><code>a|b`.c:1</code></td>');
  });
});

describe('short job names', () => {
  it('drops the shared prefix and suffix', () => {
    const names = shortJobNames(['kv_engine-linux-master', 'kv_engine-windows-master', 'kv_engine-clang_format']);
    expect([...names.values()]).toEqual(['linux-master', 'windows-master', 'clang_format']);
  });
});

describe('a message as printed', () => {
  it('keeps GCC\'s order on real output: where it was above the error, a note\'s include chain above that note', () => {
    const log = readFileSync(join(import.meta.dirname, '../fixtures/toolchains/gcc/deleted.txt'));
    const result = triageText(null, { sourceName: 'logs', logs: [{ job: 'linux', source: 'deleted.txt', scan: scanLogText(log), problem: null }] });
    const markdown = renderMarkdown(result.document, { notes: result.notes });
    const block = markdown.slice(markdown.indexOf('as printed</summary>'));
    const order = ["deleted.cc: In function", 'use of deleted function', "4 |   std::unique_ptr<int> first = in[0];", 'In file included from /usr/include/c++/12/memory:76,', 'from deleted.cc:1:', 'unique_ptr.h:514:7: note: declared here'];
    const at = order.map((text) => block.indexOf(text));
    expect(at.every((i) => i !== -1), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
