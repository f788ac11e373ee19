#!/usr/bin/env node
// npm run bench: how fast and how lean the CLI reads a big build log, next to
// `rg -c error` on the same file (grep -c where rg is missing).
//
// 1. bundles the CLI and its search worker from src/ into a temp dir (ncc, as
//    `npm run bundle` does; the same layout as dist/),
// 2. writes a deterministic CMake + ninja + GCC log (~200 MiB: ~3M progress
//    lines, ~10k warnings, a known handful of errors) into a temp dir,
// 3. times the CLI's whole process and rg on it (page cache warm, best of 5,
//    the two run in turn), then reads peak RSS and CPU time in one more run
//    of each (GNU time, or a preloaded hook where it is missing: never in the
//    timed runs), and checks the CLI found exactly the known groups,
// 4. does it again at 1 GiB for memory (skip: --skip-1g or BENCH_SKIP_1G=1).
// The temp dir is deleted at the end. Exit status 1 when the groups are wrong.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skip1g = args.includes('--skip-1g') || process.env.BENCH_SKIP_1G === '1';
const runs = Math.max(1, Math.floor(Number(process.env.BENCH_RUNS ?? 5)) || 1);
const MiB = 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), 'build-triage-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// --- 1. the CLI bundle -------------------------------------------------------
const generating = args.includes('--generate-only');
const ncc = join(root, 'node_modules', '.bin', 'ncc');
if (!generating && !existsSync(ncc)) {
  console.error('bench: node_modules/.bin/ncc is missing; run `npm ci` first');
  process.exit(2);
}
const cliDir = join(work, 'cli');
const buildBundle = (entry, out) => spawnSync(ncc, ['build', join(root, entry), '-o', join(work, out), '--no-source-map-register', '--transpile-only', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
if (!generating) {
  if (!buildBundle('src/cli.ts', 'cli') || !buildBundle('src/logs/search-worker.ts', 'search-worker')) process.exit(2);
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
}
const cli = join(cliDir, 'index.js');
// Peak RSS of the CLI's own process, written when it exits.
const rssHook = join(work, 'rss-hook.mjs');
writeFileSync(
  rssHook,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });\n",
);

// --- 2. the log ---------------------------------------------------------------
// Deterministic: a fixed-seed PRNG, no clock, no environment.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODULES = ['engine', 'cache', 'storage', 'network', 'protocol', 'auth', 'json', 'metrics', 'scheduler', 'tools', 'tests', 'dcp'];
const WORDS = ['item', 'conn', 'task', 'buf', 'cfg', 'vb', 'ckpt', 'hash', 'log', 'io', 'ssl', 'rng', 'map', 'set'];
const WS = '/home/runner/work/demo/demo';

// GCC 12's warnings and errors, in the shapes of test/fixtures/logs/*.log.
const WARNINGS = [
  (f, n) => [`${f}:${n}:7: warning: unused variable ‘tmp${n}’ [-Wunused-variable]`, `   ${n} |   int tmp${n} = 0;`, '      |       ^~~~'],
  (f, n) => [`${f}:${n}:23: warning: comparison of integer expressions of different signedness: ‘int’ and ‘std::vector<int>::size_type’ {aka ‘long unsigned int’} [-Wsign-compare]`, `   ${n} |   for (int i = 0; i < items.size(); ++i) {`, '      |                   ~~^~~~~~~~~~~~~~'],
  (f, n) => [`${f}:${n}:34: warning: unused parameter ‘cookie’ [-Wunused-parameter]`, `   ${n} | void notify(const void* cookie) {`, '      |             ~~~~~~~~~~~~^~~~~~'],
];

