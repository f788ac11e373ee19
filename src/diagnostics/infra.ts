import type { Diagnostic } from '../types.js';

/**
 * Failures of the machine, the network or the job rather than the code: the
 * words CI agents, git, the kernel and compilers print for them. `code` is the
 * kind (disk-full, out-of-memory, …), which the classifier keys on.
 */

export type InfraKind =
  | 'disk-full'
  | 'out-of-memory'
  | 'agent-lost'
  | 'checkout-failed'
  | 'network'
  | 'job-timeout'
  | 'job-aborted';

// Lower-case substrings → kind. Most specific first; each checked with indexOf.
const SIGNS: Array<[string, InfraKind]> = [
  ['no space left on device', 'disk-full'],
  ['disk quota exceeded', 'disk-full'],
  ['not enough space on the disk', 'disk-full'],
  ['there is not enough space on the disk', 'disk-full'],
  ['killed signal terminated program', 'out-of-memory'],
  ['terminated with signal 9 [killed]', 'out-of-memory'],
  ['out of memory: killed process', 'out-of-memory'],
  ['oom-kill', 'out-of-memory'],
  ['oomkilled', 'out-of-memory'],
  ['virtual memory exhausted', 'out-of-memory'],
  ['cannot allocate memory', 'out-of-memory'],
  ['out of memory allocating', 'out-of-memory'],
  ['fatal error c1060', 'out-of-memory'],
  ['fatal error c1002', 'out-of-memory'],
  ['agent went offline', 'agent-lost'],
  ['agent was removed', 'agent-lost'],
  ['channelclosedexception', 'agent-lost'],
  ['remote call on', 'agent-lost'],
  ['connection was broken', 'agent-lost'],
  ['the runner has received a shutdown signal', 'agent-lost'],
  ['lost communication with the server', 'agent-lost'],
  ['error cloning remote repo', 'checkout-failed'],
  ['error fetching remote repo', 'checkout-failed'],
  ['checkout failed', 'checkout-failed'],
  ['fatal: could not read from remote repository', 'checkout-failed'],
  ['fatal: unable to access', 'checkout-failed'],
  ['fatal: reference is not a tree', 'checkout-failed'],
  ['fatal: couldn\'t find remote ref', 'checkout-failed'],
  ['fatal: authentication failed for', 'checkout-failed'],
  ['could not resolve host', 'network'],
  ['temporary failure in name resolution', 'network'],
  ['name or service not known', 'network'],
  ['connection timed out', 'network'],
  ['connection refused', 'network'],
  ['connection reset by peer', 'network'],
  ['network is unreachable', 'network'],
  ['tls handshake timeout', 'network'],
  ['build timed out (after', 'job-timeout'],
  ['has exceeded the maximum execution time', 'job-timeout'],
  ['the job exceeded the maximum execution time', 'job-timeout'],
  ['cancelling nested steps due to timeout', 'job-timeout'],
  ['the job exceeded the maximum time limit', 'job-timeout'],
  ['job timed out', 'job-timeout'],
  ['execution timed out', 'job-timeout'],
  ['timeout has been exceeded', 'job-timeout'],
  ['build was aborted', 'job-aborted'],
  ['aborted by ', 'job-aborted'],
  ['the operation was canceled', 'job-aborted'],
  ['finished: aborted', 'job-aborted'],
];

// One case-insensitive alternation of literal signs: a single pass per line, no lower-casing of
// every line of a log that may be hundreds of MB. Written out as a literal (not built from SIGNS)
// so the ReDoS audit can check it; test/unit/infra-signs.test.ts keeps the two in step.
export const INFRA_SIGNS = /no space left on device|disk quota exceeded|not enough space on the disk|there is not enough space on the disk|killed signal terminated program|terminated with signal 9 \[killed\]|out of memory: killed process|oom-kill|oomkilled|virtual memory exhausted|cannot allocate memory|out of memory allocating|fatal error c1060|fatal error c1002|agent went offline|agent was removed|channelclosedexception|remote call on|connection was broken|the runner has received a shutdown signal|lost communication with the server|error cloning remote repo|error fetching remote repo|checkout failed|fatal: could not read from remote repository|fatal: unable to access|fatal: reference is not a tree|fatal: couldn't find remote ref|fatal: authentication failed for|could not resolve host|temporary failure in name resolution|name or service not known|connection timed out|connection refused|connection reset by peer|network is unreachable|tls handshake timeout|build timed out \(after|has exceeded the maximum execution time|the job exceeded the maximum execution time|cancelling nested steps due to timeout|the job exceeded the maximum time limit|job timed out|execution timed out|timeout has been exceeded|build was aborted|aborted by |the operation was canceled|finished: aborted/i;
export const INFRA_SIGN_LIST: readonly string[] = SIGNS.map(([sign]) => sign);
const INFRA_KIND = new Map(SIGNS.map(([sign, kind]) => [sign, kind]));

