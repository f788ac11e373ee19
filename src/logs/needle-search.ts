import { NEEDLE_KERNEL_WASM } from './kernel/needle-kernel.wasm.js';

/**
 * Finds every occurrence of a set of needles in a byte buffer. With
 * WebAssembly SIMD (Node ≥ 16.4) one pass finds them all (kernel/needle-kernel.c);
 * otherwise one Buffer.indexOf pass per needle. Both report the same hits;
 * test/logs/needle-search.test.ts checks it.
 */

export type HitCallback = (position: number, needle: number) => void;

/**
 * What a worker thread needs to run the same search on the same memory: the
 * compiled kernel, its shared memory (read slots included) and the needles.
 * Structured-cloneable (postMessage, workerData).
 */
export interface SharedNeedleSearch {
  module: object;
  memory: WasmMemory;
  needles: string[];
}

export interface NeedleSearch {
  readonly kind: 'wasm-simd' | 'indexOf';
  /** Calls onHit for every match starting in buf[0, end), in ascending position for wasm, per needle for indexOf. */
  find(buf: Buffer, end: number, onHit: HitCallback): void;
  /**
   * A buffer to read a chunk into, so that find() need not copy it (wasm
   * memory). READ_SLOTS slots, so that some can be read into while others
   * are searched; sizes are fixed by the first call. `slack`: the most bytes
   * find() will be asked to copy meanwhile.
   */
  readBuffer(size: number, slack: number, slot?: number): Buffer;
  /** What a worker thread needs to search the read slots too; null when this search cannot be shared. */
  share(): SharedNeedleSearch | null;
  /** A view of the shared memory (a worker's way to see a read slot); null when there is none. */
  view(offset: number, length: number): Buffer | null;
}

/** Read slots a search offers. */
export const READ_SLOTS = 4;

class IndexOfSearch implements NeedleSearch {
  readonly kind = 'indexOf';
  private readonly needles: Buffer[];
  constructor(needles: string[]) {
    this.needles = needles.map((n) => Buffer.from(n, 'utf8'));
  }
  private readonly reusable: Array<Buffer | null> = new Array<Buffer | null>(READ_SLOTS).fill(null);

  share(): null {
    return null;
  }

  view(): null {
    return null;
  }

  readBuffer(size: number, _slack: number, slot = 0): Buffer {
    const have = this.reusable[slot];
    if (have && have.length >= size) return have.subarray(0, size);
    const fresh = Buffer.allocUnsafe(size);
    this.reusable[slot] = fresh;
    return fresh;
  }

  find(buf: Buffer, end: number, onHit: HitCallback): void {
    const region = end === buf.length ? buf : buf.subarray(0, end);
    this.needles.forEach((needle, index) => {
      for (let at = region.indexOf(needle, 0); at !== -1; at = region.indexOf(needle, at + 1)) onHit(at, index);
    });
  }
}

