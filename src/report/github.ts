// GitHub Actions workflow commands: one annotation per edit, on the revision line it concerns.
import type { ChangeClass, Edit } from '../types.js';
import { operationsLabel, primaryLocation, sunsetNote } from './finding-text.js';
import type { Reporter } from './reporter.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const COMMANDS: Record<ChangeClass, string> = { breaking: 'error', deprecation: 'warning', additive: 'notice' };

export const renderGithub: Reporter = (report) => {
  const lines = report.edits.map(annotation);
  for (const { service, verdict } of serviceViews(report)) {
    lines.push(`::notice title=${escapeProperty(`Semver: ${serviceName(service)}`)}::${escapeData(describeVerdict(verdict))}`);
  }
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
  const operations = edit.operations.length > 1 ? `\n${edit.operations.length} operations: ${operationsLabel(edit.operations)}` : '';
  return `::${command} ${properties.join(',')}::${escapeData(`${edit.message}${sunsetNote(edit)}${accepted} [${edit.id}]${operations}`)}`;
}

/** Message text: `%`, CR and LF are percent-encoded, as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also encode `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
