/**
 * The digest is posted on someone else's pull request: whatever the input,
 * the markdown (parsed with markdown-it, as a CommonMark/GFM stand-in) must
 * carry no raw HTML but ours, no live @mention, no image, no link but the
 * job/build URLs of the document (and fileLink's), and no second marker.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { InputError } from '../../src/errors.js';
import { CATEGORIES } from '../../src/classify/categories.js';
import { triageText } from '../../src/triage.js';
import { renderMarkdown, type RenderOptions } from '../../src/render/markdown.js';
import { renderJson } from '../../src/render/json.js';
import { safeUrl } from '../../src/render/escape.js';
import type { CategoryId, Group, JobSummary, TriageDocument } from '../../src/types.js';
import { foreignTags, hrefs, toHtml } from '../helpers/markdown.js';
import { anyText, bytesAsText, hostileLine, mutatedSample, params, sampleWithHugeLine, TIMEOUT } from './support.js';

const MARKER = '<!-- build-triage:digest -->';
const md = new MarkdownIt({ html: true, linkify: true });

/** Tags our renderer writes as raw HTML, without attributes. */
const OUR_RAW_TAGS = /<\/?(?:details|summary|sub)>/g;

/** A fileLink as a caller might write it: the (untrusted) path pasted into a URL. */
const naiveFileLink = (file: string, line: number | null) => `https://github.com/o/r/blob/0123abc/${file}${line !== null ? `#L${line}` : ''}`;

/** The hrefs markdown-it makes of the links we are allowed to make. */
function allowedHrefs(doc: TriageDocument, options: RenderOptions): Set<string> {
  const targets: string[] = [];
  for (const job of doc.jobs) targets.push(safeUrl(job.url) ?? '');
  if (options.fileLink) {
    for (const group of doc.groups) {
      for (const o of group.occurrences) if (o.file) targets.push(safeUrl(options.fileLink(o.file, o.line)) ?? '');
    }
  }
  return new Set(targets.filter((t) => t !== '').flatMap((t) => hrefs(toHtml(`[x](${t})`))));
}

function checkDigest(doc: TriageDocument, options: RenderOptions): void {
  const markdown = renderMarkdown(doc, options);
  const html = toHtml(markdown);

  // Raw HTML: only our attribute-less tags and the header marker.
  const tokens = md.parse(markdown, {});
  const rawHtml = [...tokens, ...tokens.flatMap((t) => t.children ?? [])]
    .filter((t) => t.type === 'html_block' || t.type === 'html_inline')
    .map((t) => t.content);
  for (const raw of rawHtml) {
    const rest = (options.header ? raw.replace(options.header, '') : raw).replace(OUR_RAW_TAGS, '');
    expect(rest.includes('<'), `raw HTML not ours: ${JSON.stringify(raw.slice(0, 200))}`).toBe(false);
  }
  expect(foreignTags(html)).toEqual([]);
  expect(html).not.toContain('<img');
  // Every tag in the output is plain: no attributes but our links' href and code's language class.
  for (const tag of html.match(/<[a-z][^>]*>/g) ?? []) {
    expect(/^<[a-z0-9]+(?: href="[^"]*"| class="language-text")?>$/.test(tag), `tag ${tag.slice(0, 120)}`).toBe(true);
  }

  // No live mention outside code (attribute values do not count). GitHub
  // names start with a letter or digit: `@_` and `@-` mention nobody.
  // Code is cut out as a space: `@` right before a code span mentions nobody.
  const visible = html.replace(/<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]*>/g, '');
  expect(visible.match(/@[A-Za-z0-9]/)).toBeNull();

  // Links: only those the document and fileLink give.
  const allowed = allowedHrefs(doc, options);
  for (const href of hrefs(html)) expect(allowed.has(href), `unexpected link ${href.slice(0, 120)}`).toBe(true);

  // One marker at most, where the header put it.
  const markers = markdown.split('<!--').length - 1;
  expect(markers).toBe(options.header ? options.header.split('<!--').length - 1 : 0);
  if (options.header) expect(markdown.startsWith(options.header)).toBe(true);

  // Nothing silently dropped: each failed job with a URL is linked, unless the digest says it was cut.
  const cut = markdown.includes('Digest cut to fit');
  if (!cut) {
    const linked = new Set(hrefs(html));
    for (const job of doc.jobs.filter((j) => ['failure', 'unstable', 'aborted', 'unknown'].includes(j.status))) {
      const target = safeUrl(job.url);
      if (target) expect([...hrefs(toHtml(`[x](${target})`))].every((h) => linked.has(h)), `failed job ${job.name} not linked`).toBe(true);
    }
  }
  if (options.maxLength !== undefined && options.maxLength >= 1000) expect(markdown.length).toBeLessThanOrEqual(options.maxLength);

  // Deterministic, and the JSON carries everything the digest shows.
  expect(renderMarkdown(doc, options)).toBe(markdown);
  expect(renderJson(doc)).toBe(renderJson(doc));
  expect(renderMarkdown(JSON.parse(renderJson(doc)) as TriageDocument, options)).toBe(markdown);
}

