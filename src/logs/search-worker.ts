import { workerData } from 'node:worker_threads';
import { readFully } from './read-fully.js';
import { collectHits, createNeedleSearch, type NeedleSearch } from './needle-search.js';
import { FIELD, HITS_CAPACITY, SLOTS, chunkLength, claimChunk, claimGeneration, claimIndex, controlViews, type SearchWorkerData } from './search-protocol.js';

/**
 * The needle search's second thread (bundled on its own into
 * dist/search-worker/index.js; search-helper.ts starts it). For each file the
 * reader announces, it claims chunks, reads each into its read slot of the
 * search's shared memory and searches it with the same kernel, while the
 * reader does the same and feeds the searched chunks to the scanner. It talks
 * through the control block with Atomics (search-protocol.ts), never through
 * messages: the reader may be busy for long and must not have to turn its
 * event loop to hear back.
 */

function searchChunk(search: NeedleSearch, control: Int32Array, hits: Uint32Array, index: number): void {
  const slot = index % SLOTS;
  try {
    const length = chunkLength(control, index);
    const view = search.view(control[FIELD.slotOffset + slot], length);
    if (!view) throw new Error('no shared memory');
    const bytes = readFully(control[FIELD.fd], view, index * control[FIELD.chunkSize]);
    const found = collectHits(search, view, bytes);
    if (found.length <= HITS_CAPACITY) hits.set(found);
    control[FIELD.slotBytes + slot] = bytes;
    // More hits than the slot's area holds (hostile input): the reader searches this chunk itself.
    control[FIELD.slotHitCount + slot] = found.length <= HITS_CAPACITY ? found.length : -1;
    Atomics.store(control, FIELD.slotState + slot, index + 1);
  } catch {
    Atomics.store(control, FIELD.slotState + slot, -(index + 1));
  }
  Atomics.notify(control, FIELD.slotState + slot);
}

function serve(data: SearchWorkerData): void {
  const { control, hits } = controlViews(data.control);
  let search: NeedleSearch;
  try {
    search = createNeedleSearch(data.search.needles, { attach: data.search });
  } catch {
    Atomics.store(control, FIELD.ready, -1);
    return;
  }
  Atomics.store(control, FIELD.ready, 1);
  try {
    work(search, control, hits);
  } finally {
    // However the loop ended: the reader must not wait for this thread any more.
    Atomics.store(control, FIELD.ready, -1);
    for (let slot = 0; slot < SLOTS; slot++) Atomics.notify(control, FIELD.slotState + slot);
  }
}

function work(search: NeedleSearch, control: Int32Array, hits: Uint32Array[]): void {
  let generation = 0;
  for (;;) {
    // The next file (or one that began before this thread was up).
    while (Atomics.load(control, FIELD.generation) === generation && Atomics.load(control, FIELD.quit) === 0) {
      Atomics.wait(control, FIELD.generation, generation, 1000);
    }
    if (Atomics.load(control, FIELD.quit) !== 0) return;
    generation = Atomics.load(control, FIELD.generation);
    while (Atomics.load(control, FIELD.quit) === 0 && Atomics.load(control, FIELD.generation) === generation) {
      const fed = Atomics.load(control, FIELD.fed);
      const index = claimChunk(control, generation);
      if (index >= 0) {
        searchChunk(search, control, hits[index % SLOTS], index);
        continue;
      }
      // Nothing to claim: another file began, all chunks are claimed (this file is done here), or no slot is free yet.
      const next = Atomics.load(control, FIELD.next);
      if (claimGeneration(next) !== (generation & 0x7fff) || claimIndex(next) >= control[FIELD.chunkCount]) break;
      Atomics.wait(control, FIELD.fed, fed, 100);
    }
  }
}

if (workerData) serve(workerData as SearchWorkerData);
