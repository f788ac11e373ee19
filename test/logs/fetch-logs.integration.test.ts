import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJobLog, fetchJobLogs, logUrlOf, readLogInputs, type LogFetchSettings } from '../../src/publish/fetch-logs.js';
import { silentLogger } from '../../src/logger.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/logs');
const ninjaLog = readFileSync(join(FIXTURES, 'ninja-gcc-color.log'));

/** The ninja log as the GitHub job-logs API returns it: a timestamp on every line, step groups. */
function githubStyle(log: Buffer): Buffer {
  const stamp = (i: number) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(7, '0')}Z `;
  const lines = ['##[group]Run actions/checkout@v4', 'Syncing repository', '##[endgroup]', '##[group]Run cmake --build build', ...log.toString('utf8').split('\n'), '##[error]Process completed with exit code 1.'];
  return Buffer.from(lines.map((line, i) => stamp(i) + line).join('\n'));
}

interface Seen {
  path: string;
  host: string;
  authorization: string | undefined;
}

let api: Server;
let storage: Server;
let apiBase: string;
let storageBase: string;
const seen: Seen[] = [];
let active = 0;
let maxActive = 0;

function track(req: IncomingMessage, res: ServerResponse) {
  seen.push({ path: req.url ?? '', host: req.headers.host ?? '', authorization: req.headers.authorization });
  active++;
  maxActive = Math.max(maxActive, active);
  res.on('close', () => active--);
}

beforeAll(async () => {
  // Two servers, two hosts (127.0.0.1 and localhost): the redirect crosses hosts like GitHub's does.
  storage = createServer((req, res) => {
    track(req, res);
    if (req.url?.startsWith('/blob/job-7')) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(githubStyle(ninjaLog));
      return;
    }
    res.writeHead(404).end();
  });
  api = createServer((req, res) => {
    track(req, res);
    const url = req.url ?? '';
    if (url === '/job/demo/job/linux/42/consoleText' || url.startsWith('/job/slow-') ) {
      if (url.startsWith('/job/slow-')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write(ninjaLog.subarray(0, 100)); // then nothing: the client must give up
        return;
      }
      // Jenkins streams consoleText in pieces.
      res.writeHead(200, { 'content-type': 'text/plain;charset=UTF-8' });
      let at = 0;
      const send = () => {
        if (at >= ninjaLog.length) return void res.end();
        res.write(ninjaLog.subarray(at, at + 333));
        at += 333;
        setImmediate(send);
      };
      send();
      return;
    }
    if (url === '/repos/acme/demo/actions/jobs/7/logs') {
      res.writeHead(302, { location: `${storageBase}/blob/job-7?sig=abc` }).end();
      return;
    }
    if (url.startsWith('/job/many-')) {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(ninjaLog);
      }, 30);
      return;
    }
    if (url === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      return;
    }
    res.writeHead(404, 'Not Found').end('no such build');
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  storageBase = `http://localhost:${(storage.address() as AddressInfo).port}`;
});

afterAll(async () => {
  api.closeAllConnections();
  storage.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  await new Promise((resolve) => storage.close(resolve));
});

function settings(overrides: Partial<LogFetchSettings> = {}): LogFetchSettings {
  return {
    maxBytes: 64 * 1024 * 1024,
    timeoutMs: 10_000,
    concurrency: 2,
    auth: [{ host: new URL(apiBase).host, authorization: 'Bearer test-token' }],
    githubApiUrl: apiBase,
    ...overrides,
  };
}

const errorsOf = (log: { scan: { diagnostics: Array<{ severity: string; file: string | null; line: number | null }> } | null }) =>
  (log.scan?.diagnostics ?? []).filter((d) => d.severity !== 'warning').map((d) => `${d.file}:${d.line}`);