/** The known errors: [ninja target, source, GCC output lines]. */
function knownErrors() {
  return [
    ['src/engine/CMakeFiles/engine.dir/engine.cc.o', `${WS}/src/engine/engine.cc`, (f) => [
      `${f}: In member function ‘int Engine::get(int) const’:`,
      `${f}:5:5: error: ‘class std::vector<int>’ has no member named ‘push_bak’; did you mean ‘push_back’?`,
      '    5 |   v.push_bak(key);', '      |     ^~~~~~~~', '      |     push_back',
      `${f}:6:10: error: ‘missing_fn’ was not declared in this scope`,
      '    6 |   return missing_fn(key);', '      |          ^~~~~~~~~~',
    ]],
    ['src/cache/CMakeFiles/cache.dir/cache.cc.o', `${WS}/src/cache/cache.cc`, (f) => [
      `${f}: In function ‘int lookup(int)’:`,
      `${f}:41:12: error: ‘missing_fn’ was not declared in this scope`,
      '   41 |     return missing_fn(k);', '      |            ^~~~~~~~~~',
    ]],
    ['src/network/CMakeFiles/network.dir/callbacks.cc.o', `${WS}/src/network/callbacks.cc`, (f) => [
      `${f}: In function ‘void wire()’:`,
      `${f}:4:32: error: invalid conversion from ‘int (*)(char*)’ to ‘int (*)(const char*)’ [-fpermissive]`,
      '    4 | void wire() { registerCallback(handler); }', '      |                                ^~~~~~~', '      |                                |', '      |                                int (*)(char*)',
      `${f}:2:29: note:   initializing argument 1 of ‘void registerCallback(int (*)(const char*))’`,
      '    2 | void registerCallback(int (*cb)(const char*));', '      |                       ~~~~~~^~~~~~~~~~~~~~~~',
    ]],
    ['src/protocol/CMakeFiles/protocol.dir/codec.cc.o', `${WS}/src/protocol/codec.cc`, (f) => [
      `${f}:12:10: fatal error: generated/opcodes.h: No such file or directory`,
      '   12 | #include "generated/opcodes.h"', '      |          ^~~~~~~~~~~~~~~~~~~~~', 'compilation terminated.',
    ]],
    ['src/metrics/CMakeFiles/metrics.dir/histogram.cc.o', `${WS}/src/metrics/histogram.cc`, (f) => [
      `${f}: In function ‘void record(int)’:`,
      `${f}:88:9: error: unused variable ‘bucket’ [-Werror=unused-variable]`,
      '   88 |     int bucket = 0;', '      |         ^~~~~~',
      'cc1plus: all warnings being treated as errors',
    ]],
  ];
}
// What the CLI must report: category → occurrences.
const EXPECTED = { 'no-member': 1, 'undeclared-identifier': 2, 'signature-mismatch': 1, 'missing-header': 1, 'warning-as-error': 1 };

/** A ninja progress line; about 1 file in 100 has "error" in its name, as real trees do (engine_error.cc). */
function progressLine(random, i, total) {
  const module = MODULES[Math.floor(random() * MODULES.length)];
  const file = random() < 0.01 ? `error${Math.floor(random() * 40)}` : `${WORDS[Math.floor(random() * WORDS.length)]}${Math.floor(random() * 400)}`;
  return { module, file, line: `[${i}/${total}] Building CXX object ${module}/CMakeFiles/${module}.dir/${file}.cc.o` };
}

function generateLog(path, targetBytes) {
  // How many progress lines make the size asked for: measured on a sample.
  const sampler = prng(7);
  let sampleBytes = 0;
  for (let i = 0; i < 10_000; i++) sampleBytes += progressLine(sampler, 1_500_000 + i, 3_000_000).line.length + 1;
  const progressLines = Math.round(targetBytes / (sampleBytes / 10_000 + (10_000 * 160) / 3_000_000));
  const random = prng(20240501);
  const warningEvery = Math.round(progressLines / 10_000);
  const errors = knownErrors();
  const errorAt = new Set(errors.map((_, i) => Math.round(((i + 1) * progressLines) / (errors.length + 1))));
  const fd = openSync(path, 'w');
  let parts = [];
  let pending = 0;
  const flush = () => {
    writeSync(fd, parts.join(''));
    parts = [];
    pending = 0;
  };
  const emit = (line) => {
    parts.push(line, '\n');
    pending += line.length;
    if (pending > 4 * MiB) flush();
  };
  emit(`-- The CXX compiler identification is GNU 12.2.0`);
  emit(`-- Configuring done`);
  emit(`-- Generating done`);
  emit(`-- Build files have been written to: ${WS}/build`);
  let nextError = 0;
  for (let i = 1; i <= progressLines; i++) {
    const { module, file, line } = progressLine(random, i, progressLines);
    emit(line);
    if (i % warningEvery === 0) {
      for (const line of WARNINGS[Math.floor(random() * WARNINGS.length)](`${WS}/${module}/${file}.cc`, 10 + Math.floor(random() * 400))) emit(line);
    }
    if (errorAt.has(i)) {
      const [target, source, lines] = errors[nextError++];
      emit(`FAILED: ${target} `);
      emit(`/usr/bin/c++ -I${WS}/include -O2 -g -Wall -Wextra -Werror=unused-variable -MD -MT ${target} -MF ${target}.d -o ${target} -c ${source}`);
      for (const line of lines(source)) emit(line);
    }
  }
  emit('ninja: build stopped: subcommand failed.');
  flush();
  closeSync(fd);
  return statSync(path).size;
}

