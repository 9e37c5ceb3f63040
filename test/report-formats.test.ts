import { describe, expect, it } from 'vitest';
import { FORMATS, REPORTERS } from '../src/report/reporters.js';
import { fixtureReport } from './support/report-fixture.js';

// text and json have their own tests; these are the formats for CI systems and reviewers.
const EXTENSIONS = { markdown: 'md', html: 'html', junit: 'xml', sarif: 'sarif', github: 'txt', changelog: 'md' } as const;
const SNAPSHOTTED = Object.keys(EXTENSIONS) as (keyof typeof EXTENSIONS)[];

// The text is the product here, so each format's full output on the fixture pair is a reviewed snapshot.
describe('every format on a pair with breaking, deprecation and additive changes', () => {
  it.each(SNAPSHOTTED)('%s', async (format) => {
    const { report, options } = await fixtureReport();
    const counts = { breaking: 4, deprecation: 1, additive: 3, accepted: { breaking: 0, deprecation: 0, additive: 0 } };
    expect(report.summary).toEqual({ ...counts, edits: counts });
    await expect(REPORTERS[format](report, options)).toMatchFileSnapshot(`__snapshots__/reports/orders.${format}.${EXTENSIONS[format]}`);
  });

  it('renders the same report twice to the same text', async () => {
    const first = await fixtureReport();
    const second = await fixtureReport();
    for (const format of FORMATS) expect(REPORTERS[format](second.report, second.options)).toBe(REPORTERS[format](first.report, first.options));
  });
});
