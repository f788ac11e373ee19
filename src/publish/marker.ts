/**
 * Our comment carries a hidden marker. The renderer escapes `<!--` in every
 * quoted text, so no report can smuggle a marker into a digest; a marker in
 * somebody else's comment is ignored because the author must be us too.
 */

const PREFIX = '<!-- build-triage:digest';

export function digestMarker(key: string): string {
  return key === '' ? `${PREFIX} -->` : `${PREFIX} key=${key} -->`;
}

/** Any build-triage digest, whatever its key or author: never read as a bot report. */
export function carriesAnyMarker(body: string | null | undefined): boolean {
  return (body ?? '').includes(PREFIX);
}

export function carriesMarker(body: string | null | undefined, key: string): boolean {
  return (body ?? '').includes(digestMarker(key));
}