// --- 3. measuring -------------------------------------------------------------
function timeOnce(command, commandArgs, env = {}) {
  const start = process.hrtime.bigint();
  const merged = { ...process.env, ...env };
  for (const name of Object.keys(env)) if (env[name] === undefined) delete merged[name];
  const result = spawnSync(command, commandArgs, { env: merged, maxBuffer: 64 * MiB, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, result };
}

function best(times, command, commandArgs, env) {
  return bestOfEach(times, [[command, commandArgs, env]])[0];
}

/** The fastest run of each command, run in turn (round after round: a slow spell of the machine hits them alike). */
function bestOfEach(times, commands) {
  const fastest = commands.map(() => null);
  for (let i = 0; i < times; i++) {
    commands.forEach(([command, commandArgs, env], k) => {
      const run = timeOnce(command, commandArgs, env);
      if (!fastest[k] || run.seconds < fastest[k].seconds) fastest[k] = run;
    });
  }
  return fastest;
}

const hasRg = spawnSync('rg', ['--version']).status === 0;
const baselineTool = hasRg ? 'rg' : 'grep';
const hasTime = existsSync('/usr/bin/time');

/** Peak RSS (KiB) and CPU seconds of a command, from GNU time where it is installed. */
function timeUsage(command, commandArgs) {
  if (!hasTime) return { rssKiB: null, cpu: null };
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const [rss, user, system] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { rssKiB: Number.isFinite(rss) ? rss : null, cpu: Number.isFinite(user + system) ? user + system : null };
}

/** The same for the CLI: GNU time, else its own resource usage written at exit by a preloaded hook. */
function cliUsage(commandArgs) {
  if (hasTime) return timeUsage(process.execPath, commandArgs);
  const rssFile = join(work, 'rss.txt');
  spawnSync(process.execPath, ['--import', rssHook, ...commandArgs], { env: { ...process.env, BENCH_RSS_FILE: rssFile }, maxBuffer: 64 * MiB });
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { rssKiB: usage.maxRSS, cpu: usage.cpu };
}

function checkGroups(json) {
  const doc = JSON.parse(json);
  const found = {};
  for (const group of doc.groups) found[group.category] = (found[group.category] ?? 0) + group.occurrences.length;
  const ok = JSON.stringify(Object.entries(found).sort()) === JSON.stringify(Object.entries(EXPECTED).sort());
  return { ok, found, groups: doc.groups.length };
}

// NODE_EXTRA_CA_CERTS makes every Node 20 process parse that certificate file
// before it runs a line of JavaScript (~40 ms here; Node 24 reads it when TLS
// first needs it); GitHub's runners do not set it, some sandboxes and
// corporate machines do. When it slows this Node's start, the CLI is timed as
// this shell runs it and also without it, both printed.
const withoutCa = process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: undefined } : null;
/** The floor: an empty node process (with and without the variable, in turn). */
const [startup, startupWithoutCa] = bestOfEach(5, [[process.execPath, ['-e', '0']], ...(withoutCa ? [[process.execPath, ['-e', '0'], withoutCa]] : [])]).map((run) => run.seconds);
const extraCaCerts = withoutCa && startup - startupWithoutCa > 0.005 ? withoutCa : null;

