// Multi-needle search over a byte buffer with WebAssembly SIMD (the "Teddy"
// idea: nibble tables give every byte position a bucket mask for the first
// three bytes of the needles; only positions whose mask survives all three
// are compared in full). One pass finds every needle, instead of one
// Buffer.indexOf pass per needle. Built by build.sh into needle-kernel.wasm.ts.
//
// Memory layout is the caller's (JS): tables (6 x 16 bytes), needle bytes,
// needle descriptors, bucket lists (8 x 8 indices, 0xFF ends), output pairs
// (position, needle index), and the input itself. The memory is shared: two
// threads run this code on one memory at once, so nothing here may live in
// linear memory but what the caller hands in (no statics, no stack arrays);
// each thread passes its own output and state areas.
#include <stdint.h>
#include <wasm_simd128.h>

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
static inline int record(const uint8_t *s, uint32_t pos, uint32_t n, uint8_t buckets, const uint8_t *bytes,
                         const Needle *needles, const uint8_t *bucket_lists, uint32_t *out, uint32_t cap, uint32_t *count) {
  while (buckets) {
    int bucket = __builtin_ctz(buckets);
    buckets &= buckets - 1;
    for (const uint8_t *q = bucket_lists + bucket * 8; *q != 0xFF; q++) {
      if (!matches(s, pos, n, bytes, &needles[*q])) continue;
      if (*count + 2 > cap) return 0;
      out[(*count)++] = pos;
      out[(*count)++] = *q;
    }
  }
  return 1;
}

uint32_t scan(const uint8_t *s, uint32_t n, uint32_t from, const uint8_t *tables, const uint8_t *bytes,
              const Needle *needles, const uint8_t *bucket_lists, uint32_t *out, uint32_t cap, State *state) {
  const v128_t lo0 = wasm_v128_load(tables), hi0 = wasm_v128_load(tables + 16);
  const v128_t lo1 = wasm_v128_load(tables + 32), hi1 = wasm_v128_load(tables + 48);
  const v128_t lo2 = wasm_v128_load(tables + 64), hi2 = wasm_v128_load(tables + 80);
  const v128_t low_nibble = wasm_i8x16_splat(0x0F);
  uint32_t count = 0;
  uint32_t i = from;
  // Three loads at i, i+1, i+2: the last full block must end inside the input.
  for (; i + 18 <= n; i += 16) {
    v128_t a = wasm_v128_load(s + i), b = wasm_v128_load(s + i + 1), c = wasm_v128_load(s + i + 2);
    v128_t m = wasm_v128_and(wasm_i8x16_swizzle(lo0, wasm_v128_and(a, low_nibble)), wasm_i8x16_swizzle(hi0, wasm_u8x16_shr(a, 4)));
    m = wasm_v128_and(m, wasm_i8x16_swizzle(lo1, wasm_v128_and(b, low_nibble)));
    m = wasm_v128_and(m, wasm_i8x16_swizzle(hi1, wasm_u8x16_shr(b, 4)));
    m = wasm_v128_and(m, wasm_i8x16_swizzle(lo2, wasm_v128_and(c, low_nibble)));
    m = wasm_v128_and(m, wasm_i8x16_swizzle(hi2, wasm_u8x16_shr(c, 4)));
    if (!wasm_v128_any_true(m)) continue;
    uint32_t lanes = wasm_i8x16_bitmask(wasm_i8x16_ne(m, wasm_i8x16_splat(0)));
    uint8_t *masks = state->masks;
    wasm_v128_store(masks, m);
    while (lanes) {
      int lane = __builtin_ctz(lanes);
      lanes &= lanes - 1;
      if (!record(s, i + lane, n, masks[lane], bytes, needles, bucket_lists, out, cap, &count)) {
        state->resume_at = i + lane;
        return count;
      }
    }
  }
  // The last bytes, one at a time, every bucket.
  for (; i < n; i++) {
    if (!record(s, i, n, 0xFF, bytes, needles, bucket_lists, out, cap, &count)) {
      state->resume_at = i;
      return count;
    }
  }
  state->resume_at = n;
  return count;
}
