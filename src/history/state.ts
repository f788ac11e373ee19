import { createHash } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import type { GroupCategoryId, JobStatus, Stage } from '../types.js';
import type { RevisionRun } from './runs.js';
import { MAX_FILES, MAX_GROUPS, MAX_JOBS, compactRun, type StateRunV1 } from './state-run.js';

export { runKey } from './state-run.js';

/**
 * The state a digest carries for the next run, so no database is needed: a
 * hidden HTML comment in the digest comment itself,
 *
 *   <!-- build-triage:state v1 <checksum> <base64 JSON> -->
 *
 * Anyone who can edit the comment can edit the block, so it is read as
 * untrusted input: bounded in size, versioned, checksummed against accidental
 * edits and truncation, and validated against a strict schema; anything else
 * reads as null (no state), never as a partial or guessed one. Callers should
 * still read it only from the comment that the action itself wrote.
 */

export const STATE_MARKER = '<!-- build-triage:state ';
export const STATE_VERSION = 1;
/** The whole block stays under this many characters (GitHub comments take 65,536). */
export const MAX_STATE_BLOCK = 16_000;
const MAX_RUNS = 6;

interface StateV1 {
  v: 1;
  runs: StateRunV1[];
}

const STATE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['v', 'runs'],
  properties: {
    v: { const: 1 },
    runs: {
      type: 'array',
      maxItems: MAX_RUNS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['r', 'l', 'j', 'g'],
        properties: {
          r: { type: 'string', pattern: '^[A-Za-z0-9:._-]{1,80}$' },
          l: { type: 'string', minLength: 1, maxLength: 80 },
          j: {
            type: 'array',
            maxItems: MAX_JOBS,
            items: {
              type: 'array',
              minItems: 2,
              maxItems: 2,
              items: [
                { type: 'string', minLength: 1, maxLength: 200 },
                { enum: ['success', 'failure', 'unstable', 'aborted', 'not_built', 'unknown'] },
              ],
            },
          },
          g: {
            type: 'array',
            maxItems: MAX_GROUPS,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['f', 'c', 's', 't', 'j', 'p'],
              properties: {
                f: { type: 'string', pattern: '^[0-9a-f]{16}$' },
                c: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' },
                s: { enum: ['compile', 'link', 'test', 'runtime', 'lint', 'infra', 'unknown'] },
                t: { type: 'string', maxLength: 200 },
                j: { type: 'array', maxItems: MAX_JOBS, items: { type: 'integer', minimum: 0, maximum: MAX_JOBS - 1 } },
                p: { type: 'array', maxItems: MAX_FILES, items: { type: 'string', minLength: 1, maxLength: 300 } },
              },
            },
          },
        },
      },
    },
  },
} as const;

let validator: ValidateFunction | null = null;

function isStateV1(value: unknown): value is StateV1 {
  if (!validator) validator = new Ajv({ strict: true, strictTuples: false }).compile(STATE_SCHEMA);
  if (!validator(value)) return false;
  // What the schema cannot say: job indexes point into this run's job list.
  return (value as StateV1).runs.every((run) => run.g.every((g) => g.j.every((index) => index < run.j.length)));
}

function checksum(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

function blockOf(state: StateV1): string {
  const json = JSON.stringify(state);
  return `${STATE_MARKER}v${STATE_VERSION} ${checksum(json)} ${Buffer.from(json, 'utf8').toString('base64')} -->`;
}

/**
 * The block for a digest comment: the given runs (oldest first), the newest
 * kept when the block would grow past MAX_STATE_BLOCK.
 */
export function encodeStateBlock(runs: RevisionRun[]): string {
  let compact = runs.map(compactRun).filter((r): r is StateRunV1 => r !== null).slice(-MAX_RUNS);
  let block = blockOf({ v: 1, runs: compact });
  while (block.length > MAX_STATE_BLOCK && compact.length > 1) {
    compact = compact.slice(1);
    block = blockOf({ v: 1, runs: compact });
  }
  while (block.length > MAX_STATE_BLOCK && compact.length === 1 && compact[0].g.length > 0) {
    const run = compact[0];
    compact = [{ ...run, g: run.g.slice(0, Math.floor(run.g.length / 2)) }];
    block = blockOf({ v: 1, runs: compact });
  }
  return block;
}

/**
 * The runs a digest comment's state block holds, oldest first; null when the
 * comment has no block, or one that is not exactly what encodeStateBlock writes.
 */
export function decodeStateBlock(commentBody: string): RevisionRun[] | null {
  const start = commentBody.indexOf(STATE_MARKER);
  if (start === -1) return null;
  // Two blocks: one of them is not ours.
  if (commentBody.indexOf(STATE_MARKER, start + STATE_MARKER.length) !== -1) return null;
  const end = commentBody.indexOf(' -->', start);
  if (end === -1 || end - start > MAX_STATE_BLOCK) return null;
  const parts = commentBody.slice(start + STATE_MARKER.length, end).split(' ');
  if (parts.length !== 3) return null;
  const [version, sum, payload] = parts;
  if (version !== `v${STATE_VERSION}`) return null;
  if (!/^[0-9a-f]{16}$/.test(sum) || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload) || payload.length % 4 !== 0) return null;
  const json = Buffer.from(payload, 'base64').toString('utf8');
  if (checksum(json) !== sum) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isStateV1(value)) return null;
  return value.runs.map((run) => ({
    revision: run.r,
    label: run.l,
    jobs: run.j.map(([name, status]) => ({ name, status })),
    groups: run.g.map((g) => ({
      fingerprint: g.f,
      category: g.c as GroupCategoryId,
      stage: g.s,
      title: g.t,
      jobs: g.j.map((i) => run.j[i][0]),
      files: g.p,
    })),
  }));
}
