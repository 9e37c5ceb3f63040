// GitHub Actions workflow commands: one annotation per finding, on the revision line it concerns.
// The run's log shows only an annotation's message (not its title or file), so each message says
// by itself what changed, under which rule and where; a last plain line gives the verdict.
import type { ChangeClass, Finding } from '../types.js';
import { fileLine, operationLabel, primaryLocation } from './finding-text.js';
import { failOnLabel, failsPolicy, type Reporter } from './reporter.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const COMMANDS: Record<ChangeClass, string> = { breaking: 'error', deprecation: 'warning', additive: 'notice' };

export const renderGithub: Reporter = (report, options) => {
  const lines = report.changes.map(annotation);
  for (const { service, verdict } of serviceViews(report)) {
    const name = serviceName(service);
    lines.push(`::notice title=${escapeProperty(`Semver: ${name}`)}::${escapeData(`${name}: ${describeVerdict(verdict)}`)}`);
  }
  const { breaking, deprecation, additive } = report.summary;
  const verdict = failsPolicy(report.changes, options) ? 'fails the policy' : 'passes';
  lines.push(`apicompat: ${breaking} breaking, ${deprecation} deprecation, ${additive} additive: ${verdict} (${failOnLabel(report, options)})`);
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
  const where = loc ? ` at ${fileLine(loc)}` : '';
  return `::${command} ${properties.join(',')}::${escapeData(`${service}${finding.message}${accepted} [${finding.ruleId}${where}]`)}`;
}

/** Message text: `%`, CR and LF are percent-encoded, as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also encode `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
