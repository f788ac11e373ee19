import { READ_SLOTS, type SharedNeedleSearch } from './needle-search.js';

/**
 * The control block between the log reader's thread and the search worker
 * (search-helper.ts and search-worker.ts): one SharedArrayBuffer of Int32
 * fields, then per read slot the hits of the chunk in it as (position,
 * needle) pairs. A file is cut into chunks; each thread claims the next one
 * with a compare-and-swap on `next`, reads it into the slot `index % SLOTS`
 * and searches it; the reader feeds them to the scanner in file order. A
 * chunk may be claimed only once the chunk SLOTS before it was fed (its slot
 * is free). Both threads wait with Atomics.wait, never on an event loop.
 */
/** The search's read slots, one per chunk in flight. */
export const SLOTS = READ_SLOTS;

export const FIELD = {
  /** 0 starting, 1 ready, -1 could not start. */
  ready: 0,
  /** 1: stop. */
  quit: 1,
  /** Bumped for each file; the worker then joins it. */
  generation: 2,
  /** The next chunk to claim: generation (15 bits) << 16 | index. */
  next: 3,
  /** Chunks fed to the scanner so far (slots before that are free). */
  fed: 4,
  fd: 5,
  chunkCount: 6,
  chunkSize: 7,
  sizeLow: 8,
  sizeHigh: 9,
  /** SLOTS fields each: the slot's offset in the search's memory; index + 1 when its chunk is searched, -(index + 1) when that failed; bytes read; hit values (-1: too many). */
  slotOffset: 10,
  slotState: 14,
  slotBytes: 18,
  slotHitCount: 22,
} as const;

const FIELDS = 32;
/** Chunks a file may have for two threads (the claim counter's 16 bits). */
export const MAX_CHUNKS = 0xffff;
/** Hit values (2 per hit) per slot: 64 Ki hits, far more than a real chunk of log has. */
export const HITS_CAPACITY = 1 << 17;

export interface SearchWorkerData {
  search: SharedNeedleSearch;
  control: SharedArrayBuffer;
}

export function createControlBlock(): SharedArrayBuffer {
  return new SharedArrayBuffer(4 * FIELDS + 4 * SLOTS * HITS_CAPACITY);
}

export interface ControlViews {
  control: Int32Array;
  /** Per slot, its hits area. */
  hits: Uint32Array[];
}

export function controlViews(block: SharedArrayBuffer): ControlViews {
  return {
    control: new Int32Array(block, 0, FIELDS),
    hits: Array.from({ length: SLOTS }, (_, slot) => new Uint32Array(block, 4 * FIELDS + 4 * slot * HITS_CAPACITY, HITS_CAPACITY)),
  };
}

export const claimValue = (generation: number, index: number): number => ((generation & 0x7fff) << 16) | index;
export const claimGeneration = (value: number): number => (value >>> 16) & 0x7fff;
export const claimIndex = (value: number): number => value & 0xffff;

/** The file's size, from its two fields. */
export function fileSize(control: Int32Array): number {
  return control[FIELD.sizeHigh] * 2 ** 32 + (control[FIELD.sizeLow] >>> 0);
}

/** Bytes of chunk `index` (the last one is short). */
export function chunkLength(control: Int32Array, index: number): number {
  const size = control[FIELD.chunkSize];
  return Math.max(0, Math.min(size, fileSize(control) - index * size));
}

/**
 * Claims the next chunk of the current file for the calling thread: its
 * index, or -1 when there is none to claim now (all claimed, or its slot
 * not yet free). `generation` is the file the caller works on.
 */
export function claimChunk(control: Int32Array, generation: number): number {
  for (;;) {
    const current = Atomics.load(control, FIELD.next);
    if (claimGeneration(current) !== (generation & 0x7fff)) return -1;
    const index = claimIndex(current);
    if (index >= control[FIELD.chunkCount] || index >= Atomics.load(control, FIELD.fed) + SLOTS) return -1;
    if (Atomics.compareExchange(control, FIELD.next, current, current + 1) === current) return index;
  }
}
