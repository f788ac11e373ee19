// Multi-needle search over a byte buffer with WebAssembly SIMD (the "Teddy"
// idea: nibble tables give every byte position a bucket mask for the first
// three bytes of the needles; only positions whose mask survives all three
// are compared in full). One load per 16 bytes: the masks of a needle's
// first two bytes come shifted in from the block before. One pass finds every
// needle of up to 8 buckets, instead of one Buffer.indexOf pass per needle.
// Built by build.sh into needle-kernel.wasm.ts.
//
// Memory layout is the caller's (JS): tables (6 x 16 bytes), needle bytes,
// needle descriptors, bucket lists (8 x 8 indices, 0xFF ends), output pairs
// (position, needle index), and the input itself. The memory is shared: two
// threads run this code on one memory at once, so nothing here may live in
// linear memory but what the caller hands in (no statics, no stack arrays);
// each thread passes its own output and state areas.
#include <stdint.h>
#include <wasm_simd128.h>

// Table lookups by nibble. The indices are always 0-15, where relaxed swizzle
// gives the same bytes as swizzle; but engines must guard swizzle against
// indices of 16 and more (V8 on x64: a saturating add before each pshufb),
// which relaxed swizzle leaves out. build.sh builds both; needle-search.ts
// runs the relaxed one where the engine has relaxed SIMD (Node 22+).
#ifdef RELAXED_SIMD
#define LOOKUP(table, nibbles) ((v128_t)__builtin_wasm_relaxed_swizzle_i8x16((__i8x16)(table), (__i8x16)(nibbles)))
#else
#define LOOKUP(table, nibbles) wasm_i8x16_swizzle(table, nibbles)
#endif

typedef struct {
  uint32_t offset; // into the needle bytes
  uint32_t length;
} Needle;

// The caller's per-thread state: where the scan stopped (n when done, else the
// position to call again from), then 16 bytes of scratch.
typedef struct {
  uint32_t resume_at;
  uint32_t pad[3];
  uint8_t masks[16];
} State;

static inline int matches(const uint8_t *s, uint32_t pos, uint32_t n, const uint8_t *bytes, const Needle *needle) {
  uint32_t length = needle->length;
  if (pos + length > n) return 0;
  const uint8_t *p = bytes + needle->offset;
  for (uint32_t k = 0; k < length; k++)
    if (s[pos + k] != p[k]) return 0;
  return 1;
}

// Records the needles of `buckets` that match at pos; 0 when out is full.
// Room for every needle (8 buckets of at most 8) at one position: a position
// is recorded whole or not at all, so resuming at it repeats nothing.
#define MAX_PAIRS_AT_ONE_POSITION (2 * 64)

static inline int record(const uint8_t *s, uint32_t pos, uint32_t n, uint8_t buckets, const uint8_t *bytes,
                         const Needle *needles, const uint8_t *bucket_lists, uint32_t *out, uint32_t cap, uint32_t *count) {
  if (*count + MAX_PAIRS_AT_ONE_POSITION > cap) return 0;
  while (buckets) {
    int bucket = __builtin_ctz(buckets);
    buckets &= buckets - 1;
    for (const uint8_t *q = bucket_lists + bucket * 8; *q != 0xFF; q++) {
      if (!matches(s, pos, n, bytes, &needles[*q])) continue;
      out[(*count)++] = pos;
      out[(*count)++] = *q;
    }
  }
  return 1;
}

// Bucket masks of one block's bytes taken as a needle's first, second and third byte.
typedef struct {
  v128_t first, second, third;
} Masks;

static inline Masks block_masks(const uint8_t *p, v128_t lo0, v128_t hi0, v128_t lo1, v128_t hi1, v128_t lo2, v128_t hi2) {
  v128_t v = wasm_v128_load(p);
  v128_t lo = wasm_v128_and(v, wasm_i8x16_splat(0x0F)), hi = wasm_u8x16_shr(v, 4);
  Masks m;
  m.first = wasm_v128_and(LOOKUP(lo0, lo), LOOKUP(hi0, hi));
  m.second = wasm_v128_and(LOOKUP(lo1, lo), LOOKUP(hi1, hi));
  m.third = wasm_v128_and(LOOKUP(lo2, lo), LOOKUP(hi2, hi));
  return m;
}

