// GitHub Actions workflow commands: one annotation per finding, on the revision line it concerns.
import type { ChangeClass, Finding } from '../types.js';
import { operationLabel, primaryLocation } from './finding-text.js';
import type { Reporter } from './reporter.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const COMMANDS: Record<ChangeClass, string> = { breaking: 'error', deprecation: 'warning', additive: 'notice' };

export const renderGithub: Reporter = (report) => {
  const lines = report.changes.map(annotation);
  for (const { service, verdict } of serviceViews(report)) {
    lines.push(`::notice title=${escapeProperty(`Semver: ${serviceName(service)}`)}::${escapeData(describeVerdict(verdict))}`);
  }
  return lines.map((l) => `${l}\n`).join('');
};

function annotation(finding: Finding): string {
  const loc = primaryLocation(finding);
  const properties: string[] = [];
  if (loc) properties.push(`file=${escapeProperty(loc.file)}`);
  if (loc?.line) properties.push(`line=${loc.line}`);
  const service = finding.service ? `[${finding.service}] ` : '';
  properties.push(`title=${escapeProperty(`${finding.ruleId}: ${service}${operationLabel(finding)}`)}`);
  // An accepted finding no longer fails the build, so it is only a notice.
  const command = finding.accepted ? 'notice' : COMMANDS[finding.class];
  const accepted = finding.accepted ? ` (accepted: ${finding.accepted.reason})` : '';
  return `::${command} ${properties.join(',')}::${escapeData(finding.message + accepted)}`;
}

/** Message text: `%`, CR and LF are percent-encoded, as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also encode `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
