#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { InputError } from './errors.js';
import { INPUT_FORMATS, isInputFormat } from './ingest/index.js';
import type { InputFormat } from './types.js';
import { readCliInputs } from './cli-inputs.js';
import { DEFAULT_LIMITS, triageText } from './triage.js';
import { renderMarkdown } from './render/markdown.js';
import { renderJson } from './render/json.js';
import { renderSarif } from './render/sarif.js';
import { renderRdjsonl } from './render/rdjsonl.js';
import { readRulesFile } from './read-rules.js';
import { writeFile } from 'node:fs/promises';

const USAGE = `Usage: build-triage [REPORT] [LOG...] [--log [JOB=]LOG]... [--json] [--format ${INPUT_FORMATS.join('|')}]
                    [--repo-root NAME]... [--config FILE] [--sarif FILE] [--rdjsonl FILE]

Reads CI bot reports (a Gerrit review export, Gerrit REST JSON of a change or
its messages, GitHub issue comments JSON as the REST API returns them, or one
bot comment as plain text) and/or full build logs, groups the failures by root
cause and prints a markdown digest. Any file may be - for standard input.

A file given without --log is a report when its start looks like one (a
Gerrit export, or bot lines such as \`<build url> : FAILURE\`), otherwise a log.
Logs are streamed (any size, constant memory); their errors join the report's
in the same groups, each error counted once per job. A log goes to the job
named by JOB=, else to the report's only failed job, else to the failed job
whose name its file name contains, else it is a job of its own.

  build-triage review.txt                   the bot's report alone
  build-triage review.txt --log linux=build.log
  build-triage build.log                    a log alone
  make 2>&1 | build-triage --log -          a log from a pipe

  --log [JOB=]FILE  a job's full log (repeatable)
  --json            print the build-triage/v1 JSON document instead
  --format FORMAT   the report's format, no detection (files are then reports): ${INPUT_FORMATS.join(', ')}
  --repo-root NAME  a checkout folder name to strip from paths (repeatable)
  --config FILE     rules file explaining known failures (docs/rules.md); a bad
                    one is reported with file:line:column and the run goes on
                    without rules
  --sarif FILE      also write SARIF 2.1.0 (for code scanning) to FILE
  --rdjsonl FILE    also write reviewdog rdjsonl to FILE
  --max-diagnostics-per-job N   root causes kept per job (default ${DEFAULT_LIMITS.maxDiagnosticsPerJob});
                    the digest counts the rest
  --max-groups N    root causes kept (default ${DEFAULT_LIMITS.maxGroups}); every failed job keeps one
  -h, --help        this text
  -v, --version     the version

Exit status: 0 when the input was read (whether or not the build failed),
2 on bad input or usage.`;

const VERSION = '0.1.0';

// The bundle's own URL through a variable: ncc would take `new URL(x, import.meta.url)` for an asset to copy.
const BUNDLE_URL: string = import.meta.url;
/** The needle search's worker, bundled next to this CLI (dist/cli/index.js → dist/search-worker/index.js); missing when run from source. */
const SEARCH_WORKER = new URL('../search-worker/index.js', BUNDLE_URL);

export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export async function runCli(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        'repo-root': { type: 'string', multiple: true },
        config: { type: 'string' },
        sarif: { type: 'string' },
        rdjsonl: { type: 'string' },
        log: { type: 'string', multiple: true },
        'max-diagnostics-per-job': { type: 'string' },
        'max-groups': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.err.write(`build-triage: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.out.write(`${VERSION}\n`);
    return 0;
  }
  const logArguments = values.log ?? [];
  if (positionals.length === 0 && logArguments.length === 0) {
    io.err.write(`build-triage: no input file given\n${USAGE}\n`);
    return 2;
  }
  if (values.format !== undefined && !isInputFormat(values.format)) {
    io.err.write(`build-triage: unknown format '${values.format}' (known: ${INPUT_FORMATS.join(', ')})\n`);
    return 2;
  }
  try {
    // --format names the report's format: the files given are reports then.
    const inputs = await readCliInputs(positionals, logArguments, { positionalsAreReports: values.format !== undefined, searchWorker: SEARCH_WORKER });
    const rules =
      values.config !== undefined
        ? await readRulesFile(values.config, { explicit: true, warn: (m) => io.err.write(`build-triage: warning: ${m}\n`) })
        : { ruleSet: null, notes: [] };
    const result = triageText(inputs.report?.text ?? null, {
      sourceName: inputs.report?.sourceName ?? 'logs',
      format: values.format as InputFormat | undefined,
      repoRoots: values['repo-root'] ?? [],
      rules: rules.ruleSet,
      logs: inputs.logs,
      limits: {
        maxDiagnosticsPerJob: positiveOption('max-diagnostics-per-job', values['max-diagnostics-per-job'], DEFAULT_LIMITS.maxDiagnosticsPerJob),
        maxGroups: positiveOption('max-groups', values['max-groups'], DEFAULT_LIMITS.maxGroups),
      },
    });
    const notes = [...rules.notes, ...result.notes];
    io.out.write(values.json ? renderJson(result.document) : renderMarkdown(result.document, { notes, previousLabel: result.previous?.patchSet != null ? `patch set ${result.previous.patchSet}` : undefined }));
    if (values.sarif !== undefined) await writeOutput(values.sarif, renderSarif(result.document, { toolVersion: VERSION }));
    if (values.rdjsonl !== undefined) await writeOutput(values.rdjsonl, renderRdjsonl(result.document));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err.write(`build-triage: error: ${error.message}\n`);
      return 2;
    }
    io.err.write(`build-triage: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.BUILD_TRIAGE_DEBUG) io.err.write(`${(error as Error).stack}\n`);
    return 1;
  }
}

function positiveOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9][0-9]{0,8}$/.test(value)) throw new InputError(`--${name}: '${value}' is not a positive whole number`);
  return Number(value);
}

async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new InputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

// Run when executed (the bundle, or `node src/cli.ts` via a loader), not when imported by tests.
if (!process.env.VITEST) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
