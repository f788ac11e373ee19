import type { JobStatus, Stage } from '../types.js';
import type { RevisionRun } from './runs.js';

/**
 * The compact form of a run that the state block (state.ts) keeps, and the
 * key that says two runs are the same. Apart from state.ts so that the CLI,
 * which never reads a state block, does not load its schema validator.
 */

export const MAX_JOBS = 200;
export const MAX_GROUPS = 100;
export const MAX_FILES = 10;

export interface StateGroupV1 {
  f: string;
  c: string;
  s: Stage;
  t: string;
  j: number[];
  p: string[];
}

export interface StateRunV1 {
  r: string;
  l: string;
  j: Array<[string, JobStatus]>;
  g: StateGroupV1[];
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function compactRun(run: RevisionRun): StateRunV1 | null {
  if (!/^[A-Za-z0-9:._-]{1,80}$/.test(run.revision)) return null;
  const jobs = run.jobs.slice(0, MAX_JOBS).filter((j) => j.name.length > 0 && j.name.length <= 200);
  const index = new Map(jobs.map((j, i) => [j.name, i]));
  return {
    r: run.revision,
    l: cut(run.label, 80),
    j: jobs.map((j) => [j.name, j.status]),
    g: run.groups
      .filter((g) => /^[0-9a-f]{16}$/.test(g.fingerprint) && /^[a-z][a-z0-9-]{0,63}$/.test(g.category))
      .slice(0, MAX_GROUPS)
      .map((g) => ({
        f: g.fingerprint,
        c: g.category,
        s: g.stage,
        t: cut(g.title, 200),
        j: g.jobs.map((name) => index.get(name)).filter((i): i is number => i !== undefined),
        p: g.files.filter((f) => f.length <= 300).slice(0, MAX_FILES),
      })),
  };
}

/** What the state block would keep of a run: equal keys mean the same run, read or decoded. */
export function runKey(run: RevisionRun): string {
  return JSON.stringify(compactRun(run));
}
