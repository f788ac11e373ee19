import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli.js';

/** Runs the CLI in this process with its output captured (the bundled CLI as a process: test/cli-bundle.integration.test.ts). */
export async function runCliCaptured(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let outText = '';
  let errText = '';
  out.on('data', (chunk) => (outText += chunk));
  err.on('data', (chunk) => (errText += chunk));
  const code = await runCli(args, { out, err });
  return { code, out: outText, err: errText };
}
