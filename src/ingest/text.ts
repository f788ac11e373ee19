/** Text helpers shared by the readers: line endings, BOM, rule lines. */

export function normaliseNewlines(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}

/** A line made only of one repeated character (`====`, `----`), at least `min` long. */
export function isRuleLine(line: string, char: '=' | '-', min = 20): boolean {
  const trimmed = line.trimEnd();
  if (trimmed.length < min) return false;
  for (let i = 0; i < trimmed.length; i++) if (trimmed[i] !== char) return false;
  return true;
}

const PATCH_SET_IN_TEXT = /\b(?:Uploaded patch set|Patch Set|patchset|Patchset)[ :]?(\d{1,6})\b/i;

/** Patch set a message speaks of: "Patch Set 13: Verified-1", "Uploaded patch set 13.". */
export function patchSetMentioned(body: string): number | null {
  const head = body.slice(0, 400);
  if (!/patch ?set/i.test(head)) return null;
  const match = PATCH_SET_IN_TEXT.exec(head);
  return match ? Number(match[1]) : null;
}
