/**
 * ReDoS audit: every regular expression in src/ (literals and `new RegExp`/
 * `RegExp(...)` calls), found by parsing the TypeScript sources at test time so
 * code added later is audited too, is checked with recheck. Exponential and
 * polynomial (e.g. quadratic `\s+$`) backtracking both fail, with file:line.
 * A RegExp built from a non-constant string cannot be audited and fails too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const srcRoot = join(repoRoot, 'src');

interface FoundRegex {
  where: string;
  source: string | null;
  flags: string;
}

function constantString(node: ts.Expression | undefined): string | null {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

export function findRegexes(file: string, text: string): FoundRegex[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const where = (node: ts.Node) => `${relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      found.push({ where: where(node), source: constantString(pattern), flags: constantString(flags) ?? '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name))
    .sort();
}

const regexes = sourceFiles(srcRoot).flatMap((file) => findRegexes(file, readFileSync(file, 'utf8')));

describe('ReDoS audit of src/', () => {
  it('finds the regexes (the scanner itself works)', () => {
    const sample = findRegexes('x.ts', "const a = /a+$/g; const b = new RegExp('(x+)+y', 'i'); const c = RegExp(name);");
    expect(sample.map((r) => [r.source, r.flags])).toEqual([['a+$', 'g'], ['(x+)+y', 'i'], [null, '']]);
    expect(regexes.length).toBeGreaterThan(10);
  });

  it('every regex is safe from catastrophic and polynomial backtracking', { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    // One at a time: recheck's fuzz checker has time limits, and checks run in
    // parallel on 2 cores can hit them and disagree from run to run.
    for (const regex of regexes) {
      if (regex.source === null) {
        problems.push(`${regex.where}: RegExp built from a non-constant string cannot be audited`);
        continue;
      }
      let diagnostics = await check(regex.source, regex.flags, { timeout: 20_000 });
      // A fuzz verdict under CPU load can be a timing artefact: a real one repeats.
      if (diagnostics.status !== 'safe' && diagnostics.checker === 'fuzz') diagnostics = await check(regex.source, regex.flags, { timeout: 20_000 });
      if (diagnostics.status === 'safe') continue;
      const detail = diagnostics.status === 'vulnerable'
        ? `${diagnostics.complexity.summary}, attack ${JSON.stringify(diagnostics.attack.pattern).slice(0, 80)}`
        : `not proven safe (${diagnostics.error.kind})`;
      problems.push(`${regex.where}: /${regex.source}/${regex.flags} is ${diagnostics.status}: ${detail}`);
    }
    expect(problems).toEqual([]);
  });
});
