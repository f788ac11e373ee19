import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { createNeedleSearch, type KernelBuild } from '../../src/logs/needle-search.js';
import { NEEDLE_KERNEL_RELAXED_WASM } from '../../src/logs/kernel/needle-kernel.wasm.js';
import { LOG_NEEDLES } from '../../src/diagnostics/needles.js';
import { prng } from '../helpers/prng.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const NEEDLES = LOG_NEEDLES.map((n) => n.find);

function hits(kind: 'wasm' | 'indexOf' | KernelBuild, needles: string[], buf: Buffer, end = buf.length): string[] {
  const search = createNeedleSearch(needles, { allowWasm: kind !== 'indexOf', kernel: kind === 'relaxed' || kind === 'plain' ? kind : undefined });
  if (kind === 'relaxed' || kind === 'plain') expect(search.kernel).toBe(kind);
  const found: string[] = [];
  search.find(buf, end, (at, needle) => found.push(`${at}:${needle}`));
  return found.sort();
}


describe('needle search', () => {
  it('runs the WebAssembly SIMD kernel on this Node', () => {
    expect(createNeedleSearch(NEEDLES).kind).toBe('wasm-simd');
  });

  const logs = ['logs/ninja-gcc-color.log', 'logs/ninja-gcc-tty.log', 'logs/make-clang.log', 'gerrit/kv_engine-gerrit-export.txt'];
  it.each(logs)('%s: the SIMD kernel finds exactly what indexOf finds', (name) => {
    const buf = readFileSync(join(FIXTURES, name));
    const expected = hits('indexOf', NEEDLES, buf);
    expect(expected.length).toBeGreaterThan(3);
    expect(hits('wasm', NEEDLES, buf)).toEqual(expected);
  });

  it('agrees on random bytes dense with needle pieces, at every end offset near the tail', () => {
    const random = prng(42);
    const alphabet = Buffer.from('rRoOAIL*`#[gSfFaEe \n\r(t' + NEEDLES.join(''), 'latin1');
    const buf = Buffer.alloc(20_000);
    for (let i = 0; i < buf.length; i++) buf[i] = alphabet[Math.floor(random() * alphabet.length)];
    // Plant every needle, also straddling the 16-byte blocks and at the very end.
    NEEDLES.forEach((needle, k) => buf.write(needle, 1000 + k * 37, 'latin1'));
    const last = NEEDLES[0];
    buf.write(last, buf.length - last.length, 'latin1');
    expect(hits('wasm', NEEDLES, buf)).toEqual(hits('indexOf', NEEDLES, buf));
    for (let end = buf.length - 40; end <= buf.length; end++) {
      expect(hits('wasm', NEEDLES, buf, end), `end ${end}`).toEqual(hits('indexOf', NEEDLES, buf, end));
    }
  });

  it('keeps going when a region has more hits than one call returns', () => {
    const buf = Buffer.from('rror'.repeat(100_000), 'latin1');
    expect(hits('wasm', ['rror', 'ror'], buf)).toEqual(hits('indexOf', ['rror', 'ror'], buf));
    const capitals = Buffer.from('RROR AIL '.repeat(60_000), 'latin1');
    const needles = ['RROR', 'ROR', 'AIL', 'rror'];
    expect(hits('wasm', needles, capitals)).toEqual(hits('indexOf', needles, capitals));
    expect(hits('wasm', needles, capitals).length).toBe(3 * 60_000);
  });

  it('searches more needles than one kernel call holds in several calls, and finds what indexOf finds', () => {
    // 70 needles: more than 32 per call, capitals and non-ASCII first bytes among them.
    const many = [...NEEDLES, ...Array.from({ length: 40 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${i}x${'KQZ'[i % 3]}`)];
    const search = createNeedleSearch(many) as unknown as { kind: string; groups: Array<{ indices: number[] }> };
    expect(search.kind).toBe('wasm-simd');
    expect(search.groups.length).toBeGreaterThan(1);
    expect(search.groups.flatMap((g) => g.indices).sort((a, b) => a - b)).toEqual(many.map((_, i) => i));
    const random = prng(7);
    const buf = Buffer.alloc(30_000, ' ');
    for (let at = 0; at < buf.length - 30; at += 20 + Math.floor(random() * 40)) buf.write(many[Math.floor(random() * many.length)], at, 'utf8');
    const expected = hits('indexOf', many, buf);
    expect(expected.length).toBeGreaterThan(500);
    expect(hits('wasm', many, buf)).toEqual(expected);
  });

  it('forms buckets that keep common byte mixes out: Fehler and Killed (`Fi`, as in CMakeFiles) do not share one', () => {
    const search = createNeedleSearch(NEEDLES) as unknown as { groups: Array<{ needles: Buffer[]; bucketOf: number[] }> };
    const bucketOf = (needle: string) => {
      for (const [g, group] of search.groups.entries()) {
        const i = group.needles.findIndex((n) => n.toString('utf8') === needle);
        if (i !== -1) return `${g}:${group.bucketOf[i]}`;
      }
      return null;
    };
    expect(bucketOf('Fehler')).not.toBeNull();
    expect(bucketOf('Fehler')).not.toBe(bucketOf('Killed'));
  });

  describe('both builds of the kernel', () => {
    // Node 20 has relaxed SIMD behind a flag (shipped from Node 22): turned on here, to test that build too.
    if (createNeedleSearch(['x']).kernel !== 'relaxed') setFlagsFromString('--experimental-wasm-relaxed-simd');

    const hasRelaxed = createNeedleSearch(['x']).kernel === 'relaxed';

    it.skipIf(!hasRelaxed)('runs the relaxed build by default where the engine has relaxed SIMD', () => {
      expect(createNeedleSearch(NEEDLES).kernel).toBe('relaxed');
    });

    it('falls back to the plain build when the relaxed one does not compile, and to indexOf when neither does', () => {
      const api = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object; validate(bytes: Uint8Array): boolean } }).WebAssembly;
      const Module = api.Module;
      const relaxedBytes = Buffer.from(NEEDLE_KERNEL_RELAXED_WASM, 'base64');
      const validate = vi.spyOn(api, 'validate').mockReturnValue(true);
      let refuse: 'relaxed' | 'both' = 'relaxed';
      const compile = vi.spyOn(api, 'Module').mockImplementation(function (bytes: Uint8Array) {
        if (refuse === 'both' || Buffer.compare(Buffer.from(bytes), relaxedBytes) === 0) throw new Error('CompileError (simulated)');
        return new Module(bytes);
      } as unknown as () => object);
      try {
        const search = createNeedleSearch(NEEDLES);
        expect(search.kernel).toBe('plain');
        const buf = readFileSync(join(FIXTURES, 'logs/make-clang.log'));
        const found: string[] = [];
        search.find(buf, buf.length, (at, needle) => found.push(`${at}:${needle}`));
        expect(found.sort()).toEqual(hits('indexOf', NEEDLES, buf));
        refuse = 'both';
        expect(createNeedleSearch(NEEDLES).kind).toBe('indexOf');
      } finally {
        compile.mockRestore();
        validate.mockRestore();
      }
    });

    it.skipIf(!hasRelaxed).each(logs)('%s: relaxed and plain find exactly what indexOf finds', (name) => {
      const buf = readFileSync(join(FIXTURES, name));
      const expected = hits('indexOf', NEEDLES, buf);
      expect(hits('relaxed', NEEDLES, buf)).toEqual(expected);
      expect(hits('plain', NEEDLES, buf)).toEqual(expected);
    });

    it.skipIf(!hasRelaxed)('relaxed and plain agree on every byte value in every nibble position', () => {
      // All 256 byte values around planted needles: the lookups see every nibble.
      const random = prng(9);
      const buf = Buffer.alloc(50_000);
      for (let i = 0; i < buf.length; i++) buf[i] = Math.floor(random() * 256);
      NEEDLES.forEach((needle, k) => buf.write(needle, 500 + k * 301, 'utf8'));
      const expected = hits('indexOf', NEEDLES, buf);
      expect(expected.length).toBeGreaterThanOrEqual(NEEDLES.length);
      expect(hits('relaxed', NEEDLES, buf)).toEqual(expected);
      expect(hits('plain', NEEDLES, buf)).toEqual(expected);
    });
  });

  it('handles one- and two-byte needles next to longer ones', () => {
    const buf = Buffer.from('a`b ## c`d ###[group]x', 'latin1');
    expect(hits('wasm', ['`', '##', '##[group]', 'xyz'], buf)).toEqual(hits('indexOf', ['`', '##', '##[group]', 'xyz'], buf));
  });
});