export function infraKindOf(line: string): InfraKind | null {
  const match = INFRA_SIGNS.exec(line);
  if (!match) return null;
  // The alternation takes the leftmost sign; the most specific one on the line wins, as listed.
  const lower = line.toLowerCase();
  for (const [sign, kind] of SIGNS) if (lower.indexOf(sign) !== -1) return kind;
  return INFRA_KIND.get(match[0].toLowerCase()) ?? null;
}

/** Who printed an infrastructure line, where its wording tells. */
function infraTool(line: string): string | null {
  if (/^(?:\S*\/)?(?:ld(?:\.bfd|\.gold)?|collect2)(?:\.exe)?:/.test(line.trim())) return 'ld';
  if (/^(?:\S*\/)?(?:[gc]\+\+|gcc|cc|clang\+?\+?)(?:-\d{1,3})?: fatal error:/.test(line.trim())) return line.includes('clang') ? 'clang' : 'gcc';
  if (/^(?:fatal|error): /.test(line.trim()) && /remote|repository|unable to access|not a tree|remote ref|authentication/.test(line)) return 'git';
  if (/Agent went offline|ChannelClosedException|Build timed out \(after|Error cloning remote repo|Error fetching remote repo|Remote call on|Build was aborted|Aborted by /.test(line)) return 'jenkins';
  if (/has exceeded the maximum execution time|The operation was canceled|The runner has received a shutdown signal|lost communication with the server/.test(line)) return 'github-actions';
  if (/Out of memory: Killed process|oom-kill/i.test(line)) return 'kernel';
  return null;
}

export function parseInfraLine(line: string): Diagnostic | null {
  const kind = infraKindOf(line);
  if (!kind) return null;
  return { tool: infraTool(line), severity: 'error', file: null, line: null, column: null, code: kind, message: line.trim().slice(0, 500), context: [], subject: kind };
}

/**
 * Crashes outside the sanitizers: the shell's `Segmentation fault (core
 * dumped)`, `Aborted`, glibc's `Assertion … failed.`, `terminate called
 * after throwing`, CTest's `***Exception: SegFault`, Windows' access violation.
 */
const CRASH_SIGNS: Array<[string, string]> = [
  ['segmentation fault', 'SIGSEGV'],
  ['sigsegv', 'SIGSEGV'],
  ['exception: segfault', 'SIGSEGV'],
  ['bus error', 'SIGBUS'],
  ['sigbus', 'SIGBUS'],
  ['illegal instruction', 'SIGILL'],
  ['floating point exception', 'SIGFPE'],
  ['terminate called after throwing', 'uncaught-exception'],
  ['terminate called without an active exception', 'uncaught-exception'],
  ['access violation', 'access-violation'],
  ['0xc0000005', 'access-violation'],
  ['(core dumped)', 'core-dump'],
  ['sigabrt', 'SIGABRT'],
  ['exception: other', 'SIGABRT'],
];

const CRASH_GATE = /segmentation fault|sigsegv|segfault|bus error|sigbus|illegal instruction|floating point exception|terminate called|access violation|0xc0000005|core dumped|sigabrt|exception: other|Aborted|Assertion `/i;

/**
 * One pass that says whether a line can be an infrastructure or crash line at
 * all; most lines of a log are not, and this is the only work done on them.
 */
function isMachineLine(line: string): boolean {
  return INFRA_SIGNS.test(line) || CRASH_GATE.test(line);
}
/** Such lines are short; a compiler command line of many KB is not one. */
const MAX_MACHINE_LINE = 2000;

/** An infrastructure or crash diagnostic, or null. */
export function parseMachineLine(line: string): Diagnostic | null {
  if (line.length > MAX_MACHINE_LINE || !isMachineLine(line)) return null;
  return parseInfraLine(line) ?? parseCrashLine(line);
}

/** The shell that reported a signal: "bash: line 1:  8073 Segmentation fault …", "sh: 1: …". */
function shellOf(line: string): string | null {
  const m = /^(bash|sh|zsh|dash|ksh)(?:: line \d{1,9})?:/.exec(line.trim());
  return m ? m[1] : null;
}

/**
 * "file.c:2: main" at the end of an assert's head: [file, line, function], as
 * /([^\s:]{1,1000}):(\d{1,9}): ([^:]{1,500})$/ did. By hand: the regex backtracked polynomially.
 */
function assertLocation(head: string): [string, string, string, string] | null {
  const colon = head.lastIndexOf(':');
  const fn = head.slice(colon + 2);
  if (colon === -1 || head[colon + 1] !== ' ' || fn.length < 1 || fn.length > 500) return null;
  let digits = colon;
  while (digits > 0 && head[digits - 1] >= '0' && head[digits - 1] <= '9') digits--;
  if (colon - digits < 1 || colon - digits > 9 || head[digits - 1] !== ':') return null;
  const fileEnd = digits - 1;
  let start = fileEnd;
  while (start > 0 && fileEnd - start < 1000 && head[start - 1] !== ':' && head[start - 1].trim() !== '') start--;
  if (start === fileEnd) return null;
  const file = head.slice(start, fileEnd);
  return [`${file}:${head.slice(digits, colon)}: ${fn}`, file, head.slice(digits, colon), fn];
}

export function parseCrashLine(line: string): Diagnostic | null {
  if (!CRASH_GATE.test(line)) return null;
  // glibc assert: "prog: file.c:2: main: Assertion `ready' failed."
  const assertAt = line.indexOf(': Assertion `');
  if (assertAt !== -1 && line.trimEnd().endsWith('failed.')) {
    const head = line.slice(0, assertAt);
    const m = assertLocation(head);
    const assertion = line.slice(assertAt + 13, line.lastIndexOf('\' failed.') === -1 ? undefined : line.lastIndexOf('\' failed.'));
    return {
      tool: 'assert', severity: 'error', file: m ? m[1] : null, line: m ? Number(m[2]) : null, column: null,
      code: 'assertion', message: line.slice(assertAt + 2).trim(), context: [], subject: `${m ? m[3] + ': ' : ''}${assertion}`,
    };
  }
  // The shell's "  8081 Aborted   ./prog" / "Aborted (core dumped)"; not any sentence with "aborted".
  if (line.indexOf('Aborted') !== -1 && /(?:^|\d\s{1,10})Aborted(?:\s|$)/.test(line.trim())) {
    const program = /Aborted(?: \(core dumped\))?\s{1,40}(\S{1,1000})\s*$/.exec(line.trim());
    const name = program ? program[1].replace(/^.*[\\/]/, '') : null;
    return { tool: shellOf(line), severity: 'error', file: null, line: null, column: null, code: 'SIGABRT', message: line.trim().replace(/\s{2,}/g, ' ').replace(/^bash: line \d+: \d+ /, '').slice(0, 500), context: [], subject: name ? `SIGABRT in ${name}` : 'SIGABRT' };
  }
  const lower = ` ${line.toLowerCase()} `;
  for (const [sign, signal] of CRASH_SIGNS) {
    if (lower.indexOf(sign) === -1) continue;
    // "bash: line 1:  8073 Segmentation fault      /tmp/bin/segv": key on the program, not the pid.
    const program = /(?:fault|aborted|dumped\))\s{1,40}(\S{1,1000})\s*$/i.exec(line.trim());
    const name = program ? program[1].replace(/^.*[\\/]/, '') : null;
    const message = line.trim().replace(/\s{2,}/g, ' ').replace(/^bash: line \d+: \d+ /, '').slice(0, 500);
    const tool = signal === 'uncaught-exception' ? 'libstdc++' : signal === 'access-violation' ? 'windows' : shellOf(line);
    return { tool, severity: 'error', file: null, line: null, column: null, code: signal, message, context: [], subject: name ? `${signal} in ${name}` : signal };
  }
  return null;
}
