// Release notes in Markdown: per service, what broke, what clients must not rely on while the
// previous version may still answer (rollback-safe or not), what is deprecated, what was added.
import { CHANGE_CLASSES, type Edit } from '../types.js';
import { CLASS_TITLES, fileLine, operationsLabel, primaryLocation, sunsetNote } from './finding-text.js';
import type { Reporter } from './reporter.js';
import { byRollbackFix, describeRollback, editSides, rollbackAnswer, sidesOfEdits, type EditSides } from './rollback-text.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

const VERSION_RULE = 'version-bump-too-small';

export const renderChangelog: Reporter = (report) => {
  const lines = ['# API changes', ''];
  const sides = editSides(report);
  for (const { service, edits, verdict, rollbackUnsafe } of serviceViews(report)) {
    const heading = verdict.revisionVersion ? `${serviceName(service)} ${verdict.revisionVersion}` : serviceName(service);
    lines.push(`## ${heading}`, '');
    // The version finding is about the release itself, so it goes with the version line, not the notes.
    const versionEdit = edits.find((e) => e.ruleId === VERSION_RULE);
    lines.push(`${describeVerdict(verdict)}${versionEdit ? ` ${where(versionEdit)}` : ''}`, '');
    const answer = rollbackAnswer(service);
    if (answer) lines.push(`Rollback-safe: ${answer}: ${describeRollback(service, sidesOfEdits(rollbackUnsafe, sides))}`, '');
    const notes = edits.filter((e) => e.ruleId !== VERSION_RULE);
    if (notes.length === 0) lines.push('No API changes.', '');
    for (const cls of CHANGE_CLASSES) {
      const entries = notes.filter((e) => e.class === cls);
      if (entries.length > 0) lines.push(`### ${CLASS_TITLES[cls]}`, '', ...entries.map(entry), '');
      if (cls === 'breaking' && rollbackUnsafe.length > 0) lines.push('### Not rollback-safe', '', ...rollbackSection(rollbackUnsafe, sides));
    }
  }
  return lines.join('\n');
};

function entry(edit: Edit): string {
  const operations = edit.operations.length > 1 ? ` ${edit.operations.length} operations: ${operationsLabel(edit.operations)}.` : '';
  const accepted = edit.accepted ? ` Accepted: ${edit.accepted.reason}.` : '';
  return `- ${edit.message}${sunsetNote(edit)}${operations}${accepted} ${where(edit)}`;
}

/** What clients built on this version must not rely on until every server runs it, by what to do. */
function rollbackSection(edits: Edit[], sides: EditSides): string[] {
  return byRollbackFix(edits, sides).flatMap(({ fix, edits: group }) => [`What to do: ${fix}`, '', ...group.map((e) => `- ${e.message} ${where(e)}`), '']);
}

function where(edit: Edit): string {
  const loc = primaryLocation(edit);
  return loc ? `(\`${fileLine(loc)}\`)` : '';
}
