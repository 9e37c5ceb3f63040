// A pull-request comment: verdict, counts per service, breaking changes first, the rest folded.
import { CHANGE_CLASSES, type ChangeClass, type Finding, type Report } from '../types.js';
import { locations, operationLabel } from './finding-text.js';
import { failOnLabel, failsPolicy, type Reporter, type ReportOptions } from './reporter.js';
import { describeVersion, serviceName, serviceViews } from './semver.js';

/** GitHub refuses comments over 65,536 characters; stay well below. */
export const MARKDOWN_LIMIT = 60_000;

const SECTION_TITLES: Record<ChangeClass, string> = { breaking: 'Breaking changes', deprecation: 'Deprecations', additive: 'Additive changes' };
/** Room kept for the notes that say how many items were left out. */
const NOTE_ROOM = 400;

export const renderMarkdown: Reporter = (report, options) => renderMarkdownWithin(report, options, MARKDOWN_LIMIT);

/** The comment, truncating the least severe sections first so it stays within `limit` characters. */
export function renderMarkdownWithin(report: Report, options: ReportOptions, limit: number): string {
  const head = headline(report, options) + servicesTable(report) + report.notes.map((n) => `> **Note:** ${inline(n)}\n\n`).join('');
  const items = Object.fromEntries(CHANGE_CLASSES.map((cls) => [cls, report.changes.filter((f) => f.class === cls).map(item)])) as Record<ChangeClass, string[]>;
  let total = head.length + CHANGE_CLASSES.reduce((n, cls) => n + section(cls, items[cls], 0, limit).length, 0);
  const omitted: Record<ChangeClass, number> = { breaking: 0, deprecation: 0, additive: 0 };
  const tooLong = total > limit;
  for (const cls of [...CHANGE_CLASSES].reverse()) {
    while (tooLong && total + NOTE_ROOM > limit && items[cls].length > 0) {
      total -= items[cls].pop()!.length;
      omitted[cls]++;
    }
  }
  const sections = CHANGE_CLASSES.map((cls) => section(cls, items[cls], omitted[cls], limit)).join('');
  return head + sections;
}

function headline(report: Report, options: ReportOptions): string {
  const { breaking, deprecation, additive } = report.summary;
  const counts = `${breaking} breaking, ${deprecation} deprecation, ${additive} additive`;
  if (report.changes.length === 0) return `## ✅ apicompat: no API changes\n\n`;
  const failed = failsPolicy(report.changes, options);
  const verdict = failed ? `## ❌ apicompat: fails the policy` : `## ✅ apicompat: passes`;
  return `${verdict}\n\n${counts} (\`${failOnLabel(report, options)}\`).\n\n`;
}

function servicesTable(report: Report): string {
  const rows = serviceViews(report).map(({ service, summary, verdict }) => {
    const required = verdict.tooSmall ? `**${verdict.required}** (version bump too small)` : verdict.required;
    return `| ${cell(serviceName(service))} | ${summary.breaking} | ${summary.deprecation} | ${summary.additive} | ${cell(describeVersion(verdict))} | ${required} |`;
  });
  return ['| Service | Breaking | Deprecation | Additive | info.version | Required bump |', '| --- | ---: | ---: | ---: | --- | --- |', ...rows, '', ''].join('\n');
}

function item(finding: Finding): string {
  const service = finding.service ? `[${inline(finding.service)}] ` : '';
  const expired = finding.acceptanceExpired ? ` _(acceptance expired on ${inline(finding.acceptanceExpired.expires)})_` : '';
  const accepted = finding.accepted ? ` _(accepted: ${inline(finding.accepted.reason)})_` : expired;
  return `- **${service}${inline(operationLabel(finding))}** \`${finding.ruleId}\`${accepted}  \n  ${inline(finding.message)}  \n  ${code(locations(finding))}\n`;
}

function section(cls: ChangeClass, items: string[], omitted: number, limit: number): string {
  const count = items.length + omitted;
  if (count === 0) return '';
  const note = omitted > 0 ? `\n_${omitted} more ${SECTION_TITLES[cls].toLowerCase()} left out to keep this comment under ${limit.toLocaleString('en-US')} characters; see the full report._\n` : '';
  const body = items.join('') + note;
  if (cls === 'breaking') return `### ${SECTION_TITLES[cls]} (${count})\n\n${body}\n`;
  return `<details><summary>${SECTION_TITLES[cls]} (${count})</summary>\n\n${body}\n</details>\n\n`;
}

/** Markdown-inert text: no HTML, no emphasis or links from API names. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
