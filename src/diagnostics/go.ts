import type { Diagnostic } from '../types.js';

/** go build / go vet: `./main.go:9:18: cannot use …` (no severity word), under a `# package` line. */
export function parseGoLine(line: string): Diagnostic | null {
  const at = line.indexOf('.go:');
  if (at === -1) return null;
  const m = /^(\S{0,1000}\.go):(\d{1,9}):(?:(\d{1,9}):)? (.{1,4000})$/.exec(line.trim());
  if (!m) return null;
  // Test output ("    calc_test.go:7: msg") is the test runner's; a "vet:" prefix is go vet's.
  if (line.startsWith(' ') || line.startsWith('\t')) return null;
  return {
    tool: 'go',
    severity: 'error',
    file: m[1],
    line: Number(m[2]),
    column: m[3] ? Number(m[3]) : null,
    code: null,
    message: m[4].replace(/^vet: /, ''),
    context: [],
  };
}
