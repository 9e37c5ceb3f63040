// GitHub Actions workflow commands: one annotation per edit, on the revision line it concerns.
// The run's log shows only an annotation's message (not its title or file), so each message says
// by itself what changed, under which rule and where; a last plain line gives the verdict.
import type { ChangeClass, Edit } from '../types.js';
import { describeCounts, fileLine, operationsLabel, primaryLocation, sunsetNote } from './finding-text.js';
import { failOnLabel, failsPolicy, type Reporter } from './reporter.js';
import { editSides, rollbackLine, sidesOfEdits } from './rollback-text.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const COMMANDS: Record<ChangeClass, string> = { breaking: 'error', deprecation: 'warning', additive: 'notice' };

export const renderGithub: Reporter = (report, options) => {
  const lines = report.edits.map(annotation);
  const sides = editSides(report);
  for (const { service, verdict, rollbackUnsafe } of serviceViews(report)) {
    const name = serviceName(service);
    lines.push(`::notice title=${escapeProperty(`Semver: ${name}`)}::${escapeData(`${name}: ${describeVerdict(verdict)}`)}`);
    const rollback = rollbackLine(service, sidesOfEdits(rollbackUnsafe, sides));
    if (rollback) lines.push(`::notice title=${escapeProperty(`Rollback-safe: ${name}`)}::${escapeData(`${name}: rollback-safe: ${rollback}`)}`);
  }
  const verdict = failsPolicy(report.changes, options) ? 'fails the policy' : 'passes';
  lines.push(`apicompat: ${describeCounts(report.summary)}: ${verdict} (${failOnLabel(report, options)})`);
  return lines.map((l) => `${l}\n`).join('');
};

function annotation(edit: Edit): string {
  const loc = primaryLocation(edit);
  const properties: string[] = [];
  if (loc) properties.push(`file=${escapeProperty(loc.file)}`);
  if (loc?.line) properties.push(`line=${loc.line}`);
  if (loc?.line && loc.column !== undefined) properties.push(`col=${loc.column}`);
  const service = edit.service ? `[${edit.service}] ` : '';
  properties.push(`title=${escapeProperty(`${edit.ruleId}: ${service}${operationsLabel(edit.operations)}`)}`);
  // An accepted edit no longer fails the build, so it is only a notice.
  const command = edit.accepted ? 'notice' : COMMANDS[edit.class];
  const accepted = edit.accepted ? ` (accepted: ${edit.accepted.reason})` : '';
  const where = loc ? ` at ${fileLine(loc)}` : '';
  const operations = edit.operations.length > 1 ? `\n${edit.operations.length} operations: ${operationsLabel(edit.operations)}` : '';
  return `::${command} ${properties.join(',')}::${escapeData(`${service}${edit.message}${sunsetNote(edit)}${accepted} [${edit.ruleId} ${edit.id}${where}]${operations}`)}`;
}

/** Message text: `%`, CR and LF are percent-encoded, as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also encode `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
