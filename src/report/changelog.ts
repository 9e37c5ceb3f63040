// Release notes in Markdown: per service, what broke, what is deprecated, what was added.
import { CHANGE_CLASSES, type Edit } from '../types.js';
import { CLASS_TITLES, fileLine, operationsLabel, primaryLocation, sunsetNote } from './finding-text.js';
import type { Reporter } from './reporter.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const VERSION_RULE = 'version-bump-too-small';

export const renderChangelog: Reporter = (report) => {
  const lines = ['# API changes', ''];
  for (const { service, edits, verdict } of serviceViews(report)) {
    const heading = verdict.revisionVersion ? `${serviceName(service)} ${verdict.revisionVersion}` : serviceName(service);
    lines.push(`## ${heading}`, '');
    // The version finding is about the release itself, so it goes with the version line, not the notes.
    const versionEdit = edits.find((e) => e.ruleId === VERSION_RULE);
    lines.push(`${describeVerdict(verdict)}${versionEdit ? ` ${where(versionEdit)}` : ''}`, '');
    const notes = edits.filter((e) => e.ruleId !== VERSION_RULE);
    if (notes.length === 0) lines.push('No API changes.', '');
    for (const cls of CHANGE_CLASSES) {
      const entries = notes.filter((e) => e.class === cls);
      if (entries.length === 0) continue;
      lines.push(`### ${CLASS_TITLES[cls]}`, '', ...entries.map(entry), '');
    }
  }
  return lines.join('\n');
};

function entry(edit: Edit): string {
  const operations = edit.operations.length > 1 ? ` ${edit.operations.length} operations: ${operationsLabel(edit.operations)}.` : '';
  const accepted = edit.accepted ? ` Accepted: ${edit.accepted.reason}.` : '';
  return `- ${edit.message}${sunsetNote(edit)}${operations}${accepted} ${where(edit)}`;
}

function where(edit: Edit): string {
  const loc = primaryLocation(edit);
  return loc ? `(\`${fileLine(loc)}\`)` : '';
}
