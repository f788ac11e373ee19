import { readSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { createNeedleSearch, type SharedNeedleSearch } from './needle-search.js';
import { CONTROL, HITS_CAPACITY, JOB_QUIT, controlViews, type SearchWorkerData } from './search-protocol.js';

/**
 * The needle search's second thread (bundled on its own into
 * dist/search-worker/index.js; search-helper.ts starts it). Told a part of
 * the log file and a read slot of the search's shared memory, it reads that
 * part into the slot and searches it with the same kernel, while the first
 * thread reads, searches and parses other parts. It talks through a shared
 * control block with Atomics (search-protocol.ts), never through messages:
 * the first thread may be busy for a long time and must not have to turn its
 * event loop to hear back.
 */

function readFully(fd: number, into: Buffer, position: number): number {
  let filled = 0;
  while (filled < into.length) {
    const bytes = readSync(fd, into, filled, into.length - filled, position + filled);
    if (bytes === 0) break;
    filled += bytes;
  }
  return filled;
}

function serve(data: SearchWorkerData): void {
  const { control, hits } = controlViews(data.control);
  let search;
  try {
    search = createNeedleSearch(data.search.needles, { attach: data.search as SharedNeedleSearch });
  } catch {
    Atomics.store(control, CONTROL.ready, -1);
    Atomics.notify(control, CONTROL.ready);
    return;
  }
  Atomics.store(control, CONTROL.ready, 1);
  Atomics.notify(control, CONTROL.ready);
  let seen = 0;
  for (;;) {
    Atomics.wait(control, CONTROL.jobSeq, seen);
    seen = Atomics.load(control, CONTROL.jobSeq);
    if (control[CONTROL.kind] === JOB_QUIT) return;
    try {
      const slot = search.view(control[CONTROL.offset], control[CONTROL.length]);
      if (!slot) throw new Error('no shared memory');
      const position = control[CONTROL.positionHigh] * 2 ** 32 + (control[CONTROL.positionLow] >>> 0);
      const bytes = readFully(control[CONTROL.fd], slot, position);
      let count = 0;
      search.find(slot, bytes, (at, needle) => {
        if (count + 2 <= HITS_CAPACITY) {
          hits[count] = at;
          hits[count + 1] = needle;
        }
        count += 2;
      });
      control[CONTROL.bytes] = bytes;
      // More hits than the block holds (hostile input): the first thread searches this part itself.
      control[CONTROL.hitCount] = count <= HITS_CAPACITY ? count : -1;
      control[CONTROL.failed] = 0;
    } catch {
      control[CONTROL.failed] = 1;
    }
    Atomics.store(control, CONTROL.doneSeq, seen);
    Atomics.notify(control, CONTROL.doneSeq);
  }
}

if (workerData) serve(workerData as SearchWorkerData);
