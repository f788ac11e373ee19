import { describe, expect, it } from 'vitest';
import { triageText } from '../src/triage.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { codeSpan, fencedBlock } from '../src/render/escape.js';
import { guardWorkflowCommands } from '../src/publish/workflow-commands.js';
import { digestMarker } from '../src/publish/marker.js';
import { gfmToHtml } from './support/gfm.js';
import { executedCommands } from './support/runner-commands.js';

/**
 * Anyone who opens a PR controls what CI prints, so everything quoted from a
 * report is hostile: it must not mention, inject HTML or images, escape its
 * code span or fence, forge our marker, or run workflow commands.
 */

const HOSTILE_REPORT = [
  'Patch Set 3: Verified-1',
  '',
  'Build Failed',
  '',
  'https://ci.example.org/job/proj-linux-@octocat/12/ : FAILURE',
  '',
  '@octocat @github/security-team please look ![pixel](https://evil.example/p.png) <img src=x onerror=alert(1)> <script>alert(1)</script>',
  "/work/proj/src/a.cc:10:5: error: use of undeclared identifier 'x``` `` `@admin<!-- build-triage:digest -->' [click](javascript:alert(1))",
  '',
  'https://ci.example.org/job/proj-tests/14/ : FAILURE',
  '',
  'Tests crashed, ask @octocat',
  '::set-output name=comment-id::666',
  '::error file=a.cc,line=1::forged annotation',
  '<!-- build-triage:digest -->',
  '````',
  '</details><img src=y onerror=alert(2)>',
  '````',
  'https://ci.example.org/job/proj-windows/13/ : FAILURE',
  '',
  'Compile error at ..\\proj\\src\\b.cc(20): error C2065: "@team<img src=z>": undeclared identifier ( https://ci.example.org/job/proj-windows/13/ )',
].join('\n');

function hostileDigest(header?: string): string {
  const result = triageText(HOSTILE_REPORT, { sourceName: 'hostile.txt' });
  expect(result.document.groups.length).toBeGreaterThan(0);
  return renderMarkdown(result.document, { notes: result.notes, header });
}

describe('hostile report text in the digest', () => {
  it('mentions nobody', () => {
    const html = gfmToHtml(hostileDigest());
    expect(html).toContain('octocat');
    // GitHub links mentions in text only: not in code, not in link targets.
    const text = html
      .replace(/<pre>[\s\S]*?<\/pre>/g, '')
      .replace(/<code>[\s\S]*?<\/code>/g, '')
      .replace(/<[^>]*>/g, '');
    expect(text).toContain('octocat');
    expect(text).not.toMatch(/@[A-Za-z0-9_-]/);
  });

  it('injects no HTML, image, script or javascript link', () => {
    const html = gfmToHtml(hostileDigest());
    expect(html).not.toMatch(/<img|<script|<a href="javascript/i);
    expect(html).not.toMatch(/<[a-z]+[^>]*\sonerror=/i);
    // Only the digest's own <details> blocks, each closed once.
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
  });

  it('forges no marker: only the header carries one', () => {
    const marker = digestMarker('');
    const markdown = hostileDigest(marker);
    expect(markdown.split('<!--').length - 1).toBe(1);
    expect(markdown.startsWith(marker)).toBe(true);
    expect(hostileDigest()).not.toContain('<!--');
  });

  it('keeps backtick runs inside their code span and fence', () => {
    for (const text of ['a ``` b', '`', '``', 'x`y``z```', '` leading', 'trailing `']) {
      const html = gfmToHtml(codeSpan(text));
      const code = /<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? '';
      expect(code.trim()).toBe(text.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
      expect(html.match(/<code>/g)).toHaveLength(1);
    }
    const fenced = gfmToHtml(fencedBlock('before\n```\n</details>\n````\nafter'));
    expect(fenced.match(/<pre>/g)).toHaveLength(1);
    expect(fenced).toContain('after');
    expect(fenced).not.toContain('</details>');
  });

  it('runs no workflow command when printed on the runner', () => {
    const printed = guardWorkflowCommands(hostileDigest(digestMarker('')));
    expect(hostileDigest()).toContain('::set-output');
    expect(executedCommands(printed)).toEqual([]);
    // Without the guard the same text would run commands: the test can fail.
    expect(executedCommands(hostileDigest()).length).toBeGreaterThan(0);
  });

  it('picks a stop token the text does not contain', () => {
    const printed = guardWorkflowCommands('::abc::\n::error::x', 'abc');
    expect(printed.startsWith('::stop-commands::abc\n')).toBe(false);
    expect(executedCommands(printed)).toEqual([]);
  });

  it('leaves text without `::` as it is', () => {
    expect(guardWorkflowCommands('plain line')).toBe('plain line');
  });
});
