import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { triageText } from '../src/triage.js';
import { loadRules } from '../src/rules/index.js';
import { buildSarif, renderSarif } from '../src/render/sarif.js';
import { buildRdjsonl, renderRdjsonl } from '../src/render/rdjsonl.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const sarifSchema = JSON.parse(fixture('sarif/sarif-schema-2.1.0.json'));
// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(sarifSchema);
}

describe('SARIF 2.1.0', () => {
  const validate = validator();
  const seed = triageText(fixture('gerrit/kv_engine-gerrit-export.txt'), { sourceName: 'seed' }).document;

  it('the seed digest validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(renderSarif(seed, { toolVersion: '0.1.0' }));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = buildSarif(seed) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it('one rule per category, one result per located occurrence, repo-relative, fingerprinted by group', () => {
    const log = buildSarif(seed);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['signature-mismatch']);
    const located = new Set(seed.groups[0].occurrences.filter((o) => o.file).map((o) => `${o.file}:${o.line}`));
    expect(run.results).toHaveLength(located.size);
    const uris = run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(['engines/ep/src/ep_engine.cc', 'programs/engine_testapp/engine_testapp.cc']);
    for (const result of run.results) {
      expect(result.partialFingerprints['buildTriageGroup/v1']).toBe(seed.groups[0].fingerprint);
      expect(result.level).toBe('error');
    }
    const gcc = run.results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('programs/'));
    expect(gcc?.locations[0].physicalLocation.region).toEqual({ startLine: 898, startColumn: 46 });
  });

  it('known failures become warnings; ignored ones are left out; still valid', () => {
    const known = loadRules('rules:\n  - id: k\n    kind: known\n    link: https://example.org/1\n    match: { tool: msvc }\n', 'r.yml').ruleSet;
    const doc = triageText(fixture('gerrit/kv_engine-gerrit-export.txt'), { sourceName: 'seed', rules: known }).document;
    const log = buildSarif(doc);
    expect(validate(log)).toBe(true);
    expect(new Set(log.runs[0].results.map((r) => r.level))).toEqual(new Set(['warning']));
    const ignore = loadRules('rules:\n  - id: i\n    kind: ignore\n    match: { tool: msvc }\n', 'r.yml').ruleSet;
    const hidden = buildSarif(triageText(fixture('gerrit/kv_engine-gerrit-export.txt'), { sourceName: 'seed', rules: ignore }).document);
    expect(hidden.runs[0].results).toEqual([]);
    expect(validate(hidden)).toBe(true);
  });

  it('real GCC output: path and region as the compiler printed them', () => {
    const doc = triageText(fixture('rules/gcc-undeclared.log'), { sourceName: 'gcc-undeclared.log', format: 'text' }).document;
    const log = buildSarif(doc);
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/engines/flusher.cc', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 20 },
    });
    expect(log.runs[0].results[0].ruleId).toBe('undeclared-identifier');
  });
});

describe('reviewdog rdjsonl', () => {
  it('one Diagnostic per located occurrence, in reviewdog proto/rdf shape', () => {
    const doc = triageText(fixture('gerrit/kv_engine-gerrit-export.txt'), { sourceName: 'seed' }).document;
    const text = renderRdjsonl(doc);
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(buildRdjsonl(doc).map((d) => JSON.parse(JSON.stringify(d))));
    expect(lines).toHaveLength(2);
    for (const d of lines) {
      expect(Object.keys(d).sort()).toEqual(['code', 'location', 'message', 'original_output', 'severity', 'source']);
      expect(d.severity).toBe('ERROR');
      expect(d.code.value).toBe('signature-mismatch');
      expect(typeof d.location.path).toBe('string');
      expect(Number.isInteger(d.location.range.start.line)).toBe(true);
    }
    expect(lines.find((d) => d.location.path === 'engines/ep/src/ep_engine.cc')?.location.range).toEqual({ start: { line: 1752 } });
    // One Diagnostic per place, naming every job that failed there (four builders share engine_testapp.cc:898).
    for (const d of lines) {
      const jobs = [...new Set(doc.groups[0].occurrences.filter((o) => o.file === d.location.path && o.line === d.location.range.start.line).map((o) => o.job))];
      expect(d.message).toContain(`(jobs: ${jobs.join(', ')})`);
    }
    expect(lines.some((d) => d.message.includes(', '))).toBe(true);
  });

  it('nothing located: empty output', () => {
    const doc = triageText(fixture('history/kv_engine-recheck-passed.txt'), { sourceName: 'recheck' }).document;
    expect(renderRdjsonl(doc)).toBe('');
  });
});
