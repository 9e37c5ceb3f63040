import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMIT, renderMarkdown, renderMarkdownWithin } from '../src/report/markdown.js';
import type { Finding, Report } from '../src/types.js';
import { fixtureReport } from './support/report-fixture.js';
import { reportOf } from './support/report-of.js';

function finding(i: number, cls: Finding['class'], path = `/things/${i}`): Finding {
  return {
    id: `${cls}${i}`,
    ruleId: cls === 'breaking' ? 'request-parameter-added-required' : cls === 'deprecation' ? 'operation-deprecated' : 'operation-added',
    class: cls,
    forward: cls === 'additive' ? 'breaking' : 'compatible',
    direction: 'none',
    message: `GET ${path} changed in a ${cls} way, with a sentence long enough to take some room.`,
    data: {},
    operation: { method: 'GET', path },
    revision: { file: 'openapi.yaml', pointer: `/paths/~1things~1${i}`, line: i + 1 },
  };
}

/** One edit per finding, all of them rollback-safe (the list of those that are not has its own test). */
function bigReport(counts: Record<Finding['class'], number>): Report {
  const changes = (['breaking', 'deprecation', 'additive'] as const).flatMap((cls) => Array.from({ length: counts[cls] }, (_, i): Finding => ({ ...finding(i, cls), forward: 'compatible' })));
  return reportOf(changes, [{ name: '', baseVersion: '1.0.0', revisionVersion: '1.0.0' }]);
}

const OPTIONS = { color: false, failOn: 'breaking' } as const;

describe('Markdown pull-request comment', () => {
  it('gives the verdict and counts first, then breaking edits, and folds the others', async () => {
    const { report, options } = await fixtureReport();
    const md = renderMarkdown(report, options);
    expect(md.startsWith('## ❌ apicompat: fails the policy\n\n4 breaking edits (4 changes), 1 deprecation edit (1 change), 3 additive edits (3 changes) (`--fail-on breaking`).\n\n')).toBe(true);
    expect(md).toContain('| API | 4 (4) | 1 (1) | 3 (3) | 1.4.0 → 1.5.0 (minor) | **major** (version bump too small) |');
    expect(md.indexOf('### Breaking changes: 4 edits')).toBeLessThan(md.indexOf('<details><summary>Deprecations: 1 edit</summary>'));
    expect(md.indexOf('<details><summary>Deprecations: 1 edit</summary>')).toBeLessThan(md.indexOf('<details><summary>Additive changes: 3 edits</summary>'));
  });

  it('shows an edit of many operations once, naming the first three and how many more', () => {
    const shared = (i: number) => ({ ...finding(0, 'breaking', `/things/${i}`), id: `b${i}`, data: { parameter: 'region' } });
    const md = renderMarkdown(reportOf([1, 2, 3, 4, 5].map(shared)), OPTIONS);
    expect(md).toContain('1 breaking edit (5 changes), 0 deprecation, 0 additive');
    expect(md.match(/^- \*\*/gm)).toHaveLength(1);
    expect(md).toContain('  5 operations: GET /things/1, GET /things/2, GET /things/3 and 2 more  \n');
  });

  it('keeps everything when it fits', () => {
    const md = renderMarkdownWithin(bigReport({ breaking: 2, deprecation: 2, additive: 2 }), OPTIONS, MARKDOWN_LIMIT);
    expect(md).not.toContain('left out');
    expect(md.match(/^- \*\*/gm)).toHaveLength(6);
  });

  it('stays within 65,536 characters, leaving out the least severe edits first and saying how many and where the rest is', () => {
    const report = bigReport({ breaking: 100, deprecation: 100, additive: 1000 });
    const md = renderMarkdown(report, { ...OPTIONS, fullReport: 'apicompat.html' });
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const kept = md.match(/^- \*\*/gm)!.length;
    expect(md).toContain(`_${(1200 - kept).toLocaleString('en-US')} more additive edits left out to keep this comment under 65,536 characters; the full report is apicompat.html._`);
    expect(md).toContain('<details><summary>Additive changes: 1,000 edits</summary>');
    expect(md).not.toContain('more breaking edits left out');
    expect(md).not.toContain('more deprecations left out');
    // Nearly full: the comment is not cut further than it has to be.
    expect(md.length).toBeGreaterThan(MARKDOWN_LIMIT - 400);
  });

  it('cuts deprecations and then breaking edits only when the less severe are all gone', () => {
    const md = renderMarkdownWithin(bigReport({ breaking: 30, deprecation: 30, additive: 30 }), OPTIONS, 5000);
    expect(md.length).toBeLessThanOrEqual(5000);
    expect(md).toContain('_30 more additive edits left out');
    expect(md).toContain('_30 more deprecations left out');
    expect(md).toMatch(/_\d+ more breaking edits left out to keep this comment under 5,000 characters; the full report: `--format text`, `json` or `html`._/);
    expect(md).toContain('30 breaking edits (30 changes)');
  });

  it('cuts even a summary too long for the limit, and says so', () => {
    const md = renderMarkdownWithin(bigReport({ breaking: 1, deprecation: 0, additive: 0 }), OPTIONS, 300);
    expect(md.length).toBeLessThanOrEqual(300);
    expect(md).toMatch(/_The rest of this comment was cut to keep it under 300 characters; the full report: `--format text`, `json` or `html`._\n$/);
  });

  it('does not let API names inject Markdown or HTML', () => {
    const report = bigReport({ breaking: 1, deprecation: 0, additive: 0 });
    report.edits[0].message = 'GET /a <img src=x> *b* [c](d)';
    expect(renderMarkdown(report, OPTIONS)).toContain('GET /a \\<img src=x\\> \\*b\\* \\[c\\](d)');
  });

  it('shows notes, acceptances counted apart, expired acceptances and sunsets', () => {
    const changes = [finding(0, 'breaking'), finding(1, 'breaking'), { ...finding(2, 'deprecation'), data: { sunset: '2027-01-31' } }];
    changes[0].accepted = { reason: 'planned removal' };
    changes[1].acceptanceExpired = { reason: 'until the migration', expires: '2026-01-01' };
    const report = reportOf(changes, [{ name: '' }], ['acceptance 0123456789 matched nothing']);
    const md = renderMarkdown(report, OPTIONS);
    expect(md).toContain('2 breaking edits, 1 of them accepted (2 changes), 1 deprecation edit (1 change), 0 additive');
    expect(md).toContain('| API | 2, 1 of them accepted (2) | 1 (1) | 0 (0) |');
    expect(md).toContain('> **Note:** acceptance 0123456789 matched nothing\n');
    expect(md).toContain(`- **\`request-parameter-added-required\`** \`${report.edits[0].id}\` _(accepted: planned removal)_  \n`);
    expect(md).toContain(`- **\`request-parameter-added-required\`** \`${report.edits[1].id}\` _(acceptance expired on 2026-01-01)_  \n`);
    expect(md).toContain('  GET /things/2 changed in a deprecation way, with a sentence long enough to take some room. (sunset 2027-01-31)  \n');
  });

  it('never says "fails" for accepted edits alone', () => {
    const change = { ...finding(0, 'breaking'), accepted: { reason: 'planned' } };
    expect(renderMarkdown(reportOf([change]), OPTIONS)).toMatch(/^## ✅ apicompat: passes\n\n1 breaking edit, 1 of them accepted \(1 change\)/);
  });
});
