import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './support/run-cli.js';
import { parseReportTarget, sourceCollector } from '../src/cli/report-files.js';
import { REPORT_FIXTURES } from './support/report-fixture.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function run(argv: string[], cwd: string): Promise<CliRun> {
  return runCli(argv, { cwd, env: { APICOMPAT_TODAY: '2026-06-15' } });
}

describe('--report FORMAT=FILE', () => {
  it('writes each extra report beside the main output', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-report-'));
    const base = path.join(REPORT_FIXTURES, 'base.yaml');
    const revision = path.join(REPORT_FIXTURES, 'revision.yaml');
    const { code, stdout } = await run(['diff', base, revision, '--report', 'sarif=out/apicompat.sarif', '--report', 'junit=out/junit.xml', '--report', 'html=report.html'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('✖ 4 breaking edits (4 changes), 1 deprecation edit (1 change), 3 additive edits (3 changes): fails the policy (--fail-on breaking)');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/apicompat.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(path.join(dir, 'out/junit.xml'), 'utf8')).toContain('<testsuites name="apicompat" tests="6" failures="4" errors="0">');
    // The HTML report quotes the source lines, which the CLI hands over from the loaded files.
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('<span class="hit"><span class="ln">15</span>        - name: region</span>');
  });

  it('refuses a malformed or unknown target with exit 2', async () => {
    const base = path.join(REPORT_FIXTURES, 'base.yaml');
    for (const [value, error] of [
      ['sarif', 'apicompat: --report takes FORMAT=FILE, e.g. sarif=apicompat.sarif (got "sarif")\n'],
      ['pdf=x.pdf', 'apicompat: --report format must be one of text, json, markdown, html, junit, sarif, github, changelog (got "pdf")\n'],
    ]) {
      const result = await run(['diff', base, base, '--report', value], REPORT_FIXTURES);
      expect(result).toEqual({ code: 2, stdout: '', stderr: error });
    }
  });

  it('parses FORMAT=FILE with = in the file name', () => {
    expect(parseReportTarget('html=reports/a=b.html')).toEqual({ format: 'html', file: 'reports/a=b.html' });
  });

  it('collects the sources of several comparisons (one per service)', () => {
    const collector = sourceCollector();
    expect(collector.sources()).toBeUndefined();
    collector.onSources({ base: { 'a/base.yaml': 'a0' }, revision: { 'a/openapi.yaml': 'a1' } });
    collector.onSources({ base: { 'b/base.yaml': 'b0' }, revision: { 'b/openapi.yaml': 'b1' } });
    expect(collector.sources()).toEqual({ base: { 'a/base.yaml': 'a0', 'b/base.yaml': 'b0' }, revision: { 'a/openapi.yaml': 'a1', 'b/openapi.yaml': 'b1' } });
  });
});