const renderOptions: fc.Arbitrary<RenderOptions> = fc.record(
  {
    header: fc.constant(MARKER),
    fileLink: fc.constant(naiveFileLink),
    notes: fc.array(hostileLine, { maxLength: 3 }),
    maxLength: fc.oneof(fc.integer({ min: 1000, max: 70_000 }), fc.constant(65_000)),
  },
  { requiredKeys: [] },
);

const hostileString = fc.oneof(hostileLine, fc.string({ unit: 'binary', maxLength: 60 }));
const hostileUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('javascript:alert(1)', 'https://ci.example/job/a (b)/1/', 'https://ci.example/x)![i](https://evil.example/i.png', 'data:text/html,<b>x</b>', 'https://user@evil.example/@admin'),
  hostileString,
);

const job: fc.Arbitrary<JobSummary> = fc.record({
  name: hostileString,
  url: fc.option(hostileUrl),
  build: fc.option(fc.nat()),
  status: fc.constantFrom('success', 'failure', 'unstable', 'aborted', 'not_built', 'unknown'),
  patchSet: fc.option(fc.nat()),
});

const detail = fc.oneof(
  fc.constant({}),
  fc.record({ lines: fc.array(hostileString, { maxLength: 5 }) }),
  fc.record({
    parameter: fc.option(fc.nat(9)),
    difference: fc.constantFrom('const', 'type', 'count', 'return'),
    expected: hostileString,
    actual: hostileString,
    expectedSignature: hostileString,
    actualSignature: hostileString,
  }),
);

function groupOf(jobNames: string[]): fc.Arbitrary<Group> {
  const occurrence = fc.record({
    job: fc.option(jobNames.length ? fc.oneof(fc.constantFrom(...jobNames), hostileString) : hostileString),
    tool: fc.option(hostileString),
    file: fc.option(hostileString),
    line: fc.option(fc.nat()),
    column: fc.option(fc.nat()),
    message: fc.oneof(hostileString, fc.array(hostileLine, { maxLength: 8 }).map((l) => l.join('\n'))),
  });
  return fc.record({
    fingerprint: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 16 }),
    category: fc.constantFrom(...(Object.keys(CATEGORIES) as CategoryId[])),
    stage: fc.constantFrom('compile', 'link', 'test', 'runtime', 'lint', 'infra', 'unknown'),
    title: hostileString,
    detail,
    occurrences: fc.array(occurrence, { minLength: 1, maxLength: 6 }),
  });
}

const hostileDocument: fc.Arbitrary<TriageDocument> = fc.array(job, { maxLength: 8 }).chain((jobs) =>
  fc.record({
    schema: fc.constant('build-triage/v1' as const),
    change: fc.record({ id: fc.option(hostileString), subject: fc.option(hostileString), patchSet: fc.option(fc.nat()) }),
    jobs: fc.constant(jobs),
    groups: fc.array(groupOf(jobs.map((j) => j.name)), { maxLength: 6 }),
  }),
);

/** Documents the pipeline makes of hostile text. */
const triagedDocument: fc.Arbitrary<TriageDocument> = fc
  .oneof(mutatedSample.map((s) => s.text), anyText, bytesAsText)
  .map((text) => {
    try {
      return triageText(text, { sourceName: 'fuzz.log' }).document;
    } catch (error) {
      if (error instanceof InputError) return null;
      throw error;
    }
  })
  .filter((doc): doc is TriageDocument => doc !== null);

describe('renderMarkdown and renderJson on hostile documents', () => {
  it('made-up documents full of markup, mentions, markers and odd URLs', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(hostileDocument, renderOptions, checkDigest), params(300));
  });

  it('documents the pipeline makes of mutated samples and random text', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(triagedDocument, renderOptions, checkDigest), params(150));
  });

  it('a document with a 1 MiB line', { timeout: TIMEOUT }, () => {
    const doc = sampleWithHugeLine.map(({ text }) => {
      try {
        return triageText(text, { sourceName: 'fuzz.log' }).document;
      } catch (error) {
        if (error instanceof InputError) return null;
        throw error;
      }
    }).filter((d): d is TriageDocument => d !== null);
    fc.assert(fc.property(doc, renderOptions, checkDigest), params(3));
  });
});
