// A pull-request comment: verdict and counts first, then every breaking edit, then the edits that
// are not rollback-safe, deprecations and additive edits folded. It always fits in a comment, and
// says what it left out.
import { CHANGE_CLASSES, type ChangeClass, type Edit, type Report } from '../types.js';
import { classCount, describeCounts, editLocations, grouped, operationsLabel, sunsetNote } from './finding-text.js';
import { failOnLabel, failsPolicy, type Reporter, type ReportOptions } from './reporter.js';
import { byRollbackFix, editSides, rollbackAnswer, rollbackIntro, sidesOfEdits } from './rollback-text.js';
import { describeVersion, serviceName, serviceViews } from './semver.js';

/** GitHub refuses comments over 65,536 characters. */
export const MARKDOWN_LIMIT = 65_536;

/** The comment's lists of edits, in the order they appear. */
type Part = ChangeClass | 'rollback';
const PARTS: readonly Part[] = ['breaking', 'rollback', 'deprecation', 'additive'];
/** Which lists are shortened first when the comment is too long: the least severe. */
const LEAVE_OUT_ORDER: readonly Part[] = ['additive', 'deprecation', 'rollback', 'breaking'];

const SECTION_TITLES: Record<Part, string> = { breaking: 'Breaking changes', rollback: 'Not rollback-safe', deprecation: 'Deprecations', additive: 'Additive changes' };
const ITEM_NAMES: Record<Part, string> = { breaking: 'breaking edits', rollback: 'edits that are not rollback-safe', deprecation: 'deprecations', additive: 'additive edits' };

export const renderMarkdown: Reporter = (report, options) => renderMarkdownWithin(report, options, MARKDOWN_LIMIT);

/** The comment, leaving out the least severe edits first so it stays within `limit` characters. */
export function renderMarkdownWithin(report: Report, options: ReportOptions, limit: number): string {
  const head = headline(report, options) + servicesTable(report) + report.notes.map((n) => `> **Note:** ${inline(n)}\n\n`).join('');
  const items: Record<Part, string[]> = {
    ...(Object.fromEntries(CHANGE_CLASSES.map((cls) => [cls, report.edits.filter((e) => e.class === cls).map(item)])) as Record<ChangeClass, string[]>),
    rollback: [],
  };
  // The not-rollback-safe list says what to do once per group of edits sharing it.
  const fixOf: string[] = [];
  const sides = editSides(report);
  const unsafe = serviceViews(report).flatMap((view) => view.rollbackUnsafe);
  const intro = `${rollbackIntro(sidesOfEdits(unsafe, sides))}\n\n`;
  for (const { fix, edits } of byRollbackFix(unsafe, sides)) {
    for (const edit of edits) {
      items.rollback.push(rollbackItem(edit));
      fixOf.push(fix);
    }
  }
  const kept = Object.fromEntries(PARTS.map((part) => [part, items[part].length])) as Record<Part, number>;
  const render = () => head + PARTS.map((part) => section(part, items[part], kept[part], limit, options, part === 'rollback' ? { fixOf, intro } : undefined)).join('');
  // Items are dropped by their length until it fits; the notes saying so are then counted exactly.
  let excess = render().length - limit;
  for (const part of LEAVE_OUT_ORDER) {
    while (excess > 0 && kept[part] > 0) excess -= items[part][--kept[part]].length;
  }
  let out = render();
  for (const part of LEAVE_OUT_ORDER) {
    while (out.length > limit && kept[part] > 0) {
      kept[part]--;
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
  const rows = serviceViews(report).map(({ service, summary, editCounts, verdict, rollbackUnsafe }) => {
    const required = verdict.tooSmall ? `**${verdict.required}** (version bump too small)` : verdict.required;
    const counts = CHANGE_CLASSES.map((cls) => `${classCount(editCounts, cls).replace(` ${cls}`, '')} (${grouped(summary[cls])})`).join(' | ');
    const answer = rollbackAnswer(service);
    const rollback = answer === 'no' ? `**no** (${grouped(rollbackUnsafe.length)} ${rollbackUnsafe.length === 1 ? 'edit' : 'edits'})` : (answer ?? '');
    return `| ${cell(serviceName(service))} | ${counts} | ${cell(describeVersion(verdict))} | ${required} | ${rollback} |`;
  });
  const header = '| Service | Breaking edits (changes) | Deprecation edits (changes) | Additive edits (changes) | info.version | Required bump | Rollback-safe |';
  return [header, '| --- | ---: | ---: | ---: | --- | --- | --- |', ...rows, '', ''].join('\n');
}

function item(edit: Edit): string {
  const service = edit.service ? `[${inline(edit.service)}] ` : '';
  const expired = edit.acceptanceExpired ? ` _(acceptance expired on ${inline(edit.acceptanceExpired.expires)})_` : '';
  const accepted = edit.accepted ? ` _(accepted: ${inline(edit.accepted.reason)})_` : expired;
  const operations = edit.operations.length > 1 ? `  \n  ${edit.operations.length} operations: ${inline(operationsLabel(edit.operations))}` : '';
  return `- **${service}\`${edit.ruleId}\`** \`${edit.id}\`${accepted}  \n  ${inline(edit.message + sunsetNote(edit))}${operations}  \n  ${code(editLocations(edit))}\n`;
}

/** An edit that is not rollback-safe; what to do heads its group, its location is with its class. */
function rollbackItem(edit: Edit): string {
  const service = edit.service ? `[${inline(edit.service)}] ` : '';
  return `- **${service}\`${edit.ruleId}\`** \`${edit.id}\`  \n  ${inline(edit.message)}\n`;
}

/** `rollback.fixOf[i]`, when given, is what to do about item i: said before the first item of each run, after the list's intro. */
function section(part: Part, items: string[], kept: number, limit: number, options: ReportOptions, rollback?: { fixOf: string[]; intro: string }): string {
  if (items.length === 0) return '';
  const omitted = items.length - kept;
  const note = omitted > 0 ? `\n_${grouped(omitted)} more ${ITEM_NAMES[part]} left out to keep this comment under ${limit.toLocaleString('en-US')} characters; ${whereFull(options)}._\n` : '';
  const groups = rollback?.fixOf;
  const listed = items.slice(0, kept).map((text, i) => (groups && groups[i] !== groups[i - 1] ? `${i > 0 ? '\n' : ''}**What to do:** ${inline(groups[i])}\n\n${text}` : text));
  const body = (rollback?.intro ?? '') + listed.join('') + note;
  const title = `${SECTION_TITLES[part]}: ${grouped(items.length)} ${items.length === 1 ? 'edit' : 'edits'}`;
  if (part === 'breaking') return `### ${title}\n\n${body}\n`;
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
