import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_FIXTURES } from './support/report-fixture.js';
import { runCli } from './support/run-cli.js';
import { ORDERS, ORDERS_WITHOUT_DELETE } from './support/documents.js';
import { git, repoWith, write } from './support/git-repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-ci-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('--format github in GitHub Actions', () => {
  const base = path.join(REPORT_FIXTURES, 'base.yaml');
  const revision = path.join(REPORT_FIXTURES, 'revision.yaml');

  it('appends the Markdown report to $GITHUB_STEP_SUMMARY, after what earlier steps wrote', async () => {
    const summary = path.join(tempFolder(), 'step_summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const run = await runCli(['diff', base, revision, '--format', 'github'], { cwd: REPORT_FIXTURES, env: { APICOMPAT_TODAY: '2026-06-15', GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(4);
    const markdown = await runCli(['diff', base, revision, '--format', 'markdown'], { cwd: REPORT_FIXTURES, env: { APICOMPAT_TODAY: '2026-06-15' } });
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${markdown.stdout}\n`);
  });

  it('leaves the summary alone in other formats', async () => {
    const summary = path.join(tempFolder(), 'step_summary.md');
    writeFileSync(summary, '');
    const run = await runCli(['diff', base, revision, '--format', 'text'], { cwd: REPORT_FIXTURES, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    expect(readFileSync(summary, 'utf8')).toBe('');
  });

  it('says so in one line (exit 2) when the summary cannot be written', async () => {
    const summary = path.join(tempFolder(), 'missing-folder', 'step_summary.md');
    const run = await runCli(['diff', base, revision, '--format', 'github'], { cwd: REPORT_FIXTURES, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^apicompat: cannot write the job summary to .*step_summary\.md \(GITHUB_STEP_SUMMARY\): ENOENT[^\n]*\n$/);
  });
});

describe('check --staged (what a pre-commit hook compares)', () => {
  const repoWithOrders = () => repoWith({ 'api-surface/orders/openapi.yaml': ORDERS });
  const check = (repo: string, ...args: string[]) => runCli(['check', '--base', 'HEAD', '--staged', '--format', 'json', ...args], { cwd: repo });
  const ruleIds = (stdout: string) => (JSON.parse(stdout) as { changes: { ruleId: string }[] }).changes.map((c) => c.ruleId);

  it('judges the staged removal even when the working tree has put the operation back', async () => {
    const repo = repoWithOrders();
    write(repo, 'api-surface/orders/openapi.yaml', ORDERS_WITHOUT_DELETE);
    git(repo, 'add', 'api-surface/orders/openapi.yaml');
    write(repo, 'api-surface/orders/openapi.yaml', ORDERS);
    const run = await check(repo);
    expect(run.code).toBe(1);
    expect(ruleIds(run.stdout)).toEqual(['operation-removed-without-deprecation']);
    expect(run.stderr).toMatch(/^apicompat: base HEAD \([0-9a-f]{12}\): given with --base\n$/);
  });

  it('reads a --spec document and its $refs as staged', async () => {
    const repo = repoWith({ 'docs/openapi.yaml': ORDERS });
    write(repo, 'docs/openapi.yaml', ORDERS_WITHOUT_DELETE);
    git(repo, 'add', 'docs/openapi.yaml');
    write(repo, 'docs/openapi.yaml', ORDERS);
    const run = await check(repo, '--spec', 'docs/openapi.yaml');
    expect(run.code).toBe(1);
    expect(ruleIds(run.stdout)).toEqual(['operation-removed-without-deprecation']);
    git(repo, 'add', 'docs/openapi.yaml');
    expect((await check(repo, '--spec', 'docs/openapi.yaml')).code).toBe(0);
  });

  it('ignores unstaged edits and untracked files', async () => {
    const repo = repoWithOrders();
    write(repo, 'api-surface/orders/openapi.yaml', ORDERS_WITHOUT_DELETE);
    write(repo, 'api-surface/billing/openapi.yaml', 'not: [valid');
    const run = await check(repo);
    expect(run.code).toBe(0);
    expect(ruleIds(run.stdout)).toEqual([]);
    expect(git(repo, 'status', '--porcelain')).toBe(' M api-surface/orders/openapi.yaml\n?? api-surface/billing/\n');
  });

  it('refuses --staged with --head, and an index with no surface folder', async () => {
    const repo = repoWithOrders();
    expect(await check(repo, '--head', 'HEAD')).toEqual({ code: 2, stdout: '', stderr: 'apicompat: --staged and --head both name the new side: pass one of them\n' });
    const other = await check(repo, '--surface', 'elsewhere');
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(`apicompat: no elsewhere/ folder is staged in ${repo}: pass --surface DIR if the services live elsewhere\n`);
  });
});
