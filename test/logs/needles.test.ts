import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiagnostics } from '../../src/diagnostics/index.js';
import { LOG_NEEDLES } from '../../src/diagnostics/needles.js';
import { cleanLogLine } from '../../src/logs/clean.js';
import { scanLogText } from '../../src/logs/scan.js';

/**
 * The log stage parses only lines near a needle of diagnostics/needles.ts.
 * Over every fixture of the project (real tool output), it must find the
 * same errors as parsing every line: a parser that learns new wording
 * without a needle for it fails here.
 */

const ROOT = join(import.meta.dirname, '../fixtures');

function textFixtures(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const info = statSync(path);
    if (info.isDirectory()) files.push(...textFixtures(path));
    else if (info.size < 5_000_000 && !/\.(json|md|sh|ya?ml|cc|h|c|cpp|txt\.gz)$/i.test(entry) && entry !== 'CMakeLists.txt') files.push(path);
  }
  return files;
}

const summary = (d: { severity: string; file: string | null; line: number | null; code: string | null; message: string }) =>
  `${d.severity} ${d.file}:${d.line} ${d.code ?? ''} ${d.message}`;

describe('needles cover every error the parsers know', () => {
  const fixtures = textFixtures(ROOT).filter((f) => !readFileSync(f).subarray(0, 8192).includes(0));

  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(2);
  });

  it.each(fixtures.map((f) => [relative(ROOT, f), f]))('%s', (_name, path) => {
    const bytes = readFileSync(path);
    const everyLine = parseDiagnostics(bytes.toString('utf8').split(/\r\n|\n|\r/).map(cleanLogLine).join('\n'));
    const nearNeedles = scanLogText(bytes).diagnostics;
    const errors = (ds: typeof everyLine) => ds.filter((d) => d.severity !== 'warning' || d.message.includes('[-Werror')).map(summary);
    expect(errors(nearNeedles)).toEqual(errors(everyLine));
  });

  it('each needle is non-empty and has no line break', () => {
    for (const needle of LOG_NEEDLES) expect(needle.find).toMatch(/^[^\r\n]+$/);
  });
});
