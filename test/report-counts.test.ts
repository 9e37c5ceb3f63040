import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { secretRemoval } from './support/findings.js';
import { reportOf } from './support/report-of.js';

const OPTIONS = { color: false, failOn: 'breaking' } as const;

/** 1,200 properties removed from one shared schema: 1,200 edits of one change each. */
function manyEdits() {
  return reportOf(
    Array.from({ length: 1200 }, (_, i) =>
      secretRemoval(`f${i}`, '/apps', { data: { property: `p${i}`, status: '200' }, base: { file: 'base.json', pointer: `/components/schemas/App/properties/p${i}`, line: 1 } }),
    ),
  );
}

describe('counts in text and Markdown', () => {
  it('groups thousands in the text summary and class headings', () => {
    const text = renderText(manyEdits(), OPTIONS);
    expect(text).toContain('✖ breaking: 1,200 edits\n');
    expect(text).toContain('✖ 1,200 breaking edits (1,200 changes), 0 deprecation, 0 additive: fails the policy');
    expect(text).not.toMatch(/\b1200\b/);
  });

  it('groups thousands in the Markdown summary, table and section title', () => {
    const markdown = renderMarkdown(manyEdits(), OPTIONS);
    expect(markdown).toContain('1,200 breaking edits (1,200 changes), 0 deprecation, 0 additive');
    expect(markdown).toContain('| 1,200 (1,200) | 0 (0) | 0 (0) |');
    expect(markdown).toContain('### Breaking changes: 1,200 edits');
    expect(markdown).not.toMatch(/\b1200\b/);
  });
});
