/** Bugs the fuzz suite (test/fuzz) found, pinned as plain examples. */
import { describe, expect, it } from 'vitest';
import { classifyDiagnostic } from '../../src/classify/classify.js';
import { groupFindings } from '../../src/group/group.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Diagnostic, Finding, TriageDocument } from '../../src/types.js';
import { hrefs, liveText, toHtml } from '../helpers/markdown.js';

function docWithFile(file: string): TriageDocument {
  return {
    schema: 'build-triage/v1',
    change: { id: null, subject: null, patchSet: 1 },
    jobs: [{ name: 'linux', url: 'https://ci.example/job/linux/1/', build: 1, status: 'failure', patchSet: 1 }],
    groups: [{ fingerprint: 'f', category: 'unknown', stage: 'unknown', title: 't', detail: {}, occurrences: [{ job: 'linux', tool: null, file, line: 3, column: null, message: 'm' }] }],
  };
}

describe('file links of untrusted paths', () => {
  const fileLink = (file: string, line: number | null) => `https://github.com/o/r/blob/abc/${file}#L${line}`;

  it('a `)` in the path does not end the link early and open an image', () => {
    const html = toHtml(renderMarkdown(docWithFile('a.cc)![i](https://evil.example/i.png'), { fileLink }));
    expect(html).not.toContain('<img');
    expect(hrefs(html).filter((h) => h.startsWith('https://github.com/'))).toHaveLength(1);
    expect(hrefs(html).some((h) => h.startsWith('https://evil.example'))).toBe(false);
  });

  it('a `\\` at the end of the path does not escape the closing parenthesis', () => {
    const html = toHtml(renderMarkdown(docWithFile('@admin#\\'), { fileLink: (file) => `https://github.com/o/r/blob/abc/${file}` }));
    expect(hrefs(html).filter((h) => h.startsWith('https://github.com/'))).toEqual(['https://github.com/o/r/blob/abc/@admin#%5C']);
    expect(liveText(html).replace(/<[^>]*>/g, '')).not.toContain('@admin');
  });

  it('a `|` in the path does not split the table cell', () => {
    const html = toHtml(renderMarkdown(docWithFile('a|b.cc'), { fileLink }));
    expect(hrefs(html)).toContain('https://github.com/o/r/blob/abc/a%7Cb.cc#L3');
  });
});

describe('-Werror flag stripped without a regex', () => {
  const diagnostic = (message: string): Diagnostic => ({ tool: 'gcc', severity: 'error', file: 'a.c', line: 1, column: 1, code: null, message, context: [] });

  it('drops the closing [-Werror=…] from the key, as before', () => {
    const c = classifyDiagnostic(diagnostic('unused variable \'x\' [-Werror=unused-variable]'));
    expect(c.category).toBe('warning-as-error');
    expect(c.key).toBe('unused-variable|unused variable \'x\'');
  });

  it('keeps a flag-like tail longer than 80 characters, as the regex did', () => {
    const long = `[-W${'x'.repeat(81)}]`;
    const c = classifyDiagnostic(diagnostic(`oops [-Werror=a] ${long}`));
    expect(c.key.endsWith(long)).toBe(true);
  });
});

describe('grouping many findings', () => {
  it('keeps each distinct occurrence once', () => {
    const finding = (line: number): Finding => ({
      job: 'j', tool: 'gcc', file: 'a.cc', line, column: null, message: 'm',
      classification: { category: 'unknown', stage: 'unknown', title: 't', detail: {}, key: 'k' },
    });
    const groups = groupFindings([finding(1), finding(2), finding(1), finding(2), finding(3)]);
    expect(groups).toHaveLength(1);
    expect(groups[0].occurrences.map((o) => o.line)).toEqual([1, 2, 3]);
  });
});
