import { Chalk } from 'chalk';
import { shouldFail } from '../classify/classify.js';
import { CHANGE_CLASSES, type ChangeClass, type Finding, type SourceLocation } from '../types.js';
import type { Reporter } from './reporter.js';

const MARKERS: Record<ChangeClass, string> = { breaking: '✖', deprecation: '⚠', additive: '+' };

/** Human output: grouped by class, then operation; each line the rule id, the sentence, file:line. */
export const renderText: Reporter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<ChangeClass, (s: string) => string> = {
    breaking: (s) => chalk.red.bold(s),
    deprecation: (s) => chalk.yellow.bold(s),
    additive: (s) => chalk.green.bold(s),
  };
  const lines: string[] = [];
  for (const cls of CHANGE_CLASSES) {
    const findings = report.changes.filter((f) => f.class === cls);
    if (findings.length === 0) continue;
    lines.push(paint[cls](`${MARKERS[cls]} ${cls} (${findings.length})`));
    let group = '\u0000';
    for (const finding of findings) {
      const heading = groupOf(finding);
      if (heading !== group) {
        group = heading;
        lines.push(`  ${chalk.bold(heading)}`);
      }
      const accepted = finding.accepted ? chalk.cyan(` [accepted: ${finding.accepted.reason}]`) : '';
      lines.push(`    ${paint[cls](MARKERS[cls])} ${chalk.dim(finding.ruleId)} ${chalk.dim(`[${finding.id}]`)}${accepted}`);
      lines.push(`      ${finding.message}`);
      if (finding.acceptanceExpired) lines.push(`      ${chalk.red(`acceptance expired on ${finding.acceptanceExpired.expires} (${finding.acceptanceExpired.reason})`)}`);
      lines.push(`      ${chalk.dim(where(finding))}`);
    }
    lines.push('');
  }
  for (const note of report.notes) lines.push(chalk.yellow(`note: ${note}`));
  const { breaking, deprecation, additive } = report.summary;
  const counts = `${breaking} breaking, ${deprecation} deprecation, ${additive} additive`;
  if (report.changes.length === 0) lines.push('No API changes.');
  const failed = shouldFail(report.changes, options.failOn);
  lines.push(failed ? chalk.red.bold(`✖ ${counts}: fails the policy (--fail-on ${options.failOn})`) : chalk.green.bold(`✔ ${counts}: passes (--fail-on ${options.failOn})`));
  return lines.join('\n') + '\n';
};

function groupOf(finding: Finding): string {
  const service = finding.service ? `[${finding.service}] ` : '';
  return finding.operation ? `${service}${finding.operation.method} ${finding.operation.path}` : `${service}(whole API)`;
}

function where(finding: Finding): string {
  const parts: string[] = [];
  if (finding.base) parts.push(`base ${position(finding.base)}`);
  if (finding.revision) parts.push(`revision ${position(finding.revision)}`);
  return parts.join('  →  ');
}

export function position(loc: SourceLocation): string {
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}
