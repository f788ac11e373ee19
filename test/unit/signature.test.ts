import { describe, expect, it } from 'vitest';
import { compareFunctionTypes, normaliseCppType, parseFunctionType } from '../../src/classify/cpp-types.js';
import { classifyDiagnostic } from '../../src/classify/classify.js';
import { parseDiagnostics } from '../../src/diagnostics/index.js';
import type { Classification } from '../../src/types.js';
import { fixture } from '../helpers/fixtures.js';

/** The first error of a real compiler output file, classified. */
function firstError(path: string): Classification {
  const error = parseDiagnostics(fixture(path)).find((d) => d.severity !== 'warning');
  if (!error) throw new Error(`no error in ${path}`);
  return classifyDiagnostic(error);
}

function allClassified(path: string): Classification[] {
  return parseDiagnostics(fixture(path)).map(classifyDiagnostic);
}

describe('C++ function types', () => {
  it('spells one type one way across compilers', () => {
    const msvc = normaliseCppType('ENGINE_ERROR_CODE (__cdecl *)(ENGINE_HANDLE *,const void *,protocol_binary_response_header *)');
    const gcc = normaliseCppType('ENGINE_ERROR_CODE (*)(ENGINE_HANDLE*, const void*, protocol_binary_response_header*)');
    const clang = normaliseCppType('ENGINE_ERROR_CODE (*)(ENGINE_HANDLE *, const void *, protocol_binary_response_header *)');
    expect(msvc).toBe(gcc);
    expect(clang).toBe(gcc);
    expect(normaliseCppType('long unsigned int')).toBe('unsigned long');
    expect(normaliseCppType('long int (*)(const char*)')).toBe(normaliseCppType('long (*)(const char *)'));
    expect(normaliseCppType('struct hdr *')).toBe('hdr*');
    expect(normaliseCppType('char const *')).toBe('const char*');
  });

  it('parses function types, pointers to them and std::function', () => {
    expect(parseFunctionType('int (void *, const struct hdr *)')).toEqual({ returnType: 'int', params: ['void*', 'const hdr*'], pointer: false, qualifiers: '' });
    expect(parseFunctionType('void (*)(int, double)')).toMatchObject({ returnType: 'void', params: ['int', 'double'], pointer: true });
    expect(parseFunctionType('std::function<void(const std::string&, int)>')).toMatchObject({ returnType: 'void', params: ['const std::string&', 'int'] });
    expect(parseFunctionType('std::map<int, std::pair<int, int>> (*)(void)')).toMatchObject({ returnType: 'std::map<int,std::pair<int,int>>', params: [] });
    expect(parseFunctionType('int')).toBeNull();
    expect(parseFunctionType('const char*')).toBeNull();
    expect(parseFunctionType('std::vector<int>')).toBeNull();
  });

  it('treats a function type and a pointer to it as the same', () => {
    expect(compareFunctionTypes('int (*)(int)', 'int (int)')).toBeNull();
  });

  it('finds the differing parameter, return type and count', () => {
    expect(compareFunctionTypes('int (*)(void*, const hdr*)', 'int (void*, hdr*)')).toMatchObject({ parameter: 2, difference: 'const', expected: 'const hdr*', actual: 'hdr*' });
    expect(compareFunctionTypes('void (*)(int, const char*)', 'void (*)(int, const wchar_t*)')).toMatchObject({ parameter: 2, difference: 'type' });
    expect(compareFunctionTypes('int (*)(const char*)', 'long (*)(const char*)')).toMatchObject({ parameter: null, difference: 'return', expected: 'int', actual: 'long' });
    expect(compareFunctionTypes('void (*)(int, double)', 'void (int, double, void*)')).toMatchObject({ difference: 'count', expected: '2', actual: '3' });
  });
});