// Lanes of a block where a needle's third byte may be, given the previous
// block's masks: its first byte two lanes before, its second one before.
static inline v128_t block_ends(Masks m, Masks prev) {
  v128_t first = wasm_i8x16_shuffle(prev.first, m.first, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29);
  v128_t second = wasm_i8x16_shuffle(prev.second, m.second, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
  return wasm_v128_and(wasm_v128_and(first, second), m.third);
}

// The needles to compare in full for one block: `ends` holds, per lane, the
// buckets whose fingerprint ends there; a needle so found starts `back` bytes
// earlier. Records them; 0 when out is full (resume_at is then set).
static inline int record_block(const uint8_t *s, uint32_t n, uint32_t i, uint32_t back, v128_t ends, const uint8_t *bytes,
                               const Needle *needles, const uint8_t *bucket_lists, uint32_t *out, uint32_t cap,
                               uint32_t *count, State *state) {
  uint32_t lanes = wasm_i8x16_bitmask(wasm_i8x16_ne(ends, wasm_i8x16_splat(0)));
  uint8_t *masks = state->masks;
  wasm_v128_store(masks, ends);
  while (lanes) {
    int lane = __builtin_ctz(lanes);
    lanes &= lanes - 1;
    uint32_t start = i + lane - back;
    if (!record(s, start, n, masks[lane], bytes, needles, bucket_lists, out, cap, count)) {
      state->resume_at = start;
      return 0;
    }
  }
  return 1;
}

// The starts the blocks could not see (their fingerprint past the last full
// block), one at a time, every bucket; then the end of the scan.
static inline uint32_t scan_tail(const uint8_t *s, uint32_t n, uint32_t i, const uint8_t *bytes, const Needle *needles,
                                 const uint8_t *bucket_lists, uint32_t *out, uint32_t cap, uint32_t count, State *state) {
  for (; i < n; i++) {
    if (!record(s, i, n, 0xFF, bytes, needles, bucket_lists, out, cap, &count)) {
      state->resume_at = i;
      return count;
    }
  }
  state->resume_at = n;
  return count;
}

uint32_t scan(const uint8_t *s, uint32_t n, uint32_t from, const uint8_t *tables, const uint8_t *bytes,
              const Needle *needles, const uint8_t *bucket_lists, uint32_t *out, uint32_t cap, State *state) {
  const v128_t lo0 = wasm_v128_load(tables), hi0 = wasm_v128_load(tables + 16);
  const v128_t lo1 = wasm_v128_load(tables + 32), hi1 = wasm_v128_load(tables + 48);
  const v128_t lo2 = wasm_v128_load(tables + 64), hi2 = wasm_v128_load(tables + 80);
  uint32_t count = 0;
  uint32_t i = from;
  // One load per block (the masks of the bytes before come from the previous
  // block): lane j of block i says a needle may start at i + j - 2. Nothing
  // starts before `from`: the masks before it are empty.
  Masks prev = {wasm_i64x2_splat(0), wasm_i64x2_splat(0), wasm_i64x2_splat(0)};
  for (; i + 16 <= n; i += 16) {
    Masks m = block_masks(s + i, lo0, hi0, lo1, hi1, lo2, hi2);
    v128_t ends = block_ends(m, prev);
    prev = m;
    if (wasm_v128_any_true(ends) && !record_block(s, n, i, 2, ends, bytes, needles, bucket_lists, out, cap, &count, state)) return count;
  }
  return scan_tail(s, n, i >= from + 2 ? i - 2 : from, bytes, needles, bucket_lists, out, cap, count, state);
}
