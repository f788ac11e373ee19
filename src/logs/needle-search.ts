import { NEEDLE_KERNEL_RELAXED_WASM, NEEDLE_KERNEL_WASM } from './kernel/needle-kernel.wasm.js';

/**
 * Finds every occurrence of a set of needles in a byte buffer. With
 * WebAssembly SIMD (Node ≥ 16.4) one kernel call (kernel/needle-kernel.c)
 * finds up to 32 of them at once, on a shared memory a worker thread can
 * search too (search-worker.ts); otherwise one Buffer.indexOf pass per
 * needle. Both report the same hits; test/logs/needle-search.test.ts checks it.
 */

export type HitCallback = (position: number, needle: number) => void;

/**
 * What a worker thread needs to run the same search on the same memory: the
 * compiled kernel, its shared memory (read slots included) and the needles.
 * Structured-cloneable (postMessage, workerData).
 */
export interface SharedNeedleSearch {
  module: object;
  kernel: KernelBuild;
  memory: WasmMemory;
  needles: string[];
  /** The creator's groups and buckets: the worker lays nothing out and computes them not again. */
  groups: NeedleGroupPlan[];
}

/** Which needles one kernel call searches, and in which buckets (plain data: it goes to a worker). */
export interface NeedleGroupPlan {
  /** Indices into all the needles. */
  indices: number[];
  /** Bucket of each of the group's needles. */
  bucketOf: number[];
}

/** The kernel's two builds (kernel/build.sh): relaxed SIMD where the engine has it, plain SIMD otherwise. */
export type KernelBuild = 'relaxed' | 'plain';

