import type { Review } from '../types.js';
import type { HistoryOptions } from './annotate.js';

/**
 * Gerrit says in the upload message when a new patch set has the same code as
 * the one before: "Commit message was updated." (NO_CODE_CHANGE) or "New patch
 * set was added with same tree, parent, and commit message as Patch Set N."
 * (NO_CHANGE). A rebase ("Patch Set N was rebased") changes the tree through
 * other people's commits, so it tells nothing about the files a test names.
 */

const SAME_TREE_WORDS = ['commit message was updated', 'with same tree'];

/** Patch sets whose code equals their predecessor's, from the upload messages. */
export function sameCodePatchSets(review: Review): Set<number> {
  const same = new Set<number>();
  for (const message of review.messages) {
    const head = message.body.slice(0, 300).toLowerCase();
    if (!head.startsWith('uploaded patch set') || message.patchSet === null) continue;
    if (SAME_TREE_WORDS.some((words) => head.includes(words))) same.add(message.patchSet);
  }
  return same;
}

function patchSetOf(revision: string): number | null {
  return revision.startsWith('ps:') && /^\d{1,6}$/.test(revision.slice(3)) ? Number(revision.slice(3)) : null;
}

/** `unchangedBetween` for a Gerrit review: true only when every patch set in between kept the code. */
export function gerritUnchangedBetween(review: Review): HistoryOptions['unchangedBetween'] {
  const same = sameCodePatchSets(review);
  return (from, to) => {
    const a = patchSetOf(from);
    const b = patchSetOf(to);
    if (a === null || b === null || a >= b) return null;
    for (let ps = a + 1; ps <= b; ps++) if (!same.has(ps)) return null;
    return true;
  };
}
