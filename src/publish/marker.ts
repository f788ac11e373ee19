/**
 * Our comment starts with a hidden marker. The renderer escapes `<!--` in
 * every quoted text, so no report can smuggle a marker into a digest; a marker
 * in somebody else's comment is ignored because the author must be us too.
 * Only a marker at the very start counts: a bot quoting a log that holds one
 * is still a report.
 */

const PREFIX = '<!-- build-triage:digest';

export function digestMarker(key: string): string {
  return key === '' ? `${PREFIX} -->` : `${PREFIX} key=${key} -->`;
}

/** Any build-triage digest, whatever its key or author: never read as a bot report. */
export function carriesAnyMarker(body: string | null | undefined): boolean {
  return (body ?? '').trimStart().startsWith(PREFIX);
}

export function carriesMarker(body: string | null | undefined, key: string): boolean {
  return (body ?? '').trimStart().startsWith(digestMarker(key));
}
