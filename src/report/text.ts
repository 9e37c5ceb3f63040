import { Chalk, type ChalkInstance } from 'chalk';
import { countClasses } from '../classify/edits.js';
import { CHANGE_CLASSES, type ChangeClass, type Edit, type Report } from '../types.js';
import { classCount, describeCounts, fileLine, grouped, operationsLabel, sunsetNote } from './finding-text.js';
import { failOnLabel, failsPolicy, type Reporter, type ReportOptions } from './reporter.js';
import { describeRollback, editSides, rollbackAnswer, rollbackFix, rollbackUnsafeIds, sidesOfEdits } from './rollback-text.js';
import { describeVerdict, serviceViews } from './semver.js';

const MARKERS: Record<ChangeClass, string> = { breaking: '✖', deprecation: '⚠', additive: '+' };

/** Human output: grouped by class; each edit once: rule id and edit id, its sentence, its operations, file:line. */
export const renderText: Reporter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<ChangeClass, (s: string) => string> = {
    breaking: (s) => chalk.red.bold(s),
    deprecation: (s) => chalk.yellow.bold(s),
    additive: (s) => chalk.green.bold(s),
  };
  const lines: string[] = [];
  const unsafe = rollbackUnsafeIds(report);
  const sides = editSides(report);
  for (const cls of CHANGE_CLASSES) {
    const edits = report.edits.filter((e) => e.class === cls);
    if (edits.length === 0) continue;
    const accepted = countClasses(edits).accepted[cls];
    lines.push(paint[cls](`${MARKERS[cls]} ${cls}: ${grouped(edits.length)} ${edits.length === 1 ? 'edit' : 'edits'}${accepted > 0 ? `, ${grouped(accepted)} of them accepted` : ''}`));
    for (const edit of edits) {
      // An accepted edit fails nothing: it is not painted as the class it would fail.
      const marker = edit.accepted ? chalk.cyan(MARKERS[cls]) : paint[cls](MARKERS[cls]);
      const accepted = edit.accepted ? chalk.cyan(` [accepted: ${edit.accepted.reason}]`) : '';
      const service = edit.service ? `[${edit.service}] ` : '';
      lines.push(`  ${marker} ${service}${chalk.dim(edit.ruleId)} ${chalk.dim(`[${edit.id}]`)}${accepted}`);
      lines.push(`      ${edit.message}${sunsetNote(edit)}`);
      if (unsafe.has(edit.id)) lines.push(`      ${chalk.magenta(`not rollback-safe: ${rollbackFix(edit.ruleId, sides(edit))}`)}`);
      if (edit.acceptanceExpired) lines.push(`      ${chalk.red(`acceptance expired on ${edit.acceptanceExpired.expires} (${edit.acceptanceExpired.reason})`)}`);
      // One operation is named by the sentence already.
      if (edit.operations.length > 1) lines.push(`      ${chalk.bold(`${edit.operations.length} operations: ${operationsLabel(edit.operations)}`)}`);
      lines.push(`      ${chalk.dim(where(edit))}`);
    }
    lines.push('');
  }
  for (const note of report.notes) lines.push(chalk.yellow(`note: ${note}`));
  const counts = describeCounts(report.summary);
  if (report.changes.length === 0) lines.push('No API changes.');
  else {
    const views = serviceViews(report);
    lines.push(...views.map(({ service, verdict }) => `semver${service.name ? ` [${service.name}]` : ''}: ${describeVerdict(verdict)}`));
    // A named service that is rollback-safe says so on its summary line below.
    for (const { service, rollbackUnsafe } of views) {
      const answer = rollbackAnswer(service);
      if (answer === 'no' || (answer === 'yes' && service.name === '')) lines.push(`rollback-safe${service.name ? ` [${service.name}]` : ''}: ${answer === 'no' ? chalk.magenta(answer) : answer}: ${describeRollback(service, sidesOfEdits(rollbackUnsafe, sides))}`);
    }
  }
  lines.push(...serviceSummary(report, options, chalk));
  const failed = failsPolicy(report.changes, options);
  const label = failOnLabel(report, options);
  lines.push(failed ? chalk.red.bold(`✖ ${counts}: fails the policy (${label})`) : chalk.green.bold(`✔ ${counts}: passes (${label})`));
  return lines.join('\n') + '\n';
};

/** One line per named service (edits per class, rollback-safe or not, its verdict), for `check` reports. */
function serviceSummary(report: Report, options: ReportOptions, chalk: ChalkInstance): string[] {
  const views = serviceViews(report).filter((v) => v.service.name !== '');
  if (views.length === 0) return [];
  const width = Math.max(...views.map((v) => v.service.name.length));
  return views.map(({ service, findings, editCounts }) => {
    const counts = CHANGE_CLASSES.map((cls) => classCount(editCounts, cls)).join(', ');
    const verdict = failsPolicy(findings, options) ? chalk.red('✖') : chalk.green('✔');
    const answer = rollbackAnswer(service);
    return `${verdict} ${service.name.padEnd(width)}  ${counts}${answer ? `; rollback-safe: ${answer}` : ''}`;
  });
}

function where(edit: Edit): string {
  const parts: string[] = [];
  if (edit.base) parts.push(`base ${fileLine(edit.base)}`);
  if (edit.revision) parts.push(`revision ${fileLine(edit.revision)}`);
  return parts.join('  →  ');
}