function bench(label, sizeBytes, times) {
  const log = join(work, `${label}.log`);
  process.stdout.write(`\n== ${label}: generating the log… `);
  const started = Date.now();
  const size = generateLog(log, sizeBytes);
  const mib = size / MiB;
  console.log(`${mib.toFixed(0)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Warm the page cache for both tools alike.
  spawnSync(baselineTool, ['-c', 'error', log]);
  const cliArgs = [cli, '--log', log, '--json'];
  const [base, triage, triageWithoutCa] = bestOfEach(times, [
    [baselineTool, ['-c', 'error', log]],
    [process.execPath, cliArgs],
    ...(extraCaCerts ? [[process.execPath, cliArgs, extraCaCerts]] : []),
  ]);
  for (const run of [triage, triageWithoutCa]) {
    if (run && run.result.status !== 0) {
      console.error(`bench: the CLI failed (exit ${run.result.status}):\n${run.result.stderr}`);
      process.exit(1);
    }
  }
  const usage = cliUsage([cli, '--log', log, '--json']);
  const cliRssKiB = usage.rssKiB;
  const baseUsage = timeUsage(baselineTool, ['-c', 'error', log]);
  const baseRssKiB = baseUsage.rssKiB;
  const check = checkGroups(triage.result.stdout);
  const ratio = triage.seconds / base.seconds;
  const row = (name, seconds, rssKiB, cpu) =>
    `  ${name.padEnd(22)} ${seconds.toFixed(3).padStart(7)} s  ${(mib / seconds).toFixed(0).padStart(6)} MiB/s  peak RSS ${rssKiB === null ? '   n/a' : `${(rssKiB / 1024).toFixed(0).padStart(4)} MiB`}  CPU ${cpu === null ? 'n/a' : `${cpu.toFixed(2)} s`}`;
  console.log(row(`${baselineTool} -c error`, base.seconds, baseRssKiB, baseUsage.cpu) + `  (${base.result.stdout.trim()} lines)`);
  console.log(row('build-triage --log', triage.seconds, cliRssKiB, usage.cpu));
  if (triageWithoutCa) console.log(row('  without extra CAs', triageWithoutCa.seconds, null, null).replace(/  peak RSS.*$/, ''));
  console.log(`  (node itself starts in ${startup.toFixed(3)} s here: ${(startup / base.seconds).toFixed(1)}× ${baselineTool}'s whole run)`);
  const verdict = (r) => `${r.toFixed(1)}× the time of ${baselineTool} (target ≤ 10×: ${r <= 10 ? 'met' : 'NOT met'})`;
  console.log(`  ratio: build-triage takes ${verdict(ratio)}`);
  if (triageWithoutCa) {
    console.log(`  NODE_EXTRA_CA_CERTS is set here: node starts in ${startup.toFixed(3)} s with it, ${startupWithoutCa.toFixed(3)} s without`);
    console.log(`  (GitHub's runners do not set it); without it build-triage takes ${verdict(triageWithoutCa.seconds / base.seconds)}`);
  }
  console.log(`  peak RSS ${(cliRssKiB / 1024).toFixed(0)} MiB (target < 150 MB: ${cliRssKiB * 1024 < 150e6 ? 'met' : 'NOT met'})`);
  console.log(`  groups: ${check.ok ? 'correct' : 'WRONG'} — found ${JSON.stringify(check.found)}, expected ${JSON.stringify(EXPECTED)}`);
  rmSync(log, { force: true });
  return check.ok;
}

// --generate-only FILE [MIB]: write the 200 MiB (or MIB) log to FILE and stop, to try things on it.
const generateOnly = args.indexOf('--generate-only');
if (generateOnly !== -1) {
  const target = args[generateOnly + 1];
  const size = generateLog(target, Number(args[generateOnly + 2] ?? 200) * MiB);
  console.log(`${target}: ${(size / MiB).toFixed(0)} MiB`);
  process.exit(0);
}

console.log(`build-triage bench (node ${process.version}, ${baselineTool} as the baseline, best of ${runs} runs taken in turn, page cache warm)`);
let ok = bench('200MiB', 200 * MiB, runs);
if (skip1g) console.log('\n== 1GiB: skipped (--skip-1g / BENCH_SKIP_1G=1)');
else ok = bench('1GiB', 1024 * MiB, runs) && ok;
process.exitCode = ok ? 0 : 1;
