import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A fixture's text, verbatim. */
export function fixture(path: string): string {
  return readFileSync(root + path, 'utf8');
}

export function fixturePath(path: string): string {
  return root + path;
}

export const SEED = 'gerrit/kv_engine-gerrit-export.txt';
