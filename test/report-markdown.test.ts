import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMIT, renderMarkdown, renderMarkdownWithin } from '../src/report/markdown.js';
import type { Finding, Report } from '../src/types.js';
import { fixtureReport } from './support/report-fixture.js';
import { reportOf } from './support/report-of.js';

function finding(i: number, cls: Finding['class']): Finding {
  return {
    id: `${cls}${i}`,
    ruleId: cls === 'breaking' ? 'request-parameter-added-required' : cls === 'deprecation' ? 'operation-deprecated' : 'operation-added',
    class: cls,
    direction: 'none',
    message: `GET /things/${i} changed in a ${cls} way, with a sentence long enough to take some room.`,
    data: {},
    operation: { method: 'GET', path: `/things/${i}` },
    revision: { file: 'openapi.yaml', pointer: '/paths', line: i + 1 },
  };
}

function bigReport(counts: Record<Finding['class'], number>): Report {
  const changes = (['breaking', 'deprecation', 'additive'] as const).flatMap((cls) => Array.from({ length: counts[cls] }, (_, i) => finding(i, cls)));
  return reportOf(changes, [{ name: '', baseVersion: '1.0.0', revisionVersion: '1.0.0' }]);
}

describe('Markdown pull-request comment', () => {
  it('puts breaking changes first and folds the others', async () => {
    const { report, options } = await fixtureReport();
    const md = renderMarkdown(report, options);
    expect(md.indexOf('### Breaking changes (4)')).toBeLessThan(md.indexOf('<details><summary>Deprecations (1)</summary>'));
    expect(md.indexOf('<details><summary>Deprecations (1)</summary>')).toBeLessThan(md.indexOf('<details><summary>Additive changes (3)</summary>'));
    expect(md).toContain('| API | 4 | 1 | 3 | 1.4.0 → 1.5.0 (minor) | **major** (version bump too small) |');
  });

  it('keeps everything when it fits', () => {
    const md = renderMarkdownWithin(bigReport({ breaking: 2, deprecation: 2, additive: 2 }), { color: false, failOn: 'breaking' }, MARKDOWN_LIMIT);
    expect(md).not.toContain('left out');
    expect(md.match(/^- \*\*/gm)).toHaveLength(6);
  });

  it('stays under 60,000 characters, leaving out the least severe changes first and saying how many', () => {
    const report = bigReport({ breaking: 100, deprecation: 100, additive: 1000 });
    const md = renderMarkdown(report, { color: false, failOn: 'breaking' });
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const kept = md.match(/^- \*\*/gm)!.length;
    expect(md).toContain(`_${1200 - kept} more additive changes left out to keep this comment under 60,000 characters; see the full report._`);
    expect(md).toContain('<details><summary>Additive changes (1000)</summary>');
    expect(md).not.toContain('more breaking changes left out');
    expect(md).not.toContain('more deprecations left out');
  });

  it('cuts deprecations and then breaking changes only when the less severe are all gone', () => {
    const md = renderMarkdownWithin(bigReport({ breaking: 30, deprecation: 30, additive: 30 }), { color: false, failOn: 'breaking' }, 5000);
    expect(md.length).toBeLessThanOrEqual(5000);
    expect(md).toContain('_30 more additive changes left out');
    expect(md).toContain('_30 more deprecations left out');
    expect(md).toMatch(/_\d+ more breaking changes left out to keep this comment under 5,000 characters/);
  });

  it('does not let API names inject Markdown or HTML', () => {
    const report = bigReport({ breaking: 1, deprecation: 0, additive: 0 });
    report.changes[0].message = 'GET /a <img src=x> *b* [c](d)';
    expect(renderMarkdown(report, { color: false, failOn: 'breaking' })).toContain('GET /a \\<img src=x\\> \\*b\\* \\[c\\](d)');
  });

  it('shows notes, acceptances and expired acceptances', () => {
    const report = bigReport({ breaking: 2, deprecation: 0, additive: 0 });
    report.notes = ['acceptance 0123456789 matched nothing'];
    report.changes[0].accepted = { reason: 'planned removal' };
    report.changes[1].acceptanceExpired = { reason: 'until the migration', expires: '2026-01-01' };
    const md = renderMarkdown(report, { color: false, failOn: 'breaking' });
    expect(md).toContain('> **Note:** acceptance 0123456789 matched nothing\n');
    expect(md).toContain('- **GET /things/0** `request-parameter-added-required` _(accepted: planned removal)_  \n');
    expect(md).toContain('- **GET /things/1** `request-parameter-added-required` _(acceptance expired on 2026-01-01)_  \n');
  });
});
