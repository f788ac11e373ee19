import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/fixtures/samples: real bot messages, one per file, `SOURCE:` on the first line. */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'samples');

export interface Sample {
  /** `<dialect>/<file>` */
  id: string;
  dialect: string;
  source: string;
  /** The message itself, the SOURCE line stripped. */
  text: string;
}

export function loadSample(id: string): Sample {
  const raw = readFileSync(join(SAMPLES_DIR, id), 'utf8');
  const newline = raw.indexOf('\n');
  const first = raw.slice(0, newline);
  if (!first.startsWith('SOURCE: ')) throw new Error(`${id}: first line is not a SOURCE: line`);
  return { id, dialect: id.split('/')[0], source: first.slice('SOURCE: '.length), text: raw.slice(newline + 1) };
}

export function allSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(SAMPLES_DIR, dir.name)).map((file) => loadSample(`${dir.name}/${file}`)));
}