export interface NeedleSearch {
  readonly kind: 'wasm-simd' | 'indexOf';
  /** The kernel build it runs; null for indexOf. */
  readonly kernel: KernelBuild | null;
  /** Calls onHit for every match starting in buf[0, end): in ascending position per kernel call for wasm, per needle for indexOf. */
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
  readonly kernel = null;
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
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
  Instance: new (module: object, imports: object) => WasmInstance;
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

const BUCKETS = 8;
const PER_BUCKET = 8;
/** Bytes of a needle's start the kernel's nibble tables check before comparing it whole. */
const FINGERPRINT = 3;
/**
 * Needles per kernel call: 8 buckets of at most 7 hold up to 56, but the
 * greedy merge can end stuck above 8 buckets of 4 or more; with 32 it cannot.
 */
const MAX_PER_CALL = 32;
const OUT_PAIRS = 1 << 15;
const PAGE = 65536;
/** The kernel's memory at most (build.sh says the same): read slots, copy area and outputs fit. */
const MAX_PAGES = 1024;
/** Per-thread area for the kernel's state (resume position, scratch). */
const STATE_BYTES = 32;
/**
 * Threads that may run the kernel at once on one memory: lane 0 is the
 * creator's, lane 1 its worker's (one at a time: a SearchHelper's worker has
 * no chunk left, or has exited, before the next helper starts one).
 */
const LANES = 2;

type ScanFunction = (s: number, n: number, from: number, tables: number, bytes: number, needles: number, buckets: number, out: number, cap: number, state: number) => number;

interface KernelExports {
  scan: ScanFunction;
  __heap_base: { value: number };
}

/** Nibble tables: bucket bit b is set where a needle of bucket b may have that nibble at that offset. */
function buildTables(needles: Buffer[], bucketOf: number[]): Uint8Array {
  const tables = new Uint8Array(96);
  needles.forEach((needle, index) => {
    const bit = 1 << bucketOf[index];
    for (let k = 0; k < FINGERPRINT; k++) {
      if (k < needle.length) {
        tables[32 * k + (needle[k] & 15)] |= bit;
        tables[32 * k + 16 + (needle[k] >> 4)] |= bit;
      } else {
        // A needle shorter than the fingerprint accepts any byte there.
        for (let nibble = 0; nibble < 16; nibble++) {
          tables[32 * k + nibble] |= bit;
          tables[32 * k + 16 + nibble] |= bit;
        }
      }
    }
  });
  return tables;
}

/**
 * How often a byte is met in build logs, roughly: lower case, digits, space
 * and path punctuation everywhere; capitals far less; other ASCII rarely;
 * non-ASCII (UTF-8 lead and continuation bytes) hardly (English output).
 */
function byteWeight(byte: number): number {
  if ((byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte === 32 || byte === 47 || byte === 46 || byte === 45 || byte === 95 || byte === 58) return 1;
  if (byte >= 65 && byte <= 90) return 0.1;
  if (byte < 128) return 0.05;
  return 0.01;
}

const BYTE_WEIGHTS = Float64Array.from({ length: 256 }, (_, byte) => byteWeight(byte));

/** A bucket's needles as nibble masks per fingerprint position (bit n: nibble n occurs there), for costing merges cheaply. */
interface BucketShape {
  members: number[];
  lo: number[];
  hi: number[];
  /** Positions past a member's end: the bucket accepts any byte there. */
  open: boolean[];
  cost: number;
}

/**
 * How likely a bucket lets a log position through to the full comparison,
 * up to a factor: the lower, the fewer false hits. It accepts every mix of
 * its needles' nibbles at each position.
 */
function shapeCost(lo: number[], hi: number[], open: boolean[]): number {
  let cost = 1;
  for (let k = 0; k < lo.length; k++) cost *= open[k] ? 256 : positionWeight(lo[k], hi[k]);
  return cost;
}

/** The weight of the bytes a position accepts: every mix of its high and low nibbles. */
function positionWeight(lo: number, hi: number): number {
  // Set bits only: a bucket holds a few needles, so a few nibbles per position (this runs at every start).
  let weight = 0;
  for (let his = hi; his !== 0; his &= his - 1) {
    const h = 31 - Math.clz32(his & -his);
    for (let los = lo; los !== 0; los &= los - 1) weight += BYTE_WEIGHTS[(h << 4) | (31 - Math.clz32(los & -los))];
  }
  return weight;
}

/** shapeCost of the union of two buckets, without building it. */
function mergedCost(a: BucketShape, b: BucketShape): number {
  let cost = 1;
  for (let k = 0; k < a.lo.length; k++) cost *= a.open[k] || b.open[k] ? 256 : positionWeight(a.lo[k] | b.lo[k], a.hi[k] | b.hi[k]);
  return cost;
}

function needleShape(needle: Buffer, index: number): BucketShape {
  const lo: number[] = [];
  const hi: number[] = [];
  const open: boolean[] = [];
  for (let k = 0; k < FINGERPRINT; k++) {
    open.push(k >= needle.length);
    lo.push(k < needle.length ? 1 << (needle[k] & 15) : 0);
    hi.push(k < needle.length ? 1 << (needle[k] >> 4) : 0);
  }
  return { members: [index], lo, hi, open, cost: shapeCost(lo, hi, open) };
}

/** The union of two buckets; `cost` is mergedCost(a, b), known already. */
function mergeShapes(a: BucketShape, b: BucketShape, cost: number): BucketShape {
  const lo = a.lo.map((mask, k) => mask | b.lo[k]);
  const hi = a.hi.map((mask, k) => mask | b.hi[k]);
  const open = a.open.map((isOpen, k) => isOpen || b.open[k]);
  return { members: [...a.members, ...b.members], lo, hi, open, cost };
}

/**
 * Needles into BUCKETS buckets so that the buckets let through as few byte
 * strings as can be: a bucket accepts every mix of its needles' nibbles
 * (`Fehler` and `Killed` together accept `Fi`, as in every `CMakeFiles`),
 * weighted by how common those bytes are in logs. Greedy: start with a
 * bucket per needle and merge the two whose union adds the least, until they
 * fit. Computed once per process (a worker is given its creator's), on the
 * way to the first byte searched: a pair's cost is computed once, not every round.
 */
function assignBuckets(needles: Buffer[]): number[] | null {
  let buckets = needles.map((needle, index) => needleShape(needle, index));
  const pairCost = new Map<BucketShape, Map<BucketShape, number>>();
  const costOf = (a: BucketShape, b: BucketShape): number => {
    let row = pairCost.get(a);
    if (!row) pairCost.set(a, (row = new Map()));
    let cost = row.get(b);
    if (cost === undefined) row.set(b, (cost = mergedCost(a, b)));
    return cost;
  };
  while (buckets.length > BUCKETS) {
    let best: { a: number; b: number; added: number } | null = null;
    for (let a = 0; a < buckets.length; a++) {
      for (let b = a + 1; b < buckets.length; b++) {
        // A bucket list ends with 0xFF: 7 needles at most.
        if (buckets[a].members.length + buckets[b].members.length > PER_BUCKET - 1) continue;
        const added = costOf(buckets[a], buckets[b]) - buckets[a].cost - buckets[b].cost;
        if (!best || added < best.added) best = { a, b, added };
      }
    }
    if (!best) return null;
    const { a, b } = best;
    const merged = mergeShapes(buckets[a], buckets[b], costOf(buckets[a], buckets[b]));
    buckets = buckets.filter((_, i) => i !== a && i !== b);
    buckets.push(merged);
  }
  const bucketOf = new Array<number>(needles.length);
  buckets.forEach((bucket, index) => bucket.members.forEach((member) => (bucketOf[member] = index)));
  return bucketOf;
}

/** First bytes rare in logs next to lower case: capitals and non-ASCII lead bytes. */
function startsWithRareByte(needle: Buffer): boolean {
  return needle[0] >= 0x80 || (needle[0] >= 65 && needle[0] <= 90);
}

/** One call of the kernel: some of the needles, their tables and buckets in the memory. */
interface NeedleGroup extends NeedleGroupPlan {
  needles: Buffer[];
  tablesAt: number;
  bytesAt: number;
  needlesAt: number;
  bucketsAt: number;
}

/** A needle list's groups, computed ahead (planNeedleGroups): the same as computing them, without the time. */
export interface NeedlePlan {
  needles: string[];
  groups: NeedleGroupPlan[];
}

/** The kernel's groups and buckets for these needles (what createNeedleSearch computes unless given a plan); null: they do not fit. */
export function planNeedleGroups(needleTexts: string[]): NeedleGroupPlan[] | null {
  return groupNeedles(needleTexts.map((n) => Buffer.from(n, 'utf8')));
}

/**
 * The needles in groups, one kernel call each: all in one while they are
 * MAX_PER_CALL at most. One call for all measured faster than a call for the
 * needles with a rare first byte and one for the rest, on every text tried
 * (the bench's build log, JavaScript, Debian's docs, 200 languages of tool
 * messages: 10 to 40% less time). Past that, the rare-first-byte ones go last,
 * so that they share calls.
 */
function groupNeedles(needles: Buffer[]): NeedleGroupPlan[] | null {
  const all = needles.map((_, i) => i);
  const ordered = [...all.filter((i) => !startsWithRareByte(needles[i])), ...all.filter((i) => startsWithRareByte(needles[i]))];
  const groups: NeedleGroupPlan[] = [];
  for (let from = 0; from < ordered.length; from += MAX_PER_CALL) {
    const indices = ordered.slice(from, from + MAX_PER_CALL);
    const bucketOf = assignBuckets(indices.map((i) => needles[i]));
    if (!bucketOf) return null;
    groups.push({ indices, bucketOf });
  }
  return groups;
}

class WasmSimdSearch implements NeedleSearch {
  readonly kind = 'wasm-simd';
  private readonly exports: KernelExports;
  private readonly groups: NeedleGroup[] = [];
  private readonly outAt: number;
  private readonly stateAt: number;
  private readonly readAt: number;
  private readSize = 0;
  private inputAt: number;
  /** Every ArrayBuffer object the memory has shown (growing makes a new one): views of any of them need no copy. */
  private readonly memoryBuffers = new WeakSet<object>();

  /**
   * `lane` 0 lays the tables out in the memory; another lane (a worker on
   * the same memory, given the creator's plans) finds them there, the layout
   * being a function of the module, the needles and the plans alone.
   */
  constructor(
    private readonly module: object,
    readonly kernel: KernelBuild,
    instance: WasmInstance,
    private readonly memory: WasmMemory,
    private readonly needleTexts: string[],
    needles: Buffer[],
    private readonly plans: NeedleGroupPlan[],
    private readonly lane: number,
  ) {
    this.exports = instance.exports as unknown as KernelExports;
    const align = (n: number) => (n + 15) & ~15;
    let at = align(this.exports.__heap_base.value);
    for (const plan of plans) {
      const own = plan.indices.map((i) => needles[i]);
      const tablesAt = at;
      const bytesAt = align(tablesAt + 96);
      const needlesAt = align(bytesAt + own.reduce((sum, n) => sum + n.length, 0));
      const bucketsAt = align(needlesAt + 8 * own.length);
      at = align(bucketsAt + BUCKETS * PER_BUCKET);
      this.groups.push({ ...plan, needles: own, tablesAt, bytesAt, needlesAt, bucketsAt });
    }
    const laneBytes = OUT_PAIRS * 8 + STATE_BYTES;
    this.outAt = at + lane * laneBytes;
    this.stateAt = this.outAt + OUT_PAIRS * 8;
    this.readAt = align(at + LANES * laneBytes);
    this.inputAt = this.readAt;
    if (lane !== 0) return;
    this.ensure(this.inputAt + PAGE);
    const bytes = new Uint8Array(this.memory.buffer);
    for (const group of this.groups) {
      bytes.set(buildTables(group.needles, group.bucketOf), group.tablesAt);
      const descriptors = new DataView(this.memory.buffer, group.needlesAt, 8 * group.needles.length);
      let offset = 0;
      group.needles.forEach((needle, index) => {
        bytes.set(needle, group.bytesAt + offset);
        descriptors.setUint32(8 * index, offset, true);
        descriptors.setUint32(8 * index + 4, needle.length, true);
        offset += needle.length;
      });
      bytes.fill(0xff, group.bucketsAt, group.bucketsAt + BUCKETS * PER_BUCKET);
      const filled = new Array<number>(BUCKETS).fill(0);
      group.needles.forEach((_, index) => {
        const bucket = group.bucketOf[index];
        bytes[group.bucketsAt + bucket * PER_BUCKET + filled[bucket]++] = index;
      });
    }
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
    return { module: this.module, kernel: this.kernel, memory: this.memory, needles: this.needleTexts, groups: this.plans };
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

  /** Hits in ascending position per kernel call (one call for up to MAX_PER_CALL needles). */
  find(buf: Buffer, end: number, onHit: HitCallback): void {
    if (end === 0) return;
    let at: number;
    if (this.memoryBuffers.has(buf.buffer) && buf.byteOffset + end + 16 <= this.memory.buffer.byteLength) {
      // A view of this memory (a read slot): nothing to copy.
      at = buf.byteOffset;
    } else {
      // The copy area is the creator's: another lane copying there would overwrite it (and read slot 0 lies where a worker's lane would put it).
      if (this.lane !== 0) throw new Error('needle search: a worker searches views of the shared memory only');
      this.ensure(this.inputAt + end + 16);
      new Uint8Array(this.buffer(), this.inputAt, end).set(buf.subarray(0, end));
      at = this.inputAt;
    }
    const out = new Uint32Array(this.buffer(), this.outAt, OUT_PAIRS * 2);
    const state = new Uint32Array(this.buffer(), this.stateAt, 1);
    const { scan } = this.exports;
    for (const group of this.groups) {
      const { indices } = group;
      let from = 0;
      while (from < end) {
        const count = scan(at, end, from, group.tablesAt, group.bytesAt, group.needlesAt, group.bucketsAt, this.outAt, OUT_PAIRS * 2, this.stateAt);
        for (let k = 0; k < count; k += 2) onHit(out[k], indices[out[k + 1]]);
        const resume = state[0];
        if (resume <= from && count === 0) throw new Error('needle search made no progress');
        from = resume;
      }
    }
  }
}

const KERNEL_BYTES: Record<KernelBuild, string> = { relaxed: NEEDLE_KERNEL_RELAXED_WASM, plain: NEEDLE_KERNEL_WASM };

/**
 * The kernel builds to try, in order: the one asked for; else relaxed SIMD
 * where the engine has it (Node 22+: some 30% faster, its lookups need no
 * guard for out-of-range indices), then plain SIMD. Both find the same hits
 * (test/logs/needle-search.test.ts).
 */
function kernelBuilds(api: WasmApi, asked: KernelBuild | undefined): KernelBuild[] {
  if (asked) return [asked];
  return api.validate(Buffer.from(NEEDLE_KERNEL_RELAXED_WASM, 'base64')) ? ['relaxed', 'plain'] : ['plain'];
}

export interface NeedleSearchOptions {
  /** false: Buffer.indexOf only (tests compare the two). */
  allowWasm?: boolean;
  /** Which build of the kernel: the fastest this engine runs (default), or one named (tests compare them). */
  kernel?: KernelBuild;
  /** A worker's side of a shared search: the same kernel on the creator's memory (its own lane). */
  attach?: SharedNeedleSearch;
  /**
   * The groups computed ahead for these needles: the greedy bucket merge
   * costs some 5 ms of cold code at every start. Used only when its needles
   * are exactly these; otherwise they are computed.
   */
  plan?: NeedlePlan;
}

/** The fastest search this Node can run for these needles. */
export function createNeedleSearch(needleTexts: string[], options: NeedleSearchOptions = {}): NeedleSearch {
  const needles = needleTexts.map((n) => Buffer.from(n, 'utf8'));
  if (wasm && options.allowWasm !== false && needles.length > 0 && needles.every((n) => n.length > 0)) {
    const attach = options.attach;
    const plan = options.plan;
    const planned = plan && plan.needles.length === needleTexts.length && plan.needles.every((n, i) => n === needleTexts[i]) ? plan.groups : null;
    // A worker takes its creator's buckets: the same layout, and no time spent computing them again.
    const groups = attach ? attach.groups : (planned ?? groupNeedles(needles));
    if (groups === null) return new IndexOfSearch(needleTexts);
    // A worker runs its creator's module; a creator tries the builds in turn.
    for (const kernel of attach ? [attach.kernel] : kernelBuilds(wasm, options.kernel)) {
      try {
        const module = attach ? attach.module : new wasm.Module(Buffer.from(KERNEL_BYTES[kernel], 'base64'));
        const memory = attach ? attach.memory : new wasm.Memory({ initial: 16, maximum: MAX_PAGES, shared: true });
        const instance = new wasm.Instance(module, { env: { memory } });
        return new WasmSimdSearch(module, kernel, instance, memory, needleTexts, needles, groups, attach ? 1 : 0);
      } catch (error) {
        // A worker must not quietly search something else than its creator.
        if (attach) throw error;
        // This build does not run here (no WebAssembly SIMD, relaxed SIMD or shared memory): the next, or indexOf.
      }
    }
  }
  return new IndexOfSearch(needleTexts);
}

/**
 * Every hit in buf[0, end) as flat (position, needle) pairs, in the order
 * find() reports them: what LogScanner.push takes with a chunk, from either
 * reading thread.
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
