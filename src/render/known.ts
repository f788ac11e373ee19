import type { Group } from '../types.js';
import { codeSpan, escapeText, inlineWithCode, link } from './escape.js';

/**
 * What the digest shows of rules, flaky evidence and history: new, unexplained
 * failures first and in full; known issues in full with their link; flaky and
 * infrastructure failures collapsed into one line each with their count;
 * `ignore` rules hidden but counted; fixed root causes in one line.
 */

export interface DigestSections {
  /** Shown in full, in this order: unexplained (new first), then known issues. */
  detailed: Group[];
  unexplained: Group[];
  known: Group[];
  flaky: Group[];
  infrastructure: Group[];
  ignored: Group[];
  fixed: Group[];
}

const HISTORY_RANK: Record<string, number> = { new: 0, none: 1, 'still-failing': 2 };

export function partitionGroups(groups: Group[]): DigestSections {
  const sections: DigestSections = { detailed: [], unexplained: [], known: [], flaky: [], infrastructure: [], ignored: [], fixed: [] };
  for (const group of groups) {
    const kind = group.rule?.kind;
    if (group.history === 'fixed') sections.fixed.push(group);
    else if (kind === 'ignore') sections.ignored.push(group);
    else if (kind === 'known') sections.known.push(group);
    else if (kind === 'infrastructure') sections.infrastructure.push(group);
    else if (kind === 'flaky' || group.flaky) sections.flaky.push(group);
    else sections.unexplained.push(group);
  }
  // Stable: the importance order of orderGroups is kept within each history rank.
  sections.unexplained = sections.unexplained
    .map((group, index) => ({ group, index }))
    .sort((a, b) => HISTORY_RANK[a.group.history ?? 'none'] - HISTORY_RANK[b.group.history ?? 'none'] || a.index - b.index)
    .map(({ group }) => group);
  sections.detailed = [...sections.unexplained, ...sections.known];
  return sections;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Short text for the headline about what is collapsed: "2 flaky, 1 infrastructure, 1 ignored". */
export function explainedCounts(sections: DigestSections): string {
  const parts = [
    sections.flaky.length ? `${sections.flaky.length} flaky` : null,
    sections.infrastructure.length ? `${sections.infrastructure.length} infrastructure` : null,
    sections.ignored.length ? `${sections.ignored.length} ignored` : null,
  ].filter((p): p is string => p !== null);
  return parts.join(', ');
}

/** Lines under a group's facts: its history and the rule that explains it. */
export function ruleLines(group: Group): string[] {
  const lines: string[] = [];
  const rule = group.rule;
  if (rule && rule.kind === 'known') {
    const where = rule.link ? ` ${link('tracked here', rule.link)}` : '';
    const note = rule.note ? ` — ${escapeText(rule.note)}` : '';
    lines.push(`📌 Known issue ${codeSpan(rule.id)}:${where}${note}`);
  } else if (rule && rule.kind === 'category') {
    lines.push(`Category from rule ${codeSpan(rule.id)}${rule.note ? ` — ${escapeText(rule.note)}` : ''}${rule.link ? ` (${link('details', rule.link)})` : ''}`);
  }
  return lines.length ? [lines.join('  \n'), ''] : [];
}

function briefTitle(group: Group): string {
  if (group.title.length <= 120) return inlineWithCode(group.title);
  let cut = group.title.slice(0, 119);
  // Never leave a quoted value open: it would turn the rest into code.
  if ((cut.split('\'').length - 1) % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('\'')).trimEnd();
  return inlineWithCode(`${cut}…`);
}

function why(group: Group): string {
  const parts: string[] = [];
  if (group.rule) parts.push(`rule ${codeSpan(group.rule.id)}${group.rule.link ? ` ${link('↗', group.rule.link)}` : ''}`);
  if (group.flaky) parts.push(escapeText(group.flaky.evidence));
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function collapsedLine(icon: string, label: string, groups: Group[], max = 5): string {
  const items = groups.slice(0, max).map((g) => `${briefTitle(g)}${why(g)}`);
  const more = groups.length > max ? ` · and ${groups.length - max} more` : '';
  return `${icon} **${label} (${groups.length}):** ${items.join(' · ')}${more}`;
}

/** The collapsed lines after the detailed groups. */
export function summaryLines(sections: DigestSections, previousLabel?: string): string[] {
  const lines: string[] = [];
  if (sections.flaky.length) lines.push(collapsedLine('🎲', 'Flaky', sections.flaky), '');
  if (sections.infrastructure.length) lines.push(collapsedLine('🏗️', 'Infrastructure', sections.infrastructure), '');
  if (sections.ignored.length) {
    const ids = [...new Set(sections.ignored.map((g) => g.rule?.id).filter((id): id is string => !!id))];
    lines.push(`_${plural(sections.ignored.length, 'failure')} hidden by ignore rules: ${ids.map((id) => codeSpan(id)).join(', ')}._`, '');
  }
  if (sections.fixed.length) lines.push(collapsedLine('✅', `Fixed since ${previousLabel ?? 'the previous run'}`, sections.fixed), '');
  return lines;
}
