import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { REPORTERS } from '../src/report/reporters.js';
import { FIXTURE_TODAY } from './support/fixtures.js';
import { REPORT_FIXTURES } from './support/report-fixture.js';

/** The reports fixture pair as minified JSON: every location is on line 1. */
function minifiedPair(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-columns-'));
  for (const side of ['base', 'revision']) {
    const text = readFileSync(path.join(REPORT_FIXTURES, 'json', `${side}.json`), 'utf8');
    writeFileSync(path.join(dir, `${side}.json`), JSON.stringify(JSON.parse(text)));
  }
  return dir;
}

describe('locations on long lines', () => {
  it('carry the column of the key they point at, and every format shows it', async () => {
    const dir = minifiedPair();
    const report = await compare(path.join(dir, 'base.json'), path.join(dir, 'revision.json'), { cwd: dir, today: FIXTURE_TODAY });
    expect(report.changes).toHaveLength(8);
    const texts = { base: readFileSync(path.join(dir, 'base.json'), 'utf8'), revision: readFileSync(path.join(dir, 'revision.json'), 'utf8') };
    for (const change of report.changes) {
      for (const side of ['base', 'revision'] as const) {
        const loc = change[side]!;
        expect([loc.line, typeof loc.column]).toEqual([1, 'number']);
        const key = decodeURIComponent(loc.pointer.split('/').pop()!).replace(/~1/g, '/').replace(/~0/g, '~');
        const at = texts[side].slice(loc.column! - 1);
        // The member's key, or an array element's opening bracket.
        expect(at.startsWith(/^\d+$/.test(key) ? '{' : `"${key}"`), `${change.ruleId} ${side} ${loc.pointer}`).toBe(true);
      }
    }
    const options = { color: false, failOn: 'breaking' } as const;
    const edit = report.edits.find((e) => e.ruleId === 'operation-removed-without-deprecation')!;
    const { base, revision } = edit;
    expect(REPORTERS.text(report, options)).toContain(`base base.json:1:${base!.column}  →  revision revision.json:1:${revision!.column}`);
    expect(REPORTERS.markdown(report, options)).toContain(`\`base.json:1:${base!.column} → revision.json:1:${revision!.column}\``);
    expect(REPORTERS.github(report, options)).toContain(`::error file=revision.json,line=1,col=${revision!.column},title=operation-removed-without-deprecation`);
    expect(REPORTERS.changelog(report, options)).toContain(`(\`revision.json:1:${revision!.column}\`)`);
    expect(REPORTERS.junit(report, options)).toContain(`[base.json:1:${base!.column} → revision.json:1:${revision!.column}]`);
    const sarif = JSON.parse(REPORTERS.sarif(report, options)) as { runs: { results: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: unknown } }[] }[] }[] };
    const result = sarif.runs[0].results.find((r) => Object.values(r.partialFingerprints).includes(edit.id))!;
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: revision!.column });
    const json = JSON.parse(REPORTERS.json(report, options)) as { edits: { id: string; revision: unknown }[] };
    expect(json.edits.find((e) => e.id === edit.id)!.revision).toEqual({ file: 'revision.json', line: 1, column: revision!.column, pointer: revision!.pointer });
  });

  it('are left out where lines are short', async () => {
    const report = await compare(path.join(REPORT_FIXTURES, 'json/base.json'), path.join(REPORT_FIXTURES, 'json/revision.json'), { cwd: REPORT_FIXTURES, today: FIXTURE_TODAY });
    expect(report.changes.flatMap((c) => [c.base?.column, c.revision?.column]).filter((c) => c !== undefined)).toEqual([]);
  });
});
