// A search worker that misbehaves, for test/logs/search-helper.test.ts: it
// comes up, claims one chunk the way the real one does (search-protocol.ts),
// then never answers for it and keeps scribbling over that chunk's read slot
// for a while, as a worker stuck in a slow read and finishing late would.
// Plain JavaScript: a worker runs it as it is, without a bundler.
import { workerData } from 'node:worker_threads';

// Field offsets of src/logs/search-protocol.ts (FIELD).
const READY = 0, GENERATION = 2, NEXT = 3, FED = 4, SLOT_OFFSET = 10, CHUNK_SIZE = 7;
const SLOTS = 4;
const control = new Int32Array(workerData.control, 0, 32);
Atomics.store(control, READY, 1);
while (Atomics.load(control, GENERATION) === 0) Atomics.wait(control, GENERATION, 0, 50);
// Claim the next chunk (generation << 16 | index), as claimChunk does.
let index = -1;
for (;;) {
  const current = Atomics.load(control, NEXT);
  const next = current & 0xffff;
  if (next >= Atomics.load(control, FED) + SLOTS) {
    Atomics.wait(control, FED, Atomics.load(control, FED), 5);
    continue;
  }
  if (Atomics.compareExchange(control, NEXT, current, current + 1) === current) {
    index = next;
    break;
  }
}
const slot = Buffer.from(workerData.search.memory.buffer, control[SLOT_OFFSET + (index % SLOTS)], control[CHUNK_SIZE]);
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let round = 0; round < 100; round++) {
  slot.fill(round % 2 ? 'X' : 'error: scribbled\n');
  Atomics.wait(pause, 0, 0, 5);
}
