import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actionYml } from './support/run-action.js';

/** The README's workflow examples may use only inputs and outputs the action has. */

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]) as Record<string, any>);
const inputs = Object.keys(actionYml.inputs);
const outputs = Object.keys(actionYml.outputs);

function ourSteps(): Array<Record<string, any>> {
  return blocks.flatMap((doc) =>
    Object.values<Record<string, any>>(doc.jobs ?? {}).flatMap((job) => (job.steps ?? []).filter((s: Record<string, any>) => /build-triage@/.test(s.uses ?? ''))),
  );
}

describe('README', () => {
  it('has parseable workflow examples for issue_comment, an export and workflow_run', () => {
    const events = blocks.map((doc) => (typeof doc.on === 'string' ? [doc.on] : Object.keys(doc.on ?? {})));
    expect(events.flat()).toEqual(expect.arrayContaining(['issue_comment', 'workflow_dispatch', 'workflow_run', 'pull_request']));
    expect(ourSteps().length).toBeGreaterThanOrEqual(3);
  });

  it('passes only inputs that exist', () => {
    for (const step of ourSteps()) {
      for (const key of Object.keys(step.with ?? {})) expect(inputs).toContain(key);
    }
  });

  it('reads only outputs that exist', () => {
    for (const [, output] of README.matchAll(/steps\.[a-z-]+\.outputs\.([a-z-]+)/g)) expect(outputs).toContain(output);
  });

  it('lists every input and output in its tables', () => {
    for (const name of [...inputs, ...outputs]) expect(README).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });
});