// The lib settings (ES2022, no DOM) carry no WebAssembly types: the little used here.
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}
interface WasmInstance {
  readonly exports: unknown;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
  Instance: new (module: object, imports: object) => WasmInstance;
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

const BUCKETS = 8;
const PER_BUCKET = 8;
const OUT_PAIRS = 1 << 15;
const PAGE = 65536;
/** The kernel's memory at most (build.sh says the same): read slots, copy area and outputs fit. */
const MAX_PAGES = 1024;
/** Per-thread area for the kernel's state (resume position, scratch). */
const STATE_BYTES = 32;
/** Threads that may run the kernel at once on one memory: lane 0 is the creator's, lane 1 a worker's. */
const LANES = 2;

interface KernelExports {
  scan(s: number, n: number, from: number, tables: number, bytes: number, needles: number, buckets: number, out: number, cap: number, state: number): number;
  __heap_base: { value: number };
}

/** Nibble tables: bucket bit b is set where a needle of bucket b may have that nibble at that offset. */
function buildTables(needles: Buffer[], bucketOf: number[]): Uint8Array {
  const tables = new Uint8Array(96);
  needles.forEach((needle, index) => {
    const bit = 1 << bucketOf[index];
    for (let k = 0; k < 3; k++) {
      if (k < needle.length) {
        tables[32 * k + (needle[k] & 15)] |= bit;
        tables[32 * k + 16 + (needle[k] >> 4)] |= bit;
      } else {
        // A needle shorter than three bytes accepts any byte there.
        for (let nibble = 0; nibble < 16; nibble++) {
          tables[32 * k + nibble] |= bit;
          tables[32 * k + 16 + nibble] |= bit;
        }
      }
    }
  });
  return tables;
}

/** Short needles get buckets of their own (they accept anything past their end); the rest share, similar first bytes together. */
function assignBuckets(needles: Buffer[]): number[] | null {
  const order = needles.map((n, i) => i).sort((a, b) => needles[a].length - needles[b].length || needles[a][0] - needles[b][0]);
  const bucketOf = new Array<number>(needles.length);
  const sizes = new Array<number>(BUCKETS).fill(0);
  let next = 0;
  const short = order.filter((i) => needles[i].length < 3);
  const long = order.filter((i) => needles[i].length >= 3).sort((a, b) => needles[a][0] - needles[b][0]);
  for (const i of short) {
    if (next >= BUCKETS) return null;
    bucketOf[i] = next;
    sizes[next++] = PER_BUCKET - 1; // full: nothing else joins a short needle
  }
  const free = BUCKETS - next;
  if (free === 0 && long.length > 0) return null;
  const perBucket = Math.ceil(long.length / Math.max(1, free));
  if (perBucket > PER_BUCKET - 1) return null;
  long.forEach((i, k) => {
    const bucket = next + Math.floor(k / perBucket);
    bucketOf[i] = bucket;
    sizes[bucket]++;
  });
  return bucketOf;
}

class WasmSimdSearch implements NeedleSearch {
  readonly kind = 'wasm-simd';
  private readonly exports: KernelExports;
  private readonly tablesAt: number;
  private readonly bytesAt: number;
  private readonly needlesAt: number;
  private readonly bucketsAt: number;
  private readonly outAt: number;
  private readonly stateAt: number;
  private readonly readAt: number;
  private readSize = 0;
  private inputAt: number;
  /** Every ArrayBuffer object the memory has shown (growing makes a new one): views of any of them need no copy. */
  private readonly memoryBuffers = new WeakSet<object>();

  /**
   * `lane` 0 lays the tables out in the memory; another lane (a worker on
   * the same memory) finds them there, the layout being a function of the
   * module and the needles alone.
   */
  constructor(
    private readonly module: object,
    instance: WasmInstance,
    private readonly memory: WasmMemory,
    private readonly needleTexts: string[],
    needles: Buffer[],
    bucketOf: number[],
    lane: number,
  ) {
    this.exports = instance.exports as unknown as KernelExports;
    const align = (n: number) => (n + 15) & ~15;
    const heap = align(this.exports.__heap_base.value);
    const totalBytes = needles.reduce((sum, n) => sum + n.length, 0);
    this.tablesAt = heap;
    this.bytesAt = align(this.tablesAt + 96);
    this.needlesAt = align(this.bytesAt + totalBytes);
    this.bucketsAt = align(this.needlesAt + 8 * needles.length);
    const lanesAt = align(this.bucketsAt + BUCKETS * PER_BUCKET);
    const laneBytes = OUT_PAIRS * 8 + STATE_BYTES;
    this.outAt = lanesAt + lane * laneBytes;
    this.stateAt = this.outAt + OUT_PAIRS * 8;
    this.readAt = align(lanesAt + LANES * laneBytes);
    this.inputAt = this.readAt;
    if (lane !== 0) return;
    this.ensure(this.inputAt + PAGE);
    const bytes = new Uint8Array(this.memory.buffer);
    bytes.set(buildTables(needles, bucketOf), this.tablesAt);
    const descriptors = new DataView(this.memory.buffer, this.needlesAt, 8 * needles.length);
    let offset = 0;
    needles.forEach((needle, index) => {
      bytes.set(needle, this.bytesAt + offset);
      descriptors.setUint32(8 * index, offset, true);
      descriptors.setUint32(8 * index + 4, needle.length, true);
      offset += needle.length;
    });
    bytes.fill(0xff, this.bucketsAt, this.bucketsAt + BUCKETS * PER_BUCKET);
    const filled = new Array<number>(BUCKETS).fill(0);
    needles.forEach((_, index) => {
      const bucket = bucketOf[index];
      bytes[this.bucketsAt + bucket * PER_BUCKET + filled[bucket]++] = index;
    });
  }

