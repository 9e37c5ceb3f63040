import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { codeQualityIssues, renderGitlab } from '../src/report/gitlab.js';
import type { Edit, Finding } from '../src/types.js';
import { secretRemoval } from './support/findings.js';
import { reportOf } from './support/report-of.js';
import { FIXTURE_TODAY, fixtureFolders, ROOT, RULE_FIXTURES } from './support/fixtures.js';
import { fixtureReport } from './support/report-fixture.js';
import { runCli } from './support/run-cli.js';

const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

/** GitLab's Code Quality shape: exactly these keys, each of its type; an empty list when it holds. */
function shapeErrors(output: string): string[] {
  const errors: string[] = [];
  const issues: unknown = JSON.parse(output);
  if (!Array.isArray(issues)) return ['not a JSON array'];
  const fingerprints = new Set<string>();
  issues.forEach((issue: Record<string, unknown>, i) => {
    const at = `issue ${i}`;
    if (Object.keys(issue).sort().join() !== 'check_name,description,fingerprint,location,severity') errors.push(`${at}: keys ${Object.keys(issue).join()}`);
    for (const key of ['description', 'check_name', 'fingerprint'] as const) {
      if (typeof issue[key] !== 'string' || issue[key] === '') errors.push(`${at}: ${key} is not a non-empty string`);
    }
    if (!SEVERITIES.includes(issue.severity as string)) errors.push(`${at}: severity ${String(issue.severity)}`);
    const location = issue.location as { path?: unknown; lines?: { begin?: unknown } } | undefined;
    if (typeof location?.path !== 'string' || location.path === '' || path.isAbsolute(location.path)) errors.push(`${at}: location.path ${String(location?.path)}`);
    if (!Number.isInteger(location?.lines?.begin) || (location!.lines!.begin as number) < 1) errors.push(`${at}: location.lines.begin ${String(location?.lines?.begin)}`);
    if (fingerprints.has(issue.fingerprint as string)) errors.push(`${at}: fingerprint ${String(issue.fingerprint)} repeated`);
    fingerprints.add(issue.fingerprint as string);
  });
  return errors;
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('--format gitlab (Code Quality)', () => {
  it('gives one issue per edit: rule, sentence, severity by class, revision line', async () => {
    const { report, options } = await fixtureReport();
    const output = renderGitlab(report, options);
    expect(shapeErrors(output)).toEqual([]);
    const issues = JSON.parse(output) as ReturnType<typeof codeQualityIssues>;
    expect(issues.map((i) => [i.check_name, i.severity, `${i.location.path}:${i.location.lines.begin}`])).toEqual([
      ['version-bump-too-small', 'critical', 'revision.yaml:4'],
      ['request-parameter-added-required', 'critical', 'revision.yaml:15'],
      ['request-property-type-changed', 'critical', 'revision.yaml:81'],
      ['operation-removed-without-deprecation', 'critical', 'revision.yaml:44'],
      ['operation-deprecated', 'minor', 'revision.yaml:45'],
      ['request-parameter-enum-value-added', 'info', 'revision.yaml:12'],
      ['new-optional-request-property', 'info', 'revision.yaml:83'],
      ['operation-added', 'info', 'revision.yaml:62'],
    ]);
    expect(issues.map((i) => i.description)).toEqual(report.edits.map((e) => e.message));
  });

  it('keeps fingerprints when lines move (the JSON twin of the pair has other lines, same findings)', async () => {
    const yaml = JSON.parse(renderGitlab((await fixtureReport('yaml')).report, { color: false, failOn: 'breaking' })) as { fingerprint: string; location: unknown }[];
    const json = JSON.parse(renderGitlab((await fixtureReport('json')).report, { color: false, failOn: 'breaking' })) as { fingerprint: string; location: unknown }[];
    expect(json.map((i) => i.fingerprint)).toEqual(yaml.map((i) => i.fingerprint));
    expect(json.map((i) => i.location)).not.toEqual(yaml.map((i) => i.location));
  });

  it('makes fingerprints unique when edits share an id, and marks accepted edits info', () => {
    const edit: Edit = {
      id: 'abc',
      ruleId: 'operation-removed-without-deprecation',
      class: 'breaking',
      forward: 'compatible',
      direction: 'none',
      message: 'GET /a was removed without being deprecated first.',
      service: 'orders',
      base: { file: 'api-surface/orders/openapi.yaml', pointer: '/paths/~1a/get', line: 7 },
      operations: [{ method: 'GET', path: '/a' }],
      changes: ['f1'],
    };
    const issues = codeQualityIssues([edit, edit, { ...edit, id: 'def', accepted: { reason: 'planned' } }]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    expect(issues[0]).toEqual({
      description: '[orders] GET /a was removed without being deprecated first.',
      check_name: 'operation-removed-without-deprecation',
      fingerprint: issues[0].fingerprint,
      severity: 'critical',
      location: { path: 'api-surface/orders/openapi.yaml', lines: { begin: 7 } },
    });
    expect(issues[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(issues[2]).toMatchObject({ severity: 'info', description: '[orders] GET /a was removed without being deprecated first. (accepted: planned)' });
  });

  it("gives a shared component's edit one issue, listing the operations it reaches, whose fingerprint stays when more operations use it", () => {
    const removal = (path: string, line: number): Finding =>
      secretRemoval(`f-${path}`, path, { revision: { file: 'revision.yaml', pointer: '/components/schemas/App', line } });
    const issuesOf = (paths: string[], line: number) => codeQualityIssues(reportOf(paths.map((p) => removal(p, line))).edits);
    const [issue, ...others] = issuesOf(['/a', '/b', '/c', '/d'], 38);
    expect(others).toEqual([]);
    expect(issue).toEqual({
      description: 'The response property secret (status 200) was removed without deprecation. (4 operations: GET /a, GET /b, GET /c and 1 more)',
      check_name: 'response-optional-property-removed',
      fingerprint: issue.fingerprint,
      severity: 'critical',
      location: { path: 'revision.yaml', lines: { begin: 38 } },
    });
    expect(issuesOf(['/a', '/b', '/c', '/d', '/e'], 52).map((i) => i.fingerprint)).toEqual([issue.fingerprint]);
    expect(issuesOf(['/a'], 38)[0].description).toBe('GET /a: the response property secret (status 200) was removed without deprecation.');
  });

  // The pair of every rule where it fires (not the variants where it stays silent): the shape holds
  // for every rule id the engine reports.
  it('has the Code Quality shape on the output of every rule fixture', async () => {
    const errors: string[] = [];
    let issues = 0;
    for (const name of fixtureFolders(RULE_FIXTURES).filter((n) => !n.includes('--'))) {
      const folder = path.join(RULE_FIXTURES, name);
      const base = ['yaml', 'yml', 'json'].map((ext) => path.join(folder, `base.${ext}`)).find((f) => existsSync(f));
      const revision = ['yaml', 'yml', 'json'].map((ext) => path.join(folder, `revision.${ext}`)).find((f) => existsSync(f));
      if (!base || !revision) continue; // surface pairs (service rules) are covered through `check` below
      const report = await compare(base, revision, { cwd: folder, today: FIXTURE_TODAY });
      const output = renderGitlab(report, { color: false, failOn: 'breaking' });
      issues += report.edits.length;
      errors.push(...shapeErrors(output).map((e) => `${name}: ${e}`));
    }
    expect(errors).toEqual([]);
    expect(issues).toBeGreaterThan(300);
  });

  it('is written by the CLI with --format gitlab and --report gitlab=FILE', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-gitlab-'));
    const v1 = path.join(ROOT, 'fixtures/examples/v1/internships/openapi.yaml');
    const v2 = path.join(ROOT, 'fixtures/examples/v2/internships/openapi.yaml');
    const run = await runCli(['diff', v1, v2, '--format', 'gitlab', '--report', `gitlab=${path.join(dir, 'gl-code-quality.json')}`], { cwd: ROOT, env: { APICOMPAT_TODAY: FIXTURE_TODAY } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(shapeErrors(run.stdout)).toEqual([]);
    const issues = JSON.parse(run.stdout) as { severity: string; location: { path: string } }[];
    expect(issues.some((i) => i.severity === 'critical')).toBe(true);
    expect(new Set(issues.map((i) => i.location.path.split('/').slice(0, 3).join('/')))).toEqual(new Set(['fixtures/examples/v2']));
    expect(readFileSync(path.join(dir, 'gl-code-quality.json'), 'utf8')).toBe(run.stdout);
  });
});