describe('the seed: three compilers, one root cause', () => {
  const seed = fixture('gerrit/kv_engine-gerrit-export.txt');
  const classified = parseDiagnostics(seed).map(classifyDiagnostic);

  it('classifies the GCC, MSVC and Clang messages as signature-mismatch, const at parameter 3', () => {
    expect(classified).toHaveLength(5);
    for (const c of classified) {
      expect(c.category).toBe('signature-mismatch');
      expect(c.detail).toMatchObject({
        parameter: 3,
        difference: 'const',
        expected: 'const protocol_binary_response_header*',
        actual: 'protocol_binary_response_header*',
      });
    }
    expect(new Set(classified.map((c) => c.key)).size).toBe(1);
  });
});

// Real g++ 12 and clang++ 14 output; see fixtures/toolchains/signature/COMMANDS.md.
describe('real signature mismatches from g++ 12 and clang++ 14', () => {
  const dir = 'toolchains/signature/';

  it('a typedef name expanded through {aka …} / (aka …): const lost at the 3rd parameter', () => {
    for (const tool of ['gcc', 'clang']) {
      const c = firstError(`${dir}const_param.${tool}.txt`);
      expect(c.category, tool).toBe('signature-mismatch');
      expect(c.detail, tool).toMatchObject({ parameter: 3, difference: 'const', expected: 'const hdr*', actual: 'hdr*' });
    }
    expect(firstError(`${dir}const_param.gcc.txt`).key).toBe(firstError(`${dir}const_param.clang.txt`).key);
  });

  it('a different parameter type at the 2nd parameter', () => {
    const gcc = firstError(`${dir}other_param.gcc.txt`);
    const clang = firstError(`${dir}other_param.clang.txt`);
    for (const c of [gcc, clang]) expect(c.detail).toMatchObject({ parameter: 2, difference: 'type', expected: 'const char*', actual: 'const wchar_t*' });
    expect(gcc.key).toBe(clang.key);
  });

  it('a different return type (GCC says long int, Clang long)', () => {
    const gcc = firstError(`${dir}return_type.gcc.txt`);
    const clang = firstError(`${dir}return_type.clang.txt`);
    for (const c of [gcc, clang]) expect(c.detail).toMatchObject({ parameter: null, difference: 'return', expected: 'int', actual: 'long' });
    expect(gcc.key).toBe(clang.key);
  });

  it('a parameter too many, also where Clang only says so in a note', () => {
    const gcc = firstError(`${dir}param_count.gcc.txt`);
    const clang = firstError(`${dir}param_count.clang.txt`);
    for (const c of [gcc, clang]) {
      expect(c.category).toBe('signature-mismatch');
      expect(c.detail).toMatchObject({ difference: 'count', expected: '2', actual: '3' });
    }
    expect(gcc.key).toBe(clang.key);
  });

  it('an override whose parameter lost its const', () => {
    const gcc = firstError(`${dir}override_const.gcc.txt`);
    const clang = firstError(`${dir}override_const.clang.txt`);
    expect(gcc.category).toBe('override-mismatch');
    expect(clang.category).toBe('override-mismatch');
    expect(clang.detail).toMatchObject({ method: 'visit', parameter: 1, difference: 'const', expected: 'const int*', actual: 'int*' });
    expect(gcc.key).toBe(clang.key);
  });

  it('C callbacks: GCC and Clang warnings name the same mismatch', () => {
    const gcc = allClassified(`${dir}c_callback.gcc.txt`);
    const clang = allClassified(`${dir}c_callback.clang.txt`);
    // GCC's "passing argument 1 of 'use'" names the types only in its note.
    expect(gcc.map((c) => c.category)).toEqual(['signature-mismatch', 'signature-mismatch']);
    expect(clang.map((c) => c.category)).toEqual(['signature-mismatch', 'signature-mismatch']);
    for (const c of [...gcc, ...clang]) expect(c.detail).toMatchObject({ parameter: 2, difference: 'const', expected: 'const hdr*', actual: 'hdr*' });
  });

  it('plain conversions stay type-conversion', () => {
    expect(classifyDiagnostic({ tool: 'gcc', severity: 'error', file: 'a.cc', line: 1, column: 1, code: null, message: "invalid conversion from 'const char*' to 'char*' [-fpermissive]", context: [] })).toMatchObject({
      category: 'type-conversion',
      detail: { expected: 'char*', actual: 'const char*' },
    });
  });
});
