// Release notes in Markdown: per service, what broke, what is deprecated, what was added.
import { CHANGE_CLASSES, type Finding } from '../types.js';
import { CLASS_TITLES, fileLine, primaryLocation } from './finding-text.js';
import type { Reporter } from './reporter.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const VERSION_RULE = 'version-bump-too-small';

export const renderChangelog: Reporter = (report) => {
  const lines = ['# API changes', ''];
  for (const { service, findings, verdict } of serviceViews(report)) {
    const heading = verdict.revisionVersion ? `${serviceName(service)} ${verdict.revisionVersion}` : serviceName(service);
    lines.push(`## ${heading}`, '');
    // The version finding is about the release itself, so it goes with the version line, not the notes.
    const versionFinding = findings.find((f) => f.ruleId === VERSION_RULE);
    lines.push(`${describeVerdict(verdict)}${versionFinding ? ` ${where(versionFinding)}` : ''}`, '');
    const notes = findings.filter((f) => f.ruleId !== VERSION_RULE);
    if (notes.length === 0) lines.push('No API changes.', '');
    for (const cls of CHANGE_CLASSES) {
      const entries = notes.filter((f) => f.class === cls);
      if (entries.length === 0) continue;
      lines.push(`### ${CLASS_TITLES[cls]}`, '', ...entries.map((f) => `- ${f.message} ${where(f)}`), '');
    }
  }
  return lines.join('\n');
};

function where(finding: Finding): string {
  const loc = primaryLocation(finding);
  return loc ? `(\`${fileLine(loc)}\`)` : '';
}
