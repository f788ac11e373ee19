import { isFailedJob } from '../jobs.js';
import type { Group, JobSummary, Occurrence, TriageDocument } from '../types.js';
import { categoryLabel } from '../classify/categories.js';
import { jobsOf } from '../group/order.js';
import { isLeadingContextLine } from '../diagnostics/gcc.js';
import { codeSpan, escapeText, fencedBlock, inlineWithCode, link, safeUrl } from './escape.js';
import { explainedCounts, partitionGroups, ruleLines, summaryLines, type DigestSections } from './known.js';

/** A condensed digest of one triage document, in GitHub-flavoured markdown. */

export interface RenderOptions {
  /** Link to a file line in the repository, when the caller knows where it lives. */
  fileLink?: (file: string, line: number | null) => string | null;
  /** Lines the reader should know first (no report found, newer patch set pending). */
  notes?: string[];
  /** Longest body allowed; detail is dropped least-important first to fit. */
  maxLength?: number;
  /** Text placed before the digest (a hidden marker). */
  header?: string;
  /** How a patch set is named in the headline: GitHub PRs have commits, not patch sets. */
  revisionLabel?: (patchSet: number) => string;
  /** What `fixed` / `new` are measured against, e.g. "patch set 12". */
  previousLabel?: string;
}

/** How much to show; each level drops more so a huge report still fits. */
interface Detail {
  rawMessages: boolean;
  maxLocations: number;
  maxGroups: number;
}

const LEVELS: Detail[] = [
  { rawMessages: true, maxLocations: 50, maxGroups: 100 },
  { rawMessages: true, maxLocations: 10, maxGroups: 50 },
  { rawMessages: false, maxLocations: 10, maxGroups: 30 },
  { rawMessages: false, maxLocations: 3, maxGroups: 15 },
  { rawMessages: false, maxLocations: 1, maxGroups: 5 },
];


/** Job names share the project prefix and branch suffix (kv_engine-…-master): show what differs. */
export function shortJobNames(names: string[]): Map<string, string> {
  const result = new Map<string, string>();
  const unique = [...new Set(names)];
  if (unique.length < 2) {
    for (const name of unique) result.set(name, name);
    return result;
  }
  const split = unique.map((n) => n.split(/(?<=[-_/])/));
  let prefix = 0;
  while (split.every((parts) => parts.length > prefix + 1 && parts[prefix] === split[0][prefix])) prefix++;
  let suffix = 0;
  while (
    split.every((parts) => parts.length > prefix + suffix + 1 && parts[parts.length - 1 - suffix] === split[0][split[0].length - 1 - suffix])
  )
    suffix++;
  unique.forEach((name, i) => {
    const parts = split[i];
    const short = parts.slice(prefix, parts.length - suffix).join('');
    let end = short.length;
    // By hand: /[-_/]+$/ is quadratic on a long run of separators.
    while (end > 0 && '-_/'.includes(short[end - 1])) end--;
    const trimmed = short.slice(0, end);
    result.set(name, trimmed || name);
  });
  return result;
}

function statusIcon(status: string): string {
  switch (status) {
    case 'success':
      return '✅';
    case 'unstable':
      return '⚠️';
    case 'aborted':
      return '⏹️';
    case 'not_built':
      return '⏭️';
    default:
      return '❌';
  }
}

function jobLink(job: JobSummary | undefined, name: string, shortNames: Map<string, string>, inTable = false): string {
  const label = `${shortNames.get(name) ?? name}${job?.build != null ? ` #${job.build}` : ''}`;
  return link(label, job?.url ?? null, { inTable });
}

