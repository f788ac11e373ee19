import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SharedNeedleSearch } from './needle-search.js';
import { FIELD, MAX_CHUNKS, SLOTS, claimChunk, claimValue, controlViews, createControlBlock, type SearchWorkerData } from './search-protocol.js';

/** Longest wait for one chunk (2 MiB read and searched, normally ~1 ms): past it the worker is given up. */
const CHUNK_TIMEOUT_MS = 30_000;

export interface HelperChunk {
  /** Bytes the worker read into the chunk's slot. */
  bytes: number;
  /** Their hits as (position, needle) pairs; null when there were too many to hand over. */
  hits: Uint32Array | null;
}

/**
 * The needle search's second thread, seen from the thread that reads the
 * log (read.ts): a file is announced with beginFile(), then both threads
 * claim its chunks in turn (claim()), and the reader takes the worker's
 * results in file order (result(), wait()). Best effort: when the worker is
 * not up yet, cannot start or fails, the reader claims every chunk itself;
 * the results are the same either way.
 */
export class SearchHelper {
  private readonly control: Int32Array;
  private readonly hits: Uint32Array[];
  private generation = 0;
  private dead = false;
  private exited: Promise<void> | null = null;

  private constructor(
    private readonly worker: Worker,
    block: SharedArrayBuffer,
    private readonly chunkTimeoutMs: number,
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
  static start(script: URL, shared: SharedNeedleSearch | null, options: { chunkTimeoutMs?: number } = {}): SearchHelper | null {
    if (!shared) return null;
    try {
      if (!existsSync(fileURLToPath(script))) return null;
      const block = createControlBlock();
      const workerData: SearchWorkerData = { search: shared, control: block };
      return new SearchHelper(new Worker(script, { workerData, stdout: false, stderr: false }), block, options.chunkTimeoutMs ?? CHUNK_TIMEOUT_MS);
    } catch {
      return null;
    }
  }

  /** The worker is up and has not failed (it may still be busy). */
  get up(): boolean {
    return !this.dead && Atomics.load(this.control, FIELD.ready) === 1;
  }

  /**
   * Announces a file of `size` bytes in chunks of `chunkSize`, chunk i going
   * to the read slot at slotOffsets[i % SLOTS], the chunks before
   * `firstChunk` being read already; false when the worker is gone or the
   * file has too many chunks for it.
   */
  beginFile(fd: number, size: number, chunkSize: number, slotOffsets: number[], firstChunk = 0): boolean {
    if (this.dead || Atomics.load(this.control, FIELD.ready) === -1 || Math.ceil(size / chunkSize) > MAX_CHUNKS) return false;
    const c = this.control;
    this.generation = (this.generation + 1) & 0x7fff || 1;
    // No claims while the fields change: a worker still in a claim of the last
    // file then fails its compare-and-swap instead of claiming a chunk of a
    // half-described new one.
    Atomics.store(c, FIELD.next, claimValue(this.generation, MAX_CHUNKS));
    c[FIELD.fd] = fd;
    c[FIELD.chunkCount] = Math.ceil(size / chunkSize);
    c[FIELD.chunkSize] = chunkSize;
    c[FIELD.sizeLow] = size % 2 ** 32 | 0;
    c[FIELD.sizeHigh] = Math.floor(size / 2 ** 32);
    for (let slot = 0; slot < SLOTS; slot++) {
      c[FIELD.slotOffset + slot] = slotOffsets[slot];
      Atomics.store(c, FIELD.slotState + slot, 0);
    }
    Atomics.store(c, FIELD.fed, firstChunk);
    Atomics.store(c, FIELD.next, claimValue(this.generation, firstChunk));
    Atomics.store(c, FIELD.generation, this.generation);
    Atomics.notify(c, FIELD.generation);
    return true;
  }

  /** The next chunk for the reader itself, or -1 (all claimed, or its slot is not free yet). */
  claim(): number {
    return claimChunk(this.control, this.generation);
  }

  /** Chunks fed to the scanner so far: their slots are free. */
  setFed(count: number): void {
    Atomics.store(this.control, FIELD.fed, count);
    Atomics.notify(this.control, FIELD.fed);
  }

  /** The worker's result for chunk `index`: null while it works on it, 'failed' when it could not read it. */
  result(index: number): HelperChunk | 'failed' | null {
    const slot = index % SLOTS;
    const state = Atomics.load(this.control, FIELD.slotState + slot);
    if (state === -(index + 1)) return 'failed';
    if (state !== index + 1) return null;
    const count = this.control[FIELD.slotHitCount + slot];
    return { bytes: this.control[FIELD.slotBytes + slot], hits: count < 0 ? null : this.hits[slot].slice(0, count) };
  }

  /**
   * Blocks until the worker is done with chunk `index`; false when it took
   * too long or its thread ended (the worker is then given up).
   */
  wait(index: number): boolean {
    const at = FIELD.slotState + (index % SLOTS);
    const deadline = Date.now() + this.chunkTimeoutMs;
    for (;;) {
      const state = Atomics.load(this.control, at);
      if (state === index + 1 || state === -(index + 1)) return true;
      const left = deadline - Date.now();
      // The worker says when its loop ends (its 'exit' event would need this thread's event loop).
      if (left <= 0 || Atomics.load(this.control, FIELD.ready) === -1) {
        this.giveUp();
        return false;
      }
      Atomics.wait(this.control, at, state, Math.min(left, 1000));
    }
  }

  /** Given up (failed, hung or told to stop): it takes no more chunks, but may still be reading one until its thread ends. */
  get givenUp(): boolean {
    return this.dead;
  }

  /** No more work for the worker: it stops after its chunk, if it has one. */
  giveUp(): void {
    this.dead = true;
    Atomics.store(this.control, FIELD.quit, 1);
    Atomics.notify(this.control, FIELD.generation);
    Atomics.notify(this.control, FIELD.fed);
  }

  /** Gives the worker up and resolves once its thread has ended: nothing of it can write to the memory or read the file then. */
  stopped(): Promise<void> {
    this.giveUp();
    this.exited ??= this.worker.terminate().then(
      () => undefined,
      () => undefined,
    );
    return this.exited;
  }

  /** Stops the worker (after its chunk, if it has one). */
  close(): void {
    this.giveUp();
  }
}

