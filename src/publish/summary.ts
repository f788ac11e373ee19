import type { TriageDocument } from '../types.js';
import { renderMarkdown, type RenderOptions } from '../render/markdown.js';
import { CHECK_SUMMARY_LIMIT } from './check-run.js';

/** The job summary holds at most 1 MiB per step; the comment 65,536 characters. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_CHARS = 65_536;

/** The digest sized for the job summary, in bytes (emoji and CJK count several). */
export function renderSummary(doc: TriageDocument, options: RenderOptions): string {
  let max = SUMMARY_LIMIT_BYTES - 1024;
  let body = renderMarkdown(doc, { ...options, maxLength: max });
  while (Buffer.byteLength(body, 'utf8') > SUMMARY_LIMIT_BYTES - 1024 && max > 4096) {
    max = Math.floor(max / 2);
    body = renderMarkdown(doc, { ...options, maxLength: max });
  }
  return body;
}

/**
 * The digest for a check run's summary, under the Checks API's limit: fitted
 * by dropping detail, as the comment is (cutting the job summary's digest
 * would leave code fences and <details> open).
 */
export function renderCheckSummary(doc: TriageDocument, options: RenderOptions): string {
  return renderMarkdown(doc, { ...options, maxLength: CHECK_SUMMARY_LIMIT });
}

/** The digest for the PR comment, marker included, under GitHub's limit. */
export function renderComment(doc: TriageDocument, options: RenderOptions & { reserve?: number }): string {
  return renderMarkdown(doc, { ...options, maxLength: COMMENT_LIMIT_CHARS - 536 - (options.reserve ?? 0) });
}
