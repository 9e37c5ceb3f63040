import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareService } from '../src/check/compare-service.js';
import { globToRegExp, serviceName } from '../src/check/spec-list.js';
import { specSide } from '../src/check/spec-side.js';
import { gitTreeReader, workingTreeReader } from '../src/load/tree-reader.js';
import { DOC_WITH_REF, ITEM, ITEM_OPTIONAL, openapi } from './support/documents.js';
import { commitAll, git, repoWith, tempDir, write } from './support/git-repo.js';
import { runCli, type CliRun } from './support/run-cli.js';

function check(cwd: string, args: string[]): Promise<CliRun> {
  return runCli(['check', '--base', 'HEAD', '--format', 'json', ...args], { cwd, env: { APICOMPAT_TODAY: '2026-06-15' } });
}

function findings(run: CliRun) {
  const report = JSON.parse(run.stdout) as { changes: { ruleId: string; service?: string; base?: { file: string; line: number } }[]; services: { name: string }[] };
  return { changes: report.changes.map(({ ruleId, service, base }) => ({ ruleId, service, base: base && `${base.file}:${base.line}` })), services: report.services.map((s) => s.name) };
}

describe('check --spec: any layout', () => {
  it('checks one document as a service named after its folder, following $refs out of that folder', async () => {
    const repo = repoWith({ 'docs/openapi.yaml': DOC_WITH_REF, 'schemas/item.yaml': ITEM, 'README.md': 'not a spec' });
    write(repo, 'schemas/item.yaml', ITEM_OPTIONAL);
    const run = await check(repo, ['--spec', 'docs/openapi.yaml']);
    expect(run.code).toBe(1);
    expect(findings(run)).toEqual({
      changes: [{ ruleId: 'response-property-became-optional', service: 'docs', base: 'schemas/item.yaml:4' }],
      services: ['docs'],
    });
  });

  it('takes a document git ignores when it is named outright, and no symbolic link out of the repository', async () => {
    const repo = repoWith({ '.gitignore': 'build/\n', 'api.yaml': openapi(['/a']) });
    const outside = tempDir();
    write(outside, 'item.yaml', ITEM);
    symlinkSync(path.join(outside, 'item.yaml'), path.join(repo, 'item.yaml'));
    write(repo, 'build/openapi.yaml', openapi(['/a']));
    const added = await check(repo, ['--spec', 'build/openapi.yaml']);
    expect(findings(added).changes).toEqual([{ ruleId: 'service-added', service: 'build', base: undefined }]);
    write(repo, 'api.yaml', DOC_WITH_REF.replace('../schemas/item.yaml', 'item.yaml'));
    const escaped = await check(repo, ['--spec', 'api.yaml']);
    expect(escaped.code).toBe(2);
    expect(escaped.stderr).toMatch(/^apicompat: service api \(the working tree\) does not load: item\.yaml: file not found\n$/m);
  });

  it('takes the path relative to the working folder', async () => {
    const repo = repoWith({ 'docs/openapi.yaml': openapi(['/a'], { withDelete: true }) });
    write(repo, 'docs/openapi.yaml', openapi(['/a']));
    const run = await check(path.join(repo, 'docs'), ['--spec', 'openapi.yaml']);
    expect(run.code).toBe(1);
    expect(findings(run).changes).toEqual([{ ruleId: 'operation-removed-without-deprecation', service: 'docs', base: 'docs/openapi.yaml:11' }]);
  });

  it('expands globs on both sides: a document deleted in the working tree is a removed service', async () => {
    const repo = repoWith({ 'specs/billing.yaml': openapi(['/invoices']), 'specs/orders.yaml': openapi(['/orders']), 'specs/notes.txt': 'x' });
    rmSync(path.join(repo, 'specs/orders.yaml'));
    write(repo, 'specs/stock.json', JSON.stringify({ openapi: '3.1.0', info: { title: 'Stock', version: '1.0.0' }, paths: {} }));
    const run = await check(repo, ['--spec', 'specs/*.{yaml,json}']);
    expect(run.code).toBe(1);
    expect(findings(run)).toEqual({
      changes: [
        { ruleId: 'service-removed', service: 'orders', base: 'specs/orders.yaml:1' },
        { ruleId: 'service-added', service: 'stock', base: undefined },
      ],
      services: ['billing', 'orders', 'stock'],
    });
  });

  it('reads the configuration key specs, relative to the configuration file, with optional names', async () => {
    const repo = repoWith({
      'api/apicompat.config.yaml': 'specs:\n  - path: public/openapi.yaml\n    name: storefront\n  - internal/*.yaml\n',
      'api/public/openapi.yaml': openapi(['/a'], { withDelete: true }),
      'api/internal/admin.yaml': openapi(['/admin']),
    });
    write(repo, 'api/public/openapi.yaml', openapi(['/a']));
    const run = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: path.join(repo, 'api'), env: { APICOMPAT_TODAY: '2026-06-15' } });
    expect(run.code).toBe(1);
    expect(findings(run)).toEqual({
      changes: [{ ruleId: 'operation-removed-without-deprecation', service: 'storefront', base: 'api/public/openapi.yaml:11' }],
      services: ['admin', 'storefront'],
    });
  });

  it('compares --head with --base when both are refs', async () => {
    const repo = repoWith({ 'openapi.json': JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1.0.0' }, paths: { '/a': { get: { responses: { 200: { description: 'OK' } } } } } }, null, 2) });
    write(repo, 'openapi.json', JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1.0.0' }, paths: {} }, null, 2));
    commitAll(repo, 'remove /a');
    const run = await runCli(['check', '--base', 'HEAD~1', '--head', 'HEAD', '--spec', 'openapi.json', '--format', 'json'], { cwd: repo, env: {} });
    expect(run.code).toBe(1);
    expect(findings(run).changes).toEqual([{ ruleId: 'operation-removed-without-deprecation', service: 'openapi', base: 'openapi.json:9' }]);
  });

  it.each([
    [['--spec', 'docs/missing.yaml'], 'apicompat: --spec docs/missing.yaml: no such file in the base or the revision\n'],
    [['--spec', 'docs/*.json'], 'apicompat: --spec docs/*.json matches no file in the base or the revision\n'],
    [['--spec', 'a/openapi.yaml', '--spec', 'b/a/openapi.yaml'], 'apicompat: a/openapi.yaml and b/a/openapi.yaml would both be service "a": give them names in the configuration (specs: [{path: b/a/openapi.yaml, name: ...}])\n'],
    [['--spec', '../elsewhere.yaml'], 'apicompat: --spec ../elsewhere.yaml lies outside the repository REPO\n'],
    [['--spec', 'a/openapi.yaml', '--surface', 'a'], "apicompat: --surface and --spec (or the configuration's specs) name the services two ways: use one\n"],
    [['--surface', '..'], 'apicompat: --surface .. is outside the repository REPO\n'],
  ])('refuses %j in one line, exit 2', async (args, message) => {
    const repo = repoWith({ 'a/openapi.yaml': openapi(['/a']), 'b/a/openapi.yaml': openapi(['/b']) });
    const run = await check(repo, args);
    expect(run.stderr.replace(/^apicompat: base .*\n/, '')).toBe(message.replace('REPO', repo));
    expect(run.code).toBe(2);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});

describe('spec names and globs', () => {
  it.each([
    ['docs/openapi.yaml', 'docs'],
    ['services/billing/openapi.json', 'billing'],
    ['specs/billing.yaml', 'billing'],
    ['openapi.yaml', 'openapi'],
    ['api.v2.yml', 'api.v2'],
  ])('%s is service %s', (file, name) => {
    expect(serviceName(file)).toBe(name);
  });

  it.each([
    ['specs/*.yaml', 'specs/a.yaml', true],
    ['specs/*.yaml', 'specs/x/a.yaml', false],
    ['specs/**/openapi.yaml', 'specs/openapi.yaml', true],
    ['specs/**/openapi.yaml', 'specs/a/b/openapi.yaml', true],
    ['**/*.{yml,yaml}', 'a/b.yml', true],
    ['spec?.json', 'spec1.json', true],
    ['spec?.json', 'spec10.json', false],
    ['v[12]/api.yaml', 'v2/api.yaml', true],
    ['a.b/*.yaml', 'axb/c.yaml', false],
  ])('%s matches %s: %s', (glob, file, matches) => {
    expect(globToRegExp(glob).test(file)).toBe(matches);
  });
});

describe('check --spec: each document parsed once', () => {
  it('compares the sides as the walk of their $refs loaded them, without parsing them again', async () => {
    const repo = repoWith({ 'docs/openapi.yaml': DOC_WITH_REF, 'schemas/item.yaml': ITEM });
    write(repo, 'schemas/item.yaml', ITEM_OPTIONAL);
    const base = await specSide(gitTreeReader(repo, git(repo, 'rev-parse', 'HEAD').trim()), repo, 'docs/openapi.yaml', 'base HEAD');
    const revision = await specSide(workingTreeReader(repo), repo, 'docs/openapi.yaml', 'the working tree');
    expect([...base!.loaded!.files.keys()]).toEqual([...base!.files.keys()]);
    // Bytes that do not parse: comparing the service can only have used what was loaded.
    for (const side of [base!, revision!]) side.files = new Map([...side.files.keys()].map((file) => [file, new TextEncoder().encode(`not: [yaml ${side.label}`)]));
    const result = await compareService({ name: 'docs', base, revision, options: { today: '2026-06-15', displayRoot: repo, validate: false } });
    expect(result.findings.map((f) => `${f.ruleId} ${f.base?.file}:${f.base?.line}`)).toEqual(['response-property-became-optional schemas/item.yaml:4']);
  });
});