function locationText(o: Occurrence): string {
  if (!o.file) return '';
  return `${o.file}${o.line !== null ? `:${o.line}` : ''}${o.column !== null ? `:${o.column}` : ''}`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function listWords(items: string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** Where the group was seen first, for the headline: `engine_testapp.cc:898`. */
function headlinePlace(group: Group): string | null {
  const located = group.occurrences.find((o) => o.file);
  if (!located?.file) return null;
  const base = located.file.split('/').pop() ?? located.file;
  return `${base}${located.line !== null ? `:${located.line}` : ''}`;
}

function headline(doc: TriageDocument, failedJobs: JobSummary[], groups: Group[], options: RenderOptions, sections?: DigestSections): string {
  const patchSet = doc.jobs.find((j) => j.patchSet !== null)?.patchSet ?? doc.change.patchSet;
  const where = patchSet !== null ? (options.revisionLabel ? options.revisionLabel(patchSet) : `Patch set ${patchSet}`) : 'Build';
  if (doc.jobs.length === 0) return `### ❔ ${where}: no CI report found`;
  if (failedJobs.length === 0) return `### ✅ ${where}: all ${plural(doc.jobs.length, 'job')} passed`;
  const explained = sections ? explainedCounts(sections) : '';
  if (groups.length === 0 && explained) return `### ⚠️ ${where}: ${failedJobs.length} of ${plural(doc.jobs.length, 'job')} failed, nothing new: ${explained}`;
  const causes = groups.slice(0, 2).map((g) => {
    const place = headlinePlace(g);
    return `${escapeText(categoryLabel(g.category).toLowerCase())}${place ? ` in ${codeSpan(place)}` : ''}${g.rule?.kind === 'known' ? ' (known issue)' : ''}`;
  });
  const more = groups.length > 2 ? ` and ${groups.length - 2} more` : '';
  // Nothing unexplained (only known issues): a warning, not a new failure.
  const icon = sections && sections.unexplained.length === 0 ? '⚠️' : '❌';
  return `### ${icon} ${where}: ${failedJobs.length} of ${plural(doc.jobs.length, 'job')} failed, ${plural(groups.length, 'root cause')}: ${causes.join('; ')}${more}${explained ? ` (also ${explained})` : ''}`;
}

function detailLines(group: Group): string[] {
  const d = group.detail as Record<string, unknown>;
  if (group.category === 'signature-mismatch' && typeof d.expected === 'string' && typeof d.actual === 'string') {
    // The title already names the parameter and both types: here, the whole signatures.
    // Trailing double spaces: a hard line break, or GFM runs the lines together.
    const lines: string[] = [];
    if (typeof d.expectedSignature === 'string') lines.push(`Expected type ${codeSpan(d.expectedSignature)}  `);
    if (typeof d.actualSignature === 'string') lines.push(`Actual type ${codeSpan(d.actualSignature)}`);
    return [lines.join('\n')];
  }
  if (Array.isArray(d.lines) && d.lines.length > 0) {
    return [fencedBlock((d.lines as unknown[]).map(String).join('\n'))];
  }
  return [];
}

function locationTable(group: Group, doc: TriageDocument, shortNames: Map<string, string>, options: RenderOptions, maxRows: number): string[] {
  const byLocation = new Map<string, Occurrence[]>();
  for (const o of group.occurrences) {
    const key = locationText(o);
    const list = byLocation.get(key) ?? [];
    list.push(o);
    byLocation.set(key, list);
  }
  const located = [...byLocation.entries()].filter(([key]) => key !== '');
  const unlocated = byLocation.get('') ?? [];
  const rows: string[] = [];
  const jobsByName = new Map(doc.jobs.map((j) => [j.name, j]));
  const jobCell = (occurrences: Occurrence[]) =>
    [...new Set(occurrences.map((o) => o.job).filter((j): j is string => j !== null))]
      .map((name) => jobLink(jobsByName.get(name), name, shortNames, true))
      .join(' · ') || '—';
  const toolCell = (occurrences: Occurrence[]) =>
    escapeText([...new Set(occurrences.map((o) => o.tool ?? '?'))].join(', '));
  if (located.length > 0) {
    rows.push('| Location | Jobs | Tool |', '|---|---|---|');
    for (const [where, occurrences] of located.slice(0, maxRows)) {
      const first = occurrences[0];
      // Only repo-relative paths have a line to link to (not /usr/include/…, not ../…).
      const linkable = first.file !== null && !first.file.startsWith('/') && !first.file.includes('..') && !/^[A-Za-z]:/.test(first.file);
      const target = options.fileLink && linkable ? safeUrl(options.fileLink(first.file!, first.line)) : null;
      const place = target ? `[${codeSpan(where, { inTable: true })}](${target})` : codeSpan(where, { inTable: true });
      rows.push(`| ${place} | ${jobCell(occurrences)} | ${toolCell(occurrences)} |`);
    }
    if (located.length > maxRows) rows.push(`| ${located.length - maxRows} more locations not shown | | |`);
  }
  if (unlocated.length > 0) {
    rows.push(`${located.length > 0 ? '\n' : ''}Jobs: ${jobCell(unlocated)}`);
  }
  return rows;
}

function rawMessages(group: Group, shortNames: Map<string, string>): string[] {
  const byMessage = new Map<string, { tools: Set<string>; jobs: Set<string>; context: string[] }>();
  for (const o of group.occurrences) {
    if (!o.message) continue;
    const entry = byMessage.get(o.message) ?? { tools: new Set(), jobs: new Set(), context: o.context ?? [] };
    if (o.tool) entry.tools.add(o.tool);
    if (o.job) entry.jobs.add(shortNames.get(o.job) ?? o.job);
    byMessage.set(o.message, entry);
  }
  if (byMessage.size === 0) return [];
  const parts = [`<details><summary>${plural(byMessage.size, 'message')} as printed</summary>`, ''];
  for (const [message, { tools, jobs, context }] of byMessage) {
    const who = [tools.size ? [...tools].join(', ') : null, jobs.size ? [...jobs].join(', ') : null].filter(Boolean).join(' · ');
    if (who) parts.push(escapeText(who), '');
    const shown = message.length > 4000 ? `${message.slice(0, 4000)}\n[… cut]` : message;
    // The notes and source excerpt the compiler printed with it, under the message.
    // GCC prints where it was (include chain, "In function …:") before the error: the scanner
    // puts those lines first; an include chain later in the context belongs to a note: it stays there.
    const leading = context.findIndex((line) => !isLeadingContextLine(line));
    const lead = leading === -1 ? context : context.slice(0, leading);
    parts.push(fencedBlock([...lead, shown, ...context.slice(lead.length)].join('\n')), '');
  }
  parts.push('</details>');
  return parts;
}

function renderGroup(group: Group, index: number, doc: TriageDocument, shortNames: Map<string, string>, options: RenderOptions, detail: Detail): string {
  const jobs = jobsOf(group);
  const tools = [...new Set(group.occurrences.map((o) => o.tool).filter((t): t is string => t !== null))];
  const locations = new Set(group.occurrences.map(locationText).filter((l) => l !== ''));
  const facts = [
    codeSpan(group.category),
    escapeText(group.stage),
    plural(jobs.length, 'job'),
    tools.length ? escapeText(tools.join(', ')) : null,
    locations.size ? plural(locations.size, 'location') : null,
    group.history === 'new' ? '🆕 new' : group.history === 'still-failing' ? '🔁 still failing' : null,
  ].filter(Boolean);
  const lines = [`#### ${index + 1}. ${inlineWithCode(group.title)}`, facts.join(' · '), ''];
  lines.push(...ruleLines(group));
  for (const paragraph of detailLines(group)) lines.push(paragraph, '');
  const table = locationTable(group, doc, shortNames, options, detail.maxLocations);
  if (table.length) lines.push(...table, '');
  if (detail.rawMessages) {
    const raw = rawMessages(group, shortNames);
    if (raw.length) lines.push(...raw, '');
  }
  return lines.join('\n');
}

/** "Since patch set 12: 1 new · 2 still failing · 1 fixed", when the groups carry history. */
function historyLine(groups: Group[], previousLabel: string | undefined): string | null {
  const count = (h: string) => groups.filter((g) => g.history === h).length;
  const parts = [
    count('new') ? `🆕 ${count('new')} new` : null,
    count('still-failing') ? `🔁 ${count('still-failing')} still failing` : null,
    count('fixed') ? `✔️ ${count('fixed')} fixed` : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return `**Since ${previousLabel ? escapeText(previousLabel) : 'the previous report'}:** ${parts.join(' · ')}`;
}

function renderAtLevel(doc: TriageDocument, options: RenderOptions, detail: Detail): string {
  const failedJobs = doc.jobs.filter((j) => isFailedJob(j));
  const otherJobs = doc.jobs.filter((j) => !isFailedJob(j));
  const shortNames = shortJobNames(doc.jobs.map((j) => j.name));
  // Rules, flaky evidence and history decide what is shown in full (render/known.ts).
  const sections = partitionGroups(doc.groups);
  const groups = sections.detailed;
  const out: string[] = [];
  if (options.header) out.push(options.header);
  out.push(headline(doc, failedJobs, groups, options, sections), '');
  const context = [
    doc.change.subject ? escapeText(doc.change.subject) : null,
    doc.change.id ? `Change-Id ${codeSpan(doc.change.id)}` : null,
  ].filter(Boolean);
  if (context.length) out.push(`<sub>${context.join(' · ')}</sub>`, '');
  for (const note of options.notes ?? []) out.push(`> ${escapeText(note)}`, '');
  const changes = historyLine(doc.groups, options.previousLabel);
  if (changes) out.push(changes, '');
  if (failedJobs.length > 0) {
    out.push(`**Failed:** ${failedJobs.map((j) => `${statusIcon(j.status)} ${jobLink(j, j.name, shortNames)}`).join(' · ')}`, '');
  }
  groups.slice(0, detail.maxGroups).forEach((group, index) => out.push(renderGroup(group, index, doc, shortNames, options, detail)));
  if (groups.length > detail.maxGroups) {
    const hidden = groups.slice(detail.maxGroups);
    out.push(`_${plural(hidden.length, 'more root cause')} not shown (${escapeText(listWords([...new Set(hidden.map((g) => g.category))], 5))}); the full list is in the JSON output._`, '');
  }
  out.push(...summaryLines(sections, options.previousLabel));
  if (otherJobs.length > 0) {
    out.push(`**Passed or not run:** ${otherJobs.map((j) => `${statusIcon(j.status)} ${jobLink(j, j.name, shortNames)}`).join(' · ')}`, '');
  }
  if (detail !== LEVELS[0]) out.push('_Some detail was left out to fit the comment size limit._', '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export function renderMarkdown(doc: TriageDocument, options: RenderOptions = {}): string {
  const max = options.maxLength ?? 65_000;
  let body = '';
  for (const level of LEVELS) {
    body = renderAtLevel(doc, options, level);
    if (body.length <= max) return body;
  }
  // Still too long (thousands of jobs): cut at a line boundary and say so.
  const note = '\n\n_Digest cut to fit the size limit; the full result is in the JSON output._\n';
  const cut = body.lastIndexOf('\n', max - note.length);
  return body.slice(0, Math.max(0, cut)) + note;
}
