import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { reorderKeys } from '../scripts/sweep/variants.js';
import { compare, type Report } from '../src/index.js';
import { REPORTERS } from '../src/report/reporters.js';
import type { ReportOptions } from '../src/report/reporter.js';
import { FIXTURE_TODAY, ROOT } from './support/fixtures.js';

// The same inputs give byte-identical output in every format: across runs, across the key order
// of the inputs, and whatever the clock, time zone or locale says (only `today` may matter).
const FORMATS = Object.keys(REPORTERS) as (keyof typeof REPORTERS)[];
const EXAMPLES = path.join(ROOT, 'fixtures/examples');
const BASE = 'v1/internships/openapi.yaml';
const REVISION = 'v2/internships/openapi.yaml';
const run = promisify(execFile);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'apicompat-determinism-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

/** Renders a report in every format, with the sources for formats that quote lines. */
async function renderAll(cwd: string): Promise<Record<string, string>> {
  let sources: ReportOptions['sources'];
  const report = await compare(BASE, REVISION, { cwd, today: FIXTURE_TODAY, onSources: (s) => (sources = s) });
  return renderEvery(report, sources);
}

function renderEvery(report: Report, sources?: ReportOptions['sources']): Record<string, string> {
  return Object.fromEntries(FORMATS.map((format) => [format, REPORTERS[format](structuredClone(report), { color: false, failOn: 'breaking', sources })]));
}

/** A copy of the examples with every object's keys in reverse order (YAML stays YAML). */
function reorderedExamples(): string {
  const dir = path.join(scratch, 'reordered');
  cpSync(EXAMPLES, dir, { recursive: true });
  // `$ref`s may not leave the work tree; an empty .git marks the copy as one.
  mkdirSync(path.join(dir, '.git'));
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (name === '.git') continue;
      if (statSync(file).isDirectory()) visit(file);
      else writeFileSync(file, stringify(reorderKeys(parse(readFileSync(file, 'utf8')))));
    }
  };
  visit(dir);
  return dir;
}

/** The report without line numbers, which key order legitimately moves. */
function withoutLines(report: Report): Report {
  const copy = structuredClone(report);
  for (const finding of [...copy.changes, ...copy.edits]) {
    if (finding.base) delete finding.base.line;
    if (finding.revision) delete finding.revision.line;
  }
  return copy;
}

describe('determinism', () => {
  it('covers a change of every class, so no format renders an empty report', async () => {
    const report = await compare(BASE, REVISION, { cwd: EXAMPLES, today: FIXTURE_TODAY });
    const { breaking, deprecation, additive } = report.summary;
    expect([breaking, deprecation, additive].every((n) => n > 0), JSON.stringify(report.summary)).toBe(true);
  });

  it('gives byte-identical output in every format across runs and whatever the clock says', async () => {
    const first = await renderAll(EXAMPLES);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('1999-12-31T23:59:59Z'));
    const second = await renderAll(EXAMPLES);
    vi.setSystemTime(new Date('2091-07-04T12:00:00Z'));
    const third = await renderAll(EXAMPLES);
    for (const format of FORMATS) {
      expect(second[format], format).toBe(first[format]);
      expect(third[format], format).toBe(first[format]);
    }
  });

  it('gives the same findings in the same order whatever the key order of the inputs', async () => {
    const original = withoutLines(await compare(BASE, REVISION, { cwd: EXAMPLES, today: FIXTURE_TODAY }));
    const reordered = withoutLines(await compare(BASE, REVISION, { cwd: reorderedExamples(), today: FIXTURE_TODAY }));
    const a = renderEvery(original);
    const b = renderEvery(reordered);
    for (const format of FORMATS) expect(b[format], format).toBe(a[format]);
  });

  // The built CLI as users run it (`npm ci` builds it; locally run `npm run build` first).
  it('the CLI prints the same bytes under other time zones and locales', { timeout: 180_000 }, async () => {
    const bin = path.join(ROOT, 'dist/cli/bin.js');
    const cli = async (format: string, env: Record<string, string>, today: 'flag' | 'env') => {
      const args = [bin, 'diff', BASE, REVISION, '--format', format, ...(today === 'flag' ? ['--today', FIXTURE_TODAY] : [])];
      const vars = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env, ...(today === 'env' ? { APICOMPAT_TODAY: FIXTURE_TODAY } : {}) };
      const result = await run(process.execPath, args, { cwd: EXAMPLES, env: vars, encoding: 'utf8' }).catch((error: { stdout: string; code: number }) => error);
      return result.stdout;
    };
    for (const format of FORMATS) {
      const [utc, elsewhere] = await Promise.all([
        cli(format, { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }, 'flag'),
        cli(format, { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'tr_TR.UTF-8' }, 'env'),
      ]);
      expect(utc.length, format).toBeGreaterThan(0);
      expect(elsewhere, format).toBe(utc);
    }
  });
});
