export { annotateHistory } from './annotate.js';
export type { HistoryOptions } from './annotate.js';
export { gerritUnchangedBetween, sameCodePatchSets } from './gerrit.js';
export { commitRevision, hasResults, patchSetRevision, runGroupOf, runOf } from './runs.js';
export type { RevisionRun, RunGroup } from './runs.js';
export { MAX_STATE_BLOCK, STATE_MARKER, decodeStateBlock, encodeStateBlock } from './state.js';