  private buffer(): ArrayBufferLike {
    const buffer = this.memory.buffer;
    this.memoryBuffers.add(buffer);
    return buffer;
  }

  private ensure(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes > MAX_PAGES * PAGE) throw new RangeError(`needle search: ${bytes} bytes of memory asked for, ${MAX_PAGES * PAGE} at most`);
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  share(): SharedNeedleSearch {
    return { module: this.module, memory: this.memory, needles: this.needleTexts };
  }

  view(offset: number, length: number): Buffer {
    return Buffer.from(this.buffer(), offset, length);
  }

  readBuffer(size: number, slack: number, slot = 0): Buffer {
    if (size > this.readSize) {
      // The read slots sit before the copy area; growing them moves the copy area up.
      this.readSize = (size + 15) & ~15;
      this.inputAt = this.readAt + READ_SLOTS * this.readSize + 16;
    }
    this.ensure(this.inputAt + slack + PAGE);
    return this.view(this.readAt + slot * this.readSize, size);
  }

  find(buf: Buffer, end: number, onHit: HitCallback): void {
    if (end === 0) return;
    let at: number;
    if (this.memoryBuffers.has(buf.buffer) && buf.byteOffset + end + 16 <= this.memory.buffer.byteLength) {
      // A view of this memory (a read slot): nothing to copy.
      at = buf.byteOffset;
    } else {
      this.ensure(this.inputAt + end + 16);
      new Uint8Array(this.buffer(), this.inputAt, end).set(buf.subarray(0, end));
      at = this.inputAt;
    }
    const out = new Uint32Array(this.buffer(), this.outAt, OUT_PAIRS * 2);
    const state = new Uint32Array(this.buffer(), this.stateAt, 1);
    let from = 0;
    while (from < end) {
      const count = this.exports.scan(at, end, from, this.tablesAt, this.bytesAt, this.needlesAt, this.bucketsAt, this.outAt, OUT_PAIRS * 2, this.stateAt);
      for (let k = 0; k < count; k += 2) onHit(out[k], out[k + 1]);
      const resume = state[0];
      if (resume <= from && count === 0) throw new Error('needle search made no progress');
      from = resume;
    }
  }
}

/**
 * The kernel for the needles it does well, Buffer.indexOf (memchr on the first
 * byte) for those whose first byte is rare in logs: every needle the kernel
 * carries costs on every byte, a memchr for a byte that never occurs costs
 * almost nothing. Hits are reported kernel first, then per indexOf needle.
 */
class HybridSearch implements NeedleSearch {
  readonly kind = 'wasm-simd';
  constructor(
    private readonly kernel: NeedleSearch,
    private readonly kernelIndex: number[],
    private readonly rare: Array<{ needle: Buffer; index: number }>,
    private readonly needleTexts: string[],
  ) {}

  readBuffer(size: number, slack: number, slot = 0): Buffer {
    return this.kernel.readBuffer(size, slack, slot);
  }

  share(): SharedNeedleSearch | null {
    const kernel = this.kernel.share();
    return kernel && { ...kernel, needles: this.needleTexts };
  }

