import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { didYouMean } from '../config/suggest.js';
import { packageFile } from '../package-root.js';
import { RULES } from '../rules/registry.js';
import { direction, type Rule } from '../rules/rule.js';
import { UsageError } from './errors.js';
import { EXIT, type CliIo } from './io.js';

/** Rule fixtures: the repository's, or in the npm package each rule's positive one (package.json `files`). */
export const RULE_FIXTURES_DIR = fileURLToPath(packageFile('fixtures/rules/'));

/** The examples the build takes from the fixtures, for the package, which ships without them. */
export const SHIPPED_EXAMPLES = 'dist/explain-examples.json';
const SHIPPED_EXAMPLES_FILE = fileURLToPath(packageFile(SHIPPED_EXAMPLES));

const CONTEXT_LINES = 3;

const DIRECTIONS = {
  request: 'request (the server reads it, so removing what clients send or requiring more breaks them)',
  response: 'response (clients read it, so removing or changing what they read breaks them)',
  none: 'none (about the API surface itself)',
} as const;

/** The response a webhook's or a callback's receiver sends back: the API reads it. */
const READ_BY_API = "response a webhook's or a callback's receivers send back (the API reads it, so what it no longer accepts breaks receivers that answer with it)";

export function registerExplain(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('explain')
    .description('what a rule means, why it matters, a before/after example, how to fix or accept it, and its forward verdict')
    .argument('<rule-id>', 'a rule id, as shown with every finding (docs/rules.md lists them all)')
    .action((id: string) => {
      io.stdout(explainRule(id));
      setExit(EXIT.ok);
    });
}

export function explainRule(id: string, fixturesDir = RULE_FIXTURES_DIR, shippedFile = SHIPPED_EXAMPLES_FILE): string {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule id "${id}"${didYouMean(id, RULES.map((r) => r.id))}; docs/rules.md lists them all`);
  const strict = rule.strictClass && rule.strictClass !== rule.class ? `; ${rule.strictClass} under the strict profile` : '';
  const sections = [
    `${rule.id}\n\n${rule.description}`,
    `Class: ${rule.class}${strict}\nDirection: ${rule.readByApi ? READ_BY_API : DIRECTIONS[direction(rule)]}`,
    `Why it matters:\n  ${rule.why}`,
    example(rule, fixturesDir) ?? shippedExamples(shippedFile)[rule.id],
    `How to fix it:\n  ${rule.fix}`,
    forward(rule),
    acceptance(rule),
  ];
  return sections.filter((s) => s !== undefined).join('\n\n') + '\n';
}

/** The other direction: a client built on the revision against a server still running the base. */
function forward(rule: Rule): string {
  return [
    `Forward: ${rule.forward.class} (for ${rule.readByApi ? 'a receiver built on the revision against an API' : 'a client built on the revision against a server'} still running the base: a canary, a rolling deploy, a rollback)`,
    `  ${rule.forward.why}`,
    `  What to do: ${rule.forward.fix}`,
  ].join('\n');
}

/** Every rule's example, by rule id, as the build writes them to `SHIPPED_EXAMPLES`. */
export function ruleExamples(fixturesDir = RULE_FIXTURES_DIR): Record<string, string> {
  return Object.fromEntries(RULES.flatMap((rule) => {
    const text = example(rule, fixturesDir);
    return text === undefined ? [] : [[rule.id, text]];
  }));
}

const shipped = new Map<string, Record<string, string>>();

function shippedExamples(file: string): Record<string, string> {
  let examples = shipped.get(file);
  if (!examples) {
    examples = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
    shipped.set(file, examples);
  }
  return examples;
}

interface FixtureFinding {
  ruleId: string;
  base?: string;
  revision?: string;
}

/** Before/after from the rule's positive fixture, around the lines its finding points at. */
function example(rule: Rule, fixturesDir: string): string | undefined {
  const folder = path.join(fixturesDir, rule.id);
  const expectedFile = path.join(folder, 'expected.json');
  if (!existsSync(expectedFile)) return undefined;
  const finding = (JSON.parse(readFileSync(expectedFile, 'utf8')) as FixtureFinding[]).find((f) => f.ruleId === rule.id);
  if (!finding) return undefined;
  const parts = [`Example (fixtures/rules/${rule.id}):`];
  const configFile = path.join(folder, 'config.yaml');
  if (existsSync(configFile)) parts.push(`  with this configuration:\n${indent(readFileSync(configFile, 'utf8').trimEnd())}`);
  for (const [label, where] of [['before', finding.base], ['after', finding.revision]] as const) {
    const excerpt = where ? excerptAt(folder, where) : undefined;
    if (excerpt) parts.push(`  ${label} (${where}):\n${excerpt}`);
  }
  return parts.length > 1 ? parts.join('\n') : undefined;
}

/** `base.yaml:12` → the lines around line 12, numbered, the line itself marked. */
function excerptAt(folder: string, where: string): string | undefined {
  const match = /^(.*):(\d+)$/.exec(where);
  if (!match) return undefined;
  const file = path.join(folder, match[1]);
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = Number(match[2]);
  const from = Math.max(1, line - CONTEXT_LINES);
  const to = Math.min(lines.length, line + CONTEXT_LINES);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`  ${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]}`);
  return out.join('\n');
}

function acceptance(rule: Rule): string {
  return [
    'How to accept it:',
    '  one finding, for a while: apicompat accept <finding-id> --reason "why it is fine" --expires YYYY-MM-DD',
    '  (the id is shown with every finding; this adds an `accept` entry to apicompat.config.yaml)',
    `  every finding of this rule: in apicompat.config.yaml, set rules: { ${rule.id}: ${rule.class === 'breaking' ? 'deprecation' : 'off'} } (breaking, deprecation, additive or off)`,
  ].join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
