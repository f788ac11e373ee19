import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { InputError } from './errors.js';
import type { Logger } from './logger.js';
import { readSettings } from './publish/settings.js';
import { createClient } from './publish/client.js';
import { runAction, type RunnerSinks } from './publish/run.js';
import { guardWorkflowCommands } from './publish/workflow-commands.js';

/** Action entry point: the only module that talks to @actions/core. */

const VERSION = '0.1.0';

// The bundle's own URL through a variable: ncc would take `new URL(x, import.meta.url)` for an asset to copy.
const BUNDLE_URL: string = import.meta.url;
/** The needle search's worker, bundled next to the action (dist/index.js → dist/search-worker/index.js); missing when run from source. */
const SEARCH_WORKER = new URL('./search-worker/index.js', BUNDLE_URL);

/** Log lines may quote untrusted text: none of it may run as a workflow command. */
const logger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(guardWorkflowCommands(m)),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

const sinks: RunnerSinks = {
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown).write();
  },
  annotate: (a) => core.error(a.message, { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn }),
  printUntrusted: (title, text) => {
    core.startGroup(title);
    core.info(guardWorkflowCommands(text));
    core.endGroup();
  },
};

async function readPayload(): Promise<Record<string, unknown>> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`cannot read the event payload at ${path}: ${(error as Error).message}`);
  }
}

async function run(): Promise<void> {
  try {
    const read = readSettings((name) => core.getInput(name));
    const settings = { ...read, logs: { ...read.logs, searchWorker: SEARCH_WORKER } };
    if (settings.token) core.setSecret(settings.token);
    const outcome = await runAction(
      settings,
      {
        version: VERSION,
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        payload: await readPayload(),
        repository: process.env.GITHUB_REPOSITORY ?? '',
        sha: process.env.GITHUB_SHA ?? '',
        serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
      },
      createClient(settings.token, logger),
      logger,
      sinks,
    );
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (error) {
    if (error instanceof InputError) core.setFailed(`build-triage: ${error.message}`);
    else {
      const status = (error as { status?: number }).status;
      core.setFailed(`build-triage: ${status ? `GitHub API error ${status}: ` : 'internal error: '}${(error as Error).message}`);
      core.debug((error as Error).stack ?? '');
    }
  }
}

void run();
