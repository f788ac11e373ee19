import type { SharedNeedleSearch } from './needle-search.js';

/**
 * The control block between the log reader's thread and the search worker
 * (search-helper.ts and search-worker.ts): one SharedArrayBuffer, Int32
 * fields then the hits of the last job as (position, needle) pairs. One job
 * at a time: the reader bumps jobSeq, the worker answers by setting doneSeq
 * to it; both wait with Atomics.wait.
 */
export const CONTROL = {
  /** 0 starting, 1 ready, -1 could not start. */
  ready: 0,
  jobSeq: 1,
  doneSeq: 2,
  kind: 3,
  fd: 4,
  /** The read slot: offset and length in the search's shared memory. */
  offset: 5,
  length: 6,
  positionLow: 7,
  positionHigh: 8,
  /** Results: bytes read, hit pair values (-1: too many for the block), failure. */
  bytes: 9,
  hitCount: 10,
  failed: 11,
} as const;

const CONTROL_FIELDS = 16;
export const JOB_SEARCH = 1;
export const JOB_QUIT = 2;
/** Hit values (2 per hit) the block holds: 64 Ki hits, far more than a real 4 MiB of log has. */
export const HITS_CAPACITY = 1 << 17;

export interface SearchWorkerData {
  search: SharedNeedleSearch;
  control: SharedArrayBuffer;
}

export function createControlBlock(): SharedArrayBuffer {
  return new SharedArrayBuffer(4 * CONTROL_FIELDS + 4 * HITS_CAPACITY);
}

export function controlViews(block: SharedArrayBuffer): { control: Int32Array; hits: Uint32Array } {
  return { control: new Int32Array(block, 0, CONTROL_FIELDS), hits: new Uint32Array(block, 4 * CONTROL_FIELDS, HITS_CAPACITY) };
}
