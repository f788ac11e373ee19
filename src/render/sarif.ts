import { locationsOf } from '../group/locations.js';
import { createHash } from 'node:crypto';
import type { Group, Occurrence, TriageDocument } from '../types.js';
import { categoryLabel, isCategoryId } from '../classify/categories.js';

/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif` and other viewers: one
 * reportingDescriptor per category, one result per located occurrence with a
 * repo-relative location, `partialFingerprints` from the group fingerprint so
 * an alert follows its root cause across runs. Failures with no location (a
 * job that died) are left out: code scanning needs a location per result.
 * Groups an `ignore` rule hides and groups already fixed are left out too.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion?: string;
  /** Where the tool's documentation lives (shown by viewers as the rule's help). */
  informationUri?: string;
}

type Level = 'error' | 'warning' | 'note';

function levelOf(group: Group): Level {
  const kind = group.rule?.kind;
  if (group.flaky || kind === 'flaky' || kind === 'infrastructure') return 'note';
  if (kind === 'known') return 'warning';
  return 'error';
}

/** `programs/engine testapp/x.cc` → a URI reference (each segment percent-encoded). */
function uriOf(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function occurrenceHash(group: Group, o: Occurrence): string {
  return createHash('sha256').update(`${group.fingerprint}\u0000${o.file}\u0000${o.line ?? ''}`).digest('hex').slice(0, 16);
}

function messageText(group: Group, o: Occurrence): string {
  const lines = [group.title];
  if (group.rule?.kind === 'known') lines.push(`Known issue ${group.rule.id}${group.rule.link ? `: ${group.rule.link}` : ''}${group.rule.note ? ` (${group.rule.note})` : ''}`);
  if (group.flaky) lines.push(`Flaky: ${group.flaky.evidence}`);
  if (o.message && o.message !== group.title) lines.push(o.message.length > 2000 ? `${o.message.slice(0, 2000)}…` : o.message);
  if (o.job) lines.push(`Job: ${o.job}${o.tool ? ` (${o.tool})` : ''}`);
  return lines.join('\n');
}

export function buildSarif(doc: TriageDocument, options: SarifOptions = {}) {
  const shown = doc.groups.filter((g) => g.history !== 'fixed' && g.rule?.kind !== 'ignore');
  const categories = [...new Set(shown.map((g) => g.category))];
  const ruleIndex = new Map(categories.map((c, i) => [c, i]));
  const rules = categories.map((category) => {
    const custom = shown.find((g) => g.category === category && g.rule?.kind === 'category');
    const label = isCategoryId(category) ? categoryLabel(category) : (custom?.title ?? category);
    return {
      id: category,
      name: category
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(''),
      shortDescription: { text: label },
      defaultConfiguration: { level: 'error' as Level },
      properties: { tags: ['build', isCategoryId(category) ? 'build-triage' : 'custom'] },
    };
  });
  const results = [];
  for (const group of shown) {
    for (const { first: o, jobs } of locationsOf(group, { locatedOnly: true })) {
      if (!o.file) continue;
      const region: { startLine: number; startColumn?: number } | null =
        o.line !== null && o.line >= 1 ? { startLine: o.line, ...(o.column !== null && o.column >= 1 ? { startColumn: o.column } : {}) } : null;
      results.push({
        ruleId: group.category,
        ruleIndex: ruleIndex.get(group.category)!,
        level: levelOf(group),
        message: { text: messageText(group, o) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(o.file), uriBaseId: '%SRCROOT%' },
              ...(region ? { region } : {}),
            },
          },
        ],
        partialFingerprints: {
          'buildTriageGroup/v1': group.fingerprint,
          'buildTriageLocation/v1': occurrenceHash(group, o),
        },
        properties: {
          fingerprint: group.fingerprint,
          stage: group.stage,
          jobs,
          ...(group.rule ? { rule: group.rule } : {}),
          ...(group.flaky ? { flaky: group.flaky.evidence } : {}),
          ...(group.history ? { history: group.history } : {}),
        },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'build-triage',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        // Keeps these alerts apart from other analyses (CodeQL, linters) in code scanning.
        automationDetails: { id: 'build-triage/' },
        columnKind: 'unicodeCodePoints' as const,
        results,
      },
    ],
  };
}

export function renderSarif(doc: TriageDocument, options: SarifOptions = {}): string {
  return `${JSON.stringify(buildSarif(doc, options), null, 2)}\n`;
}
