import { Chalk, type ChalkInstance } from 'chalk';
import { CHANGE_CLASSES, type ChangeClass, type Finding, type Report, type SourceLocation } from '../types.js';
import { failOnLabel, failsPolicy, type Reporter, type ReportOptions } from './reporter.js';
import { describeVerdict, serviceViews } from './semver.js';

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
  else lines.push(...serviceViews(report).map(({ service, verdict }) => `semver${service.name ? ` [${service.name}]` : ''}: ${describeVerdict(verdict)}`));
  lines.push(...serviceSummary(report, options, chalk));
  const failed = failsPolicy(report.changes, options);
  const label = failOnLabel(report, options);
  lines.push(failed ? chalk.red.bold(`✖ ${counts}: fails the policy (${label})`) : chalk.green.bold(`✔ ${counts}: passes (${label})`));
  return lines.join('\n') + '\n';
};

/** One line per named service (counts per class, its verdict), for `check` reports. */
function serviceSummary(report: Report, options: ReportOptions, chalk: ChalkInstance): string[] {
  const named = report.services.filter((s) => s.name !== '');
  if (named.length === 0) return [];
  const width = Math.max(...named.map((s) => s.name.length));
  return named.map(({ name }) => {
    const findings = report.changes.filter((f) => f.service === name);
    const count = (cls: ChangeClass) => findings.filter((f) => f.class === cls).length;
    const counts = CHANGE_CLASSES.map((cls) => `${count(cls)} ${cls}`).join(', ');
    const verdict = failsPolicy(findings, options) ? chalk.red('✖') : chalk.green('✔');
    return `${verdict} ${name.padEnd(width)}  ${counts}`;
  });
}

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
