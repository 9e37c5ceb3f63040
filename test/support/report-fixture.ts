import path from 'node:path';
import { compare } from '../../src/index.js';
import type { ReportOptions, ReportSources } from '../../src/report/reporter.js';
import type { Report } from '../../src/types.js';
import { FIXTURE_TODAY, ROOT } from './fixtures.js';

export const REPORT_FIXTURES = path.join(ROOT, 'fixtures/reports');

/** The reports fixture pair (breaking, deprecation and additive changes), YAML or its JSON twin. */
export async function fixtureReport(kind: 'yaml' | 'json' = 'yaml'): Promise<{ report: Report; options: ReportOptions }> {
  const cwd = kind === 'yaml' ? REPORT_FIXTURES : path.join(REPORT_FIXTURES, 'json');
  let sources: ReportSources | undefined;
  const report = await compare(path.join(cwd, `base.${kind}`), path.join(cwd, `revision.${kind}`), {
    cwd,
    today: FIXTURE_TODAY,
    onSources: (s) => (sources = s),
  });
  return { report, options: { color: false, failOn: 'breaking', sources } };
}