describe('log URLs', () => {
  it('maps job pages to their plain-text logs', () => {
    expect(logUrlOf('https://ci.example.org/job/kv/job/linux/42/', 'https://api.example')).toEqual({ url: 'https://ci.example.org/job/kv/job/linux/42/consoleText', kind: 'jenkins' });
    expect(logUrlOf('https://ci.example.org/job/kv/42/console', 'https://api.example').url).toBe('https://ci.example.org/job/kv/42/consoleText');
    expect(logUrlOf('https://ci.example.org/job/kv/42/display/redirect', 'https://api.example').url).toBe('https://ci.example.org/job/kv/42/consoleText');
    expect(logUrlOf('https://gh.example/acme/demo/actions/runs/99/job/7', 'https://api.example/')).toEqual({ url: 'https://api.example/repos/acme/demo/actions/jobs/7/logs', kind: 'github' });
    expect(logUrlOf('https://logs.example/raw/build.txt', 'https://api.example').kind).toBe('plain');
  });

  it('sends the GitHub token to the API host only', () => {
    const inputs = readLogInputs((name) => ({ 'fetch-logs': 'true', 'log-auth-hosts': 'ci.example.org', 'log-authorization': 'Basic dTpw' })[name] ?? '', 'ghs_x', { GITHUB_API_URL: 'https://api.example' });
    expect(inputs.fetchLogs).toBe(true);
    expect(inputs.settings.auth).toEqual([
      { host: 'api.example', authorization: 'Bearer ghs_x' },
      { host: 'ci.example.org', authorization: 'Basic dTpw' },
    ]);
  });
});

describe('fetching logs from a local server', () => {
  it('reads a Jenkins consoleText streamed in pieces and finds every error', async () => {
    const log = await fetchJobLog('linux', `${apiBase}/job/demo/job/linux/42/`, settings(), silentLogger);
    expect(log.problem).toBeNull();
    expect(log.source).toBe(`${apiBase}/job/demo/job/linux/42/consoleText`);
    expect(log.scan!.bytes).toBe(ninjaLog.length);
    expect(errorsOf(log)).toEqual(expect.arrayContaining(['src/callbacks.cc:4', 'src/engine.cc:5', 'src/engine.cc:6']));
    expect(seen.find((s) => s.path.endsWith('/consoleText'))?.authorization).toBe('Bearer test-token');
  });

  it('follows the GitHub API redirect without taking the token along, and finds the failing step', async () => {
    const log = await fetchJobLog('build', 'https://github.example/acme/demo/actions/runs/99/job/7', settings(), silentLogger);
    expect(log.problem).toBeNull();
    expect(errorsOf(log)).toEqual(expect.arrayContaining(['src/callbacks.cc:4', 'src/engine.cc:5', 'src/engine.cc:6']));
    expect(log.scan!.failedStep).toBe('Run cmake --build build');
    expect(seen.find((s) => s.path === '/repos/acme/demo/actions/jobs/7/logs')?.authorization).toBe('Bearer test-token');
    const blob = seen.find((s) => s.path.startsWith('/blob/job-7'));
    expect(blob).toBeDefined();
    expect(blob!.authorization).toBeUndefined();
  });

  it('stops at the size cap, says so, and keeps what it read', async () => {
    const log = await fetchJobLog('linux', `${apiBase}/job/demo/job/linux/42/`, settings({ maxBytes: 1500 }), silentLogger);
    expect(log.problem).toMatch(/^cut at .* MiB/);
    expect(log.scan!.bytes).toBe(1500);
  });

  it('gives up after the timeout and says so', async () => {
    const log = await fetchJobLog('slow', `${apiBase}/job/slow-job/1/`, settings({ timeoutMs: 300 }), silentLogger);
    expect(log.problem).toMatch(/^timed out after 0.3 s/);
    expect(log.scan!.bytes).toBe(100);
  });

  it('reports a 404 and an HTML page as problems, and the other logs still arrive', async () => {
    const logs = await fetchJobLogs(
      [
        { name: 'gone', url: `${apiBase}/job/demo/job/gone/1/` },
        { name: 'linux', url: `${apiBase}/job/demo/job/linux/42/` },
        { name: 'html', url: `${apiBase}/page.html` },
      ],
      settings(),
      silentLogger,
    );
    expect(logs.map((l) => [l.job, l.problem])).toEqual([
      ['gone', 'HTTP 404 Not Found'],
      ['linux', null],
      ['html', 'not a plain-text log (text/html)'],
    ]);
    expect(logs[0].scan).toBeNull();
    expect(errorsOf(logs[1]).length).toBeGreaterThan(0);
  });

  it('never runs more downloads at once than allowed', async () => {
    maxActive = 0;
    const jobs = Array.from({ length: 8 }, (_, i) => ({ name: `j${i}`, url: `${apiBase}/job/many-${i}/1/` }));
    const logs = await fetchJobLogs(jobs, settings({ concurrency: 3 }), silentLogger);
    expect(logs.every((l) => l.problem === null)).toBe(true);
    expect(maxActive).toBeLessThanOrEqual(3);
    expect(maxActive).toBeGreaterThan(1);
  });
});
