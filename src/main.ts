import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { triageText } from './triage.js';
import { renderMarkdown } from './render/markdown.js';
import { renderJson } from './render/json.js';
import { InputError } from './errors.js';

/** Action entry point: triage an exported review file and report it on the runner. */
async function run(): Promise<void> {
  const source = core.getInput('source');
  if (!source || source === 'pr-comments') {
    core.setFailed('build-triage: this build reads exported review files only; set the `source` input to a file path');
    return;
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    core.setFailed(`build-triage: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return;
  }
  try {
    const result = triageText(text, { sourceName: source });
    const markdown = renderMarkdown(result.document, { notes: result.notes });
    const failed = result.document.jobs.filter((j) => j.status !== 'success' && j.status !== 'not_built');
    core.setOutput('json', renderJson(result.document));
    core.setOutput('failed-jobs', String(failed.length));
    core.setOutput('root-causes', String(result.document.groups.length));
    core.setOutput('categories', [...new Set(result.document.groups.map((g) => g.category))].join(','));
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.setFailed(`build-triage: ${error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`}`);
  }
}

void run();
