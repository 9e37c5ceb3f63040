// A pull-request comment: verdict and counts first, then every breaking edit, then deprecations,
// then additive edits folded. It always fits in a comment, and says what it left out.
import { CHANGE_CLASSES, type ChangeClass, type Edit, type Report } from '../types.js';
import { classCount, describeCounts, editLocations, operationsLabel, sunsetNote } from './finding-text.js';
import { failOnLabel, failsPolicy, type Reporter, type ReportOptions } from './reporter.js';
import { describeVersion, serviceName, serviceViews } from './semver.js';

/** GitHub refuses comments over 65,536 characters. */
export const MARKDOWN_LIMIT = 65_536;

const SECTION_TITLES: Record<ChangeClass, string> = { breaking: 'Breaking changes', deprecation: 'Deprecations', additive: 'Additive changes' };
const ITEM_NAMES: Record<ChangeClass, string> = { breaking: 'breaking edits', deprecation: 'deprecations', additive: 'additive edits' };

export const renderMarkdown: Reporter = (report, options) => renderMarkdownWithin(report, options, MARKDOWN_LIMIT);

/** The comment, leaving out the least severe edits first so it stays within `limit` characters. */
export function renderMarkdownWithin(report: Report, options: ReportOptions, limit: number): string {
  const head = headline(report, options) + servicesTable(report) + report.notes.map((n) => `> **Note:** ${inline(n)}\n\n`).join('');
  const items = Object.fromEntries(CHANGE_CLASSES.map((cls) => [cls, report.edits.filter((e) => e.class === cls).map(item)])) as Record<ChangeClass, string[]>;
  const kept: Record<ChangeClass, number> = { breaking: items.breaking.length, deprecation: items.deprecation.length, additive: items.additive.length };
  const render = () => head + CHANGE_CLASSES.map((cls) => section(cls, items[cls], kept[cls], limit, options)).join('');
  // Items are dropped by their length until it fits; the notes saying so are then counted exactly.
  let excess = render().length - limit;
  for (const cls of [...CHANGE_CLASSES].reverse()) {
    while (excess > 0 && kept[cls] > 0) excess -= items[cls][--kept[cls]].length;
  }
  let out = render();
  for (const cls of [...CHANGE_CLASSES].reverse()) {
    while (out.length > limit && kept[cls] > 0) {
      kept[cls]--;
      out = render();
    }
  }
  // A summary too long by itself (thousands of services or notes) is cut, and says so.
  if (out.length > limit) {
    const note = `\n\n_The rest of this comment was cut to keep it under ${limit.toLocaleString('en-US')} characters; ${whereFull(options)}._\n`;
    out = out.slice(0, Math.max(0, limit - note.length)) + note;
  }
  return out;
}

function headline(report: Report, options: ReportOptions): string {
  if (report.changes.length === 0) return `## ✅ apicompat: no API changes\n\n`;
  const failed = failsPolicy(report.changes, options);
  const verdict = failed ? `## ❌ apicompat: fails the policy` : `## ✅ apicompat: passes`;
  return `${verdict}\n\n${describeCounts(report.summary)} (\`${failOnLabel(report, options)}\`).\n\n`;
}

function servicesTable(report: Report): string {
  const rows = serviceViews(report).map(({ service, summary, editCounts, verdict }) => {
    const required = verdict.tooSmall ? `**${verdict.required}** (version bump too small)` : verdict.required;
    const counts = CHANGE_CLASSES.map((cls) => `${classCount(editCounts, cls).replace(` ${cls}`, '')} (${summary[cls]})`).join(' | ');
    return `| ${cell(serviceName(service))} | ${counts} | ${cell(describeVersion(verdict))} | ${required} |`;
  });
  const header = '| Service | Breaking edits (changes) | Deprecation edits (changes) | Additive edits (changes) | info.version | Required bump |';
  return [header, '| --- | ---: | ---: | ---: | --- | --- |', ...rows, '', ''].join('\n');
}

function item(edit: Edit): string {
  const service = edit.service ? `[${inline(edit.service)}] ` : '';
  const expired = edit.acceptanceExpired ? ` _(acceptance expired on ${inline(edit.acceptanceExpired.expires)})_` : '';
  const accepted = edit.accepted ? ` _(accepted: ${inline(edit.accepted.reason)})_` : expired;
  const operations = edit.operations.length > 1 ? `  \n  ${edit.operations.length} operations: ${inline(operationsLabel(edit.operations))}` : '';
  return `- **${service}\`${edit.ruleId}\`** \`${edit.id}\`${accepted}  \n  ${inline(edit.message + sunsetNote(edit))}${operations}  \n  ${code(editLocations(edit))}\n`;
}

function section(cls: ChangeClass, items: string[], kept: number, limit: number, options: ReportOptions): string {
  if (items.length === 0) return '';
  const omitted = items.length - kept;
  const note = omitted > 0 ? `\n_${omitted} more ${ITEM_NAMES[cls]} left out to keep this comment under ${limit.toLocaleString('en-US')} characters; ${whereFull(options)}._\n` : '';
  const body = items.slice(0, kept).join('') + note;
  const title = `${SECTION_TITLES[cls]}: ${items.length} ${items.length === 1 ? 'edit' : 'edits'}`;
  if (cls === 'breaking') return `### ${title}\n\n${body}\n`;
  return `<details><summary>${title}</summary>\n\n${body}\n</details>\n\n`;
}

function whereFull(options: ReportOptions): string {
  return options.fullReport ? `the full report is ${inline(options.fullReport)}` : 'the full report: `--format text`, `json` or `html`';
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