  view(offset: number, length: number): Buffer | null {
    return this.kernel.view(offset, length);
  }

  find(buf: Buffer, end: number, onHit: HitCallback): void {
    this.kernel.find(buf, end, (at, needle) => onHit(at, this.kernelIndex[needle]));
    const region = end === buf.length ? buf : buf.subarray(0, end);
    for (const { needle, index } of this.rare) {
      for (let at = region.indexOf(needle, 0); at !== -1; at = region.indexOf(needle, at + 1)) onHit(at, index);
    }
  }
}

/**
 * First bytes for which memchr beats the kernel: non-ASCII lead bytes (never in
 * plain build logs) and capitals (rare next to lower case; measured on the
 * bench log, moving them out of the kernel took 0.30 s to 0.24 s at 200 MiB).
 */
function startsWithRareByte(needle: Buffer): boolean {
  return needle[0] >= 0x80 || (needle[0] >= 65 && needle[0] <= 90);
}

export interface NeedleSearchOptions {
  /** false: Buffer.indexOf only (tests compare the two). */
  allowWasm?: boolean;
  /** A worker's side of a shared search: the same kernel on the creator's memory (its own lane). */
  attach?: SharedNeedleSearch;
}

/** The fastest search this Node can run for these needles. */
export function createNeedleSearch(needleTexts: string[], options: NeedleSearchOptions = {}): NeedleSearch {
  const all = needleTexts.map((n) => Buffer.from(n, 'utf8'));
  const rare = all.map((needle, index) => ({ needle, index })).filter(({ needle }) => needle.length > 0 && startsWithRareByte(needle));
  if (rare.length > 0 && rare.length < all.length && options.allowWasm !== false) {
    const kernelIndex = all.map((_, index) => index).filter((index) => !rare.some((r) => r.index === index));
    const kernel = createNeedleSearch(kernelIndex.map((index) => needleTexts[index]), options);
    if (kernel.kind === 'wasm-simd') return new HybridSearch(kernel, kernelIndex, rare, needleTexts);
  }
  return createPlainNeedleSearch(needleTexts, options);
}

function createPlainNeedleSearch(needleTexts: string[], options: NeedleSearchOptions): NeedleSearch {
  const needles = needleTexts.map((n) => Buffer.from(n, 'utf8'));
  if (wasm && options.allowWasm !== false && needles.length > 0 && needles.every((n) => n.length > 0)) {
    const bucketOf = assignBuckets(needles);
    if (bucketOf) {
      try {
        const attach = options.attach;
        const module = attach ? attach.module : new wasm.Module(Buffer.from(NEEDLE_KERNEL_WASM, 'base64'));
        const memory = attach ? attach.memory : new wasm.Memory({ initial: 16, maximum: MAX_PAGES, shared: true });
        const instance = new wasm.Instance(module, { env: { memory } });
        return new WasmSimdSearch(module, instance, memory, needleTexts, needles, bucketOf, attach ? 1 : 0);
      } catch (error) {
        // A worker must not quietly search something else than its creator.
        if (options.attach) throw error;
        // No WebAssembly SIMD or shared memory here: fall through.
      }
    }
  }
  return new IndexOfSearch(needleTexts);
}

/**
 * Every hit in buf[0, end) as flat (position, needle) pairs, in the order
 * find() reports them: what a worker hands back for a read slot.
 */
export function collectHits(search: NeedleSearch, buf: Buffer, end: number): Uint32Array<ArrayBuffer> {
  let pairs = new Uint32Array(1024);
  let count = 0;
  search.find(buf, end, (at, needle) => {
    if (count + 2 > pairs.length) {
      const bigger = new Uint32Array(pairs.length * 2);
      bigger.set(pairs);
      pairs = bigger;
    }
    pairs[count++] = at;
    pairs[count++] = needle;
  });
  return pairs.slice(0, count);
}
