// The package as a user gets it: `npm pack`, installed as a dev dependency of a fresh project
// that holds nothing of this repository, then run there with npx. Installing uses no network:
// the dependencies are pinned to this repository's lockfile and taken from the npm cache, which
// `npm ci` filled.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { openapi } from './support/documents.js';
import { commitAll, git, GIT_ENV, tempDir, write } from './support/git-repo.js';

const NPM_ENV = { ...GIT_ENV, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1', APICOMPAT_TODAY: '2026-06-15' };
const SPEC = 'docs/openapi.yaml';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = NPM_ENV): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/** What `npm i -D ./<tarball>` would lock: the package and this repository's locked runtime dependencies. */
function projectLock(tarball: string): object {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const self = lock.packages[''];
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', devDependencies: { apicompat: `file:${tarball}` } },
    'node_modules/apicompat': { version: self.version, resolved: `file:${tarball}`, dev: true, license: self.license, dependencies: self.dependencies, bin: self.bin, engines: self.engines },
  };
  for (const [at, entry] of Object.entries(lock.packages)) if (at !== '' && !entry.dev) packages[at] = { ...entry, dev: true };
  return { name: 'consumer', lockfileVersion: 3, requires: true, packages };
}

let project: string;
let packed: string[];

beforeAll(() => {
  expect(existsSync(path.join(ROOT, 'dist/cli/bin.js')), 'dist/ is missing: run npm run build').toBe(true);
  project = tempDir('apicompat-consumer-');
  // dist/ is what `npm ci` built; packing without scripts does not build it again.
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = files.map((f) => f.path);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, devDependencies: { apicompat: `file:${filename}` } }, null, 2));
  writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(projectLock(filename), null, 2));
  const install = run('npm', ['ci', '--ignore-scripts'], project);
  expect(install.status, `npm ci --offline in the consumer project failed (run \`npm ci\` in the repository first: it fills the npm cache):\n${install.stderr}`).toBe(0);
  git(project, 'init', '-q', '-b', 'main');
  write(project, '.gitignore', 'node_modules/\n*.tgz\n');
  write(project, SPEC, openapi(['/orders'], { withDelete: true }));
  commitAll(project, 'the contract, and apicompat as a dev dependency');
}, 240_000);

describe('the npm package', () => {
  it('ships the built code, the schema and what explain needs, not the repository', () => {
    expect(packed).toEqual(expect.arrayContaining(['dist/cli/bin.js', 'dist/index.js', 'dist/check/service-worker.js', 'dist/load/openapi-validators.generated.js', 'dist/explain-examples.json', 'schema/apicompat.config.schema.json', 'vendor/openapi-3.2/schema.json', 'vendor/openapi-3.2/LICENSE', 'README.md', 'package.json']));
    expect(packed.filter((file) => /^(src|test|fixtures|scripts|api-surface)\//.test(file))).toEqual([]);
  });

  it('checks a spec at docs/openapi.yaml and diffs it against HEAD, leaving git status as it was', () => {
    write(project, SPEC, openapi(['/orders']));
    const check = run('npx', ['apicompat', 'check', '--base', 'HEAD', '--spec', SPEC, '--format', 'json'], project);
    expect(check.stderr).toMatch(/^apicompat: base HEAD \([0-9a-f]{12}\): given with --base\n$/);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { changes: { ruleId: string; class: string; service: string; base: { file: string } }[] };
    expect(report.changes.map(({ ruleId, class: kind, service, base }) => ({ ruleId, kind, service, file: base.file }))).toEqual([
      { ruleId: 'operation-removed-without-deprecation', kind: 'breaking', service: 'docs', file: SPEC },
    ]);
    const diff = run('npx', ['apicompat', 'diff', `HEAD:${SPEC}`, SPEC], project);
    expect(diff.stderr).toBe('');
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('operation-removed-without-deprecation');
    expect(git(project, 'status', '--porcelain', '--untracked-files=all')).toBe(` M ${SPEC}\n`);
    git(project, 'checkout', '--', SPEC);
  });

  it('reads OpenAPI 3.2 with the schema it ships: a document that fails it is compared with one warning', () => {
    const doc = (extra: string) => `openapi: 3.2.0\ninfo: {title: t, version: "1"}\ntags:\n  - {name: a, kind: nav${extra}}\npaths: {}\n`;
    write(project, 'v32/a.yaml', doc(''));
    write(project, 'v32/b.yaml', doc(', colour: red'));
    const diff = run('npx', ['apicompat', 'diff', 'v32/a.yaml', 'v32/b.yaml'], project);
    expect({ status: diff.status, stderr: diff.stderr }).toEqual({
      status: 0,
      stderr: 'apicompat: warning: v32/b.yaml:4: not valid OpenAPI, compared as far as it can be read: /tags/0 has an unexpected property "colour"\n',
    });
    rmSync(path.join(project, 'v32'), { recursive: true });
  });

  it('explains a rule with its before/after example, and validates a configuration against the shipped schema', () => {
    const explain = run('npx', ['apicompat', 'explain', 'operation-removed-without-deprecation'], project);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('Example (fixtures/rules/operation-removed-without-deprecation):\n  before (base.yaml:');
    write(project, 'apicompat.config.yaml', 'failon: never\n');
    const check = run('npx', ['apicompat', 'check', '--base', 'HEAD', '--spec', SPEC], project);
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 2, stderr: 'apicompat: apicompat.config.yaml:1: unknown key "failon" (did you mean "failOn"?)\n' });
  });
});
