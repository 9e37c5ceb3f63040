import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_WITH_REF as DOC, ITEM, ITEM_OPTIONAL, openapi } from './support/documents.js';
import { commitAll, git, repoWith, tempDir, write } from './support/git-repo.js';
import { ROOT } from './support/fixtures.js';
import { runCli, type CliRun } from './support/run-cli.js';

function diff(cwd: string, ...args: string[]): Promise<CliRun> {
  return runCli(['diff', '--format', 'json', ...args], { cwd, env: { APICOMPAT_TODAY: '2026-06-15' } });
}

function ruleIds(run: CliRun): string[] {
  return (JSON.parse(run.stdout) as { changes: { ruleId: string }[] }).changes.map((c) => c.ruleId);
}

describe('diff REF:PATH', () => {
  it('reads the document and the files its $refs reach from the commit, and writes nothing in the working folder', async () => {
    const repo = repoWith({ 'docs/openapi.yaml': DOC, 'schemas/item.yaml': ITEM, '.gitignore': '' });
    write(repo, 'schemas/item.yaml', ITEM_OPTIONAL);
    const run = await diff(repo, 'HEAD:docs/openapi.yaml', 'docs/openapi.yaml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(ruleIds(run)).toEqual(['response-property-became-optional']);
    expect(git(repo, 'status', '--porcelain', '--ignored')).toBe(' M schemas/item.yaml\n');
    expect(existsSync(path.join(repo, '.git', 'apicompat-last-run.json'))).toBe(true);
  });

  it('on either side, and relative to the working folder with ./ as in git', async () => {
    const repo = repoWith({ 'docs/openapi.yaml': DOC, 'schemas/item.yaml': ITEM });
    write(repo, 'schemas/item.yaml', ITEM_OPTIONAL);
    commitAll(repo, 'id optional');
    const run = await diff(path.join(repo, 'docs'), 'HEAD~1:./openapi.yaml', 'HEAD:docs/openapi.yaml');
    expect(run.code).toBe(1);
    expect(ruleIds(run)).toEqual(['response-property-became-optional']);
    expect((await diff(repo, 'HEAD:docs/openapi.yaml', 'docs/openapi.yaml')).code).toBe(0);
  });

  it.each([
    ['nope:docs/openapi.yaml', 'apicompat: nope:docs/openapi.yaml: no such file, and "nope" is no branch, tag or commit (unknown revision)\n'],
    ['HEAD:docs/missing.yaml', 'apicompat: no file docs/missing.yaml in HEAD\n'],
    ['https://example.com/openapi.yaml', 'apicompat: URLs are not fetched: download the document and pass its path (got https://example.com/openapi.yaml)\n'],
    ['http://example.com/openapi.yaml', 'apicompat: URLs are not fetched: download the document and pass its path (got http://example.com/openapi.yaml)\n'],
  ])('refuses %s in one line, exit 2', async (argument, stderr) => {
    const repo = repoWith({ 'docs/openapi.yaml': DOC, 'schemas/item.yaml': ITEM });
    expect(await diff(repo, argument, 'docs/openapi.yaml')).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('diff outside a git repository', () => {
  it('refuses a $ref out of the document folder naming --root, and follows it with --root', async () => {
    const dir = tempDir();
    write(dir, 'v1/docs/openapi.yaml', DOC);
    write(dir, 'v1/schemas/item.yaml', ITEM);
    write(dir, 'v2/docs/openapi.yaml', DOC);
    write(dir, 'v2/schemas/item.yaml', ITEM_OPTIONAL);
    const refused = await diff(dir, 'v1/docs/openapi.yaml', 'v2/docs/openapi.yaml');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^apicompat: v1\/docs\/openapi\.yaml:14: \$ref "\.\.\/schemas\/item\.yaml" leaves the root folder .*\/v1\/docs \(no git work tree here: set a root folder \(--root DIR, or the option `root`\) to allow \$refs up to it\)\n$/);
    const tooNarrow = await diff(dir, 'v1/docs/openapi.yaml', 'v2/docs/openapi.yaml', '--root', 'v1/docs');
    expect(tooNarrow.stderr).toMatch(/^apicompat: v1\/docs\/openapi\.yaml:14: \$ref "\.\.\/schemas\/item\.yaml" leaves the root folder .*\/v1\/docs \(the root given \(--root, or the option `root`\)\)\n$/);
    const run = await diff(dir, 'v1/docs/openapi.yaml', 'v2/docs/openapi.yaml', '--root', '.');
    expect(run.code).toBe(1);
    expect(ruleIds(run)).toEqual(['response-property-became-optional']);
    expect(readdirSync(dir).sort()).toEqual(['v1', 'v2']);
    const [{ id }] = (JSON.parse(run.stdout) as { changes: { id: string }[] }).changes;
    const accepted = await runCli(['accept', id, '--reason', 'clients never relied on it', '--expires', '2099-01-01'], { cwd: dir });
    expect(accepted.stdout).toBe('accepted: response-property-became-optional at GET /items until 2099-01-01\n1 entry added to apicompat.config.yaml\n');
  });
});

describe('git worktrees', () => {
  it('check records its findings in the worktree, and accept finds them', async () => {
    const repo = repoWith({ 'docs/openapi.yaml': openapi(['/a'], { withDelete: true }) });
    const worktree = path.join(tempDir(), 'wt');
    git(repo, 'worktree', 'add', '-q', '-b', 'feature', worktree);
    write(worktree, 'docs/openapi.yaml', openapi(['/a']));
    const run = await runCli(['check', '--base', 'HEAD', '--spec', 'docs/openapi.yaml', '--format', 'json'], { cwd: worktree });
    expect(run.code).toBe(1);
    const [{ id }] = (JSON.parse(run.stdout) as { changes: { id: string }[] }).changes;
    const accepted = await runCli(['accept', id, '--reason', 'nobody called it', '--expires', '2099-01-01'], { cwd: worktree });
    expect(accepted.code).toBe(0);
    expect(git(worktree, 'status', '--porcelain')).toBe(' M docs/openapi.yaml\n?? apicompat.config.yaml\n');
    expect((await runCli(['check', '--base', 'HEAD', '--spec', 'docs/openapi.yaml'], { cwd: worktree })).code).toBe(0);
  });
});

describe('a closed stdout', () => {
  it('ends the run quietly: no EPIPE stack', () => {
    const bin = path.join(ROOT, 'dist/cli/bin.js');
    expect(existsSync(bin), `${bin} is missing: run npm run build`).toBe(true);
    const dir = tempDir();
    const paths = Array.from({ length: 3000 }, (_, i) => `/items${i}`);
    write(dir, 'a.yaml', openapi(paths));
    write(dir, 'b.yaml', openapi([]).replace('paths:\n', 'paths: {}\n'));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" diff a.yaml b.yaml --no-color | head -c 100 >/dev/null; exit 0`], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
