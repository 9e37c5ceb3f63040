import type { Command } from 'commander';
import { RULES } from '../rules/registry.js';
import { direction, type Rule } from '../rules/rule.js';
import { UsageError } from './errors.js';
import { EXIT, type CliIo } from './io.js';

const RULE_FORMATS = ['text', 'json'] as const;
type RuleFormat = (typeof RULE_FORMATS)[number];

export function registerRules(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list every rule: id, default class, forward verdict, direction and description')
    .option('-f, --format <format>', `output format: ${RULE_FORMATS.join(', ')}`, 'text')
    .action((flags: { format: string }) => {
      io.stdout(listRules(parseRuleFormat(flags.format)));
      setExit(EXIT.ok);
    });
}

/** The catalogue in id order, as aligned text columns or a JSON array. */
export function listRules(format: RuleFormat, rules: readonly Rule[] = RULES): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (format === 'json') {
    const rows = sorted.map((r) => ({
      id: r.id,
      class: r.class,
      ...(r.strictClass ? { strictClass: r.strictClass } : {}),
      forward: r.forward.class,
      direction: direction(r),
      description: r.description,
    }));
    return JSON.stringify(rows, null, 2) + '\n';
  }
  const idWidth = Math.max(...sorted.map((r) => r.id.length));
  const classWidth = Math.max(...sorted.map((r) => r.class.length));
  const forwardWidth = Math.max(...sorted.map((r) => `forward ${r.forward.class}`.length));
  const lines = sorted.map((r) => `${r.id.padEnd(idWidth)}  ${r.class.padEnd(classWidth)}  ${`forward ${r.forward.class}`.padEnd(forwardWidth)}  ${direction(r).padEnd(8)}  ${r.description}`);
  return `${lines.join('\n')}\n\n${sorted.length} rules. \`apicompat explain <rule-id>\` tells more about one.\n`;
}

function parseRuleFormat(value: string): RuleFormat {
  if ((RULE_FORMATS as readonly string[]).includes(value)) return value as RuleFormat;
  throw new UsageError(`--format must be one of ${RULE_FORMATS.join(', ')} (got "${value}")`);
}
