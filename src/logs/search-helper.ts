import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SharedNeedleSearch } from './needle-search.js';
import { CONTROL, JOB_QUIT, JOB_SEARCH, controlViews, createControlBlock, type SearchWorkerData } from './search-protocol.js';

/** Longest wait for one job (4 MiB read and searched): past it the worker is given up. */
const JOB_TIMEOUT_MS = 30_000;

export interface HelperResult {
  /** Bytes the worker read into the slot. */
  bytes: number;
  /** Their hits as (position, needle) pairs; null when there were too many to hand over. */
  hits: Uint32Array | null;
}

/**
 * The needle search's second thread, seen from the thread that reads the
 * log (read.ts): gives it one part of a log file at a time to read into a
 * read slot and search, and takes the hits back. Best effort: when the worker
 * is not up yet, cannot start or fails, `ready` is false and the reader does
 * the work itself; the results are the same either way.
 */
export class SearchHelper {
  private readonly control: Int32Array;
  private readonly hits: Uint32Array;
  private jobSeq = 0;
  private busy = false;
  private dead = false;

  private constructor(
    private readonly worker: Worker,
    block: SharedArrayBuffer,
  ) {
    ({ control: this.control, hits: this.hits } = controlViews(block));
    worker.on('error', () => (this.dead = true));
    worker.on('exit', () => (this.dead = true));
    // It must never keep the process alive: the reader waits for it with Atomics, not the event loop.
    worker.unref();
  }

  /**
   * Starts the worker at `script` (dist/search-worker/index.js, next to the
   * bundles) on a search's shared memory; null when there is no such script
   * (running from source) or no shared memory.
   */
  static start(script: URL, shared: SharedNeedleSearch | null): SearchHelper | null {
    if (!shared) return null;
    try {
      if (!existsSync(fileURLToPath(script))) return null;
      const block = createControlBlock();
      const workerData: SearchWorkerData = { search: shared, control: block };
      return new SearchHelper(new Worker(script, { workerData, stdout: false, stderr: false }), block);
    } catch {
      return null;
    }
  }

  /** Up and idle: a job given now starts at once. */
  get ready(): boolean {
    return !this.dead && !this.busy && Atomics.load(this.control, CONTROL.ready) === 1;
  }

  /** Read `length` bytes of file `fd` from `position` into the shared memory at `offset`, and search them. */
  submit(fd: number, offset: number, length: number, position: number): void {
    if (!this.ready) throw new Error('the search worker is busy or gone');
    const c = this.control;
    c[CONTROL.kind] = JOB_SEARCH;
    c[CONTROL.fd] = fd;
    c[CONTROL.offset] = offset;
    c[CONTROL.length] = length;
    c[CONTROL.positionLow] = position % 2 ** 32 | 0;
    c[CONTROL.positionHigh] = Math.floor(position / 2 ** 32);
    this.busy = true;
    Atomics.store(c, CONTROL.jobSeq, ++this.jobSeq);
    Atomics.notify(c, CONTROL.jobSeq);
  }

  /**
   * The submitted job's result, blocking until it is there; null when the
   * worker failed or timed out (it is then given up: the caller must not
   * reuse that read slot, the worker may still write to it).
   */
  wait(): HelperResult | null {
    if (!this.busy) throw new Error('no search job submitted');
    const c = this.control;
    const deadline = Date.now() + JOB_TIMEOUT_MS;
    while (Atomics.load(c, CONTROL.doneSeq) !== this.jobSeq) {
      const left = deadline - Date.now();
      if (left <= 0) {
        this.dead = true;
        return null;
      }
      Atomics.wait(c, CONTROL.doneSeq, Atomics.load(c, CONTROL.doneSeq), Math.min(left, 1000));
    }
    this.busy = false;
    if (c[CONTROL.failed] !== 0) {
      this.dead = true;
      return null;
    }
    const count = c[CONTROL.hitCount];
    return { bytes: c[CONTROL.bytes], hits: count < 0 ? null : this.hits.slice(0, count) };
  }

  /** Stops the worker (after its job, if one is running). */
  close(): void {
    this.dead = true;
    const c = this.control;
    c[CONTROL.kind] = JOB_QUIT;
    Atomics.store(c, CONTROL.jobSeq, ++this.jobSeq);
    Atomics.notify(c, CONTROL.jobSeq);
  }
}
